import { isUuid, type EntityManager } from '@oms/platform';

/** Per currency: what a customer's orders brought in net of refunds and exchange credit, and how many orders. */
export interface RevenueInCurrency {
  net: number;
  orders: number;
}

/** The 360° figures the orders service contributes to a customer. */
export interface CustomerFigures {
  /** Orders placed and not cancelled (replacement orders of exchanges excluded: no new purchase). */
  orderCount: number;
  revenue: Map<string, RevenueInCurrency>;
  shippedUnits: number;
  /** Units that came back (received on returns). */
  returnedUnits: number;
  lastOrderAt: Date | null;
}

interface FiguresRow {
  customer_id: string;
  order_count: string;
  shipped_units: string;
  returned_units: string;
  last_order_at: Date | string | null;
  revenue: Record<string, { net: number | string; orders: number | string }> | string | null;
}

/**
 * The figures of many customers in ONE statement: per customer, correlated aggregates over indexed
 * columns (orders by customer, lines by order, returns by customer, refunds by customer).
 */
export async function customerFiguresOf(em: EntityManager, customerIds: readonly string[]): Promise<CustomerFigures[]> {
  const valid = [...new Set(customerIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const byCustomer = new Map<string, CustomerFigures>();
  if (valid.length > 0) {
    const schema = em.config.get('schema');
    const t = (name: string) => em.getPlatform().quoteIdentifier(`${schema}.${name}`);
    const rows = await em.getConnection().execute<FiguresRow[]>(
      `select c.id as customer_id,
         (select count(*) from ${t('order')} o where o.customer_id = c.id and o.status <> 'CANCELLED'
            and not exists (select 1 from ${t('exchange')} x where x.replacement_order_id = o.id))::text as order_count,
         (select coalesce(sum(l.shipped_quantity), 0) from ${t('order')} o join ${t('order_line')} l on l.order_id = o.id where o.customer_id = c.id)::text as shipped_units,
         (select coalesce(sum(rl.received_quantity), 0) from ${t('return')} r join ${t('return_line')} rl on rl.return_id = r.id where r.customer_id = c.id)::text as returned_units,
         (select max(o.placed_at) from ${t('order')} o where o.customer_id = c.id and o.status <> 'CANCELLED') as last_order_at,
         (select json_object_agg(part.currency, json_build_object('net', part.net, 'orders', part.orders)) from (
            select currency, sum(amount)::bigint as net, sum(counted)::int as orders from (
              select o.currency, o.total as amount,
                     case when exists (select 1 from ${t('exchange')} x where x.replacement_order_id = o.id) then 0 else 1 end as counted
              from ${t('order')} o where o.customer_id = c.id and o.status <> 'CANCELLED'
              union all select f.currency, -f.amount, 0 from ${t('refund')} f where f.customer_id = c.id
              union all select x.currency, -x.credit_used, 0 from ${t('exchange')} x where x.customer_id = c.id and x.status = 'COMPLETED'
            ) as amounts group by currency
          ) as part) as revenue
       from unnest(array[?]::uuid[]) as c(id)`,
      [valid],
    );
    for (const row of rows) {
      const raw = typeof row.revenue === 'string' ? (JSON.parse(row.revenue) as Exclude<FiguresRow['revenue'], string>) : row.revenue;
      const revenue = new Map(Object.entries(raw ?? {}).map(([currency, value]) => [currency, { net: Number(value.net), orders: Number(value.orders) }]));
      byCustomer.set(row.customer_id, {
        orderCount: Number(row.order_count),
        revenue,
        shippedUnits: Number(row.shipped_units),
        returnedUnits: Number(row.returned_units),
        lastOrderAt: row.last_order_at === null ? null : new Date(row.last_order_at),
      });
    }
  }
  const none: CustomerFigures = { orderCount: 0, revenue: new Map(), shippedUnits: 0, returnedUnits: 0, lastOrderAt: null };
  return customerIds.map((id) => byCustomer.get(id.toLowerCase()) ?? none);
}
