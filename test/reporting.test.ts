// Reporting through the real gateway: orders placed and worked on a fresh system (placed, released,
// picked, packed, shipped, delivered, cancelled), then Query.report checked against figures this
// test computes itself from the same orders as the API shows them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { createLocation, createSku, errorCode } from './support/order-fixtures.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

// Release at once instead of after the cancellation window.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

const HOUR = 3_600_000;
/** The service level the report is asked with: short enough for this test to see late and on-time parcels. */
const SLA_HOURS = 5;

let system: TestSystem;
let warehouseA: string;
let warehouseB: string;
let skuA: string;
let skuB: string;
const started = Date.now();

const gql = <T>(query: string, variables?: Record<string, unknown>, auth = ADMIN) => ok(system.query<T>(query, variables, auth));

// ---------------------------------------------------------------------------------------------
// Placing and working orders through the API

const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

async function place(channel: string, lines: { sku: string; quantity: number }[]): Promise<string> {
  const data = await gql<{ placeOrder: { __typename: string; id?: string } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }`,
    {
      input: {
        idempotencyKey: randomUUID(),
        channel,
        guestEmail: 'reports@example.com',
        lines,
        delivery: { method: 'SHIP', address: ADDRESS },
        payment: { token: 'tok_visa' },
      },
    },
  );
  if (data.placeOrder.__typename !== 'Order' || !data.placeOrder.id) throw new Error(`not placed: ${JSON.stringify(data)}`);
  return data.placeOrder.id;
}

interface FulfillmentOrderView {
  id: string;
  status: string;
  createdAt: string;
  location: { id: string };
  lines: { id: string; quantity: number; pickedQuantity: number | null; cancelledQuantity: number }[];
  shipment: { shippedAt: string | null; deliveredAt: string | null; parcels: { id: string }[] } | null;
}

interface OrderView {
  id: string;
  channel: string;
  status: string;
  placedAt: string;
  total: { amount: number; currency: string };
  lines: { id: string; quantity: number; cancelledQuantity: number; shippedQuantity: number; sku: { code: string } | null }[];
  returns: { lines: { receivedQuantity: number }[] }[];
  fulfillmentOrders: FulfillmentOrderView[] | null;
}

const ORDER_VIEW = /* GraphQL */ `
  id channel status placedAt total { amount currency }
  lines { id quantity cancelledQuantity shippedQuantity sku { code } }
  returns { lines { receivedQuantity } }
  fulfillmentOrders {
    id status createdAt location { id }
    lines { id quantity pickedQuantity cancelledQuantity }
    shipment { shippedAt deliveredAt parcels { id } }
  }
`;

async function orderView(id: string): Promise<OrderView> {
  return (await gql<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER_VIEW} } }`, { id })).order;
}

/** The order once fulfillment has a fulfillment order per location it was allocated at. */
async function released(orderId: string, locations: number): Promise<FulfillmentOrderView[]> {
  return waitFor(`${locations} fulfillment orders of ${orderId}`, async () => {
    const fos = (await orderView(orderId)).fulfillmentOrders ?? [];
    return fos.length >= locations ? fos : undefined;
  });
}

/** Accepts, picks everything, packs into the parcels given (quantities per line, in line order) and ships. */
async function ship(fo: FulfillmentOrderView, parcels: number[][]): Promise<string[]> {
  await gql(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fo.id });
  await gql(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
    input: { fulfillmentOrderId: fo.id, lines: fo.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity - line.cancelledQuantity })) },
  });
  const packed = await gql<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
    {
      input: {
        fulfillmentOrderId: fo.id,
        parcels: parcels.map((quantities) => ({
          weightGrams: 900,
          lengthMm: 300,
          widthMm: 200,
          heightMm: 100,
          items: quantities.flatMap((quantity, index) => (quantity > 0 ? [{ lineId: fo.lines[index]!.id, quantity }] : [])),
        })),
      },
    },
  );
  const parcelIds = packed.packFulfillmentOrder.shipment.parcels.map((parcel) => parcel.id);
  await gql(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
    input: { fulfillmentOrderId: fo.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: parcelIds.map((parcelId) => ({ parcelId, trackingNumber: `6A${randomUUID().slice(0, 12)}` })) },
  });
  return parcelIds;
}

async function deliver(parcelId: string, at: Date): Promise<void> {
  await gql(`mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }`, {
    input: { parcelId, status: 'DELIVERED', occurredAt: at.toISOString(), location: 'Lyon', message: 'Delivered' },
  });
}

/** The customer sends back one unit of the order's first line; it arrives at the location. */
async function returnOne(orderId: string, locationId: string): Promise<void> {
  await waitFor(`order ${orderId} shipped`, async () => (await orderView(orderId)).lines[0]!.shippedQuantity > 0);
  const line = (await orderView(orderId)).lines[0]!;
  const requested = await gql<{ requestReturn: { __typename: string; id?: string; status?: string } }>(
    `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { id status } } }`,
    { input: { orderId, channel: 'WEB', lines: [{ orderLineId: line.id, quantity: 1, reasonCode: 'CHANGED_MIND', condition: 'NEW_UNOPENED' }] } },
  );
  const rma = requested.requestReturn;
  if (rma.__typename !== 'Return' || !rma.id) throw new Error(`return refused: ${JSON.stringify(requested)}`);
  if (rma.status === 'REQUESTED') await gql(`mutation($id: ID!) { approveReturn(returnId: $id) { status } }`, { id: rma.id });
  await gql(`mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { status } }`, { input: { returnId: rma.id, locationId } });
}

async function cancel(orderId: string, lineIds?: string[]): Promise<void> {
  await gql(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, { input: { orderId, ...(lineIds ? { lineIds } : {}), reason: 'Customer changed their mind' } });
}

/** Direct SQL on a service's own tables: history this test cannot wait for (orders placed yesterday, a release hours ago). */
async function sql(service: 'orders' | 'fulfillment', statement: string, params: unknown[]): Promise<void> {
  await system.subgraphs[service].orm.em.fork().execute(statement, params as never[]);
}

// ---------------------------------------------------------------------------------------------
// The figures, computed here from what the API shows of each order

const dayIn = (instant: string | Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

function halfEven(amount: number, count: number): number {
  const quotient = Math.floor(amount / count);
  const twice = 2 * (amount - quotient * count);
  return twice > count || (twice === count && quotient % 2 === 1) ? quotient + 1 : quotient;
}

interface SalesFigures {
  orders: number;
  cancelledOrders: number;
  units: number;
  cancelledUnits: number;
  revenue: { amount: number; currency: string };
  averageOrderValue: { amount: number; currency: string } | null;
  unitsShipped: number;
  unitsReturned: number;
  returnRate: number | null;
}

function salesOf(orders: readonly OrderView[]): SalesFigures {
  const paying = orders.filter((order) => order.status !== 'CANCELLED');
  const revenue = paying.reduce((total, order) => total + order.total.amount, 0);
  const unitsShipped = orders.reduce((total, order) => total + order.lines.reduce((sum, line) => sum + line.shippedQuantity, 0), 0);
  const unitsReturned = orders.reduce((total, order) => total + order.returns.reduce((sum, rma) => sum + rma.lines.reduce((units, line) => units + line.receivedQuantity, 0), 0), 0);
  return {
    orders: orders.length,
    cancelledOrders: orders.length - paying.length,
    units: orders.reduce((total, order) => total + order.lines.reduce((sum, line) => sum + line.quantity - line.cancelledQuantity, 0), 0),
    cancelledUnits: orders.reduce((total, order) => total + order.lines.reduce((sum, line) => sum + line.cancelledQuantity, 0), 0),
    revenue: { amount: revenue, currency: 'EUR' },
    averageOrderValue: paying.length > 0 ? { amount: halfEven(revenue, paying.length), currency: 'EUR' } : null,
    unitsShipped,
    unitsReturned,
    returnRate: unitsShipped > 0 ? unitsReturned / unitsShipped : null,
  };
}

interface FulfillmentFigures {
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

const mean = (values: number[]) => (values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);
const ms = (instant: string) => new Date(instant).getTime();

/** Fulfillment figures of some fulfillment orders (each with its order), by the definitions in the schema. */
function fulfillmentOf(work: readonly { order: OrderView; fo: FulfillmentOrderView }[], now: number): FulfillmentFigures {
  const sla = SLA_HOURS * HOUR;
  const shipped = work.filter(({ fo }) => fo.shipment?.shippedAt);
  const delivered = work.filter(({ fo }) => fo.shipment?.deliveredAt);
  // Split is a property of the order: all its parcels that left, wherever from.
  const parcelsOf = (order: OrderView) => (order.fulfillmentOrders ?? []).filter((fo) => fo.shipment?.shippedAt).reduce((total, fo) => total + fo.shipment!.parcels.length, 0);
  const shippedOrders = [...new Map(shipped.map(({ order }) => [order.id, order])).values()];
  const unitsReleased = work.reduce((total, { fo }) => total + (fo.status === 'EXPIRED' ? 0 : fo.lines.reduce((sum, line) => sum + line.quantity - line.cancelledQuantity, 0)), 0);
  const unitsShipped = shipped.reduce((total, { fo }) => total + fo.lines.reduce((sum, line) => sum + (line.pickedQuantity ?? 0), 0), 0);
  const ordersSplit = shippedOrders.filter((order) => parcelsOf(order) > 1).length;
  const deliveredOnTime = delivered.filter(({ fo }) => ms(fo.shipment!.deliveredAt!) <= ms(fo.createdAt) + sla).length;
  return {
    unitsReleased,
    unitsShipped,
    fillRate: unitsReleased > 0 ? unitsShipped / unitsReleased : null,
    ordersShipped: shippedOrders.length,
    ordersSplit,
    splitRate: shippedOrders.length > 0 ? ordersSplit / shippedOrders.length : null,
    shipmentsShipped: shipped.length,
    averageReleaseToShipHours: mean(shipped.map(({ fo }) => (ms(fo.shipment!.shippedAt!) - ms(fo.createdAt)) / HOUR)),
    shipmentsDelivered: delivered.length,
    averagePlacedToDeliveredHours: mean(delivered.map(({ order, fo }) => (ms(fo.shipment!.deliveredAt!) - ms(order.placedAt)) / HOUR)),
    deliveredOnTime,
    onTimeDeliveryRate: delivered.length > 0 ? deliveredOnTime / delivered.length : null,
    lateShipments: work.filter(({ fo }) => {
      if (!fo.shipment) return false;
      const due = ms(fo.createdAt) + sla;
      return fo.shipment.shippedAt ? ms(fo.shipment.shippedAt) > due : !['CANCELLED', 'REJECTED'].includes(fo.status) && now > due;
    }).length,
  };
}

/** Groups items by a key, keeping the keys' first-seen order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Floats from SQL averages and from this test agree to far better than a second. */
function expectFigures(actual: FulfillmentFigures, expected: FulfillmentFigures): void {
  for (const [name, value] of Object.entries(expected) as [keyof FulfillmentFigures, number | null][]) {
    if (typeof value === 'number' && !Number.isInteger(value)) expect(actual[name], name).toBeCloseTo(value, 6);
    else expect(actual[name], name).toEqual(value);
  }
}

/** RFC 4180 reader: quoted fields (with doubled quotes, commas and line breaks), CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The orders of the test

const SALES_FIELDS =
  'channel day status orders cancelledOrders units cancelledUnits revenue { amount currency } averageOrderValue { amount currency } unitsShipped unitsReturned returnRate';
const FULFILLMENT_FIELDS =
  'channel day location { id } unitsReleased unitsShipped fillRate ordersShipped ordersSplit splitRate shipmentsShipped averageReleaseToShipHours shipmentsDelivered averagePlacedToDeliveredHours deliveredOnTime onTimeDeliveryRate lateShipments';
const REPORT = /* GraphQL */ `
  query Report($input: ReportInput!) {
    report(input: $input) {
      key from to groupBy channels timeZone currency
      sales { totals { ${SALES_FIELDS} } rows { ${SALES_FIELDS} } csv }
      fulfillment { slaHours totals { ${FULFILLMENT_FIELDS} } rows { ${FULFILLMENT_FIELDS} } byLocation { ${FULFILLMENT_FIELDS} } csv }
    }
  }
`;

interface ReportResult {
  key: string;
  groupBy: string[];
  channels: string[];
  timeZone: string;
  sales: { totals: SalesFigures & { channel: null; day: null; status: null }; rows: (SalesFigures & { channel: string | null; day: string | null; status: string | null })[]; csv: string };
  fulfillment: {
    slaHours: number;
    totals: FulfillmentFigures;
    rows: (FulfillmentFigures & { channel: string | null; day: string | null; location: { id: string } | null })[];
    byLocation: (FulfillmentFigures & { location: { id: string } | null })[];
    csv: string;
  };
}

let orders: OrderView[] = [];
let reportTo: string;

beforeAll(async () => {
  system = await startTestSystem({ seedDemoData: false });
  warehouseA = await createLocation(system);
  warehouseB = await createLocation(system);
  skuA = await createSku(system, { price: 1000, stock: { [warehouseA]: 100 } });
  skuB = await createSku(system, { price: 2500, stock: { [warehouseB]: 100 } });
  const now = Date.now();

  // 1. Web, one parcel, delivered two hours after release: on time.
  const one = await place('WEB', [{ sku: skuA, quantity: 2 }]);
  const [oneFo] = await released(one, 1);
  await deliver((await ship(oneFo!, [[2]]))[0]!, new Date(now + 2 * HOUR));
  // … and one of its two units comes back.
  await returnOne(one, warehouseA);

  // 2. Mobile, split over both warehouses: two shipments, one delivered on time, one 20 hours after release (late).
  const two = await place('MOBILE', [{ sku: skuA, quantity: 1 }, { sku: skuB, quantity: 3 }]);
  const twoFos = await released(two, 2);
  const atA = twoFos.find((fo) => fo.location.id === warehouseA)!;
  const atB = twoFos.find((fo) => fo.location.id === warehouseB)!;
  await deliver((await ship(atA, [[1]]))[0]!, new Date(now + HOUR));
  await deliver((await ship(atB, [[3]]))[0]!, new Date(now + 20 * HOUR));

  // 3. Web, one shipment in two parcels (split), not delivered yet; placed yesterday.
  const three = await place('WEB', [{ sku: skuA, quantity: 2 }]);
  const [threeFo] = await released(three, 1);
  await ship(threeFo!, [[1], [1]]);

  // 4. Call centre, accepted but not shipped, released ten hours ago: a late shipment.
  const four = await place('CALL_CENTER', [{ sku: skuA, quantity: 3 }]);
  const [fourFo] = await released(four, 1);
  await gql(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fourFo!.id });
  await sql('fulfillment', `update fulfillment.fulfillment_order set created_at = created_at - interval '10 hours' where id = ?`, [fourFo!.id]);

  // 5. Web, cancelled after release: counted, but no revenue and nothing left to fulfil.
  const five = await place('WEB', [{ sku: skuA, quantity: 1 }]);
  await released(five, 1);
  await cancel(five);
  await waitFor('order 5 cancelled in fulfillment', async () => (await orderView(five)).fulfillmentOrders?.every((fo) => fo.status === 'CANCELLED'));

  // 6. Mobile, one of its two lines cancelled (the other stays open); placed yesterday.
  const six = await place('MOBILE', [{ sku: skuA, quantity: 2 }, { sku: skuB, quantity: 1 }]);
  await released(six, 2);
  const lineB = (await orderView(six)).lines.find((line) => line.sku?.code === skuB)!;
  await cancel(six, [lineB.id]);
  await waitFor('order 6 line cancelled in fulfillment', async () =>
    (await orderView(six)).fulfillmentOrders?.some((fo) => fo.location.id === warehouseB && fo.lines.every((line) => line.cancelledQuantity === line.quantity)),
  );

  // Orders 3 and 6 were placed a day earlier, as both services recorded it.
  for (const id of [three, six]) {
    await sql('orders', `update orders."order" set placed_at = placed_at - interval '1 day' where id = ?`, [id]);
    await sql('fulfillment', `update fulfillment.fulfillment_order set order_placed_at = order_placed_at - interval '1 day' where order_id = ?`, [id]);
  }

  // Every delivery has reached fulfillment's shipments before anything is measured.
  await waitFor('deliveries recorded', async () => (await orderView(two)).fulfillmentOrders?.every((fo) => fo.shipment?.deliveredAt));
  orders = await Promise.all([one, two, three, four, five, six].map(orderView));
  reportTo = new Date(Date.now() + 60_000).toISOString();
}, 120_000);

afterAll(async () => {
  await system?.close();
});

const reportInput = (overrides: Record<string, unknown> = {}) => ({ from: new Date(started - 2 * 24 * HOUR).toISOString(), to: reportTo, slaHours: SLA_HOURS, ...overrides });

async function report(overrides: Record<string, unknown> = {}, auth = ADMIN): Promise<ReportResult> {
  return (await gql<{ report: ReportResult }>(REPORT, { input: reportInput(overrides) }, auth)).report;
}

const workOf = (list: readonly OrderView[]) => list.flatMap((order) => (order.fulfillmentOrders ?? []).map((fo) => ({ order, fo })));

describe('Query.report', () => {
  it('totals: orders, revenue net of cancellations, units, fill rate, split rate, cycle times, on-time delivery', async () => {
    const queriedAt = Date.now();
    const result = await report();
    expect(result.sales.totals).toEqual({ channel: null, day: null, status: null, ...salesOf(orders) });
    // The scenario, counted by hand: six orders, one cancelled; 2+4+2+3+2 units left, 1+1 cancelled.
    expect(result.sales.totals).toMatchObject({ orders: 6, cancelledOrders: 1, units: 13, cancelledUnits: 2, unitsShipped: 8, unitsReturned: 1 });
    expect(result.sales.rows).toEqual([]);

    const totals = result.fulfillment.totals;
    expect(result.fulfillment.slaHours).toBe(SLA_HOURS);
    expectFigures(totals, fulfillmentOf(workOf(orders), queriedAt));
    // By hand: 8 of 13 released units shipped; orders 2 and 3 split of 3 shipped; 2 of 3 deliveries on time; order 4 late.
    expect(totals).toMatchObject({ unitsReleased: 13, unitsShipped: 8, ordersShipped: 3, ordersSplit: 2, shipmentsShipped: 4, shipmentsDelivered: 3, deliveredOnTime: 2, lateShipments: 1 });
    expect(totals.fillRate).toBeCloseTo(8 / 13, 10);
  });

  it('rows by channel and day, in each service, match the orders of each group', async () => {
    const queriedAt = Date.now();
    const result = await report({ groupBy: ['DAY', 'CHANNEL'] });
    expect(result.groupBy).toEqual(['DAY', 'CHANNEL']);
    const groups = groupBy(orders, (order) => `${dayIn(order.placedAt, 'UTC')}|${order.channel}`);
    const expectedSales = [...groups.entries()]
      .map(([key, members]) => ({ day: key.split('|')[0]!, channel: key.split('|')[1]!, status: null, ...salesOf(members) }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.channel.localeCompare(b.channel));
    expect(result.sales.rows).toEqual(expectedSales);
    expect(new Set(result.sales.rows.map((row) => row.day)).size).toBe(2);

    const fulfillmentGroups = groupBy(workOf(orders), ({ order }) => `${dayIn(order.placedAt, 'UTC')}|${order.channel}`);
    const rows = [...result.fulfillment.rows];
    expect(rows.map((row) => `${row.day}|${row.channel}`).sort()).toEqual([...fulfillmentGroups.keys()].sort());
    for (const row of rows) {
      expect(row.location).toBeNull();
      expectFigures(row, fulfillmentOf(fulfillmentGroups.get(`${row.day}|${row.channel}`)!, queriedAt));
    }
    // Whatever the dimensions: units per location.
    const byLocation = groupBy(workOf(orders), ({ fo }) => fo.location.id);
    expect(result.fulfillment.byLocation.map((row) => row.location?.id).sort()).toEqual([warehouseA, warehouseB].sort());
    for (const row of result.fulfillment.byLocation) expectFigures(row, fulfillmentOf(byLocation.get(row.location!.id)!, queriedAt));
  });

  it('cuts days in the time zone asked for', async () => {
    for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const result = await report({ groupBy: ['DAY'], timeZone });
      expect(result.timeZone).toBe(timeZone);
      const expected = [...groupBy(orders, (order) => dayIn(order.placedAt, timeZone)).entries()]
        .map(([day, members]) => ({ day, channel: null, status: null, ...salesOf(members) }))
        .sort((a, b) => a.day.localeCompare(b.day));
      expect(result.sales.rows).toEqual(expected);
      // Every order of the test was released: fulfillment has the same days.
      expect(result.fulfillment.rows.map((row) => row.day)).toEqual(expected.map((row) => row.day));
    }
  });

  it('groups sales by status, fulfillment by location, and filters by channel', async () => {
    const queriedAt = Date.now();
    const result = await report({ groupBy: ['STATUS', 'LOCATION'], channels: ['MOBILE', 'CALL_CENTER'] });
    expect(result.channels).toEqual(['CALL_CENTER', 'MOBILE']);
    const members = orders.filter((order) => order.channel === 'MOBILE' || order.channel === 'CALL_CENTER');
    const expectedSales = [...groupBy(members, (order) => order.status).entries()]
      .map(([status, group]) => ({ channel: null, day: null, status, ...salesOf(group) }))
      .sort((a, b) => a.status.localeCompare(b.status));
    expect(result.sales.rows).toEqual(expectedSales);
    expect(result.sales.totals.orders).toBe(3);
    const byLocation = groupBy(workOf(members), ({ fo }) => fo.location.id);
    expect(result.fulfillment.rows.map((row) => row.location?.id).sort()).toEqual([...byLocation.keys()].sort());
    for (const row of result.fulfillment.rows) {
      expect(row).toMatchObject({ channel: null, day: null });
      expectFigures(row, fulfillmentOf(byLocation.get(row.location!.id)!, queriedAt));
    }
    expectFigures(result.fulfillment.totals, fulfillmentOf(workOf(members), queriedAt));
  });

  it('exports the rows as RFC 4180 CSV', async () => {
    const result = await report({ groupBy: ['CHANNEL', 'DAY'] });
    const sales = parseCsv(result.sales.csv);
    expect(result.sales.csv.endsWith('\r\n')).toBe(true);
    expect(sales[0]).toEqual([
      'channel',
      'day',
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
    ]);
    expect(sales.slice(1)).toEqual(
      result.sales.rows.map((row) => [
        row.channel,
        row.day,
        String(row.orders),
        String(row.cancelledOrders),
        String(row.units),
        String(row.cancelledUnits),
        String(row.revenue.amount),
        row.averageOrderValue ? String(row.averageOrderValue.amount) : '',
        'EUR',
        String(row.unitsShipped),
        String(row.unitsReturned),
        row.returnRate === null ? '' : row.returnRate.toFixed(4),
      ]),
    );
    const fulfillment = parseCsv(result.fulfillment.csv);
    expect(fulfillment[0]!.slice(0, 5)).toEqual(['channel', 'day', 'units_released', 'units_shipped', 'fill_rate']);
    expect(fulfillment).toHaveLength(result.fulfillment.rows.length + 1);
    const columns = fulfillment[0]!;
    for (const [index, row] of result.fulfillment.rows.entries()) {
      const line = Object.fromEntries(columns.map((column, at) => [column, fulfillment[index + 1]![at]!]));
      expect(line).toMatchObject({ channel: row.channel, day: row.day, units_released: String(row.unitsReleased), units_shipped: String(row.unitsShipped), late_shipments: String(row.lateShipments) });
      expect(line['fill_rate']).toBe(row.fillRate === null ? '' : row.fillRate.toFixed(4));
      expect(line['average_release_to_ship_hours']).toBe(row.averageReleaseToShipHours === null ? '' : row.averageReleaseToShipHours.toFixed(2));
    }
  });

  it('downloads the same CSV over HTTP at the gateway, with the authorization of the API', async () => {
    const result = await report({ groupBy: ['CHANNEL', 'DAY'] });
    const input = reportInput();
    const download = (section: string, params: Record<string, string>, auth?: string) =>
      fetch(new URL(`/reports/${section}.csv?${new URLSearchParams(params).toString()}`, system.gatewayUrl), { headers: auth ? { authorization: `Bearer ${auth}` } : {} });
    const params = { from: String(input.from), to: String(input.to), groupBy: 'CHANNEL,DAY', slaHours: String(SLA_HOURS) };
    for (const section of ['sales', 'fulfillment'] as const) {
      const response = await download(section, params, ADMIN);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${section}-report.csv"`);
      expect(await response.text()).toBe(result[section].csv);
    }
    const badZone = await download('sales', { ...params, timeZone: 'Mars/Olympus_Mons' }, ADMIN);
    expect(badZone.status).toBe(400);
    expect(((await badZone.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await download('sales', params, customerToken(randomUUID()))).status).toBe(403);
    expect((await download('sales', params)).status).toBe(401);
  });

  it('gives the same key for the same input, and reads the default SLA from configuration', async () => {
    const first = await report({ groupBy: ['CHANNEL'] });
    const again = await report({ groupBy: ['CHANNEL'], channels: [] });
    expect(again.key).toBe(first.key);
    const withDefaultSla = await report({ slaHours: null });
    expect(withDefaultSla.fulfillment.slaHours).toBe(72);
    expect(withDefaultSla.key).not.toBe(first.key);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const cases = [
      { from: reportTo, to: reportTo },
      { from: new Date(started).toISOString(), to: new Date(started - HOUR).toISOString() },
      { from: new Date(started - 367 * 24 * HOUR).toISOString(), to: new Date(started).toISOString() },
      { timeZone: 'Mars/Olympus_Mons' },
      { timeZone: '+02:00' },
      { currency: 'euro' },
      { slaHours: 0 },
    ];
    for (const overrides of cases) {
      const response = await system.query(REPORT, { input: reportInput(overrides) }, ADMIN);
      expect(errorCode(response), JSON.stringify(overrides)).toBe('BAD_USER_INPUT');
      expect(response.data?.['report'] ?? null).toBeNull();
    }
    // A full leap year is allowed (up to this test's start: the orders moved to the day before).
    const year = await report({ from: new Date(started - 366 * 24 * HOUR).toISOString(), to: new Date(started).toISOString() });
    expect(year.sales.totals).toEqual({ channel: null, day: null, status: null, ...salesOf(orders.filter((order) => ms(order.placedAt) < started)) });
    expect(year.sales.totals.orders).toBe(2);
  });

  it('costs one SQL statement in each contributing service, whatever the number of orders', async () => {
    system.statements.reset();
    await report({ groupBy: ['DAY', 'CHANNEL', 'LOCATION', 'STATUS'] });
    const counts = system.statements.snapshot();
    expect(counts['orders']).toBe(1);
    expect(counts['fulfillment']).toBe(1);
  });

  it('keeps a partner key bound to a channel to that channel', async () => {
    const created = await gql<{ createApiKey: { token: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }`,
      { input: { name: 'web analytics', scopes: ['reports:read'], channel: 'WEB' } },
    );
    const partner = created.createApiKey.token;
    const web = orders.filter((order) => order.channel === 'WEB');
    // A small selection: partner keys pay for what they ask (each list counts ten times).
    const PARTNER_REPORT = `query($input: ReportInput!) { report(input: $input) { channels sales { totals { ${SALES_FIELDS} } } fulfillment { totals { ${FULFILLMENT_FIELDS} } } } }`;
    const own = (await gql<{ report: ReportResult }>(PARTNER_REPORT, { input: reportInput() }, partner)).report;
    expect(own.channels).toEqual(['WEB']);
    expect(own.sales.totals).toEqual({ channel: null, day: null, status: null, ...salesOf(web) });
    expectFigures(own.fulfillment.totals, fulfillmentOf(workOf(web), Date.now()));
    const other = await system.query(PARTNER_REPORT, { input: reportInput({ channels: ['MOBILE'] }) }, partner);
    expect(errorCode(other)).toBe('FORBIDDEN');
  });

  it('is for staff with reports:read: customers and store associates are refused', async () => {
    for (const token of [customerToken(randomUUID()), staffToken(['STORE_ASSOCIATE'], { storeId: warehouseA })]) {
      const response = await system.query(REPORT, { input: reportInput() }, token);
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data?.['report'] ?? null).toBeNull();
    }
    expect((await report({}, staffToken(['CARE_AGENT']))).sales.totals.orders).toBe(6);
  });
});
