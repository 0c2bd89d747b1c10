import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { inventoryEm, levelOf, reservedInvariantViolations } from './support/inventory-fixtures.ts';
import { createLocation, createSku, uniqueCode } from './support/order-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

// Orders go to fulfillment as soon as they are allocated (no cancellation window) in these tests.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
const clients: Client[] = [];
const CUSTOMER = demoId('customer', 0);
const LYON_ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await system?.close();
});

function query<T = Record<string, unknown>>(gql: string, variables?: Record<string, unknown>, auth: string = ADMIN): Promise<GraphQLResponse<T>> {
  return system.query<T>(gql, variables, auth);
}

function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** A location with a name the timeline can show (warehouses ship, stores take pickups). */
async function namedLocation(name: string, options: { type?: 'WAREHOUSE' | 'STORE'; latitude: number; longitude: number }): Promise<{ id: string; code: string }> {
  const id = await createLocation(system, options);
  const [row] = await inventoryEm(system).execute<{ code: string }[]>('update inventory.location set name = ? where id = ? returning code', [name, id]);
  return { id, code: row!.code };
}

const lyonWarehouse = () => namedLocation(`Lyon ${uniqueCode('W')}`, { latitude: 45.76, longitude: 4.85 });
const parisWarehouse = () => namedLocation(`Paris ${uniqueCode('W')}`, { latitude: 48.86, longitude: 2.35 });

interface OrderView {
  id: string;
  number: string;
  status: string;
  releasedAt: string | null;
  total: { amount: number };
  lines: { id: string; status: string; quantity: number; shippedQuantity: number; cancelledQuantity: number; sku: { code: string } }[];
  payments: { provider: string; status: string; authorized: { amount: number }; captured: { amount: number } }[];
  timeline: { from: string | null; to: string; actor: string; reason: string | null }[];
}

const ORDER_FIELDS = /* GraphQL */ `
  id number status releasedAt total { amount }
  lines { id status quantity shippedQuantity cancelledQuantity sku { code } }
  payments { provider status authorized { amount } captured { amount } }
  timeline { from to actor reason }
`;

async function placeOrder(lines: { sku: string; quantity: number }[], overrides: Record<string, unknown> = {}): Promise<OrderView> {
  const input = {
    idempotencyKey: randomUUID(),
    channel: 'WEB',
    customerId: CUSTOMER,
    lines,
    delivery: { method: 'SHIP', address: LYON_ADDRESS },
    payment: { token: 'tok_visa' },
    ...overrides,
  };
  const data = ok(await query<{ placeOrder: OrderView & { __typename: string } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } } }`,
    { input },
  ));
  expect(data.placeOrder.__typename).toBe('Order');
  return data.placeOrder;
}

async function orderOf(id: string): Promise<OrderView> {
  return ok(await query<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id })).order;
}

function waitForStatus(id: string, status: string): Promise<OrderView> {
  return waitFor(`order ${id} ${status}`, async () => {
    const order = await orderOf(id);
    return order.status === status ? order : undefined;
  });
}

interface ReleasedAllocation {
  allocationId: string;
  orderLineId: string;
  sku: string;
  locationId: string;
  locationType: string;
  quantity: number;
  kind: string;
}

/** OrderReleased events in the orders outbox (what fulfillment receives), oldest first. */
async function releases(orderId: string): Promise<{ payload: Record<string, unknown> & { allocations: ReleasedAllocation[] } }[]> {
  return system.subgraphs.orders.orm.em
    .fork()
    .execute("select payload from orders.outbox_event where aggregate_id = ? and type = 'OrderReleased' order by position", [orderId]);
}

async function waitForReleases(orderId: string, count: number): Promise<ReleasedAllocation[][]> {
  const rows = await waitFor(`${count} OrderReleased of ${orderId}`, async () => {
    const found = await releases(orderId);
    return found.length >= count ? found : undefined;
  });
  return rows.map((row) => row.payload.allocations);
}

async function allocationsOf(orderId: string): Promise<{ id: string; order_line_id: string; location_id: string; quantity: number; status: string }[]> {
  return inventoryEm(system).execute(
    'select id, order_line_id, location_id, quantity, status from inventory.allocation where order_id = ? order by created_at, id',
    [orderId],
  );
}

async function ledger(sku: string, kind: string): Promise<{ location_id: string; on_hand_before: number; on_hand_after: number; reserved_before: number; reserved_after: number; reason: string | null }[]> {
  return inventoryEm(system).execute(
    'select location_id, on_hand_before, on_hand_after, reserved_before, reserved_after, reason from inventory.stock_movement where sku_code = ? and kind = ? order by created_at, id',
    [sku, kind],
  );
}

/** Plays the fulfillment service: publishes one of its contract events on the bus. */
async function publish(type: string, payload: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await system.bus.publish([
    {
      id,
      source: 'fulfillment',
      type,
      aggregateType: 'FulfillmentOrder',
      aggregateId: String(payload['fulfillmentOrderId'] ?? payload['shipmentId'] ?? randomUUID()),
      payload,
      occurredAt: new Date().toISOString(),
    },
  ]);
  return id;
}

function lineQuantities(allocations: readonly ReleasedAllocation[], quantity?: (allocation: ReleasedAllocation) => number) {
  return allocations.map((allocation) => ({
    orderLineId: allocation.orderLineId,
    allocationId: allocation.allocationId,
    sku: allocation.sku,
    quantity: quantity ? quantity(allocation) : allocation.quantity,
  }));
}

function shipped(orderId: string, locationId: string, lines: ReturnType<typeof lineQuantities>): Promise<string> {
  return publish('ShipmentShipped', {
    shipmentId: randomUUID(),
    fulfillmentOrderId: randomUUID(),
    orderId,
    customerId: CUSTOMER,
    locationId,
    lines,
    parcels: [{ parcelId: randomUUID(), carrier: 'Colissimo', trackingNumber: uniqueCode('TRK') }],
  });
}

/**
 * The durable consumers have handled everything published so far: their offsets reached the end
 * of the bus log.
 */
async function consumersCaughtUp(): Promise<void> {
  const pool = system.subgraphs.orders.orm.em.fork();
  const [end] = await pool.execute<{ position: string }[]>('select coalesce(max(position), 0)::text as position from bus.event');
  await waitFor('consumers to catch up', async () => {
    const rows = await pool.execute<{ position: string }[]>(
      "select position::text from bus.consumer_offset where consumer in ('orders-fulfillment', 'inventory-fulfillment', 'orders-inventory')",
    );
    return rows.length === 3 && rows.every((row) => BigInt(row.position) >= BigInt(end!.position));
  });
}

/** Delivers every bus event after `position` again to the saga's consumers, as after a crash before their offsets were saved. */
async function redeliverSince(position: string): Promise<void> {
  await system.subgraphs.orders.orm.em
    .fork()
    .execute("update bus.consumer_offset set position = ? where consumer in ('orders-fulfillment', 'inventory-fulfillment', 'orders-inventory')", [position]);
  await consumersCaughtUp();
}

async function busPosition(): Promise<string> {
  const [row] = await system.subgraphs.orders.orm.em.fork().execute<{ position: string }[]>('select coalesce(max(position), 0)::text as position from bus.event');
  return row!.position;
}

function connect(token?: string): Client {
  const url = system.gatewayUrl.replace(/^http/, 'ws');
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0 });
  clients.push(client);
  return client;
}

function collect(client: Client, operation: string, variables: Record<string, unknown>) {
  const received: { data?: Record<string, unknown> | null; errors?: unknown }[] = [];
  const unsubscribe = client.subscribe(
    { query: operation, variables },
    {
      next: (result) => received.push({ data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) }),
      error: (error) => received.push({ errors: error }),
      complete: () => undefined,
    },
  );
  return { received, unsubscribe };
}

/** Time for a new subscription to reach the owning subgraph through the gateway. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('release to fulfillment', () => {
  it('releases an allocated order: RELEASED on the timeline, OrderReleased with locations, types and the address', async () => {
    const lyon = await lyonWarehouse();
    const sku = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const placed = await placeOrder([{ sku, quantity: 2 }]);
    expect(placed.status).toBe('ALLOCATED');
    const order = await waitForStatus(placed.id, 'RELEASED');
    expect(order.releasedAt).not.toBeNull();
    expect(order.timeline.at(-1)).toMatchObject({ from: 'ALLOCATED', to: 'RELEASED', actor: 'service:orders' });
    const [event] = await releases(order.id);
    expect(event?.payload).toMatchObject({
      orderId: order.id,
      number: order.number,
      channel: 'WEB',
      customerId: CUSTOMER,
      email: 'camille.martin@example.com',
      deliveryMethod: 'SHIP',
      shipTo: { name: 'Camille Martin', line1: '14 rue de la République', line2: null, city: 'Lyon', postalCode: '69002', region: null, country: 'FR' },
      pickupLocationId: null,
    });
    const [allocation] = await allocationsOf(order.id);
    expect(event?.payload.allocations).toEqual([
      { allocationId: allocation!.id, orderLineId: order.lines[0]!.id, sku, locationId: lyon.id, locationType: 'WAREHOUSE', quantity: 2, kind: 'STOCK' },
    ]);
  });

  it('keeps a backordered order until its presold stock arrives, then releases it', async () => {
    const lyon = await lyonWarehouse();
    const sku = await createSku(system, { price: 3000, presellLimit: 5, stock: { [lyon.id]: 0 } });
    const purchaseOrder = ok(await query<{ createPurchaseOrder: { id: string } }>(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`,
      { input: { number: uniqueCode('PO'), supplier: 'Test Mills', locationId: lyon.id, expectedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), lines: [{ sku, quantity: 10 }] } },
    )).createPurchaseOrder;
    const order = await placeOrder([{ sku, quantity: 2 }], { allowBackorder: true });
    expect(order.status).toBe('BACKORDERED');
    await consumersCaughtUp();
    expect(await releases(order.id)).toHaveLength(0);
    expect((await orderOf(order.id)).status).toBe('BACKORDERED');

    ok(await query(`mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { id } }`, {
      input: { purchaseOrderId: purchaseOrder.id, lines: [{ sku, quantity: 10 }] },
    }));
    const released = await waitForStatus(order.id, 'RELEASED');
    expect(released.lines.map((line) => line.status)).toEqual(['OPEN']);
    expect(released.timeline.map((step) => step.to).slice(-3)).toEqual(['BACKORDERED', 'ALLOCATED', 'RELEASED']);
    const [allocations] = await waitForReleases(order.id, 1);
    expect(allocations).toMatchObject([{ sku, locationId: lyon.id, quantity: 2, kind: 'STOCK' }]);
  });

  it('tells fulfillment to stop when a released order is cancelled, and not before release', async () => {
    const lyon = await lyonWarehouse();
    const sku = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const other = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const order = await placeOrder([{ sku, quantity: 1 }, { sku: other, quantity: 2 }]);
    await waitForStatus(order.id, 'RELEASED');
    const cancel = (input: Record<string, unknown>) =>
      query<{ cancelOrder: { status: string } }>('mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }', { input });
    expect(ok(await cancel({ orderId: order.id, lineIds: [order.lines[1]!.id], reason: 'too many' })).cancelOrder.status).toBe('RELEASED');
    expect(ok(await cancel({ orderId: order.id, reason: 'changed my mind' })).cancelOrder.status).toBe('CANCELLED');
    const events = await system.subgraphs.orders.orm.em
      .fork()
      .execute<{ payload: Record<string, unknown> }[]>("select payload from orders.outbox_event where aggregate_id = ? and type = 'OrderCancelled' order by position", [order.id]);
    expect(events.map((event) => event.payload)).toEqual([
      { orderId: order.id, lineIds: [order.lines[1]!.id], reason: 'too many' },
      { orderId: order.id, lineIds: null, reason: 'changed my mind' },
    ]);
    expect(await levelOf(system, sku, lyon.id)).toMatchObject({ onHand: 10, reserved: 0 });
    expect(await levelOf(system, other, lyon.id)).toMatchObject({ onHand: 10, reserved: 0 });
  });
});

describe('shipping and delivery', () => {
  it('ships, captures and delivers an order, pushing SHIPPED then DELIVERED to its subscriber', async () => {
    const lyon = await lyonWarehouse();
    const tee = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const cap = await createSku(system, { price: 1500, stock: { [lyon.id]: 5 } });
    const placed = await placeOrder([{ sku: tee, quantity: 2 }, { sku: cap, quantity: 1 }]);
    expect(placed.total.amount).toBe(5500);
    await waitForStatus(placed.id, 'RELEASED');
    const [allocations] = await waitForReleases(placed.id, 1);

    const subscription = collect(connect(customerToken(CUSTOMER)), 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }', { id: placed.id });
    await settle();
    await shipped(placed.id, lyon.id, lineQuantities(allocations!));
    const order = await waitForStatus(placed.id, 'SHIPPED');
    expect(order.lines.map((line) => [line.status, line.shippedQuantity])).toEqual([['SHIPPED', 2], ['SHIPPED', 1]]);
    expect(order.payments).toMatchObject([{ provider: 'test', status: 'CAPTURED', authorized: { amount: 5500 }, captured: { amount: 5500 } }]);
    expect(order.timeline.at(-1)).toMatchObject({ from: 'RELEASED', to: 'SHIPPED', actor: 'service:fulfillment' });
    await waitFor('stock to leave', async () => (await levelOf(system, tee, lyon.id))?.onHand === 8);
    expect(await levelOf(system, tee, lyon.id)).toMatchObject({ onHand: 8, reserved: 0 });
    await waitFor('stock to leave', async () => (await levelOf(system, cap, lyon.id))?.onHand === 4);
    expect(await levelOf(system, cap, lyon.id)).toMatchObject({ onHand: 4, reserved: 0 });
    expect(await ledger(tee, 'SHIPMENT')).toMatchObject([{ location_id: lyon.id, on_hand_before: 10, on_hand_after: 8, reserved_before: 2, reserved_after: 0 }]);
    expect((await allocationsOf(placed.id)).map((allocation) => allocation.status)).toEqual(['SHIPPED', 'SHIPPED']);

    await publish('ShipmentDelivered', { shipmentId: randomUUID(), orderId: placed.id, customerId: CUSTOMER, allShipmentsDelivered: true });
    await waitForStatus(placed.id, 'DELIVERED');
    await waitFor('two pushes', async () => subscription.received.length >= 2);
    expect(subscription.received).toEqual([{ data: { orderStatusChanged: { status: 'SHIPPED' } } }, { data: { orderStatusChanged: { status: 'DELIVERED' } } }]);
    subscription.unsubscribe();
  });

  it('ships in parts: PARTIALLY_SHIPPED with a partial capture (shipping with the first parcel), then SHIPPED', async () => {
    const lyon = await lyonWarehouse();
    const tee = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const cap = await createSku(system, { price: 1500, stock: { [lyon.id]: 10 } });
    const placed = await placeOrder([{ sku: tee, quantity: 1 }, { sku: cap, quantity: 1 }]);
    expect(placed.total.amount).toBe(3500 + 490);
    await waitForStatus(placed.id, 'RELEASED');
    const [allocations] = await waitForReleases(placed.id, 1);
    const teeAllocation = allocations!.find((allocation) => allocation.sku === tee);
    const capAllocation = allocations!.find((allocation) => allocation.sku === cap);

    await shipped(placed.id, lyon.id, lineQuantities([teeAllocation!]));
    const partly = await waitForStatus(placed.id, 'PARTIALLY_SHIPPED');
    expect(partly.lines.map((line) => line.status)).toEqual(['SHIPPED', 'OPEN']);
    expect(partly.payments).toMatchObject([{ status: 'PARTIALLY_CAPTURED', authorized: { amount: 3990 }, captured: { amount: 2000 + 490 } }]);

    await shipped(placed.id, lyon.id, lineQuantities([capAllocation!]));
    const order = await waitForStatus(placed.id, 'SHIPPED');
    expect(order.payments).toMatchObject([{ status: 'CAPTURED', captured: { amount: 3990 } }]);
    expect(order.timeline.map((step) => step.to).slice(-3)).toEqual(['RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED']);
    await waitFor('stock to leave', async () => (await levelOf(system, cap, lyon.id))?.onHand === 9);
  });

  it('changes nothing when the same events are delivered again', async () => {
    const lyon = await lyonWarehouse();
    const sku = await createSku(system, { price: 2000, stock: { [lyon.id]: 10 } });
    const placed = await placeOrder([{ sku, quantity: 3 }]);
    await waitForStatus(placed.id, 'RELEASED');
    const [allocations] = await waitForReleases(placed.id, 1);
    const before = await busPosition();
    await shipped(placed.id, lyon.id, lineQuantities(allocations!, () => 1));
    await publish('FulfillmentLinesShortPicked', {
      fulfillmentOrderId: randomUUID(),
      orderId: placed.id,
      locationId: lyon.id,
      lines: allocations!.map((allocation) => ({ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku, shortQuantity: 1 })),
    });
    await waitFor('the short pick to be handled', async () => (await orderOf(placed.id)).status === 'ON_HOLD');
    await consumersCaughtUp();
    const snapshot = async () => ({
      order: await orderOf(placed.id),
      level: await levelOf(system, sku, lyon.id),
      allocations: await allocationsOf(placed.id),
      ledger: await inventoryEm(system).execute('select count(*)::int as rows from inventory.stock_movement where sku_code = ?', [sku]),
      releases: (await releases(placed.id)).length,
    });
    const first = await snapshot();
    expect(first.order.payments).toMatchObject([{ status: 'PARTIALLY_CAPTURED', captured: { amount: 2000 } }]);
    expect(first.level).toMatchObject({ onHand: 8, reserved: 1 });

    await redeliverSince(before);
    expect(await snapshot()).toEqual(first);
  });
});

describe('re-sourcing', () => {
  it('re-sources a rejected fulfillment order to another location and sends fulfillment the new allocation', async () => {
    const lyon = await lyonWarehouse();
    const paris = await parisWarehouse();
    const sku = await createSku(system, { price: 2500, stock: { [lyon.id]: 10, [paris.id]: 10 } });
    const placed = await placeOrder([{ sku, quantity: 3 }]);
    await waitForStatus(placed.id, 'RELEASED');
    const [first] = await waitForReleases(placed.id, 1);
    expect(first).toMatchObject([{ locationId: lyon.id, quantity: 3 }]);

    await publish('FulfillmentOrderRejected', {
      fulfillmentOrderId: randomUUID(),
      orderId: placed.id,
      locationId: lyon.id,
      reason: 'forklift broken',
      lines: lineQuantities(first!),
    });
    const [, second] = await waitForReleases(placed.id, 2);
    const allocations = await allocationsOf(placed.id);
    expect(allocations.map((allocation) => [allocation.location_id, allocation.quantity, allocation.status])).toEqual([
      [lyon.id, 3, 'RELEASED'],
      [paris.id, 3, 'ALLOCATED'],
    ]);
    expect(second).toEqual([
      { allocationId: allocations[1]!.id, orderLineId: placed.lines[0]!.id, sku, locationId: paris.id, locationType: 'WAREHOUSE', quantity: 3, kind: 'STOCK' },
    ]);
    expect(await levelOf(system, sku, lyon.id)).toMatchObject({ onHand: 10, reserved: 0 });
    expect(await levelOf(system, sku, paris.id)).toMatchObject({ onHand: 10, reserved: 3 });
    const order = await orderOf(placed.id);
    expect(order.status).toBe('RELEASED');
    const [lyonName, parisName] = await Promise.all(
      [lyon.id, paris.id].map(async (id) => (await inventoryEm(system).execute<{ name: string }[]>('select name from inventory.location where id = ?', [id]))[0]!.name),
    );
    expect(order.timeline.at(-1)).toEqual({
      from: 'RELEASED',
      to: 'RELEASED',
      actor: 'service:fulfillment',
      reason: `re-sourced 3 × ${sku} from ${lyonName} to ${parisName}: rejected (forklift broken)`,
    });

    await shipped(placed.id, paris.id, lineQuantities(second!));
    await waitForStatus(placed.id, 'SHIPPED');
    await waitFor('stock to leave Paris', async () => (await levelOf(system, sku, paris.id))?.onHand === 7);
    expect(await levelOf(system, sku, paris.id)).toMatchObject({ onHand: 7, reserved: 0 });
  });

  it('writes off a short pick and re-sources the missing units; both parts then ship', async () => {
    const lyon = await lyonWarehouse();
    const paris = await parisWarehouse();
    const sku = await createSku(system, { price: 1000, stock: { [lyon.id]: 5, [paris.id]: 5 } });
    const placed = await placeOrder([{ sku, quantity: 3 }]);
    await waitForStatus(placed.id, 'RELEASED');
    const [first] = await waitForReleases(placed.id, 1);
    const allocation = first![0]!;

    await publish('FulfillmentLinesShortPicked', {
      fulfillmentOrderId: randomUUID(),
      orderId: placed.id,
      locationId: lyon.id,
      lines: [{ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku, shortQuantity: 2 }],
    });
    const [, second] = await waitForReleases(placed.id, 2);
    expect(second).toMatchObject([{ orderLineId: allocation.orderLineId, locationId: paris.id, quantity: 2 }]);
    await waitFor('the short pick written off', async () => (await levelOf(system, sku, lyon.id))?.onHand === 3);
    expect(await levelOf(system, sku, lyon.id)).toMatchObject({ onHand: 3, reserved: 1 });
    expect(await levelOf(system, sku, paris.id)).toMatchObject({ onHand: 5, reserved: 2 });
    expect(await ledger(sku, 'ADJUSTMENT')).toMatchObject([{ location_id: lyon.id, on_hand_before: 5, on_hand_after: 3, reason: `short pick at ${lyon.code}` }]);

    await shipped(placed.id, lyon.id, [{ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku, quantity: 1 }]);
    await waitForStatus(placed.id, 'PARTIALLY_SHIPPED');
    await shipped(placed.id, paris.id, lineQuantities(second!));
    const order = await waitForStatus(placed.id, 'SHIPPED');
    expect(order.lines).toMatchObject([{ status: 'SHIPPED', quantity: 3, shippedQuantity: 3 }]);
    expect(order.payments).toMatchObject([{ status: 'CAPTURED', captured: { amount: order.total.amount } }]);
    await waitFor('stock to leave', async () => (await levelOf(system, sku, paris.id))?.onHand === 3);
    expect(await levelOf(system, sku, lyon.id)).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await levelOf(system, sku, paris.id)).toMatchObject({ onHand: 3, reserved: 0 });
  });

  it('puts the order on hold when the missing units are nowhere else; cancelling them completes it', async () => {
    const lyon = await lyonWarehouse();
    const sku = await createSku(system, { price: 2000, stock: { [lyon.id]: 2 } });
    const placed = await placeOrder([{ sku, quantity: 2 }]);
    expect(placed.total.amount).toBe(4000 + 490);
    await waitForStatus(placed.id, 'RELEASED');
    const [[allocation]] = (await waitForReleases(placed.id, 1)) as [[ReleasedAllocation]];

    await publish('FulfillmentLinesShortPicked', {
      fulfillmentOrderId: randomUUID(),
      orderId: placed.id,
      locationId: lyon.id,
      lines: [{ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku, shortQuantity: 1 }],
    });
    const held = await waitForStatus(placed.id, 'ON_HOLD');
    expect(held.lines).toMatchObject([{ status: 'BACKORDERED' }]);
    expect(held.timeline.at(-1)).toMatchObject({ from: 'RELEASED', to: 'ON_HOLD', actor: 'service:fulfillment' });
    expect(held.timeline.at(-1)?.reason).toContain(`waiting for stock: 1 × ${sku}`);
    await waitFor('the short pick written off', async () => (await levelOf(system, sku, lyon.id))?.onHand === 1);
    expect(await levelOf(system, sku, lyon.id)).toMatchObject({ onHand: 1, reserved: 1 });
    expect(await releases(placed.id)).toHaveLength(1);

    // The unit that was found ships; the order stays on hold for the other.
    await shipped(placed.id, lyon.id, [{ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku, quantity: 1 }]);
    await waitFor('the shipment', async () => (await orderOf(placed.id)).lines[0]!.shippedQuantity === 1);
    expect(await orderOf(placed.id)).toMatchObject({ status: 'ON_HOLD', payments: [{ status: 'PARTIALLY_CAPTURED', captured: { amount: 2000 + 490 } }] });

    const cancelled = ok(await query<{ cancelOrder: OrderView }>(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ORDER_FIELDS} } }`, {
      input: { orderId: placed.id, lineIds: [allocation.orderLineId], reason: 'customer does not want to wait' },
    })).cancelOrder;
    expect(cancelled).toMatchObject({
      status: 'SHIPPED',
      total: { amount: 2000 + 490 },
      lines: [{ status: 'SHIPPED', shippedQuantity: 1, cancelledQuantity: 1 }],
      payments: [{ status: 'CAPTURED', authorized: { amount: 2490 }, captured: { amount: 2490 } }],
    });
  });
});

describe('pickup', () => {
  it('cancels what is not collected by the deadline: lines cancelled, authorization voided, stock released', async () => {
    const store = await namedLocation(`Lyon store ${uniqueCode('S')}`, { type: 'STORE', latitude: 45.76, longitude: 4.85 });
    const scarf = await createSku(system, { price: 2990, stock: { [store.id]: 5 } });
    const gloves = await createSku(system, { price: 1990, stock: { [store.id]: 5 } });
    const placed = await placeOrder([{ sku: scarf, quantity: 2 }, { sku: gloves, quantity: 1 }], { delivery: { method: 'PICKUP', pickupLocationId: store.id } });
    await waitForStatus(placed.id, 'RELEASED');
    const [allocations] = await waitForReleases(placed.id, 1);
    expect((await releases(placed.id))[0]?.payload).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocationId: store.id, shipTo: null });
    expect(allocations!.map((allocation) => allocation.locationType)).toEqual(['STORE', 'STORE']);

    await publish('PickupExpired', { fulfillmentOrderId: randomUUID(), orderId: placed.id, customerId: CUSTOMER, locationId: store.id, lines: lineQuantities(allocations!) });
    const order = await waitForStatus(placed.id, 'CANCELLED');
    expect(order.lines.map((line) => [line.status, line.cancelledQuantity])).toEqual([['CANCELLED', 2], ['CANCELLED', 1]]);
    expect(order.payments).toMatchObject([{ status: 'VOIDED' }]);
    expect(order.timeline.at(-1)?.reason).toContain('not collected by the pickup deadline');
    await waitFor('stock released', async () => (await levelOf(system, scarf, store.id))?.reserved === 0);
    expect(await levelOf(system, scarf, store.id)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await levelOf(system, gloves, store.id)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await ledger(scarf, 'RELEASE')).toMatchObject([{ reserved_before: 2, reserved_after: 0, reason: 'not collected by the pickup deadline' }]);
  });

  it('delivers a reserve-in-store order when collected, recording the payment taken at the till', async () => {
    const store = await namedLocation(`Paris store ${uniqueCode('S')}`, { type: 'STORE', latitude: 48.86, longitude: 2.35 });
    const sku = await createSku(system, { price: 4500, stock: { [store.id]: 3 } });
    const placed = await placeOrder([{ sku, quantity: 1 }], { delivery: { method: 'RESERVE_IN_STORE', pickupLocationId: store.id } });
    await waitForStatus(placed.id, 'RELEASED');
    const [allocations] = await waitForReleases(placed.id, 1);
    await publish('PickedUp', {
      fulfillmentOrderId: randomUUID(),
      orderId: placed.id,
      customerId: CUSTOMER,
      locationId: store.id,
      lines: lineQuantities(allocations!),
      paymentCollectedInStore: true,
      posTransactionReference: 'POS-4711',
    });
    const order = await waitForStatus(placed.id, 'DELIVERED');
    expect(order.lines).toMatchObject([{ status: 'SHIPPED', shippedQuantity: 1 }]);
    expect(order.payments).toEqual([
      { provider: 'test', status: 'VOIDED', authorized: { amount: 4500 }, captured: { amount: 0 } },
      { provider: 'in-store', status: 'CAPTURED', authorized: { amount: 4500 }, captured: { amount: 4500 } },
    ]);
    expect(order.timeline.at(-1)).toMatchObject({ from: 'RELEASED', to: 'DELIVERED', reason: `collected in store: 1 × ${sku}` });
    await waitFor('stock to leave', async () => (await levelOf(system, sku, store.id))?.onHand === 2);
    expect(await levelOf(system, sku, store.id)).toMatchObject({ onHand: 2, reserved: 0 });
  });
});

describe('stock invariant', () => {
  it('keeps reserved equal to active holds plus allocated stock at every level after all of the above', async () => {
    await consumersCaughtUp();
    expect(await reservedInvariantViolations(system)).toEqual([]);
  });
});

describe('live availability', () => {
  it('pushes stock changes of the SKUs followed (at the location asked for) to anonymous subscribers', async () => {
    const lyon = await lyonWarehouse();
    const paris = await parisWarehouse();
    const sku = await createSku(system, { price: 1000, stock: { [lyon.id]: 10, [paris.id]: 4 } });
    const other = await createSku(system, { price: 1000, stock: { [lyon.id]: 10 } });
    const operation = 'subscription($skus: [String!]!, $at: ID) { availabilityChanged(skus: $skus, locationId: $at) { sku { code } location { code } onHand reserved availableToSell } }';
    const atLyon = collect(connect(), operation, { skus: [sku, other], at: lyon.id });
    const anywhere = collect(connect(), operation, { skus: [sku] });
    await settle();

    const adjust = (skuCode: string, locationId: string, delta: number) =>
      query(`mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }`, { input: { sku: skuCode, locationId, delta, reason: 'cycle count' } });
    ok(await adjust(sku, paris.id, -1));
    ok(await adjust(sku, lyon.id, 5));
    await placeOrder([{ sku: other, quantity: 2 }]);

    await waitFor('pushes', async () => atLyon.received.length >= 2 && anywhere.received.length >= 2);
    expect(atLyon.received.slice(0, 2)).toEqual([
      { data: { availabilityChanged: { sku: { code: sku }, location: { code: lyon.code }, onHand: 15, reserved: 0, availableToSell: 15 } } },
      { data: { availabilityChanged: { sku: { code: other }, location: { code: lyon.code }, onHand: 10, reserved: 2, availableToSell: 8 } } },
    ]);
    expect(anywhere.received).toEqual([
      { data: { availabilityChanged: { sku: { code: sku }, location: { code: paris.code }, onHand: 3, reserved: 0, availableToSell: 3 } } },
      { data: { availabilityChanged: { sku: { code: sku }, location: { code: lyon.code }, onHand: 15, reserved: 0, availableToSell: 15 } } },
    ]);
    atLyon.unsubscribe();
    anywhere.unsubscribe();
  });

  it('refuses a subscription without SKUs', async () => {
    const refused = collect(connect(), 'subscription { availabilityChanged(skus: []) { availableToSell } }', {});
    await waitFor('refusal', async () => refused.received.length > 0);
    expect(JSON.stringify(refused.received[0])).toContain('BAD_USER_INPUT');
  });
});
