// Peer check: Hive Gateway, run in-process on our supergraph and our subgraphs, must deliver the same
// subscription payloads as our gateway for the same events (and answer queries the same way).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Context, ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { demoId, DEVELOPMENT_INTERNAL_SECRET, operationBinding, scopesForRoles, signPrincipal, type Principal } from '@oms/platform';
import { ADMIN } from './support/auth.ts';
import { collect, connectWs, sleep, waitFor, type Subscriber } from './support/live.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

/**
 * Hive does not know our bearer tokens: it calls the subgraphs as the principal our gateway signs for
 * the `ADMIN` test token (staff `test-admin`, role ADMIN), so both gateways see the same data.
 */
const HIVE_PRINCIPAL: Principal = { kind: 'staff', staffId: 'test-admin', roles: ['ADMIN'], scopes: scopesForRoles(['ADMIN']) };
/** The principal header for one subgraph, bound to the operation when there is one (HTTP). */
const signed = (audience: string, body?: unknown) => {
  const sent = typeof body === 'string' ? (JSON.parse(body) as { query?: unknown; variables?: unknown }) : undefined;
  return signPrincipal(HIVE_PRINCIPAL, DEVELOPMENT_INTERNAL_SECRET, { audience, ...(sent ? { operation: operationBinding(sent.query, sent.variables) } : {}) });
};

/**
 * The part of `@graphql-hive/gateway` this test uses. The module is imported without its types on
 * purpose: they pull in graphql-yoga's global augmentation of `GraphQLErrorExtensions` (`http.headers`
 * as a record), which would turn the gateway's Apollo-style `http.headers` Maps into type errors in
 * the one program `tsc -p tsconfig.json` checks.
 */
interface HiveRuntime extends RequestListener {
  readonly graphqlEndpoint: string;
  dispose(): Promise<void> | void;
}
interface WsExtra {
  request: IncomingMessage;
  socket: unknown;
}
interface HiveGatewayModule {
  createGatewayRuntime(config: Record<string, unknown>): HiveRuntime;
  getGraphQLWSOptions(runtime: HiveRuntime, onContext: (ctx: Context<Record<string, unknown> | undefined, WsExtra>) => Record<string, unknown>): ServerOptions<
    Record<string, unknown> | undefined,
    WsExtra
  >;
}
const HIVE_GATEWAY: string = '@graphql-hive/gateway';
const { createGatewayRuntime, getGraphQLWSOptions } = (await import(HIVE_GATEWAY)) as HiveGatewayModule;

interface HiveGateway {
  readonly url: string;
  close(): Promise<void>;
}

/** Hive Gateway on our supergraph, pointed at the test system's subgraphs, served over HTTP and graphql-ws. */
async function startHiveGateway(system: TestSystem): Promise<HiveGateway> {
  // Our supergraph as it is: Hive accepts the `for: SECURITY` links of @requiresScopes/@authenticated
  // (it enforces them only with its auth plugin, not used here; every upstream call is the admin's).
  const runtime = createGatewayRuntime({
    supergraph: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
    logging: false,
    landingPage: false,
    graphiql: false,
    transportEntries: {
      // Subgraph subscriptions: graphql-ws on the subgraph's own /graphql path, the signed principal
      // (for that subgraph) in the connection parameters, signed when the gateway starts (30 s).
      ...Object.fromEntries(
        Object.entries(system.subgraphs).map(([name, subgraph]) => [
          name,
          { location: subgraph.url, options: { subscriptions: { kind: 'ws', location: '/graphql', options: { connectionParams: signed(name) } } } },
        ]),
      ),
    },
    plugins: () => [
      {
        // Every upstream HTTP request carries a freshly signed principal.
        onFetch({ url, options, setOptions }: { url: string; options: RequestInit; setOptions(options: RequestInit): void }) {
          const headers = new Headers(options.headers);
          const audience = Object.entries(system.subgraphs).find(([, subgraph]) => subgraph.url === url)?.[0] ?? 'unknown';
          for (const [name, value] of Object.entries(signed(audience, options.body))) headers.set(name, value);
          setOptions({ ...options, headers: Object.fromEntries(headers) });
        },
      },
    ],
  });
  const server: Server = createServer(runtime);
  const sockets = new WebSocketServer({ server, path: runtime.graphqlEndpoint });
  const toRequest = (req: IncomingMessage) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    return new Request(new URL(req.url ?? '/graphql', `http://${req.headers.host ?? '127.0.0.1'}`), { method: 'POST', headers });
  };
  const ws = useServer(
    getGraphQLWSOptions(runtime, (ctx) => ({
      req: ctx.extra.request,
      socket: ctx.extra.socket,
      request: toRequest(ctx.extra.request),
    })),
    sockets,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${runtime.graphqlEndpoint}`,
    async close() {
      for (const socket of sockets.clients) socket.terminate();
      await ws.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

let system: TestSystem;
let hive: HiveGateway;
const clients: Client[] = [];

beforeAll(async () => {
  system = await startTestSystem();
  hive = await startHiveGateway(system);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await hive?.close();
  await system?.close();
});

async function hiveQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(hive.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The same subscription through our gateway (as ADMIN) and through Hive (signed upstream as the same admin). */
function subscribeBoth(query: string, variables: Record<string, unknown>): { ours: Subscriber; hive: Subscriber } {
  const ours = connectWs(system.gatewayUrl, { authorization: `Bearer ${ADMIN}` });
  const theirs = connectWs(hive.url);
  clients.push(ours, theirs);
  return { ours: collect(ours, query, variables), hive: collect(theirs, query, variables) };
}

const ORDER_STATUS = /* GraphQL */ `
  subscription OrderStatus($orderId: ID!) {
    orderStatusChanged(orderId: $orderId) {
      number
      status
      customer { email }
      lines { quantity sku { code name } }
    }
  }
`;

const PARCEL_TRACKING = /* GraphQL */ `
  subscription Parcel($parcelId: ID!) {
    parcelTracking(parcelId: $parcelId) {
      id
      status
      trackingNumber
      lastEvent { status message location }
      shipment { status order { number status customer { email } } }
    }
  }
`;

const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }
`;

describe('Hive Gateway as a peer of our gateway', () => {
  it('answers the same cross-subgraph query with the same data', async () => {
    const query = /* GraphQL */ `
      query Overview($id: ID!) {
        order(id: $id) {
          number status
          customer { name email }
          lines { quantity sku { code name } }
          shipments { status parcels { trackingNumber lastEvent { status } } }
        }
      }
    `;
    const variables = { id: demoId('order', 1) };
    const ours = await system.query(query, variables, ADMIN);
    const theirs = await hiveQuery(query, variables);
    expect(ours.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(ours.data?.['order']).toMatchObject({ number: 'OMS-100002' });
    expect(theirs.data).toEqual(ours.data);
  });

  it('delivers the same order status payloads for the same events', async () => {
    const orders = [demoId('order', 3), demoId('order', 4)];
    const subscriptions = orders.map((orderId) => subscribeBoth(ORDER_STATUS, { orderId }));
    await sleep(500);

    for (const orderId of orders) {
      const cancel = await system.query(CANCEL, { input: { orderId, reason: 'peer check' } }, ADMIN);
      expect(cancel.errors).toBeUndefined();
    }
    for (const { ours, hive: theirs } of subscriptions) {
      await waitFor(() => ours.received.length >= 1 && theirs.received.length >= 1, 5_000, 'both gateways’ events');
    }
    await sleep(300);
    for (const { ours, hive: theirs } of subscriptions) {
      expect(ours.received).toHaveLength(1);
      expect(ours.received[0]!.errors).toBeUndefined();
      expect(theirs.received.map((received) => received.errors)).toEqual([undefined]);
      expect(ours.received[0]!.data).toMatchObject({ orderStatusChanged: { status: 'CANCELLED', customer: { email: expect.stringContaining('@') } } });
      expect(theirs.received.map((received) => received.data)).toEqual(ours.received.map((received) => received.data));
      ours.unsubscribe();
      theirs.unsubscribe();
    }
  });

  it('delivers the same parcel tracking payloads for the same events', async () => {
    const parcels = await system.query<{ fulfillmentOrders: { edges: { node: { shipment: { parcels: { id: string }[] } | null } }[] } }>(
      '{ fulfillmentOrders(first: 50) { edges { node { shipment { parcels { id } } } } } }',
      {},
      ADMIN,
    );
    expect(parcels.errors).toBeUndefined();
    const parcelId = parcels.data!.fulfillmentOrders.edges.flatMap((edge) => edge.node.shipment?.parcels.map((parcel) => parcel.id) ?? [])[0];
    expect(parcelId).toBeDefined();
    const { ours, hive: theirs } = subscribeBoth(PARCEL_TRACKING, { parcelId });
    await sleep(500);

    const base = Date.now() + 60_000;
    const statuses = ['IN_TRANSIT', 'OUT_FOR_DELIVERY'] as const;
    for (const [index, status] of statuses.entries()) {
      const recorded = await system.query(
        'mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }',
        {
          input: {
            parcelId,
            status,
            occurredAt: new Date(base + index * 1_000).toISOString(),
            location: 'Lyon hub',
            message: `peer check ${index}`,
          },
        },
        ADMIN,
      );
      expect(recorded.errors).toBeUndefined();
    }
    await waitFor(() => ours.received.length >= statuses.length && theirs.received.length >= statuses.length, 5_000, 'both gateways’ events');
    await sleep(300);
    expect(ours.received.map((received) => received.errors)).toEqual([undefined, undefined]);
    expect(theirs.received.map((received) => received.errors)).toEqual([undefined, undefined]);
    expect(ours.received.map((received) => (received.data?.['parcelTracking'] as { lastEvent: unknown }).lastEvent)).toEqual([
      { status: 'IN_TRANSIT', message: 'peer check 0', location: 'Lyon hub' },
      { status: 'OUT_FOR_DELIVERY', message: 'peer check 1', location: 'Lyon hub' },
    ]);
    expect(theirs.received.map((received) => received.data)).toEqual(ours.received.map((received) => received.data));
    ours.unsubscribe();
    theirs.unsubscribe();
  });
});
