import { decodeReportKey, encodeReportKey, reportParametersFor, toCsv, type Principal, type ReportChannel, type ReportParameters } from '@oms/platform';
import type { FulfillmentContext } from '../context.ts';
import type { LocationReference } from '../references.ts';

/** The report entity as this service knows it: the key the orders service made, read back. */
export interface ReportReference {
  __typename?: 'Report';
  key: string;
  parameters: ReportParameters;
}

/** Fulfillment figures of one group of the report's orders; the dimensions not grouped by are null. */
export interface FulfillmentRow {
  channel: ReportChannel | null;
  day: string | null;
  location: LocationReference | null;
  unitsReleased: number;
  unitsShipped: number;
  fillRate: number | null;
  ordersShipped: number;
  ordersSplit: number;
  splitRate: number | null;
  shipmentsShipped: number;
  averageReleaseToShipHours: number | null;
  shipmentsDelivered: number;
  averagePlacedToDeliveredHours: number | null;
  deliveredOnTime: number;
  onTimeDeliveryRate: number | null;
  lateShipments: number;
}

export interface FulfillmentReport {
  slaHours: number;
  dimensions: readonly FulfillmentDimension[];
  totals: FulfillmentRow;
  rows: FulfillmentRow[];
  byLocation: FulfillmentRow[];
}

type FulfillmentDimension = 'CHANNEL' | 'DAY' | 'LOCATION';

const COLUMNS: Record<FulfillmentDimension, string> = { CHANNEL: 'channel', DAY: 'day', LOCATION: 'location_id' };

/** A report named by its key (federation reference), within what the caller may see. */
export function reportByKey(principal: Principal, key: string): ReportReference {
  const parameters = reportParametersFor(principal, decodeReportKey(key));
  return { key: encodeReportKey(parameters), parameters };
}

interface FulfillmentSqlRow {
  grouping_set: number;
  channel: ReportChannel | null;
  day: string | null;
  location_id: string | null;
  units_released: string;
  units_shipped: string;
  orders_shipped: string;
  orders_split: string;
  shipments_shipped: string;
  release_to_ship_hours: string | null;
  shipments_delivered: string;
  placed_to_delivered_hours: string | null;
  delivered_on_time: string;
  late_shipments: string;
}

/**
 * Fulfillment figures of the orders placed in the report's period (fulfillment orders carry their
 * order's placement time), rows, totals and per-location figures in one statement (GROUPING SETS).
 * Release is the creation of the fulfillment order; units left when their shipment was handed to a
 * carrier or their pickup collected; the SLA runs from release.
 */
export async function fulfillmentReport(ctx: Pick<FulfillmentContext, 'em' | 'config'>, parameters: ReportParameters): Promise<FulfillmentReport> {
  const slaHours = parameters.slaHours ?? ctx.config.reportSlaHours;
  const dimensions = parameters.groupBy.filter((dimension): dimension is FulfillmentDimension => dimension !== 'STATUS');
  // Every column any set groups by, in a fixed order: GROUPING() over them names each row's set.
  const columns = (['CHANNEL', 'DAY', 'LOCATION'] as const).filter((dimension) => dimension === 'LOCATION' || dimensions.includes(dimension)).map((dimension) => COLUMNS[dimension]);
  const maskOf = (set: readonly string[]) => columns.reduce((mask, column, index) => mask | (set.includes(column) ? 0 : 1 << (columns.length - 1 - index)), 0);
  const rowSet = dimensions.map((dimension) => COLUMNS[dimension]);
  const sets = [rowSet, [], ['location_id']].filter((set, index, all) => all.findIndex((other) => maskOf(other) === maskOf(set)) === index);
  const channelFilter = parameters.channels.length > 0 ? 'and fo.channel = any(?::text[])' : '';
  const params: unknown[] = [parameters.timeZone, parameters.from.toISOString(), parameters.to.toISOString()];
  if (parameters.channels.length > 0) params.push(`{${parameters.channels.join(',')}}`);
  params.push(slaHours, slaHours, slaHours);
  const rows = await ctx.em.execute<FulfillmentSqlRow[]>(
    `with fo as (
       select fo.id, fo.order_id, fo.location_id, fo.channel, fo.status, fo.created_at as released_at, fo.order_placed_at, fo.picked_up_at,
              to_char(fo.order_placed_at at time zone ?, 'YYYY-MM-DD') as day
       from fulfillment.fulfillment_order fo
       where fo.order_placed_at >= ?::timestamptz and fo.order_placed_at < ?::timestamptz ${channelFilter}
     ),
     line_units as (
       select l.fulfillment_order_id, sum(l.quantity - l.cancelled_quantity) as released, sum(coalesce(l.picked_quantity, 0)) as picked
       from fulfillment.fulfillment_order_line l
       where l.fulfillment_order_id in (select id from fo)
       group by l.fulfillment_order_id
     ),
     shipments as (
       select s.id, s.fulfillment_order_id, s.order_id, s.shipped_at, s.delivered_at,
              (select count(*) from fulfillment.parcel p where p.shipment_id = s.id) as parcels
       from fulfillment.shipment s
       where s.fulfillment_order_id in (select id from fo)
     ),
     split as (
       select order_id, sum(parcels) > 1 as split from shipments where shipped_at is not null group by order_id
     ),
     work as (
       select fo.order_id, fo.location_id, fo.channel, fo.day,
              -- An uncollected pickup was the customer's doing, not the location's: left out.
              case when fo.status = 'EXPIRED' then 0 else coalesce(lu.released, 0) end as units_released,
              case when s.shipped_at is not null or fo.picked_up_at is not null then coalesce(lu.picked, 0) else 0 end as units_shipped,
              s.shipped_at is not null as shipped,
              coalesce(sp.split, false) as split,
              extract(epoch from s.shipped_at - fo.released_at) / 3600 as release_to_ship_hours,
              s.delivered_at is not null as delivered,
              extract(epoch from s.delivered_at - fo.order_placed_at) / 3600 as placed_to_delivered_hours,
              s.delivered_at is not null and s.delivered_at <= fo.released_at + make_interval(hours => ?::int) as on_time,
              s.id is not null and (
                s.shipped_at > fo.released_at + make_interval(hours => ?::int)
                or (s.shipped_at is null and fo.status not in ('CANCELLED', 'REJECTED') and now() > fo.released_at + make_interval(hours => ?::int))
              ) as late
       from fo
       left join line_units lu on lu.fulfillment_order_id = fo.id
       left join shipments s on s.fulfillment_order_id = fo.id
       left join split sp on sp.order_id = fo.order_id
     )
     select grouping(${columns.join(', ')}) as grouping_set,
            ${rowSet.includes('channel') ? 'channel' : 'null'} as channel,
            ${rowSet.includes('day') ? 'day' : 'null'} as day,
            location_id,
            coalesce(sum(units_released), 0)::text as units_released,
            coalesce(sum(units_shipped), 0)::text as units_shipped,
            count(distinct order_id) filter (where shipped)::text as orders_shipped,
            count(distinct order_id) filter (where shipped and split)::text as orders_split,
            count(*) filter (where shipped)::text as shipments_shipped,
            avg(release_to_ship_hours)::text as release_to_ship_hours,
            count(*) filter (where delivered)::text as shipments_delivered,
            avg(placed_to_delivered_hours)::text as placed_to_delivered_hours,
            count(*) filter (where on_time)::text as delivered_on_time,
            count(*) filter (where late)::text as late_shipments
     from work
     group by grouping sets (${sets.map((set) => `(${set.join(', ')})`).join(', ')})
     order by ${[...rowSet].sort((a, b) => (a === 'day' ? -1 : b === 'day' ? 1 : 0)).map((column) => `${column} nulls first`).concat('sum(units_released) desc').join(', ')}`,
    params as never[],
  );
  const inSet = (set: readonly string[]) => rows.filter((row) => Number(row.grouping_set) === maskOf(set)).map(toRow);
  return {
    slaHours,
    dimensions,
    totals: inSet([])[0] ?? emptyRow(),
    rows: rowSet.length > 0 ? inSet(rowSet) : [],
    byLocation: inSet(['location_id']).sort((a, b) => b.unitsReleased - a.unitsReleased || (a.location?.id ?? '').localeCompare(b.location?.id ?? '')),
  };
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const hours = (value: string | null): number | null => (value === null ? null : Number(value));

function toRow(row: FulfillmentSqlRow): FulfillmentRow {
  const unitsReleased = Number(row.units_released);
  const unitsShipped = Number(row.units_shipped);
  const ordersShipped = Number(row.orders_shipped);
  const ordersSplit = Number(row.orders_split);
  const shipmentsDelivered = Number(row.shipments_delivered);
  const deliveredOnTime = Number(row.delivered_on_time);
  return {
    channel: row.channel,
    day: row.day,
    location: row.location_id ? { id: row.location_id } : null,
    unitsReleased,
    unitsShipped,
    fillRate: ratio(unitsShipped, unitsReleased),
    ordersShipped,
    ordersSplit,
    splitRate: ratio(ordersSplit, ordersShipped),
    shipmentsShipped: Number(row.shipments_shipped),
    averageReleaseToShipHours: hours(row.release_to_ship_hours),
    shipmentsDelivered,
    averagePlacedToDeliveredHours: hours(row.placed_to_delivered_hours),
    deliveredOnTime,
    onTimeDeliveryRate: ratio(deliveredOnTime, shipmentsDelivered),
    lateShipments: Number(row.late_shipments),
  };
}

function emptyRow(): FulfillmentRow {
  return {
    channel: null,
    day: null,
    location: null,
    unitsReleased: 0,
    unitsShipped: 0,
    fillRate: null,
    ordersShipped: 0,
    ordersSplit: 0,
    splitRate: null,
    shipmentsShipped: 0,
    averageReleaseToShipHours: null,
    shipmentsDelivered: 0,
    averagePlacedToDeliveredHours: null,
    deliveredOnTime: 0,
    onTimeDeliveryRate: null,
    lateShipments: 0,
  };
}

const FIGURES = [
  'units_released',
  'units_shipped',
  'fill_rate',
  'orders_shipped',
  'orders_split',
  'split_rate',
  'shipments_shipped',
  'average_release_to_ship_hours',
  'shipments_delivered',
  'average_placed_to_delivered_hours',
  'delivered_on_time',
  'on_time_delivery_rate',
  'late_shipments',
];

const fixed = (value: number | null, digits: number) => (value === null ? null : value.toFixed(digits));

/** The rows as CSV (RFC 4180): a column per dimension (the location as its id), then the figures. */
export function fulfillmentCsv(report: FulfillmentReport): string {
  const header = [...report.dimensions.map((dimension) => dimension.toLowerCase()), ...FIGURES];
  const dimensionValue = (row: FulfillmentRow, dimension: FulfillmentDimension) =>
    dimension === 'CHANNEL' ? row.channel : dimension === 'DAY' ? row.day : (row.location?.id ?? null);
  const lines = report.rows.map((row) => [
    ...report.dimensions.map((dimension) => dimensionValue(row, dimension)),
    row.unitsReleased,
    row.unitsShipped,
    fixed(row.fillRate, 4),
    row.ordersShipped,
    row.ordersSplit,
    fixed(row.splitRate, 4),
    row.shipmentsShipped,
    fixed(row.averageReleaseToShipHours, 2),
    row.shipmentsDelivered,
    fixed(row.averagePlacedToDeliveredHours, 2),
    row.deliveredOnTime,
    fixed(row.onTimeDeliveryRate, 4),
    row.lateShipments,
  ]);
  return toCsv(header, lines);
}
