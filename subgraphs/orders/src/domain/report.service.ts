import {
  decodeReportKey,
  encodeReportKey,
  reportParameters,
  reportParametersFor,
  toCsv,
  type Principal,
  type ReportDimension,
  type ReportInputValues,
  type ReportParameters,
} from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import type { OrderStatus, SalesChannel } from '../entities/order.entity.ts';
import { money, scaleHalfEven, type Money } from './money.ts';

/** A report as the orders service hands it to the others: its key and what the key says. */
export interface ReportReference {
  __typename?: 'Report';
  key: string;
  parameters: ReportParameters;
}

/** Sales figures of one group of orders; the dimensions not grouped by are null. */
export interface SalesRow {
  channel: SalesChannel | null;
  day: string | null;
  status: OrderStatus | null;
  orders: number;
  cancelledOrders: number;
  units: number;
  cancelledUnits: number;
  revenue: Money;
  averageOrderValue: Money | null;
  unitsShipped: number;
  unitsReturned: number;
  returnRate: number | null;
}

export interface SalesReport {
  parameters: ReportParameters;
  /** The dimensions of the rows: those of the report that orders have (no LOCATION). */
  dimensions: readonly SalesDimension[];
  totals: SalesRow;
  rows: SalesRow[];
}

type SalesDimension = Exclude<ReportDimension, 'LOCATION'>;

/**
 * The SQL of each dimension over the `placed` rows below, and its row field. The expressions are
 * fixed text; only values travel as parameters.
 */
const DIMENSIONS: Record<SalesDimension, { column: string; field: 'channel' | 'day' | 'status' }> = {
  CHANNEL: { column: 'channel', field: 'channel' },
  DAY: { column: 'day', field: 'day' },
  STATUS: { column: 'status', field: 'status' },
};

/** Checks the input and the caller's rights; the report's fields are computed when selected. */
export function openReport(ctx: Pick<OrdersContext, 'principal'>, input: ReportInputValues): ReportReference {
  const parameters = reportParametersFor(ctx.principal, reportParameters(input));
  return { key: encodeReportKey(parameters), parameters };
}

/** A report named by its key (federation reference). */
export function reportByKey(principal: Principal, key: string): ReportReference {
  const parameters = reportParametersFor(principal, decodeReportKey(key));
  return { key: encodeReportKey(parameters), parameters };
}

interface SalesSqlRow {
  is_total: boolean;
  channel: SalesChannel | null;
  day: string | null;
  status: OrderStatus | null;
  orders: string;
  cancelled_orders: string;
  units: string;
  cancelled_units: string;
  revenue: string;
  paying_orders: string;
  units_shipped: string;
  units_returned: string;
}

/**
 * Sales figures of the orders placed in the report's period, totals and rows in one statement
 * (GROUPING SETS): counts, units net of cancelled units, revenue as the orders' totals, which
 * partial cancellations have already reduced (a cancelled order keeps its last totals, so it is left
 * out of revenue), and the units that came back from customers against the units shipped.
 */
export async function salesReport(ctx: Pick<OrdersContext, 'em'>, parameters: ReportParameters): Promise<SalesReport> {
  const dimensions = parameters.groupBy.filter((dimension): dimension is SalesDimension => dimension !== 'LOCATION');
  const columns = dimensions.map((dimension) => DIMENSIONS[dimension].column);
  const groupingSets = columns.length > 0 ? `grouping sets ((${columns.join(', ')}), ())` : '()';
  const isTotal = columns.length > 0 ? `grouping(${columns.join(', ')}) <> 0` : 'true';
  const channelFilter = parameters.channels.length > 0 ? 'and o.channel = any(?::text[])' : '';
  const params: unknown[] = [parameters.timeZone, parameters.from.toISOString(), parameters.to.toISOString()];
  if (parameters.channels.length > 0) params.push(`{${parameters.channels.join(',')}}`);
  params.push(parameters.currency, parameters.currency);
  const rows = await ctx.em.execute<SalesSqlRow[]>(
    `with placed as (
       select o.channel, o.status, o.currency, o.total,
              to_char(o.placed_at at time zone ?, 'YYYY-MM-DD') as day,
              coalesce(l.units, 0) as units, coalesce(l.cancelled_units, 0) as cancelled_units,
              coalesce(l.shipped_units, 0) as shipped_units, coalesce(r.returned_units, 0) as returned_units
       from orders."order" o
       left join lateral (
         select sum(line.quantity - line.cancelled_quantity) as units, sum(line.cancelled_quantity) as cancelled_units,
                sum(line.shipped_quantity) as shipped_units
         from orders.order_line line where line.order_id = o.id
       ) l on true
       left join lateral (
         select sum(returned.received_quantity) as returned_units
         from orders.return_line returned join orders."return" rma on rma.id = returned.return_id
         where rma.order_id = o.id
       ) r on true
       where o.placed_at >= ?::timestamptz and o.placed_at < ?::timestamptz ${channelFilter}
     )
     select ${isTotal} as is_total,
            ${dimensions.includes('CHANNEL') ? 'channel' : 'null'} as channel,
            ${dimensions.includes('DAY') ? 'day' : 'null'} as day,
            ${dimensions.includes('STATUS') ? 'status' : 'null'} as status,
            count(*)::text as orders,
            count(*) filter (where status = 'CANCELLED')::text as cancelled_orders,
            coalesce(sum(units), 0)::text as units,
            coalesce(sum(cancelled_units), 0)::text as cancelled_units,
            coalesce(sum(total) filter (where status <> 'CANCELLED' and currency = ?), 0)::text as revenue,
            count(*) filter (where status <> 'CANCELLED' and currency = ?)::text as paying_orders,
            coalesce(sum(shipped_units), 0)::text as units_shipped,
            coalesce(sum(returned_units), 0)::text as units_returned
     from placed
     group by ${groupingSets}
     order by is_total desc${columns.length > 0 ? `, ${dimensionOrder(dimensions)}` : ''}`,
    params as never[],
  );
  const toRow = (row: SalesSqlRow): SalesRow => {
    const revenue = Number(row.revenue);
    const paying = Number(row.paying_orders);
    const unitsShipped = Number(row.units_shipped);
    const unitsReturned = Number(row.units_returned);
    return {
      channel: row.channel,
      day: row.day,
      status: row.status,
      orders: Number(row.orders),
      cancelledOrders: Number(row.cancelled_orders),
      units: Number(row.units),
      cancelledUnits: Number(row.cancelled_units),
      revenue: money(revenue, parameters.currency),
      averageOrderValue: paying > 0 ? money(scaleHalfEven(revenue, 1, paying), parameters.currency) : null,
      unitsShipped,
      unitsReturned,
      returnRate: unitsShipped > 0 ? unitsReturned / unitsShipped : null,
    };
  };
  const totals = rows.find((row) => row.is_total);
  return {
    parameters,
    dimensions,
    // The grand total exists even over no orders (an empty grouping set always yields its row).
    totals: totals ? toRow(totals) : emptyRow(parameters.currency),
    rows: columns.length > 0 ? rows.filter((row) => !row.is_total).map(toRow) : [],
  };
}

/** Rows by day first (a time series reads in time order), then the other dimensions as asked. */
function dimensionOrder(dimensions: readonly SalesDimension[]): string {
  const ordered = [...dimensions].sort((a, b) => (a === 'DAY' ? -1 : b === 'DAY' ? 1 : 0));
  return ordered.map((dimension) => DIMENSIONS[dimension].column).join(', ');
}

function emptyRow(currency: string): SalesRow {
  return {
    channel: null,
    day: null,
    status: null,
    orders: 0,
    cancelledOrders: 0,
    units: 0,
    cancelledUnits: 0,
    revenue: money(0, currency),
    averageOrderValue: null,
    unitsShipped: 0,
    unitsReturned: 0,
    returnRate: null,
  };
}

const SALES_FIGURES = [
  'orders',
  'cancelled_orders',
  'units',
  'cancelled_units',
  'revenue_minor',
  'average_order_value_minor',
  'currency',
  'units_shipped',
  'units_returned',
  'return_rate',
];

/** The rows as CSV (RFC 4180): a column per dimension, then the figures, money in minor units. */
export function salesCsv(report: SalesReport): string {
  const header = [...report.dimensions.map((dimension) => dimension.toLowerCase()), ...SALES_FIGURES];
  const lines = report.rows.map((row) => [
    ...report.dimensions.map((dimension) => row[DIMENSIONS[dimension].field]),
    row.orders,
    row.cancelledOrders,
    row.units,
    row.cancelledUnits,
    row.revenue.amount,
    row.averageOrderValue?.amount ?? null,
    row.revenue.currency,
    row.unitsShipped,
    row.unitsReturned,
    row.returnRate === null ? null : row.returnRate.toFixed(4),
  ]);
  return toCsv(header, lines);
}
