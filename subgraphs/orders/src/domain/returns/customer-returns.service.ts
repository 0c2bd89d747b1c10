import { decodeNewestFirstCursor, DomainError, pageSize, type Connection, type PageArgs } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import type { Return } from '../../entities/return.entity.ts';
import { money, scaleHalfEven, type Money } from '../money.ts';
import { visibleOrders } from '../order-access.ts';
import type { CustomerFigures } from './customer-figures.ts';

/**
 * A customer sees only their own returns and figures; a channel-bound key and a store associate see
 * none through Customer (they span channels and stores).
 */
function assertMaySeeCustomer(ctx: OrdersContext, customerId: string): void {
  const { customerId: own, channel, storeId } = visibleOrders(ctx.principal);
  if (own !== undefined && customerId.toLowerCase() !== own) throw new DomainError('FORBIDDEN', 'A customer sees only their own returns and figures');
  if (channel !== undefined) throw new DomainError('FORBIDDEN', `This API key sees ${channel} orders only`);
  if (storeId !== undefined) throw new DomainError('FORBIDDEN', 'A store associate sees their store’s orders only');
}

/** A customer's returns, newest first; batched with every other customer asked for with the same page. */
export function listCustomerReturns(ctx: OrdersContext, customerId: string, page: PageArgs): Promise<Connection<Return>> {
  assertMaySeeCustomer(ctx, customerId);
  const first = pageSize(page.first);
  const after = page.after ? decodeNewestFirstCursor(page.after) : null;
  return ctx.returnLoaders.returnsByCustomerId(first, after).load(customerId);
}

export async function storeCreditBalance(ctx: OrdersContext, customerId: string, currency: string): Promise<Money> {
  assertMaySeeCustomer(ctx, customerId);
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new DomainError('BAD_USER_INPUT', 'currency is an ISO 4217 code', { argument: 'currency' });
  const balances = await ctx.returnLoaders.storeCreditByCustomerId.load(customerId);
  return money(balances.get(code) ?? 0, code);
}

/** The customer's figures (one statement for every customer of the request). */
export function customerFigures(ctx: OrdersContext, customerId: string): Promise<CustomerFigures> {
  assertMaySeeCustomer(ctx, customerId);
  return ctx.returnLoaders.figuresByCustomerId.load(customerId);
}

function currencyOf(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new DomainError('BAD_USER_INPUT', 'currency is an ISO 4217 code', { argument: 'currency' });
  return code;
}

export function lifetimeValueOf(figures: CustomerFigures, currency: string): Money {
  const code = currencyOf(currency);
  return money(figures.revenue.get(code)?.net ?? 0, code);
}

export function averageOrderValueOf(figures: CustomerFigures, currency: string): Money | null {
  const code = currencyOf(currency);
  const revenue = figures.revenue.get(code);
  if (!revenue || revenue.orders === 0) return null;
  return money(revenue.net < 0 ? 0 : scaleHalfEven(revenue.net, 1, revenue.orders), code);
}

export function returnRateOf(figures: CustomerFigures): number | null {
  return figures.shippedUnits === 0 ? null : figures.returnedUnits / figures.shippedUnits;
}
