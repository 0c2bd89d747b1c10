import type { RequestContext } from '@oms/platform';
import { PaymentProviderRegistry } from './domain/payments/payment-provider.ts';
import { TestPaymentProvider } from './domain/payments/test-payment-provider.ts';
import { RateTableTaxCalculator, type TaxCalculator } from './domain/tax.ts';
import { createOrderLoaders, type OrderLoaders } from './loaders/order.loaders.ts';

export interface OrdersContext extends RequestContext {
  readonly loaders: OrderLoaders;
  /** Payment providers by name; real ones register beside the built-in test provider. */
  readonly payments: PaymentProviderRegistry;
  readonly tax: TaxCalculator;
}

const paymentProviders = new PaymentProviderRegistry([new TestPaymentProvider()]);
const taxCalculator = new RateTableTaxCalculator();

export function createOrdersContext(base: RequestContext): OrdersContext {
  return { ...base, loaders: createOrderLoaders(base.em), payments: paymentProviders, tax: taxCalculator };
}
