// Every operation the console sends (console/src/api/operations.ts), run through the real gateway
// against the demo data, signed in as the staff role whose screen sends it: none may answer an
// internal error, every query answers data, and an operation added to the console without being
// exercised here fails this file.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { staffToken } from './support/auth.ts';
import { FulfillmentProbe } from './support/fulfillment-fixtures.ts';
import { eventually } from './support/graphql.ts';
import { collect, connectWs, sleep, waitFor, type Subscriber } from './support/live.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

// Orders go to fulfillment as soon as they are allocated, so the store sees the orders placed here.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

type OperationKind = 'query' | 'mutation' | 'subscription';

interface ConsoleOperation {
  exportName: string;
  name: string;
  kind: OperationKind;
  document: string;
}

/**
 * The console's operations as its module exports them (`gql` returns the document text). Loaded
 * at run time: the module belongs to the browser build, not to this project's type-check.
 */
async function loadConsoleOperations(): Promise<ConsoleOperation[]> {
  const path = fileURLToPath(new URL('../console/src/api/operations.ts', import.meta.url));
  const exports = (await import(path)) as Record<string, unknown>;
  return Object.entries(exports).map(([exportName, document]) => {
    if (typeof document !== 'string') throw new Error(`${exportName} is not a GraphQL document`);
    const definitions = parse(document).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
    const [definition] = definitions;
    if (definitions.length !== 1 || !definition?.name) throw new Error(`${exportName} must hold exactly one named operation`);
    return { exportName, name: definition.name.value, kind: definition.operation, document };
  });
}

const DEMO_PASSWORD = 'demo-password-2026';
const LYON = demoId('location', 'ST-LYON-PARTDIEU');
const MARSEILLE = demoId('location', 'ST-MARSEILLE');
const WH_LYON = demoId('location', 'WH-LYON');
const CAMILLE = demoId('customer', 0);
const LOUIS = demoId('customer', 5);
const ARTHUR = demoId('customer', 9);
const demoOrder = (number: number) => demoId('order', number - 100_001);
const demoOrderLine = (number: number, line: number) => demoId('order-line', `${number - 100_001}:${line}`);
const HOME = { name: 'Arthur Moreau', line1: '25 allées Jean Jaurès', city: 'Toulouse', postalCode: '31000', country: 'FR' };
const DAY = 24 * 3600 * 1000;

let system: TestSystem;
let probe: FulfillmentProbe;
let operations: ReadonlyMap<string, ConsoleOperation>;
const covered = new Set<string>();
const clients: Client[] = [];
/** Tokens as the console's sign-in issues them. */
const tokens = { admin: '', care: '', store: '' };
/** An associate of the Marseille store (no demo staff member works there). */
const MARSEILLE_ASSOCIATE = staffToken(['STORE_ASSOCIATE'], { staffId: 'staff-marseille', storeId: MARSEILLE });

beforeAll(async () => {
  const [loaded, started] = await Promise.all([loadConsoleOperations(), startTestSystem()]);
  operations = new Map(loaded.map((operation) => [operation.name, operation]));
  system = started;
  probe = new FulfillmentProbe(system.databaseUrl);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await probe?.close();
  await system?.close();
});

function operationNamed(name: string): ConsoleOperation {
  const operation = operations.get(name);
  if (!operation) throw new Error(`the console exports no operation named ${name}`);
  covered.add(name);
  return operation;
}

function internalErrors(errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined): string[] {
  return (errors ?? []).filter((error) => error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR').map((error) => error.message);
}

type Data = Record<string, unknown>;

/**
 * Sends a console query or mutation. Never an internal error; a query (and a mutation answering
 * without error) carries data. Mutations may answer a typed business error.
 */
async function send<T extends Data = Data>(name: string, variables: Record<string, unknown>, token: string | undefined): Promise<GraphQLResponse<T>> {
  const operation = operationNamed(name);
  expect(operation.kind, `${name} is sent over HTTP`).not.toBe('subscription');
  const response = await system.query<T>(operation.document, variables, token);
  expect(internalErrors(response.errors), `${name} answered an internal error`).toEqual([]);
  if (operation.kind === 'query') {
    expect(response.errors, `${name}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    const missing = Object.entries(response.data ?? {}).filter(([, value]) => value === null).map(([field]) => field);
    expect(missing, `${name} answered null for ${JSON.stringify(variables)}`).toEqual([]);
  }
  if (!response.errors) expect(response.data, `${name} answered no data`).toBeTruthy();
  return response;
}

/** Sends an operation that must succeed here (the demo data allows it) and returns its data. */
async function succeed<T extends Data = Data>(name: string, variables: Record<string, unknown>, token: string | undefined): Promise<T> {
  const response = await send<T>(name, variables, token);
  expect(response.errors, `${name}: ${JSON.stringify(response.errors)}`).toBeUndefined();
  return response.data!;
}

/** Opens a console subscription as the given staff member; waits until it reached its subgraph. */
async function subscribe(name: string, variables: Record<string, unknown>, token: string): Promise<Subscriber> {
  const operation = operationNamed(name);
  expect(operation.kind).toBe('subscription');
  const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${token}` });
  clients.push(client);
  const subscriber = collect(client, operation.document, variables);
  // Give the upstream subscription time to reach the owning service.
  await sleep(300);
  expect(subscriber.received.flatMap((result) => internalErrors(result.errors)), `${name} was refused with an internal error`).toEqual([]);
  return subscriber;
}

/** The first payload of a subscription: data, no error at all. */
async function firstPayload(name: string, subscriber: Subscriber): Promise<Data> {
  await waitFor(() => subscriber.received.length > 0, 10_000, `a first ${name} payload`);
  const [first] = subscriber.received;
  expect(internalErrors(first?.errors), `${name} pushed an internal error`).toEqual([]);
  expect(first?.errors, `${name}: ${JSON.stringify(first?.errors)}`).toBeUndefined();
  expect(first?.data).toBeTruthy();
  subscriber.unsubscribe();
  return first!.data!;
}

interface StoreWork {
  id: string;
  orderNumber: string;
  status: string;
  lines: { id: string; skuCode: string; quantity: number }[];
  shipment: { id: string; parcels: { id: string }[] } | null;
  order: { id: string } | null;
}

interface PlacedOrder {
  __typename: string;
  id?: string;
  number?: string;
  alternatives?: { id: string; requiresAddress: boolean }[];
}

/** The store's open work, as the Store screen shows it. */
async function storeQueue(locationId: string, token: string): Promise<StoreWork[]> {
  const data = await succeed<{ fulfillmentOrders: { edges: { node: StoreWork }[] } }>('StoreQueue', { locationId }, token);
  return data.fulfillmentOrders.edges.map((edge) => edge.node);
}

async function workOf(locationId: string, token: string, orderNumber: string): Promise<StoreWork> {
  return eventually(`${orderNumber} in the store's queue`, async () => (await storeQueue(locationId, token)).find((work) => work.orderNumber === orderNumber));
}

/** What the order screen reads of each order (OrderDetail itself is read by the caller). */
async function readOrders(ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.flatMap((id) => [
      succeed('OrderDetail', { id }, tokens.care),
      succeed('OrderReturns', { id }, tokens.care),
      succeed('OrderSaleAlternatives', { id }, tokens.care),
      succeed('Notifications', { orderId: id }, tokens.care),
    ]),
  );
}

/** What the customer screen reads of each customer. */
async function readCustomers(ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.flatMap((id) => [
      succeed('Customer360', { id }, tokens.care),
      succeed('CustomerReturns', { id }, tokens.care),
      succeed('CustomerCases', { id }, tokens.care),
      succeed('Notifications', { customerId: id }, tokens.care),
    ]),
  );
}

/** A call-centre order a care agent takes in the New order screen. */
function newOrder(lines: { sku: string; quantity: number }[], delivery: Record<string, unknown>): Record<string, unknown> {
  return { idempotencyKey: randomUUID(), channel: 'CALL_CENTER', customerId: ARTHUR, lines, delivery, payment: { token: 'tok_visa' } };
}

async function placePickupAtLyon(sku: string): Promise<{ id: string; number: string }> {
  const placed = (await succeed<{ placeOrder: PlacedOrder }>('PlaceOrder', { input: newOrder([{ sku, quantity: 1 }], { method: 'PICKUP', pickupLocationId: LYON }) }, tokens.care)).placeOrder;
  expect(placed.__typename, JSON.stringify(placed)).toBe('Order');
  return { id: placed.id!, number: placed.number! };
}

/** A SKU the Lyon store stocks: given enough units by a stock count first (Inventory screen). */
let lyonSku: string;
/** A SKU sold elsewhere but not at the Lyon store. */
let notAtLyon: string;

describe('every console operation, through the gateway, on the demo data', () => {
  it('signs the demo staff in and reads who is signed in', async () => {
    for (const [role, email] of [['admin', 'admin@oms.example'], ['care', 'care@oms.example'], ['store', 'store.lyon@oms.example']] as const) {
      const data = await succeed<{ signIn: { token: string } }>('SignIn', { email, password: DEMO_PASSWORD }, undefined);
      tokens[role] = data.signIn.token;
    }
    const { viewer } = await succeed<{ viewer: { storeId: string | null } }>('Viewer', {}, tokens.store);
    expect(viewer.storeId).toBe(LYON);
  });

  it('reads every screen: dashboard, orders, sourcing, inventory, customers, store, returns, reports, notifications', async () => {
    await Promise.all([
      succeed('Locations', { type: 'STORE' }, tokens.admin),
      succeed('ReturnLocations', {}, tokens.care),
      succeed('DashboardOrders', { placedAfter: new Date(Date.now() - 30 * DAY).toISOString() }, tokens.admin),
      succeed('DashboardQueues', {}, tokens.admin),
      succeed('Report', { input: { from: new Date(Date.now() - 30 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString(), groupBy: ['CHANNEL', 'DAY', 'LOCATION'], timeZone: 'Europe/Paris' } }, tokens.admin),
      succeed('SourcingRuleSets', {}, tokens.admin),
      succeed('ReturnPolicy', {}, tokens.admin),
    ]);

    const orders = await succeed<{ orders: { edges: { node: { id: string; number: string } }[] } }>('Orders', { first: 25, filter: { status: ['DELIVERED', 'ON_HOLD'] } }, tokens.care);
    expect(orders.orders.edges.length).toBeGreaterThan(0);
    const { orderByNumber } = await succeed<{ orderByNumber: { id: string } }>('OrderByNumber', { number: 'OMS-100003' }, tokens.care);
    expect(orderByNumber.id).toBe(demoOrder(100_003));
    // Every demo order, in each of the stages of the order process.
    const numbers = Array.from({ length: 9 }, (_, index) => 100_001 + index);
    const details = await Promise.all(numbers.map((number) => succeed<{ order: { number: string } | null }>('OrderDetail', { id: demoOrder(number) }, tokens.care)));
    expect(details.map((detail) => detail.order?.number)).toEqual(numbers.map((number) => `OMS-${number}`));
    await readOrders(numbers.map(demoOrder));

    const customers = await succeed<{ customers: { edges: { node: { id: string } }[] } }>('Customers', { search: 'Martin' }, tokens.care);
    expect(customers.customers.edges.map((edge) => edge.node.id)).toContain(CAMILLE);
    await readCustomers([CAMILLE, demoId('customer', 2), ARTHUR]);

    // Inventory, as the Lyon store's associate sees it.
    const skus = await succeed<{ skus: { edges: { node: { code: string; availableToSell: number } }[] } }>('Skus', {}, tokens.store);
    const { location } = await succeed<{ location: { stock: { availableToSell: number; onHand: number; sku: { code: string } }[] } }>('LocationStock', { id: LYON }, tokens.store);
    const atLyon = new Map(location.stock.map((row) => [row.sku.code, row.availableToSell]));
    notAtLyon = skus.skus.edges.map((edge) => edge.node).find((sku) => (atLyon.get(sku.code) ?? 0) === 0 && sku.availableToSell > 10)!.code;
    // Stocked at the store and at another store (a unit missing at the store can be collected there):
    // found with an admin's view, as the associate sees their store's stock only.
    for (const code of atLyon.keys()) {
      const { sku } = await succeed<{ sku: { stock: { availableToSell: number; location: { id: string; type: string } }[] } }>('SkuStock', { code }, tokens.admin);
      if (sku.stock.some((row) => row.location.type === 'STORE' && row.location.id !== LYON && row.availableToSell >= 2)) {
        lyonSku = code;
        break;
      }
    }
    const { sku: atStore } = await succeed<{ sku: { stock: { location: { id: string } }[] } }>('SkuStock', { code: lyonSku }, tokens.store);
    expect(atStore.stock.map((row) => row.location.id)).toEqual([LYON]);
    await succeed('StockMovements', { sku: lyonSku, locationId: LYON }, tokens.store);
    await succeed('StockMovements', { locationId: demoId('location', 'WH-PARIS') }, tokens.admin);
    await succeed('Supply', { locationId: LYON }, tokens.store);
    await succeed('Supply', {}, tokens.admin);
    await succeed('StoreQueue', { locationId: LYON }, tokens.store);
  });

  it('sourcing: dry-runs a stores-first rule set, publishes it for the marketplace and retires it', async () => {
    const rules = [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }, { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'NEAREST' }];
    const splitPolicy = { kind: 'MAX_SHIPMENTS', maxShipments: 2 };
    await succeed('SimulateSourcing', { input: { rules, splitPolicy, scope: {}, lastOrders: 50 } }, tokens.admin);
    const { publishSourcingRuleSet } = await succeed<{ publishSourcingRuleSet: { id: string } }>(
      'PublishSourcingRuleSet',
      { input: { name: 'Marketplace: stores first', scope: { channel: 'MARKETPLACE' }, rules, splitPolicy } },
      tokens.admin,
    );
    await succeed('RetireSourcingRuleSet', { id: publishSourcingRuleSet.id }, tokens.admin);
  });

  it('inventory: a stock count at the store, pushed live to the Inventory screen', async () => {
    const live = await subscribe('AvailabilityLive', { skus: [lyonSku] }, tokens.store);
    await succeed('AdjustStock', { input: { sku: lyonSku, locationId: LYON, delta: 5, reason: 'cycle count', reference: 'COUNT-LYON-1' } }, tokens.store);
    expect(await firstPayload('AvailabilityLive', live)).toMatchObject({ availabilityChanged: { sku: { code: lyonSku } } });
  });

  let pickup: { id: string; number: string };
  let shortPicked: { id: string; number: string };

  it('orders: places, edits, cancels and releases a hold, with the dashboard and order screens live', async () => {
    const activity = await subscribe('OrderActivity', {}, tokens.admin);
    const status = await subscribe('OrderStatusLive', { orderId: demoOrder(100_006) }, tokens.care);

    pickup = await placePickupAtLyon(lyonSku);
    await firstPayload('OrderActivity', activity);
    shortPicked = await placePickupAtLyon(lyonSku);

    // Out of stock at the Lyon store: the agent takes the first alternative offered.
    const order = newOrder([{ sku: notAtLyon, quantity: 1 }], { method: 'PICKUP', pickupLocationId: LYON });
    const outOfStock = (await succeed<{ placeOrder: PlacedOrder }>('PlaceOrder', { input: order }, tokens.care)).placeOrder;
    expect(outOfStock.__typename, JSON.stringify(outOfStock)).toBe('OutOfStock');
    const [alternative] = outOfStock.alternatives!;
    const accepted = await succeed<{ acceptAlternative: PlacedOrder }>(
      'AcceptAlternative',
      { input: { idempotencyKey: randomUUID(), alternativeId: alternative!.id, order, ...(alternative!.requiresAddress ? { address: HOME } : {}) } },
      tokens.care,
    );
    expect(accepted.acceptAlternative.__typename).toBe('Order');

    // OMS-100005 (allocated, call centre): one pair of socks fewer.
    const { editOrder } = await succeed<{ editOrder: { __typename: string } }>(
      'EditOrder',
      { input: { orderId: demoOrder(100_005), idempotencyKey: randomUUID(), changeQuantities: [{ lineId: demoOrderLine(100_005, 1), quantity: 2 }], addLines: [{ sku: 'SCARF-WOOL-GRY', quantity: 1 }], reason: 'customer called' } },
      tokens.care,
    );
    expect(editOrder.__typename).toBe('Order');
    // A two-line order of which the agent cancels one line.
    const twoLines = (await succeed<{ placeOrder: PlacedOrder }>('PlaceOrder', { input: newOrder([{ sku: 'CAP-BASE-BLK', quantity: 1 }, { sku: 'BAG-TOTE-CNV', quantity: 1 }], { method: 'SHIP', address: HOME }) }, tokens.care)).placeOrder;
    expect(twoLines.__typename, JSON.stringify(twoLines)).toBe('Order');
    const { order: placedTwo } = await succeed<{ order: { lines: { id: string }[] } }>('OrderDetail', { id: twoLines.id }, tokens.care);
    await succeed('CancelOrder', { input: { orderId: twoLines.id, lineIds: [placedTwo.lines[1]!.id], reason: 'tote no longer wanted' } }, tokens.care);
    // OMS-100006 (allocated store pickup): cancelled, seen live on its order screen.
    await succeed('CancelOrder', { input: { orderId: demoOrder(100_006), reason: 'customer changed their mind' } }, tokens.care);
    expect(await firstPayload('OrderStatusLive', status)).toMatchObject({ orderStatusChanged: { status: 'CANCELLED' } });
    // OMS-100008: the marketplace address is confirmed.
    const { order: held } = await succeed<{ order: { holds: { id: string; releasedAt: string | null }[] } }>('OrderDetail', { id: demoOrder(100_008) }, tokens.care);
    const hold = held.holds.find((candidate) => candidate.releasedAt === null)!;
    await succeed('ReleaseOrderHold', { input: { orderId: demoOrder(100_008), holdId: hold.id, reason: 'address confirmed with the marketplace' } }, tokens.care);
  });

  it('store work: a pickup handed over, a wave picked short and the sale saved, a ship-from-store parcel shipped', async () => {
    // Lyon: the first pickup, accepted, picked, ready, collected with the customer's code.
    const first = await workOf(LYON, tokens.store, pickup.number);
    await succeed('AcceptFulfillmentOrder', { id: first.id }, tokens.store);
    await succeed('PickFulfillmentOrder', { input: { fulfillmentOrderId: first.id, lines: first.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) } }, tokens.store);
    await succeed('MarkReadyForPickup', { input: { fulfillmentOrderId: first.id, holdDays: 3 } }, tokens.store);
    const [ready] = await probe.waitForEvent('PickupReady', { fulfillmentOrderId: first.id });
    await succeed('ConfirmPickup', { input: { fulfillmentOrderId: first.id, code: String(ready!['code']) } }, tokens.store);

    // Lyon: the second pickup walked in a wave that finds its unit missing; care saves the sale.
    const second = await workOf(LYON, tokens.store, shortPicked.number);
    await succeed('AcceptFulfillmentOrder', { id: second.id }, tokens.store);
    const { createPickWave } = await succeed<{ createPickWave: { id: string } }>('CreatePickWave', { input: { locationId: LYON, fulfillmentOrderIds: [second.id] } }, tokens.store);
    await succeed('CompletePickWave', { input: { pickWaveId: createPickWave.id, shortages: [{ skuCode: lyonSku, missingQuantity: 1 }] } }, tokens.store);
    // The shelf is empty: the associate counts it so, and the sale can only be saved elsewhere.
    await succeed('AdjustStock', { input: { sku: lyonSku, locationId: LYON, setOnHand: 0, reason: 'shelf found empty at the pick' } }, tokens.store);
    const alternatives = await eventually(`alternatives for ${shortPicked.number}`, async () => {
      const { order } = await succeed<{ order: { saleAlternatives: { id: string; requiresAddress: boolean }[] } }>('OrderSaleAlternatives', { id: shortPicked.id }, tokens.care);
      return order.saleAlternatives.length > 0 ? order.saleAlternatives : undefined;
    });
    await succeed(
      'AcceptOrderAlternative',
      { input: { orderId: shortPicked.id, alternativeId: alternatives[0]!.id, idempotencyKey: randomUUID(), ...(alternatives[0]!.requiresAddress ? { address: HOME } : {}) } },
      tokens.care,
    );

    // Marseille: OMS-100004 ships from the store, followed live on its order screen.
    const tracking = await subscribe('OrderTrackingLive', { orderId: demoOrder(100_004) }, tokens.care);
    const work = await workOf(MARSEILLE, MARSEILLE_ASSOCIATE, 'OMS-100004');
    await succeed('AcceptFulfillmentOrder', { id: work.id }, MARSEILLE_ASSOCIATE);
    await firstPayload('OrderTrackingLive', tracking);
    await succeed('PickFulfillmentOrder', { input: { fulfillmentOrderId: work.id, lines: work.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) } }, MARSEILLE_ASSOCIATE);
    const { packFulfillmentOrder } = await succeed<{ packFulfillmentOrder: StoreWork }>(
      'PackFulfillmentOrder',
      { input: { fulfillmentOrderId: work.id, parcels: [{ weightGrams: 900, lengthMm: 380, widthMm: 300, heightMm: 70, items: work.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
      MARSEILLE_ASSOCIATE,
    );
    await succeed(
      'ShipFulfillmentOrder',
      { input: { fulfillmentOrderId: work.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: packFulfillmentOrder.shipment!.parcels.map((parcel, index) => ({ parcelId: parcel.id, trackingNumber: `6A0000000${index}FR` })) } },
      MARSEILLE_ASSOCIATE,
    );
  });

  it('returns: policy, a return through its whole life, a refused one, an exchange', async () => {
    const { returnPolicy } = await succeed<{ returnPolicy: Record<string, unknown> & { appeasementLimits: { role: string; maxAmount: number | null }[] } }>('ReturnPolicy', {}, tokens.admin);
    // Every return above 10 € now waits for approval.
    await succeed(
      'SetReturnPolicy',
      {
        input: {
          defaultWindowDays: returnPolicy['defaultWindowDays'],
          channelWindows: returnPolicy['channelWindows'],
          categoryWindows: returnPolicy['categoryWindows'],
          nonReturnableSkus: returnPolicy['nonReturnableSkus'],
          nonReturnableCategories: returnPolicy['nonReturnableCategories'],
          approvalThreshold: 1000,
          appeasementLimits: returnPolicy.appeasementLimits.map(({ role, maxAmount }) => ({ role, maxAmount })),
        },
      },
      tokens.admin,
    );

    // OMS-100001 (delivered): one of the two T-shirts, the wrong size.
    const requested = await succeed<{ requestReturn: { __typename: string; id: string } }>(
      'RequestReturn',
      { input: { orderId: demoOrder(100_001), channel: 'CALL_CENTER', lines: [{ orderLineId: demoOrderLine(100_001, 1), quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }] } },
      tokens.care,
    );
    expect(requested.requestReturn.__typename).toBe('Return');
    const returnId = requested.requestReturn.id;
    await succeed('ApproveReturn', { returnId }, tokens.care);
    await succeed('MarkReturnInTransit', { input: { returnId } }, tokens.care);
    const { receiveReturn } = await succeed<{ receiveReturn: { lines: { id: string }[] } }>('ReceiveReturn', { input: { returnId, locationId: WH_LYON } }, tokens.care);
    await succeed('InspectReturn', { input: { returnId, lines: receiveReturn.lines.map((line) => ({ returnLineId: line.id, disposition: 'RESTOCK' })) } }, tokens.care);
    await succeed('RefundReturn', { input: { returnId, method: 'ORIGINAL_PAYMENT' } }, tokens.care);

    // OMS-100009 (delivered): a return the care team refuses.
    const refused = await succeed<{ requestReturn: { __typename: string; id: string } }>(
      'RequestReturn',
      { input: { orderId: demoOrder(100_009), channel: 'CALL_CENTER', lines: [{ orderLineId: demoOrderLine(100_009, 1), quantity: 1, reasonCode: 'CHANGED_MIND', condition: 'USED' }] } },
      tokens.care,
    );
    expect(refused.requestReturn.__typename).toBe('Return');
    await succeed('RejectReturn', { returnId: refused.requestReturn.id, reason: 'worn and washed' }, tokens.care);

    // OMS-100001's jeans, returned (approved) and exchanged for the next size.
    const jeans = await succeed<{ requestReturn: { __typename: string; id: string } }>(
      'RequestReturn',
      { input: { orderId: demoOrder(100_001), channel: 'CALL_CENTER', lines: [{ orderLineId: demoOrderLine(100_001, 2), quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }] } },
      tokens.care,
    );
    await succeed('ApproveReturn', { returnId: jeans.requestReturn.id }, tokens.care);
    const { createExchange } = await succeed<{ createExchange: { __typename: string } }>(
      'CreateExchange',
      { input: { returnId: jeans.requestReturn.id, replacements: [{ orderLineId: demoOrderLine(100_001, 2), sku: 'JEANS-SLIM-IND-34', quantity: 1 }] } },
      tokens.care,
    );
    expect(createExchange.__typename).toBe('Exchange');
    await succeed('OrderReturns', { id: demoOrder(100_001) }, tokens.care);
    await succeed('CustomerReturns', { id: CAMILLE }, tokens.care);
  });

  it('care: logs a call, opens a case for it, resolves it, grants a gesture', async () => {
    const { logInteraction } = await succeed<{ logInteraction: { id: string } }>(
      'LogInteraction',
      { input: { customerId: CAMILLE, channel: 'CALL', reason: 'Where is my dress?', outcome: 'Hold released, dispatch today', orderIds: [demoOrder(100_008)] } },
      tokens.care,
    );
    const { openCase } = await succeed<{ openCase: { id: string } }>('OpenCase', { input: { customerId: CAMILLE, subject: 'Late marketplace dress' } }, tokens.care);
    await succeed('LinkInteractionToCase', { interactionId: logInteraction.id, caseId: openCase.id }, tokens.care);
    await succeed('UpdateCaseStatus', { id: openCase.id, status: 'RESOLVED' }, tokens.care);
    await succeed('GrantAppeasement', { input: { orderId: demoOrder(100_002), amount: 500, reason: 'late delivery', method: 'STORE_CREDIT', idempotencyKey: randomUUID() } }, tokens.care);
    await succeed('Customer360', { id: CAMILLE }, tokens.care);
    await succeed('CustomerCases', { id: CAMILLE }, tokens.care);
  });

  it('privacy: exports a customer’s data, then erases them', async () => {
    await succeed('ExportCustomerData', { customerId: LOUIS }, tokens.admin);
    await succeed('EraseCustomer', { customerId: LOUIS, reason: 'GDPR erasure request by email' }, tokens.admin);
  });

  it('pages and filters the lists as their screens do', async () => {
    const firstPage = await succeed<{ orders: { pageInfo: { endCursor: string | null } } }>('Orders', { first: 5, filter: { channel: ['WEB'], placedAfter: new Date(Date.now() - 60 * DAY).toISOString() } }, tokens.care);
    await succeed('Orders', { first: 5, after: firstPage.orders.pageInfo.endCursor, filter: { channel: ['WEB'], placedAfter: new Date(Date.now() - 60 * DAY).toISOString() } }, tokens.care);
    await succeed('Orders', { first: 25, filter: { status: ['ON_HOLD', 'BACKORDERED', 'CANCELLED', 'RELEASED'] } }, tokens.admin);
    const skus = await succeed<{ skus: { pageInfo: { endCursor: string | null } } }>('Skus', {}, tokens.care);
    await succeed('Skus', { after: skus.skus.pageInfo.endCursor }, tokens.care);
    const customers = await succeed<{ customers: { pageInfo: { endCursor: string | null } } }>('Customers', {}, tokens.care);
    await succeed('Customers', { after: customers.customers.pageInfo.endCursor }, tokens.care);
    await succeed('Customers', { search: '+33612345678' }, tokens.care);
    await succeed('Locations', {}, tokens.admin);
    await succeed('LocationStock', { id: WH_LYON }, tokens.admin);
    await succeed('Supply', { locationId: WH_LYON }, tokens.admin);
    await succeed('StoreQueue', { locationId: LYON }, tokens.admin);
    await succeed('Notifications', { customerId: CAMILLE, orderId: demoOrder(100_008) }, tokens.care);
    await succeed('Report', { input: { from: new Date(Date.now() - 30 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString(), channels: ['WEB', 'STORE'], slaHours: 48 } }, tokens.admin);
    const live = await subscribe('AvailabilityLive', { skus: ['TSHIRT-CLASSIC-WHT-M', 'JEANS-SLIM-IND-32'] }, tokens.admin);
    await succeed('AdjustStock', { input: { sku: 'JEANS-SLIM-IND-32', locationId: WH_LYON, delta: -1, safetyStock: 3, reason: 'damaged in handling' } }, tokens.admin);
    await firstPayload('AvailabilityLive', live);
  });

  it('reads every order, customer and queue again after the changes above', async () => {
    const { orders } = await succeed<{ orders: { edges: { node: { id: string } }[] } }>('Orders', { first: 100 }, tokens.care);
    await readOrders(orders.edges.map((edge) => edge.node.id));
    await readCustomers([CAMILLE, ARTHUR, LOUIS, demoId('customer', 8)]);
    await succeed('StoreQueue', { locationId: LYON }, tokens.store);
    await succeed('StoreQueue', { locationId: MARSEILLE }, MARSEILLE_ASSOCIATE);
    await succeed('DashboardQueues', {}, tokens.admin);
    await succeed('DashboardOrders', { placedAfter: new Date(Date.now() - 30 * DAY).toISOString() }, tokens.admin);
    await succeed('Report', { input: { from: new Date(Date.now() - 30 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString(), groupBy: ['CHANNEL', 'DAY', 'STATUS'] } }, tokens.care);
    await succeed('StockMovements', { sku: lyonSku, locationId: LYON }, tokens.store);
    await succeed('SourcingRuleSets', {}, tokens.admin);
  });

  it('has exercised every operation the console exports', () => {
    expect(operations.size).toBeGreaterThan(50);
    expect([...covered].sort()).toEqual([...operations.keys()].sort());
  });
});
