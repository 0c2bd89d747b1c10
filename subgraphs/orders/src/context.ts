import type { EntityManager, Logger, RequestContext, ServiceDirectory } from '@oms/platform';
import { ordersConfig, type OrdersConfig } from './config.ts';
import { PaymentProviderRegistry } from './domain/payments/payment-provider.ts';
import { exchangeCredit } from './domain/payments/exchange-credit-provider.ts';
import { StoreCreditProvider } from './domain/payments/store-credit.ts';
import { testPayments } from './domain/payments/test-payment-provider.ts';
import { RateTableTaxCalculator, type TaxCalculator } from './domain/tax.ts';
import { createOrderLoaders, type OrderLoaders } from './loaders/order.loaders.ts';
import { createReturnLoaders, type ReturnLoaders } from './loaders/return.loaders.ts';

/**
 * What the order process needs when no caller is involved (release, fulfillment events): a unit of
 * work, the other services, payments and tax. A request's context is one too.
 */
export interface OrderProcessContext {
  readonly em: EntityManager;
  readonly services: ServiceDirectory;
  /** Propagated to the services called (the triggering event's id for background work). */
  readonly requestId: string;
  readonly logger: Logger;
  readonly payments: PaymentProviderRegistry;
  readonly tax: TaxCalculator;
  readonly config: OrdersConfig;
}

export interface OrdersContext extends RequestContext, OrderProcessContext {
  readonly loaders: OrderLoaders;
  readonly returnLoaders: ReturnLoaders;
}

const paymentProviders = new PaymentProviderRegistry([testPayments, exchangeCredit, new StoreCreditProvider()]);
const taxCalculator = new RateTableTaxCalculator();

export function createOrdersContext(base: RequestContext): OrdersContext {
  return { ...base, loaders: createOrderLoaders(base.em), returnLoaders: createReturnLoaders(base.em), payments: paymentProviders, tax: taxCalculator, config: ordersConfig() };
}

/** A context for background work of the order process (workers), on its own unit of work. */
export function createProcessContext(base: { em: EntityManager; services: ServiceDirectory; logger: Logger }, requestId: string): OrderProcessContext {
  return { em: base.em, services: base.services, logger: base.logger, requestId, payments: paymentProviders, tax: taxCalculator, config: ordersConfig() };
}
