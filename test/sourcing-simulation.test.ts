import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { createTestLocation, inventoryEm } from './support/inventory-fixtures.ts';
import { createSku, errorCode } from './support/order-fixtures.ts';
import { placeShippedOrder } from './support/sourcing-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const SIMULATE = /* GraphQL */ `
  query Simulate($input: SimulateSourcingInput!) {
    simulateSourcing(input: $input) {
      ruleSetInForce { name version }
      inForce { ...Outcome }
      candidate { ...Outcome }
      differenceCount
      differences { orderId currentLocations { code } candidateLocations { code } }
      skippedCount
      skipped { orderId reason }
    }
  }
  fragment Outcome on SourcingSimulationOutcome {
    ordersEvaluated shipmentsPerOrder averageDistanceKm storeShare unitsSourced unsourcedLineCount unsourcedLines { orderId sku quantity }
  }
`;

interface Outcome {
  ordersEvaluated: number;
  shipmentsPerOrder: number;
  averageDistanceKm: number | null;
  storeShare: number | null;
  unitsSourced: number;
  unsourcedLineCount: number;
  unsourcedLines: { orderId: string; sku: string; quantity: number }[];
}

interface Simulation {
  ruleSetInForce: { name: string; version: number };
  inForce: Outcome;
  candidate: Outcome;
  differenceCount: number;
  differences: { orderId: string; currentLocations: { code: string }[]; candidateLocations: { code: string }[] }[];
  skippedCount: number;
  skipped: { orderId: string; reason: string }[];
}

const STORE_FIRST_RULES = [
  { kind: 'SERVES_CHANNEL' },
  { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] },
  { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] },
  { kind: 'NEAREST' },
];

/** A web order shipped to Lyon 2e (the warehouse is the nearer location). */
async function placeOrder(lines: { sku: string; quantity: number }[]): Promise<string> {
  const id = await placeShippedOrder(system, lines);
  expect(id, 'the order is placed').not.toBeNull();
  return id!;
}

function simulate(input: Record<string, unknown>, token: string = ADMIN): Promise<GraphQLResponse<{ simulateSourcing: Simulation }>> {
  return system.query(SIMULATE, { input }, token);
}

async function simulated(input: Record<string, unknown>): Promise<Simulation> {
  const response = await simulate(input);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.simulateSourcing;
}

/** Everything a dry run could conceivably write to, summed up. */
async function footprint(): Promise<Record<string, unknown>> {
  const [row] = await inventoryEm(system).execute<Record<string, unknown>[]>(
    `select (select count(*) from inventory.stock_level) as levels,
            (select coalesce(sum(on_hand), 0) from inventory.stock_level) as on_hand,
            (select coalesce(sum(reserved), 0) from inventory.stock_level) as reserved,
            (select count(*) from inventory.allocation) as allocations,
            (select coalesce(sum(quantity), 0) from inventory.allocation where status = 'ALLOCATED') as allocated,
            (select count(*) from inventory.sourcing_decision) as decisions,
            (select count(*) from inventory.outbox_event) as outbox,
            (select count(*) from inventory.stock_movement) as movements`,
  );
  return row!;
}

let warehouse: { id: string; code: string };
let store: { id: string; code: string };
let orderIds: string[];
let warehouseOnlyOrder: string;
const legacyOrder = randomUUID();

beforeAll(async () => {
  // Lyon: the warehouse is in the centre, the ship-from-store store 15 km out.
  warehouse = await createTestLocation(system, { type: 'WAREHOUSE', latitude: 45.764, longitude: 4.835 });
  store = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: true, latitude: 45.85, longitude: 4.95 });
  const sku = await createSku(system, { stock: { [warehouse.id]: 20, [store.id]: 20 } });
  const warehouseOnly = await createSku(system, { stock: { [warehouse.id]: 5 } });
  orderIds = [await placeOrder([{ sku, quantity: 1 }]), await placeOrder([{ sku, quantity: 2 }]), await placeOrder([{ sku, quantity: 3 }])];
  warehouseOnlyOrder = await placeOrder([{ sku: warehouseOnly, quantity: 1 }]);
  // A decision recorded before destinations were kept.
  await inventoryEm(system).execute(
    `insert into inventory.sourcing_decision (order_id, rule_set_id, rule_set_name, rule_set_version, split_policy, from_reservation, lines, created_at)
     values (?, '00000000-0000-4000-8000-000000000001', 'Default', 1, '{"kind":"ALLOW_SPLIT"}', false, ?, now())`,
    [legacyOrder, JSON.stringify([{ lineId: randomUUID(), sku, quantity: 1, chosen: [], candidates: [] }])],
  );
});

describe('simulateSourcing: a dry run of candidate rules against the rules in force', () => {
  it('records the destination with each new decision', async () => {
    const rows = await inventoryEm(system).execute<{ channel: string; delivery_method: string; delivery_country: string; delivery_latitude: number }[]>(
      `select channel, delivery_method, delivery_country, delivery_latitude from inventory.sourcing_decision where order_id = ?`,
      [orderIds[0]],
    );
    expect(rows[0]).toMatchObject({ channel: 'WEB', delivery_method: 'SHIP', delivery_country: 'FR' });
    expect(rows[0]!.delivery_latitude).not.toBeNull();
  });

  it('reports a stores-first candidate side by side with the rules in force, and writes nothing', async () => {
    const before = await footprint();
    const unknownOrder = randomUUID();
    const result = await simulated({
      rules: STORE_FIRST_RULES,
      splitPolicy: { kind: 'ALLOW_SPLIT' },
      scope: {},
      orderIds: [...orderIds, legacyOrder, unknownOrder],
    });
    expect(result.ruleSetInForce.version).toBe(1);
    expect(result.inForce).toMatchObject({ ordersEvaluated: 3, shipmentsPerOrder: 1, storeShare: 0, unitsSourced: 6, unsourcedLineCount: 0 });
    expect(result.candidate).toMatchObject({ ordersEvaluated: 3, shipmentsPerOrder: 1, storeShare: 1, unitsSourced: 6, unsourcedLineCount: 0 });
    expect(result.candidate.storeShare!).toBeGreaterThan(result.inForce.storeShare!);
    expect(result.candidate.averageDistanceKm!).toBeGreaterThan(result.inForce.averageDistanceKm!);
    expect(result.differenceCount).toBe(3);
    expect(result.differences.map((difference) => difference.orderId).sort()).toEqual([...orderIds].sort());
    for (const difference of result.differences) {
      expect(difference.currentLocations.map((location) => location.code)).toEqual([warehouse.code]);
      expect(difference.candidateLocations.map((location) => location.code)).toEqual([store.code]);
    }
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { orderId: legacyOrder, reason: 'NO_DESTINATION' },
        { orderId: unknownOrder, reason: 'NOT_FOUND' },
      ]),
    );
    expect(result.skippedCount).toBe(2);

    // The last orders by default; a candidate that only allows stores cannot source the warehouse-only SKU.
    // (The five placed here are the newest; the demo orders' decisions come before them.)
    const storesOnly = await simulated({ rules: [{ kind: 'LOCATION_TYPE_IN', types: ['STORE'] }], splitPolicy: { kind: 'SHIP_COMPLETE' }, scope: { channel: 'WEB' }, lastOrders: 5 });
    expect(storesOnly.inForce.ordersEvaluated).toBe(4);
    expect(storesOnly.inForce.unsourcedLineCount).toBe(0);
    expect(storesOnly.candidate.unsourcedLineCount).toBe(1);
    expect(storesOnly.candidate.unsourcedLines).toEqual([expect.objectContaining({ orderId: warehouseOnlyOrder, quantity: 1 })]);
    expect(storesOnly.skipped).toEqual([{ orderId: legacyOrder, reason: 'NO_DESTINATION' }]);

    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['an unknown rule kind', { rules: [{ kind: 'NEAREST' }, { kind: 'CHEAPEST_CARRIER' }], splitPolicy: { kind: 'ALLOW_SPLIT' } }, 'rules[1]'],
    ['a bad distance', { rules: [{ kind: 'WITHIN_KM', km: -5 }], splitPolicy: { kind: 'ALLOW_SPLIT' } }, 'rules[0] (WITHIN_KM)'],
    ['a split policy without its limit', { rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'MAX_SHIPMENTS' } }, 'splitPolicy'],
    ['too many orders', { rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'ALLOW_SPLIT' }, lastOrders: 10_001 }, 'lastOrders'],
  ])('refuses %s with BAD_USER_INPUT naming the item', async (_case, input, item) => {
    const response = await simulate({ scope: {}, ...input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(item);
  });

  it('is for staff with sourcing:write only', async () => {
    const input = { rules: STORE_FIRST_RULES, splitPolicy: { kind: 'ALLOW_SPLIT' }, scope: {} };
    expect(errorCode(await simulate(input, customerToken(randomUUID())))).toBe('FORBIDDEN');
    expect(errorCode(await simulate(input, staffToken(['CARE_AGENT'])))).toBe('FORBIDDEN');
  });
});
