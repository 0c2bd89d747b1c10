import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_INTERNAL_SECRET, ServiceClient } from '@oms/platform';
import { ADMIN, customerToken } from './support/auth.ts';
import { createTestLocation } from './support/inventory-fixtures.ts';
import { createSku } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

/**
 * Segment-scoped sourcing rules applied to real orders: order capture asks the customers service
 * for a signed-in customer's segments only while such a rule set is in force, passes them to the
 * allocation, and the decision keeps them for re-sourcing and dry runs.
 */

let system: TestSystem;
/** Inventory's internal API as the orders service calls it (re-sourcing). */
let inventoryAsOrders: ServiceClient;

const LYON_ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', region: 'ARA', country: 'FR' };
const SHIPPING = [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }];
const WAREHOUSE_FIRST = [...SHIPPING, { kind: 'PREFER_LOCATION_TYPE', types: ['WAREHOUSE'] }, { kind: 'NEAREST' }];
const STORE_FIRST = [...SHIPPING, { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'NEAREST' }];

let warehouse: { id: string; code: string };
let lyonStore: { id: string; code: string };
let grenobleStore: { id: string; code: string };
let sku: string;
let vipCustomer: string;
let regularCustomer: string;

interface Decision {
  ruleSetName: string;
  customerSegment: string | null;
  customerSegments: string[];
  notes: string[];
  lines: { chosen: { location: { code: string } }[] }[];
}

async function publish(name: string, rules: unknown[], scope: Record<string, unknown> = {}): Promise<string> {
  const data = await ok(
    system.query<{ publishSourcingRuleSet: { id: string } }>(
      `mutation Publish($input: PublishSourcingRuleSetInput!) { publishSourcingRuleSet(input: $input) { id } }`,
      { input: { name, scope, rules, splitPolicy: { kind: 'ALLOW_SPLIT' } } },
      ADMIN,
    ),
  );
  return data.publishSourcingRuleSet.id;
}

async function retire(id: string): Promise<void> {
  await ok(system.query(`mutation Retire($id: ID!) { retireSourcingRuleSet(id: $id) { id } }`, { id }, ADMIN));
}

async function createCustomer(email: string): Promise<string> {
  const data = await ok(
    system.query<{ createCustomer: { id: string } }>(
      `mutation Create($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { firstName: 'Test', lastName: 'Customer', email } },
      ADMIN,
    ),
  );
  return data.createCustomer.id;
}

/** Places a one-unit order shipped to Lyon: by the customer (signed in), or for a guest; the order id. */
async function placeOrder(customerId: string | null): Promise<string> {
  const data = await ok(
    system.query<{ placeOrder: { __typename: string; id?: string } }>(
      `mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          ...(customerId ? {} : { guestEmail: 'guest@example.com' }),
          lines: [{ sku, quantity: 1 }],
          delivery: { method: 'SHIP', address: LYON_ADDRESS },
          payment: { token: 'tok_visa' },
        },
      },
      // A guest checks out through a storefront acting for them (staff token here).
      customerId ? customerToken(customerId) : ADMIN,
    ),
  );
  expect(data.placeOrder.__typename).toBe('Order');
  return data.placeOrder.id!;
}

async function decisionOf(orderId: string): Promise<Decision> {
  const data = await ok(
    system.query<{ order: { sourcingDecision: Decision | null } }>(
      `query Decision($id: ID!) {
        order(id: $id) { sourcingDecision { ruleSetName customerSegment customerSegments notes lines { chosen { location { code } } } } }
      }`,
      { id: orderId },
      ADMIN,
    ),
  );
  expect(data.order.sourcingDecision, 'the order has a decision trace').not.toBeNull();
  return data.order.sourcingDecision!;
}

const sourcedAt = (decision: Decision): string[] => decision.lines.flatMap((line) => line.chosen.map((entry) => entry.location.code));

/** Places an order and counts the SQL statements the customers service ran meanwhile. */
async function placeCountingCustomers(customerId: string | null): Promise<{ orderId: string; customersStatements: number }> {
  system.statements.reset();
  const orderId = await placeOrder(customerId);
  return { orderId, customersStatements: system.statements.get('customers') };
}

beforeAll(async () => {
  // No workers: the customers service then runs statements only when it is called (no event consumers).
  system = await startTestSystem({ runWorkers: false });
  inventoryAsOrders = new ServiceClient({ service: 'orders', callee: 'inventory', url: system.subgraphs.inventory.url, secret: DEVELOPMENT_INTERNAL_SECRET });
  warehouse = await createTestLocation(system, { type: 'WAREHOUSE', latitude: 48.86, longitude: 2.35 });
  lyonStore = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: true, latitude: 45.76, longitude: 4.84 });
  grenobleStore = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: true, latitude: 45.19, longitude: 5.72 });
  sku = await createSku(system, { stock: { [warehouse.id]: 100, [lyonStore.id]: 100, [grenobleStore.id]: 100 } });
  await publish('Warehouses first', WAREHOUSE_FIRST);
  await ok(system.query(`mutation { defineCustomerSegment(code: "VIP", name: "VIP", rule: null) { code } }`, {}, ADMIN));
  vipCustomer = await createCustomer(`vip-${randomUUID()}@example.com`);
  regularCustomer = await createCustomer(`regular-${randomUUID()}@example.com`);
  await ok(system.query(`mutation Assign($id: ID!) { assignCustomerSegment(customerId: $id, segmentCode: "VIP") { id } }`, { id: vipCustomer }, ADMIN));
});

afterAll(async () => {
  await system?.close();
});

describe('customer segments in order capture', () => {
  it('asks the customers service nothing while no segment-scoped rule set is in force', async () => {
    // The customer's contact is kept a minute by order capture: this order fills it in.
    await placeOrder(vipCustomer);
    const { orderId, customersStatements } = await placeCountingCustomers(vipCustomer);
    expect(customersStatements).toBe(0);
    const decision = await decisionOf(orderId);
    expect(sourcedAt(decision)).toEqual([warehouse.code]);
    expect(decision).toMatchObject({ ruleSetName: 'Warehouses first', customerSegment: null, customerSegments: [] });
  });

  let vipOrder: string;
  let vipRuleSet: string;

  it("sources a VIP customer's order by the VIP rule set, other customers' and guests' by the global one", async () => {
    vipRuleSet = await publish('VIP: stores first', STORE_FIRST, { customerSegment: 'vip' });

    const placed = await placeCountingCustomers(vipCustomer);
    expect(placed.customersStatements, 'the segments were asked for').toBeGreaterThan(0);
    vipOrder = placed.orderId;
    const vip = await decisionOf(vipOrder);
    expect(sourcedAt(vip)).toEqual([lyonStore.code]);
    expect(vip.ruleSetName).toBe('VIP: stores first');
    expect(vip.customerSegment).toBe('VIP');
    // Staff-assigned first; the customer's earlier orders also earn the demo's rule-based segments.
    expect(vip.customerSegments[0]).toBe('VIP');
    expect(vip.notes).toEqual([]);

    const regular = await decisionOf(await placeOrder(regularCustomer));
    expect(sourcedAt(regular)).toEqual([warehouse.code]);
    expect(regular.ruleSetName).toBe('Warehouses first');
    expect(regular.customerSegment).toBeNull();
    expect(regular.customerSegments).not.toContain('VIP');

    const guest = await decisionOf(await placeOrder(null));
    expect(sourcedAt(guest)).toEqual([warehouse.code]);
    expect(guest).toMatchObject({ ruleSetName: 'Warehouses first', customerSegment: null, customerSegments: [] });
  });

  it('re-sources and replays the order for the segments it was placed with', async () => {
    const data = await ok(
      system.query<{ order: { allocations: { id: string; orderLineId: string; sku: string; quantity: number; location: { id: string } }[] } }>(
        `query Allocations($id: ID!) { order(id: $id) { allocations { id orderLineId sku quantity location { id } } } }`,
        { id: vipOrder },
        ADMIN,
      ),
    );
    const [held] = data.order.allocations;
    expect(held?.location.id).toBe(lyonStore.id);
    // The Lyon store turns the units down: under the VIP rules the next store takes them, not the warehouse.
    const moved = await inventoryAsOrders.request<{ reallocateOrderLines: { __typename: string; allocations?: { location: { code: string } }[] } }>(
      `mutation Reallocate($input: ReallocateOrderLinesInput!) {
        reallocateOrderLines(input: $input) { __typename ... on StockAllocated { allocations { location { code } } } }
      }`,
      {
        input: {
          orderId: vipOrder,
          channel: 'WEB',
          delivery: { method: 'SHIP', country: 'FR', region: 'ARA', postalCode: '69002' },
          lines: [{ orderLineId: held!.orderLineId, allocationId: held!.id, sku: held!.sku, quantity: held!.quantity }],
          excludeLocationIds: [lyonStore.id],
          reason: 'rejected by the store',
          reference: randomUUID(),
        },
      },
    );
    expect(moved.reallocateOrderLines.__typename).toBe('StockAllocated');
    expect(moved.reallocateOrderLines.allocations!.map((allocation) => allocation.location.code)).toEqual([grenobleStore.code]);

    // A dry run of VIP rules replays the VIP order (recorded with its segments) and not another customer's.
    const regularOrder = await placeOrder(regularCustomer);
    const simulation = await ok(
      system.query<{
        simulateSourcing: { ruleSetsInForce: { name: string; orders: number }[]; differences: { orderId: string; currentLocations: { code: string }[] }[]; skipped: { orderId: string; reason: string }[] };
      }>(
        `query Simulate($input: SimulateSourcingInput!) {
          simulateSourcing(input: $input) { ruleSetsInForce { name orders } differences { orderId currentLocations { code } } skipped { orderId reason } }
        }`,
        { input: { rules: WAREHOUSE_FIRST, splitPolicy: { kind: 'ALLOW_SPLIT' }, scope: { customerSegment: 'VIP' }, orderIds: [vipOrder, regularOrder] } },
        ADMIN,
      ),
    );
    expect(simulation.simulateSourcing.ruleSetsInForce).toEqual([{ name: 'VIP: stores first', orders: 1 }]);
    expect(simulation.simulateSourcing.differences).toEqual([{ orderId: vipOrder, currentLocations: [{ code: lyonStore.code }] }]);
    expect(simulation.simulateSourcing.skipped).toEqual([{ orderId: regularOrder, reason: 'OUT_OF_SCOPE' }]);
  });

  it('stops asking once the segment-scoped rule set is retired', async () => {
    await retire(vipRuleSet);
    await placeOrder(vipCustomer);
    const { orderId, customersStatements } = await placeCountingCustomers(vipCustomer);
    expect(customersStatements).toBe(0);
    const decision = await decisionOf(orderId);
    expect(sourcedAt(decision)).toEqual([warehouse.code]);
    expect(decision.customerSegments).toEqual([]);
  });

  // Last: the customers service stays down.
  it('places the order without segments when the customers service cannot answer, and the trace says so', async () => {
    await publish('VIP: stores first', STORE_FIRST, { customerSegment: 'VIP' });
    // The contact is kept by order capture; the segments never are.
    expect(sourcedAt(await decisionOf(await placeOrder(vipCustomer)))).toEqual([lyonStore.code]);
    await system.stopSubgraph('customers');

    const decision = await decisionOf(await placeOrder(vipCustomer));
    expect(sourcedAt(decision)).toEqual([warehouse.code]);
    expect(decision).toMatchObject({ ruleSetName: 'Warehouses first', customerSegment: null, customerSegments: [] });
    expect(decision.notes.join(' ')).toContain('segments could not be obtained');
  });
});
