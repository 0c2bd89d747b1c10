// Scale-out: two complete instances of the OMS (A and B: a gateway and the four subgraphs each, each
// with its own connection to the event bus) on one PostgreSQL database. An event produced through
// one instance reaches subscribers on the other gateway, once — on the PostgreSQL bus and on NATS
// JetStream.
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken } from './support/auth.ts';
import { collect, connectWs, sleep, waitFor, type Subscriber } from './support/live.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

async function natsReachable(): Promise<boolean> {
  const { hostname, port } = new URL(NATS_URL);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 4222) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const natsAvailable = await natsReachable();
if (!natsAvailable) console.warn(`NATS not reachable at ${NATS_URL}: the scale-out tests on the NATS bus do not run`);

/** Long enough for a duplicate to show up: past the relays' (1 s) and the PostgreSQL bus readers' (2 s) polls. */
const DUPLICATE_WINDOW_MS = 2_500;
/** Time for a new subscription to reach the owning subgraph and its bus subscription to start. */
const SUBSCRIPTION_SETTLE_MS = 500;

const ORDER_STATUS = /* GraphQL */ `
  subscription OrderStatus($orderId: ID!) {
    orderStatusChanged(orderId: $orderId) { number status customer { email } }
  }
`;

const PARCEL_TRACKING = /* GraphQL */ `
  subscription Parcel($parcelId: ID!) {
    parcelTracking(parcelId: $parcelId) {
      id
      lastEvent { status message location }
      shipment { order { number customer { email } } }
    }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelOrderInput!) { cancelOrder(input: $input) { number status } }
`;

describe.each([
  { kind: 'postgres' as const, natsUrl: undefined, run: true },
  { kind: 'nats' as const, natsUrl: NATS_URL, run: natsAvailable },
])('scale-out on the $kind bus: two gateways and two instances of every subgraph on one database', ({ kind, natsUrl, run }) => {
  let a: TestSystem;
  let b: TestSystem;
  const clients: Client[] = [];

  beforeAll(async () => {
    if (!run) return;
    a = await startTestSystem(natsUrl ? { natsUrl } : {});
    // The second instance of everything: same database (its migrations are already applied, so they
    // are no-ops), no demo data of its own, its own bus connection, relays and workers.
    b = await startTestSystem({ databaseUrl: a.databaseUrl, seedDemoData: false, ...(natsUrl ? { natsUrl } : {}) });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await b?.close();
    await a?.close();
  });

  function subscribe(system: TestSystem, token: string, query: string, variables: Record<string, unknown>): Subscriber {
    const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${token}` });
    clients.push(client);
    return collect(client, query, variables);
  }

  async function orderSnapshot(system: TestSystem, orderId: string) {
    const response = await system.query<{ order: { number: string; status: string; customer: { email: string } } }>(
      'query($id: ID!) { order(id: $id) { number status customer { email } } }',
      { id: orderId },
      ADMIN,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.order;
  }

  it.skipIf(!run)('runs two separate instances of every service, each on the expected bus', () => {
    expect(a.gatewayUrl).not.toBe(b.gatewayUrl);
    expect(a.databaseUrl).toBe(b.databaseUrl);
    for (const name of ['orders', 'inventory', 'fulfillment', 'customers'] as const) {
      expect(a.subgraphs[name].url).not.toBe(b.subgraphs[name].url);
    }
    expect(a.bus).not.toBe(b.bus);
    expect(a.bus.kind).toBe(kind);
    expect(b.bus.kind).toBe(kind);
  });

  it.skipIf(!run)('delivers an order status change made through A to a subscriber on gateway B, once, within a second', async () => {
    const orderId = demoId('order', 4);
    const before = await orderSnapshot(a, orderId);
    expect(before).toMatchObject({ number: 'OMS-100005', status: 'ALLOCATED' });
    const onB = subscribe(b, ADMIN, ORDER_STATUS, { orderId });
    const onA = subscribe(a, customerToken(demoId('customer', 4)), ORDER_STATUS, { orderId });
    await sleep(SUBSCRIPTION_SETTLE_MS);

    const ordersRequestsOnA = a.subgraphs.orders.graphqlRequests;
    const sent = Date.now();
    const cancel = await a.query<{ cancelOrder: { status: string } }>(CANCEL, { input: { orderId, reason: 'scale-out test' } }, ADMIN);
    expect(cancel.errors).toBeUndefined();
    expect(cancel.data?.cancelOrder.status).toBe('CANCELLED');
    // The mutation was served by instance A's orders service.
    expect(a.subgraphs.orders.graphqlRequests).toBeGreaterThan(ordersRequestsOnA);

    await waitFor(() => onB.received.length >= 1, 5_000, 'the event on gateway B');
    const [event] = onB.received;
    expect(event!.errors).toBeUndefined();
    expect(event!.data).toEqual({ orderStatusChanged: { number: 'OMS-100005', status: 'CANCELLED', customer: before.customer } });
    expect(event!.at - sent).toBeLessThan(1_000);

    await sleep(DUPLICATE_WINDOW_MS);
    expect(onB.received).toHaveLength(1);
    // A's own subscriber (the order's customer) got it too, also exactly once.
    expect(onA.received.map((received) => received.data)).toEqual([event!.data]);
    onA.unsubscribe();
    onB.unsubscribe();
  });

  it.skipIf(!run)('delivers an order status change made through B to a subscriber on gateway A, once, within a second', async () => {
    const orderId = demoId('order', 5);
    const before = await orderSnapshot(b, orderId);
    expect(before).toMatchObject({ number: 'OMS-100006', status: 'ALLOCATED' });
    const onA = subscribe(a, ADMIN, ORDER_STATUS, { orderId });
    await sleep(SUBSCRIPTION_SETTLE_MS);

    const ordersRequestsOnB = b.subgraphs.orders.graphqlRequests;
    const sent = Date.now();
    const cancel = await b.query<{ cancelOrder: { status: string } }>(CANCEL, { input: { orderId, reason: 'scale-out test' } }, ADMIN);
    expect(cancel.errors).toBeUndefined();
    expect(b.subgraphs.orders.graphqlRequests).toBeGreaterThan(ordersRequestsOnB);

    await waitFor(() => onA.received.length >= 1, 5_000, 'the event on gateway A');
    const [event] = onA.received;
    expect(event!.errors).toBeUndefined();
    expect(event!.data).toEqual({ orderStatusChanged: { number: 'OMS-100006', status: 'CANCELLED', customer: before.customer } });
    expect(event!.at - sent).toBeLessThan(1_000);

    await sleep(DUPLICATE_WINDOW_MS);
    expect(onA.received).toHaveLength(1);
    onA.unsubscribe();
  });

  it.skipIf(!run)('delivers a parcel tracking event recorded through A to a subscriber on gateway B, once, within a second', async () => {
    const parcels = await a.query<{ fulfillmentOrders: { edges: { node: { shipment: { parcels: { id: string }[] } | null } }[] } }>(
      '{ fulfillmentOrders(first: 50) { edges { node { shipment { parcels { id } } } } } }',
      {},
      ADMIN,
    );
    expect(parcels.errors).toBeUndefined();
    const parcelId = parcels.data!.fulfillmentOrders.edges.flatMap((edge) => edge.node.shipment?.parcels.map((parcel) => parcel.id) ?? [])[0];
    expect(parcelId).toBeDefined();
    const onB = subscribe(b, ADMIN, PARCEL_TRACKING, { parcelId });
    await sleep(SUBSCRIPTION_SETTLE_MS);

    const marker = `scale-out ${kind} ${Date.now()}`;
    const sent = Date.now();
    const recorded = await a.query<{ recordTrackingEvent: { duplicate: boolean } }>(
      'mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }',
      // Later than anything in the demo history, so it becomes the parcel's last event.
      { input: { parcelId, status: 'IN_TRANSIT', occurredAt: new Date(Date.now() + 60_000).toISOString(), location: 'Hub B', message: marker } },
      ADMIN,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordTrackingEvent.duplicate).toBe(false);

    await waitFor(() => onB.received.length >= 1, 5_000, 'the tracking event on gateway B');
    const [event] = onB.received;
    expect(event!.errors).toBeUndefined();
    expect(event!.data).toMatchObject({
      parcelTracking: {
        id: parcelId,
        lastEvent: { status: 'IN_TRANSIT', message: marker, location: 'Hub B' },
        // Fields of the orders and customers services, filled in by gateway B.
        shipment: { order: { number: expect.stringMatching(/^OMS-/), customer: { email: expect.stringContaining('@') } } },
      },
    });
    expect(event!.at - sent).toBeLessThan(1_000);

    await sleep(DUPLICATE_WINDOW_MS);
    expect(onB.received).toHaveLength(1);
    onB.unsubscribe();
  });
});
