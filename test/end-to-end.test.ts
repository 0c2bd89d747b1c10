// The whole life of an order through the real gateway and all four real services: placed by a
// customer, released, worked in the warehouse, shipped, tracked by the carrier to delivery — with
// the customer's subscription following along. No event is simulated.
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken } from './support/auth.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

// Release at once instead of after the cancellation window.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
const CUSTOMER = demoId('customer', 1);
const customer = customerToken(CUSTOMER);

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ok<T>(response: Promise<{ data?: T | null; errors?: { message: string }[] }>): Promise<T> {
  const { data, errors } = await response;
  expect(errors).toBeUndefined();
  return data as T;
}

describe('an order from checkout to the customer’s door', () => {
  it('flows through every service, with live updates to the customer', async () => {
    const sku = 'HOODIE-ZIP-GRY-L';
    const stockOf = async () =>
      (await ok(system.query<{ sku: { stock: { location: { id: string; code: string }; onHand: number; reserved: number }[] } }>(`{ sku(code: "${sku}") { stock { location { id code } onHand reserved } } }`))).sku.stock;
    const before = await stockOf();

    const placed = await ok(
      system.query<{ placeOrder: { __typename: string; id: string; number: string; status: string } }>(
        `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number status } } }`,
        {
          input: {
            idempotencyKey: randomUUID(),
            channel: 'WEB',
            customerId: CUSTOMER,
            lines: [{ sku, quantity: 2 }],
            delivery: { method: 'SHIP', address: { name: 'Lucas Bernard', line1: '8 boulevard Haussmann', city: 'Paris', postalCode: '75009', country: 'FR' } },
            payment: { token: 'tok_visa' },
          },
        },
        customer,
      ),
    );
    expect(placed.placeOrder.__typename).toBe('Order');
    const orderId = placed.placeOrder.id;

    // The customer follows the order live from here on.
    const statuses: string[] = [];
    const client = createClient({ url: system.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${customer}` } });
    client.subscribe(
      { query: 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }', variables: { id: orderId } },
      { next: (result) => statuses.push((result.data as { orderStatusChanged: { status: string } }).orderStatusChanged.status), error: () => undefined, complete: () => undefined },
    );

    // Released to fulfillment: one fulfillment order at the location that holds the stock.
    const fulfillmentOrder = await eventually(async () => {
      const data = await ok(
        system.query<{ order: { status: string; fulfillmentOrders: { id: string; status: string; location: { id: string }; lines: { id: string; quantity: number }[] }[] | null } }>(
          `query($id: ID!) { order(id: $id) { status fulfillmentOrders { id status location { id } lines { id quantity } } } }`,
          { id: orderId },
          ADMIN,
        ),
      );
      return data.order.fulfillmentOrders?.[0];
    });
    const [line] = fulfillmentOrder.lines;

    // The warehouse works it.
    await ok(system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fulfillmentOrder.id }, ADMIN));
    await ok(
      system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
        input: { fulfillmentOrderId: fulfillmentOrder.id, lines: [{ lineId: line!.id, pickedQuantity: 2 }] },
      }, ADMIN),
    );
    const packed = await ok(
      system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
        `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
        { input: { fulfillmentOrderId: fulfillmentOrder.id, parcels: [{ weightGrams: 1200, lengthMm: 400, widthMm: 300, heightMm: 100, items: [{ lineId: line!.id, quantity: 2 }] }] } },
        ADMIN,
      ),
    );
    const parcelId = packed.packFulfillmentOrder.shipment.parcels[0]!.id;
    await ok(
      system.query(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
        input: { fulfillmentOrderId: fulfillmentOrder.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId, trackingNumber: `6A${Date.now()}` }] },
      }, ADMIN),
    );

    // Shipped: stock left the warehouse, the payment was captured.
    const shipped = await eventually(async () => {
      const data = await ok(system.query<{ order: { status: string; payments: { status: string; captured: { amount: number } }[]; total: { amount: number } } }>(
        `query($id: ID!) { order(id: $id) { status total { amount } payments { status captured { amount } } } }`, { id: orderId }, ADMIN));
      return data.order.status === 'SHIPPED' ? data.order : undefined;
    });
    expect(shipped.payments[0]).toMatchObject({ status: 'CAPTURED', captured: { amount: shipped.total.amount } });
    const after = await eventually(async () => {
      const stock = await stockOf();
      const level = stock.find((entry) => entry.location.id === fulfillmentOrder.location.id)!;
      const previous = before.find((entry) => entry.location.id === fulfillmentOrder.location.id)!;
      return level.onHand === previous.onHand - 2 ? { level, previous } : undefined;
    });
    expect(after.level.reserved).toBe(after.previous.reserved);

    // The carrier reports delivery: the order is DELIVERED.
    const occurredAt = new Date().toISOString();
    await ok(system.query(`mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }`, {
      input: { parcelId, status: 'DELIVERED', occurredAt, location: 'Paris', message: 'Delivered to the customer' },
    }, ADMIN));
    await eventually(async () => {
      const data = await ok(system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: orderId }, customer));
      return data.order.status === 'DELIVERED' ? true : undefined;
    });

    // The customer saw every step, in order.
    await eventually(async () => (statuses.includes('DELIVERED') ? true : undefined));
    // (RELEASED may precede the subscription: the release is immediate here.)
    expect(statuses.filter((status) => status !== 'RELEASED')).toEqual(['SHIPPED', 'DELIVERED']);
    expect(statuses.indexOf('RELEASED')).toBeLessThan(1);
    await client.dispose();
  });
});
