import { DomainError, isUuid, requireService } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { Order } from '../entities/order.entity.ts';
import type { Money } from './money.ts';

/** What the customers service's segment rules look at, for one customer (cancelled orders excluded). */
export interface CustomerOrderFigures {
  customerId: string;
  orderCount: number;
  /** Current totals (cancelled lines no longer count), per currency. */
  spent: Money[];
  lastOrderAt: Date | null;
  /** Orders placed within each requested window, in the order the windows were asked for. */
  recentOrderCounts: number[];
}

const MAX_CUSTOMERS = 500;
const MAX_WINDOWS = 10;

interface FiguresRow {
  customer_id: string;
  currency: string;
  order_count: number;
  spent: string | number;
  last_order_at: Date | string | null;
  [window: `w${number}`]: number;
}

/**
 * Internal (customers service): order figures of many customers in one statement, grouped by
 * customer and currency over the index on (customer_id, created_at). Customers without orders are
 * left out of the answer.
 */
export async function customerOrderFigures(ctx: OrdersContext, customerIds: readonly string[], windowsDays: readonly number[]): Promise<CustomerOrderFigures[]> {
  requireService(ctx.principal);
  if (customerIds.length > MAX_CUSTOMERS) throw new DomainError('BAD_USER_INPUT', `At most ${MAX_CUSTOMERS} customers per call.`, { argument: 'customerIds' });
  if (windowsDays.length > MAX_WINDOWS || windowsDays.some((days) => !Number.isSafeInteger(days) || days < 1)) {
    throw new DomainError('BAD_USER_INPUT', `At most ${MAX_WINDOWS} windows, each a positive number of days.`, { argument: 'windowsDays' });
  }
  const ids = [...new Set(customerIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (ids.length === 0) return [];
  const meta = ctx.em.getMetadata().get(Order);
  const table = ctx.em.getPlatform().quoteIdentifier(`${meta.schema ?? ctx.em.config.get('schema')}.${meta.tableName}`);
  const windows = windowsDays.map((_days, index) => `, count(*) filter (where o.placed_at >= now() - make_interval(days => ?))::int as w${index}`).join('');
  const rows = await ctx.em.getConnection().execute<FiguresRow[]>(
    `select o.customer_id, o.currency, count(*)::int as order_count, sum(o.total) as spent, max(o.placed_at) as last_order_at${windows}
     from ${table} as o
     where o.customer_id = any(array[?]::uuid[]) and o.status <> 'CANCELLED'
     group by o.customer_id, o.currency`,
    [...windowsDays, ids],
  );
  const byCustomer = new Map<string, CustomerOrderFigures>();
  for (const row of rows) {
    const figures = byCustomer.get(row.customer_id) ?? {
      customerId: row.customer_id,
      orderCount: 0,
      spent: [],
      lastOrderAt: null,
      recentOrderCounts: windowsDays.map(() => 0),
    };
    figures.orderCount += row.order_count;
    figures.spent.push({ amount: Number(row.spent), currency: row.currency });
    const last = row.last_order_at === null ? null : new Date(row.last_order_at);
    if (last && (!figures.lastOrderAt || last > figures.lastOrderAt)) figures.lastOrderAt = last;
    figures.recentOrderCounts = figures.recentOrderCounts.map((count, index) => count + Number(row[`w${index}`] ?? 0));
    byCustomer.set(row.customer_id, figures);
  }
  return [...byCustomer.values()];
}
