import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { ADMIN } from './auth.ts';
import { eventually, ok } from './graphql.ts';
import type { TestSystem } from './system.ts';

/** What a released order's first fulfillment order is: its id, lines and location. */
export async function firstFulfillmentOrder(system: TestSystem, orderId: string): Promise<{ id: string; lines: { id: string }[]; location: { id: string } }> {
  return eventually('the fulfillment order', async () => {
    const data = ok(
      await system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string }[]; location: { id: string } }[] | null } }>(
        `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id } location { id } } } }`,
        { id: orderId },
        ADMIN,
      ),
    );
    return data.order.fulfillmentOrders?.[0];
  });
}

/** Polls the order until it has the status. */
export async function orderReaches(system: TestSystem, orderId: string, status: string): Promise<void> {
  await eventually(status, async () => {
    const data = ok(await system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: orderId }, ADMIN));
    return data.order.status === status ? true : undefined;
  });
}

/**
 * Released, accepted, picked, packed, shipped, tracked to DELIVERED (with the carrier's message):
 * the whole real flow of a one-line order.
 */
export async function deliverOrder(system: TestSystem, orderId: string, carrierMessage: string): Promise<void> {
  const fo = await firstFulfillmentOrder(system, orderId);
  const lineId = fo.lines[0]!.id;
  ok(await system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fo.id }, ADMIN));
  ok(
    await system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
      input: { fulfillmentOrderId: fo.id, lines: [{ lineId, pickedQuantity: 1 }] },
    }, ADMIN),
  );
  const packed = ok(
    await system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
      `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
      { input: { fulfillmentOrderId: fo.id, parcels: [{ weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100, items: [{ lineId, quantity: 1 }] }] } },
      ADMIN,
    ),
  );
  const parcelId = packed.packFulfillmentOrder.shipment.parcels[0]!.id;
  ok(
    await system.query(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
      input: { fulfillmentOrderId: fo.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId, trackingNumber: `6A${Date.now()}` }] },
    }, ADMIN),
  );
  await orderReaches(system, orderId, 'SHIPPED');
  ok(
    await system.query(`mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }`, {
      input: { parcelId, status: 'DELIVERED', occurredAt: new Date().toISOString(), location: 'Lyon', message: carrierMessage },
    }, ADMIN),
  );
  await orderReaches(system, orderId, 'DELIVERED');
}

export type PlacedOrder = { id: string; number: string; total: { amount: number; currency: string } };

export interface PersonAddress {
  name: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
}

/** Places a one-line order shipped to and billed at the person's address, for their account or as a guest. */
export async function placeOrderFor(
  system: TestSystem,
  buyer: { customerId: string } | { guestEmail: string },
  auth: string,
  address: PersonAddress,
  sku: string,
): Promise<PlacedOrder> {
  const placed = ok(
    await system.query<{ placeOrder: PlacedOrder & { __typename: string } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number total { amount currency } } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          ...buyer,
          lines: [{ sku, quantity: 1 }],
          delivery: { method: 'SHIP', address },
          billingAddress: address,
          payment: { token: 'tok_visa' },
        },
      },
      auth,
    ),
  ).placeOrder;
  if (placed.__typename !== 'Order') throw new Error(`the order was not placed: ${placed.__typename}`);
  return placed;
}

/**
 * A partner's endpoint subscribed to these event types: receives the OMS's webhooks (and so the
 * person's data), answers 200. `received` holds the bodies.
 */
export async function startWebhookReceiver(system: TestSystem, eventTypes: readonly string[]): Promise<{ received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push(body);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as { port: number };
  ok(
    await system.query(`mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`, {
      input: { url: `http://127.0.0.1:${port}/oms`, eventTypes },
    }, ADMIN),
  );
  return { received, close: () => new Promise<void>((resolve) => receiver.close(() => resolve())) };
}
