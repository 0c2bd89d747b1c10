import { randomUUID } from 'node:crypto';
import { demoId } from '@oms/platform';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { collect, waitFor } from './support/live.ts';
import { createSku } from './support/order-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

/**
 * Every kind of principal × the sensitive operations: which cells are allowed, and how the denied
 * ones answer (401 without credentials, 403 without the scope, and exactly as a missing record for a
 * record out of reach, queries, mutations and subscriptions alike), plus the WebSocket close codes.
 */
let system: TestSystem;
let callers: Record<string, string | undefined>;
const clients: Client[] = [];

const LYON_STORE = demoId('location', 'ST-LYON-PARTDIEU');
const PARIS_STORE = demoId('location', 'ST-PARIS-RIVOLI');
const CUSTOMER_X = demoId('customer', 0);
/** Demo supply out of the Lyon associate's reach: a transfer into the Paris store, a purchase order to a warehouse. */
const PARIS_TRANSFER = demoId('transfer', 'demo-1');
const WAREHOUSE_PURCHASE_ORDER = demoId('purchase-order', 'PO-2026-0002');

interface OrderView {
  id: string;
  status: string;
  channel: string;
  customer: { id: string } | null;
  pickupLocation: { id: string } | null;
  allocations: { location: { id: string } }[];
}
const ORDER_FIELDS = 'id status channel customer { id } pickupLocation { id } allocations { location { id } }';
/** Fixtures found in the demo data: orders and customers in and out of the Lyon associate's reach. */
const fixtures = { lyonOrders: [] as OrderView[], allOrders: [] as OrderView[], otherOrder: '', lyonCustomer: '', strangerCustomer: '', otherFulfillmentOrder: '' };

function atLyon(order: OrderView): boolean {
  return order.pickupLocation?.id === LYON_STORE || order.allocations.some((allocation) => allocation.location.id === LYON_STORE);
}

async function createKey(scopes: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const response = await system.query<{ createApiKey: { token: string } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: `matrix ${scopes.join(' ')}`, scopes, ...extra } },
    ADMIN,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createApiKey.token;
}

async function ordersAs(token: string | undefined): Promise<OrderView[]> {
  const response = await system.query<{ orders: { edges: { node: OrderView }[] } }>(`{ orders(first: 100) { edges { node { ${ORDER_FIELDS} } } } }`, {}, token);
  expect(response.errors).toBeUndefined();
  return response.data!.orders.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  // Credentials of open connections are checked again every second here (a revoked key loses its
  // subscriptions); client addresses come from X-Forwarded-For so one test can pass an address's rate.
  system = await startTestSystem({ gatewayEnv: { SUBSCRIPTION_REAUTH_SECONDS: '1', TRUST_PROXY: 'true' } });
  callers = {
    anonymous: undefined,
    customer: customerToken(CUSTOMER_X),
    careAgent: staffToken(['CARE_AGENT'], { staffId: 'matrix-care' }),
    lyonAssociate: staffToken(['STORE_ASSOCIATE'], { staffId: 'matrix-lyon', storeId: LYON_STORE }),
    admin: ADMIN,
    marketplacePartner: await createKey(['orders:read', 'orders:write', 'fulfillment:read', 'fulfillment:write'], { channel: 'MARKETPLACE' }),
  };
  fixtures.allOrders = await ordersAs(ADMIN);
  fixtures.lyonOrders = await ordersAs(callers['lyonAssociate']);
  const lyonIds = new Set(fixtures.lyonOrders.map((order) => order.id));
  // An order no caller but staff with a wide role may see: not Lyon's, not customer X's, not MARKETPLACE, and no longer cancellable.
  const other = fixtures.allOrders.find(
    (order) => !lyonIds.has(order.id) && !atLyon(order) && order.customer?.id !== CUSTOMER_X && order.channel !== 'MARKETPLACE' && ['DELIVERED', 'CANCELLED'].includes(order.status),
  );
  expect(other).toBeDefined();
  fixtures.otherOrder = other!.id;
  const lyonCustomer = fixtures.lyonOrders.map((order) => order.customer?.id).find((id) => id !== undefined && id !== CUSTOMER_X);
  expect(lyonCustomer).toBeDefined();
  fixtures.lyonCustomer = lyonCustomer!;
  const created = await system.query<{ createCustomer: { id: string } }>(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { firstName: 'Matrix', lastName: 'Stranger', email: `${randomUUID()}@example.com` } },
    ADMIN,
  );
  expect(created.errors).toBeUndefined();
  fixtures.strangerCustomer = created.data!.createCustomer.id;
  const work = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; status: string; location: { id: string }; order: { channel: string } } }[] } }>(
    '{ fulfillmentOrders(first: 100) { edges { node { id status location { id } order { channel } } } } }',
    {},
    ADMIN,
  );
  // Another store's fulfillment order already past acceptance: accepting it again changes nothing for anyone.
  const elsewhere = work.data?.fulfillmentOrders.edges.map((edge) => edge.node).find((fo) => fo.location.id !== LYON_STORE && fo.order.channel !== 'MARKETPLACE' && fo.status !== 'CREATED');
  expect(elsewhere).toBeDefined();
  fixtures.otherFulfillmentOrder = elsewhere!.id;
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await system?.close();
});

type Outcome = 'allowed' | 'missing' | string;

/** The outcome of a cell: 'allowed', 'missing' (null, as for a record that does not exist), or the error code. */
function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
  const code = response.errors?.[0]?.extensions?.['code'];
  if (typeof code === 'string') return code;
  const data = response.data as Record<string, unknown> | null | undefined;
  return data && Object.values(data).every((value) => value === null) ? 'missing' : 'allowed';
}

/** Reading supply of another location: staff who see every location, not the Lyon associate (as if missing). */
const SUPPLY_OF_ANOTHER_LOCATION: Record<string, Outcome> = { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'allowed', lyonAssociate: 'missing', admin: 'allowed', marketplacePartner: 'FORBIDDEN' };

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown>; expected: Record<string, Outcome> }> = {
  'list orders': {
    query: '{ orders(first: 5) { edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'allowed', careAgent: 'allowed', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'allowed' },
  },
  'read the audit log': {
    query: '{ auditLog(first: 1) { edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'FORBIDDEN', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'create an API key': {
    query: 'mutation { createApiKey(input: { name: "matrix probe", scopes: ["orders:read"] }) { token } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'FORBIDDEN', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'adjust stock at the Paris store': {
    query: 'mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }',
    variables: { input: { sku: 'CAP-BASE-NVY', locationId: PARIS_STORE, delta: 0, reason: 'matrix count' } },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'UNKNOWN_LOCATION', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'adjust stock at the Lyon store': {
    query: 'mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }',
    variables: { input: { sku: 'CAP-BASE-NVY', locationId: LYON_STORE, delta: 0, reason: 'matrix count' } },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'read a transfer into the Paris store': {
    query: 'query($id: ID!) { transfer(id: $id) { id } }',
    variables: { id: PARIS_TRANSFER },
    expected: SUPPLY_OF_ANOTHER_LOCATION,
  },
  // Already shipped: whoever reaches it is refused by its state.
  'ship that transfer': {
    query: 'mutation($id: ID!) { shipTransfer(id: $id) { id } }',
    variables: { id: PARIS_TRANSFER },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'NOT_FOUND', admin: 'INVALID_STATE_TRANSITION', marketplacePartner: 'FORBIDDEN' },
  },
  'read a purchase order to a warehouse': {
    query: 'query($id: ID!) { purchaseOrder(id: $id) { id } }',
    variables: { id: WAREHOUSE_PURCHASE_ORDER },
    expected: SUPPLY_OF_ANOTHER_LOCATION,
  },
  // A SKU not on the order: whoever reaches it is refused by its lines, and nothing is received.
  'receive that purchase order': {
    query: 'mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { id } }',
    variables: { input: { purchaseOrderId: WAREHOUSE_PURCHASE_ORDER, lines: [{ sku: 'CAP-BASE-NVY', quantity: 1 }] } },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'NOT_FOUND', admin: 'SKU_NOT_ON_PURCHASE_ORDER', marketplacePartner: 'FORBIDDEN' },
  },
  'search customers': {
    query: '{ customers(search: "martin", first: 5) { edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'allowed', lyonAssociate: 'FORBIDDEN', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
};

/** Cells on records found in the demo data (in and out of each caller's reach). */
function recordOperations(): typeof OPERATIONS {
  return {
    'read an order of another store and customer, in another channel': {
      query: 'query($id: ID!) { order(id: $id) { id } }',
      variables: { id: fixtures.otherOrder },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'missing', careAgent: 'allowed', lyonAssociate: 'missing', admin: 'allowed', marketplacePartner: 'missing' },
    },
    // Already delivered or cancelled: whoever reaches it is refused by its state, not by its owner.
    'cancel that order': {
      query: 'mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { id } }',
      variables: { input: { orderId: fixtures.otherOrder, reason: 'matrix probe' } },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'NOT_FOUND', careAgent: 'INVALID_STATE_TRANSITION', lyonAssociate: 'FORBIDDEN', admin: 'INVALID_STATE_TRANSITION', marketplacePartner: 'NOT_FOUND' },
    },
    'read the profile of a customer of a Lyon order': {
      query: 'query($id: ID!) { customer(id: $id) { email } }',
      variables: { id: fixtures.lyonCustomer },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'missing', careAgent: 'allowed', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
    },
    'read the profile of a customer without a Lyon order': {
      query: 'query($id: ID!) { customer(id: $id) { email } }',
      variables: { id: fixtures.strangerCustomer },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'missing', careAgent: 'allowed', lyonAssociate: 'missing', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
    },
    'change that customer’s profile': {
      query: 'mutation($id: ID!) { addCustomerAddress(customerId: $id, input: { line1: "1 rue Probe", city: "Lyon", postalCode: "69003", country: "FR" }) { id } }',
      variables: { id: fixtures.strangerCustomer },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'NOT_FOUND', careAgent: 'allowed', lyonAssociate: 'FORBIDDEN', marketplacePartner: 'FORBIDDEN' },
    },
    'accept another store’s fulfillment order': {
      query: 'mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { id } }',
      variables: { id: fixtures.otherFulfillmentOrder },
      expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'NOT_FOUND', admin: 'INVALID_STATE_TRANSITION', marketplacePartner: 'NOT_FOUND' },
    },
  };
}

async function outcomes(query: string, variables: Record<string, unknown>, expected: Record<string, Outcome>): Promise<Record<string, Outcome>> {
  const found: Record<string, Outcome> = {};
  for (const caller of Object.keys(expected)) found[caller] = outcomeOf(await system.query(query, variables, callers[caller]));
  return found;
}

describe('authorization matrix', () => {
  for (const [operation, { query, variables, expected }] of Object.entries(OPERATIONS)) {
    it(operation, async () => {
      expect(await outcomes(query, variables ?? {}, expected)).toEqual(expected);
    });
  }

  it('on records in and out of each caller’s reach', async () => {
    for (const [operation, { query, variables, expected }] of Object.entries(recordOperations())) {
      expect({ operation, outcomes: await outcomes(query, variables ?? {}, expected) }).toEqual({ operation, outcomes: expected });
    }
  });

  it('answers a mutation on a record out of reach exactly as one on a record that does not exist', async () => {
    const cancel = (orderId: string, token: string | undefined) =>
      system.query('mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { id } }', { input: { orderId, reason: 'matrix probe' } }, token);
    const accept = (id: string, token: string | undefined) => system.query('mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { id } }', { id }, token);
    const missingId = randomUUID();
    const shape = (response: GraphQLResponse<unknown>) => ({ code: response.errors?.[0]?.extensions?.['code'], message: response.errors?.[0]?.message.replaceAll(missingId, '<id>') });
    for (const caller of ['customer', 'marketplacePartner']) {
      const outOfReach = await cancel(fixtures.otherOrder, callers[caller]);
      expect(shape(outOfReach)).toEqual(shape(await cancel(missingId, callers[caller])));
    }
    for (const caller of ['lyonAssociate', 'marketplacePartner']) {
      const outOfReach = await accept(fixtures.otherFulfillmentOrder, callers[caller]);
      expect({ ...shape(outOfReach), message: outOfReach.errors?.[0]?.message.replaceAll(fixtures.otherFulfillmentOrder, '<id>') }).toEqual(shape(await accept(missingId, callers[caller])));
    }
    // Supply of another location: the same answer as supply that does not exist.
    const ship = (id: string) => system.query('mutation($id: ID!) { shipTransfer(id: $id) { id } }', { id }, callers['lyonAssociate']);
    const receive = (purchaseOrderId: string) =>
      system.query('mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { id } }', { input: { purchaseOrderId, lines: [{ sku: 'CAP-BASE-NVY', quantity: 1 }] } }, callers['lyonAssociate']);
    const asMissing = (response: GraphQLResponse<unknown>, id: string) => ({ ...shape(response), message: response.errors?.[0]?.message.replaceAll(id, '<id>') });
    expect(asMissing(await ship(PARIS_TRANSFER), PARIS_TRANSFER)).toEqual(shape(await ship(missingId)));
    expect(asMissing(await receive(WAREHOUSE_PURCHASE_ORDER), WAREHOUSE_PURCHASE_ORDER)).toEqual(shape(await receive(missingId)));
  });

  it('shows a store associate their store’s stock, ledger, transfers and purchase orders only, and the whole network', async () => {
    const associate = callers['lyonAssociate'];
    const read = async <T>(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<T> => {
      const response = await system.query<T>(query, variables, token);
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const stockAt = (id: string, token: string | undefined) =>
      read<{ location: { name: string; stock: { sku: { code: string } }[] } | null }>('query($id: ID!) { location(id: $id) { name stock { sku { code } } } }', { id }, token);
    const lyonAsAssociate = await stockAt(LYON_STORE, associate);
    const lyonAsAdmin = await stockAt(LYON_STORE, ADMIN);
    expect(lyonAsAdmin.location!.stock.length).toBeGreaterThan(0);
    expect(lyonAsAssociate).toEqual(lyonAsAdmin);
    // Paris is still on the map, with its name, but its stock is not the associate's to see.
    const parisAsAssociate = await stockAt(PARIS_STORE, associate);
    expect((await stockAt(PARIS_STORE, ADMIN)).location!.stock.length).toBeGreaterThan(0);
    expect(parisAsAssociate.location?.name).toBeTruthy();
    expect(parisAsAssociate.location!.stock).toEqual([]);

    // A SKU's stock: Lyon's level only; what any shopper sees (available to sell, per channel) unchanged.
    const sku = lyonAsAdmin.location!.stock[0]!.sku.code;
    const skuQuery = 'query($code: String!) { sku(code: $code) { availableToSell(channel: WEB) stock { location { id } history(first: 5) { edges { node { location { id } } } } } } }';
    type SkuView = { sku: { availableToSell: number; stock: { location: { id: string }; history: { edges: { node: { location: { id: string } } }[] } }[] } };
    const skuAsAssociate = await read<SkuView>(skuQuery, { code: sku }, associate);
    const skuAsAdmin = await read<SkuView>(skuQuery, { code: sku }, ADMIN);
    expect(skuAsAdmin.sku.stock.some((level) => level.location.id !== LYON_STORE)).toBe(true);
    expect(skuAsAssociate.sku.stock.map((level) => level.location.id)).toEqual([LYON_STORE]);
    expect(skuAsAssociate.sku.availableToSell).toBe(skuAsAdmin.sku.availableToSell);
    const availability = '{ availability(skus: ["' + sku + '"], channel: WEB) { availableToSell } }';
    expect(await read(availability, {}, associate)).toEqual(await read(availability, {}, ADMIN));
    const network = '{ locations { id name } }';
    expect(await read(network, {}, associate)).toEqual(await read(network, {}, ADMIN));

    // The ledger: Lyon's movements only, and none when asked for Paris.
    const ledger = 'query($at: ID) { stockMovements(locationId: $at, first: 100) { edges { node { location { id } } } } }';
    type Ledger = { stockMovements: { edges: { node: { location: { id: string } } }[] } };
    const ledgerAsAssociate = await read<Ledger>(ledger, { at: null }, associate);
    expect(ledgerAsAssociate.stockMovements.edges.length).toBeGreaterThan(0);
    expect(ledgerAsAssociate.stockMovements.edges.every((edge) => edge.node.location.id === LYON_STORE)).toBe(true);
    expect((await read<Ledger>(ledger, { at: PARIS_STORE }, ADMIN)).stockMovements.edges.length).toBeGreaterThan(0);
    expect((await read<Ledger>(ledger, { at: PARIS_STORE }, associate)).stockMovements.edges).toEqual([]);

    // Supply: the Paris transfer and the warehouses' purchase orders are not listed; one to Lyon is.
    const supply = '{ transfers { id from { id } to { id } } purchaseOrders { id location { id } } }';
    type Supply = { transfers: { id: string; from: { id: string }; to: { id: string } }[]; purchaseOrders: { id: string; location: { id: string } }[] };
    expect((await read<Supply>(supply, {}, ADMIN)).transfers.map((transfer) => transfer.id)).toContain(PARIS_TRANSFER);
    const created = await read<{ createPurchaseOrder: { id: string } }>(
      'mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }',
      { input: { number: `PO-MATRIX-${randomUUID().slice(0, 8)}`, supplier: 'Matrix supplier', locationId: LYON_STORE, expectedAt: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ sku, quantity: 1 }] } },
      ADMIN,
    );
    const supplyAsAssociate = await read<Supply>(supply, {}, associate);
    expect(supplyAsAssociate.transfers.every((transfer) => transfer.from.id === LYON_STORE || transfer.to.id === LYON_STORE)).toBe(true);
    expect(supplyAsAssociate.purchaseOrders.map((order) => order.id)).toEqual([created.createPurchaseOrder.id]);
    expect(await read('query($id: ID!) { purchaseOrder(id: $id) { id } }', { id: created.createPurchaseOrder.id }, associate)).toEqual({ purchaseOrder: { id: created.createPurchaseOrder.id } });
    const parisSupply = 'query($at: ID!) { transfers(locationId: $at) { id } purchaseOrders(locationId: $at) { id } }';
    expect(await read(parisSupply, { at: PARIS_STORE }, associate)).toEqual({ transfers: [], purchaseOrders: [] });
  });

  it('shows a key bound to locations those locations’ stock and supply only', async () => {
    const key = await createKey(['inventory:read'], { locationIds: [LYON_STORE] });
    const query = 'query($lyon: ID!, $paris: ID!, $transfer: ID!) { lyon: location(id: $lyon) { stock { onHand } } paris: location(id: $paris) { name stock { onHand } } transfer(id: $transfer) { id } }';
    const response = await system.query<{ lyon: { stock: unknown[] }; paris: { name: string; stock: unknown[] }; transfer: unknown }>(query, { lyon: LYON_STORE, paris: PARIS_STORE, transfer: PARIS_TRANSFER }, key);
    expect(response.errors).toBeUndefined();
    expect(response.data!.lyon.stock.length).toBeGreaterThan(0);
    expect(response.data!.paris.name).toBeTruthy();
    expect(response.data!.paris.stock).toEqual([]);
    expect(response.data!.transfer).toBeNull();
  });

  it('lists a store associate their store’s orders only: picked up or fulfilled there', () => {
    expect(fixtures.lyonOrders.length).toBeGreaterThan(0);
    expect(fixtures.lyonOrders.every(atLyon)).toBe(true);
    const listed = new Set(fixtures.lyonOrders.map((order) => order.id));
    expect(fixtures.allOrders.filter((order) => !listed.has(order.id)).some((order) => !atLyon(order))).toBe(true);
  });

  it('a MARKETPLACE-bound key lists MARKETPLACE fulfillment orders only, in fulfillment too', async () => {
    const listed = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; order: { channel: string } } }[] } }>(
      '{ fulfillmentOrders(first: 100) { edges { node { id order { channel } } } } }',
      {},
      callers['marketplacePartner'],
    );
    expect(listed.errors).toBeUndefined();
    const all = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; order: { channel: string } } }[] } }>(
      '{ fulfillmentOrders(first: 100) { edges { node { id order { channel } } } } }',
      {},
      ADMIN,
    );
    const channels = new Set(all.data?.fulfillmentOrders.edges.map((edge) => edge.node.order.channel));
    expect(channels.size).toBeGreaterThan(1);
    const seen = new Set(listed.data?.fulfillmentOrders.edges.map((edge) => edge.node.order.channel));
    expect([...seen].every((channel) => channel === 'MARKETPLACE')).toBe(true);
    // One out of reach answers as one that does not exist.
    const web = all.data?.fulfillmentOrders.edges.find((edge) => edge.node.order.channel === 'WEB');
    const single = await system.query<{ fulfillmentOrder: unknown }>('query($id: ID!) { fulfillmentOrder(id: $id) { id } }', { id: web?.node.id }, callers['marketplacePartner']);
    expect(single.errors).toBeUndefined();
    expect(single.data?.fulfillmentOrder).toBeNull();
  });
});

describe('subscriptions in the matrix', () => {
  /** A connection kept open between operations (not lazy), so a close says something. */
  function connect(token: string | undefined, webSocketImpl: unknown = WebSocket): { client: Client; closed: () => { code: number; reason: string } | undefined } {
    let closed: { code: number; reason: string } | undefined;
    const client = createClient({ url: system.gatewayUrl.replace(/^http/, 'ws'), webSocketImpl, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined, ...(token ? { connectionParams: { authorization: `Bearer ${token}` } } : {}) });
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      closed = { code, reason: String(reason) };
    });
    clients.push(client);
    return { client, closed: () => closed };
  }
  const ORDER_UPDATES = 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { id status } }';

  it('refuses a store associate another store’s order exactly as a missing one, and keeps the connection', async () => {
    const { client, closed } = connect(callers['lyonAssociate']);
    const own = collect(client, ORDER_UPDATES, { id: fixtures.lyonOrders[0]!.id });
    const outOfReach = collect(client, ORDER_UPDATES, { id: fixtures.otherOrder });
    const missingId = randomUUID();
    const missing = collect(client, ORDER_UPDATES, { id: missingId });
    await Promise.all([outOfReach.completed, missing.completed]);
    expect(outOfReach.received[0]?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(outOfReach.received[0]?.errors?.[0]?.message.replaceAll(fixtures.otherOrder, '<id>')).toBe(missing.received[0]?.errors?.[0]?.message.replaceAll(missingId, '<id>'));
    // A record out of reach is no reason to cut the connection: the associate's own order is still followed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(own.received).toEqual([]);
    expect(closed()).toBeUndefined();
    own.unsubscribe();
  });

  it('delivers a store associate their store’s stock changes only', async () => {
    const sku = 'CAP-BASE-NVY';
    const feed = 'subscription($skus: [String!]!, $at: ID) { availabilityChanged(skus: $skus, locationId: $at) { location { id } onHand } }';
    const associate = connect(callers['lyonAssociate']).client;
    const everywhere = collect(associate, feed, { skus: [sku] });
    const atParis = collect(associate, feed, { skus: [sku], at: PARIS_STORE });
    const watcher = collect(connect(ADMIN).client, feed, { skus: [sku] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const adjust = async (locationId: string, delta: number) => {
      const response = await system.query('mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }', { input: { sku, locationId, delta, reason: 'matrix feed' } }, ADMIN);
      expect(response.errors).toBeUndefined();
    };
    await adjust(PARIS_STORE, 1);
    await adjust(LYON_STORE, 1);
    await waitFor(() => watcher.received.length >= 2 && everywhere.received.length >= 1, 10_000, 'the stock changes');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const locations = (received: { data?: unknown }[]) => received.map((item) => (item.data as { availabilityChanged: { location: { id: string } } }).availabilityChanged.location.id);
    expect(new Set(locations(watcher.received))).toEqual(new Set([PARIS_STORE, LYON_STORE]));
    expect(locations(everywhere.received)).toEqual([LYON_STORE]);
    expect(atParis.received).toEqual([]);
    for (const subscriber of [everywhere, atParis, watcher]) subscriber.unsubscribe();
    await adjust(PARIS_STORE, -1);
    await adjust(LYON_STORE, -1);
  });

  it('feeds a store associate the activity of their store’s orders only', async () => {
    const feed = 'subscription { orderActivity { kind to order { id } } }';
    const associate = collect(connect(callers['lyonAssociate']).client, feed);
    const everyone = collect(connect(ADMIN).client, feed);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sku = await createSku(system, { stock: { [LYON_STORE]: 5, [PARIS_STORE]: 5 } });
    const placeAt = async (store: string) => {
      const response = await system.query<{ placeOrder: { __typename: string; id: string } }>(
        'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }',
        {
          input: {
            idempotencyKey: randomUUID(),
            channel: 'WEB',
            guestEmail: `matrix-${randomUUID().slice(0, 8)}@example.com`,
            lines: [{ sku, quantity: 1 }],
            delivery: { method: 'PICKUP', pickupLocationId: store },
            payment: { token: 'tok_visa' },
          },
        },
        ADMIN,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.placeOrder.__typename).toBe('Order');
      return response.data!.placeOrder.id;
    };
    const atParis = await placeAt(PARIS_STORE);
    const atLyon = await placeAt(LYON_STORE);
    const ordersIn = (received: { data?: unknown }[]) => new Set(received.map((item) => (item.data as { orderActivity: { order: { id: string } } }).orderActivity.order.id));
    await waitFor(() => ordersIn(everyone.received).has(atParis) && ordersIn(everyone.received).has(atLyon) && ordersIn(associate.received).has(atLyon), 15_000, 'the orders’ activity');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ordersIn(associate.received).has(atParis)).toBe(false);
    expect(associate.received.every((item) => item.errors === undefined)).toBe(true);
    associate.unsubscribe();
    everyone.unsubscribe();
  }, 30_000);

  it('closes with 4401 when a subscription needs credentials, and 4403 when the caller’s scopes refuse it', async () => {
    const anonymous = connect(undefined);
    const unauthenticated = collect(anonymous.client, ORDER_UPDATES, { id: fixtures.otherOrder });
    await unauthenticated.completed;
    expect(unauthenticated.received[0]?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await waitFor(() => anonymous.closed() !== undefined, 5_000, 'the anonymous connection to close');
    expect(anonymous.closed()?.code).toBe(4401);
    expect(anonymous.closed()?.reason).toMatch(/^Unauthorized: /);

    const ordersOnly = await createKey(['orders:read']);
    const partner = connect(ordersOnly);
    const refused = collect(partner.client, 'subscription($id: ID!) { parcelTracking(parcelId: $id) { id } }', { id: randomUUID() });
    await refused.completed;
    expect(refused.received[0]?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    await waitFor(() => partner.closed() !== undefined, 5_000, 'the partner connection to close');
    expect(partner.closed()?.code).toBe(4403);
    expect(partner.closed()?.reason).toMatch(/^Forbidden: .*parcelTracking/);
  });

  it('closes with 4403 when the key of an open subscription is revoked', async () => {
    const created = await system.query<{ createApiKey: { token: string; apiKey: { id: string } } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }',
      { input: { name: 'matrix revoked', scopes: ['orders:read'], channel: 'MARKETPLACE' } },
      ADMIN,
    );
    const { token, apiKey } = created.data!.createApiKey;
    const partner = connect(token);
    const marketplaceOrder = fixtures.allOrders.find((order) => order.channel === 'MARKETPLACE');
    expect(marketplaceOrder).toBeDefined();
    const following = collect(partner.client, ORDER_UPDATES, { id: marketplaceOrder!.id });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(partner.closed()).toBeUndefined();
    expect((await system.query('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: apiKey.id }, ADMIN)).errors).toBeUndefined();
    await waitFor(() => partner.closed() !== undefined, 10_000, 'the revoked key’s connection to close');
    expect(partner.closed()?.code).toBe(4403);
    expect(partner.closed()?.reason).toMatch(/^Forbidden: access revoked/);
    await following.completed;
  }, 20_000);

  it('closes with 4429 when an address passes its rate over WebSocket', async () => {
    class FromAddress extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-forwarded-for': '203.0.113.77' } });
      }
    }
    const { client, closed } = connect(undefined, FromAddress);
    const codes: unknown[] = [];
    for (let sent = 0; sent < 400 && !closed(); sent++) {
      const answer = collect(client, '{ viewer { kind } }');
      await answer.completed;
      codes.push(answer.received[0]?.errors?.[0]?.extensions?.['code']);
    }
    await waitFor(() => closed() !== undefined, 5_000, 'the connection to close');
    expect(codes).toContain('THROTTLED');
    expect(closed()?.code).toBe(4429);
    expect(closed()?.reason).toMatch(/^Too many requests: /);
  }, 30_000);
});
