import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_INTERNAL_SECRET, ServiceClient } from '@oms/platform';
import { ADMIN, staffToken } from './support/auth.ts';
import { createTestLocation, inventoryEm } from './support/inventory-fixtures.ts';
import { createSku, errorCode } from './support/order-fixtures.ts';
import { LYON_ADDRESS, placeShippedOrder, sourcingDecisionOf } from './support/sourcing-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

let system: TestSystem;
/** The orders service's internal client: allocations for a customer segment, as order capture makes them for signed-in customers. */
let ordersService: ServiceClient;

beforeAll(async () => {
  system = await startTestSystem();
  ordersService = new ServiceClient({ service: 'orders', callee: 'inventory', url: system.subgraphs.inventory.url, secret: DEVELOPMENT_INTERNAL_SECRET });
});

afterAll(async () => {
  await system?.close();
});

const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishSourcingRuleSetInput!) {
    publishSourcingRuleSet(input: $input) { id name channel region customerSegment version status }
  }
`;

const RETIRE = /* GraphQL */ `
  mutation Retire($id: ID!) {
    retireSourcingRuleSet(id: $id) { id name version status retiredAt retiredBy }
  }
`;

const RULE_SETS = /* GraphQL */ `
  query RuleSets($channel: SalesChannel, $global: Boolean, $region: String, $customerSegment: String) {
    sourcingRuleSets(channel: $channel, global: $global, region: $region, customerSegment: $customerSegment) { id name version status region customerSegment }
  }
`;

const DECISION_FIELDS = /* GraphQL */ `
  ruleSetName version region notes
  lines { sku chosen { location { code } quantity } candidates { location { code } eliminatedBy rank score } }
`;

const ALLOCATE = /* GraphQL */ `
  mutation Allocate($input: AllocateOrderStockInput!) {
    allocateOrderStock(input: $input) { __typename ... on StockAllocated { allocations { location { code } quantity } } }
  }
`;

const SET_RATES = /* GraphQL */ `
  mutation SetRates($input: ShippingRatesInput!) {
    setShippingRates(input: $input) { currency zones { originCountry destination zone } rates { zone maxWeightGrams price { amount currency } } updatedBy }
  }
`;

const SIMULATE = /* GraphQL */ `
  query Simulate($input: SimulateSourcingInput!) {
    simulateSourcing(input: $input) {
      ruleSetsInForce { name orders }
      inForce { ...Outcome }
      candidate { ...Outcome }
    }
  }
  fragment Outcome on SourcingSimulationOutcome {
    ordersEvaluated shipmentsPerOrder estimatedShippingCost { amount currency } averageShippingCostPerOrder { amount currency } unratedParcelCount
  }
`;

interface RuleSetView {
  id: string;
  name: string;
  version: number;
  status: string;
  region?: string | null;
  customerSegment?: string | null;
}

interface DecisionView {
  ruleSetName: string;
  version: number;
  region: string | null;
  notes: string[];
  lines: { sku: string; chosen: { location: { code: string }; quantity: number }[]; candidates: { location: { code: string }; eliminatedBy: string | null; rank: number | null; score: (number | null)[] }[] }[];
}

const BASE = [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }];

async function publish(name: string, rules: unknown[], scope: Record<string, unknown> = {}, splitPolicy: Record<string, unknown> = { kind: 'ALLOW_SPLIT' }): Promise<RuleSetView> {
  return (await ok(system.query<{ publishSourcingRuleSet: RuleSetView }>(PUBLISH, { input: { name, scope, rules, splitPolicy } }, ADMIN))).publishSourcingRuleSet;
}

function retire(id: string, token: string = ADMIN): Promise<GraphQLResponse<{ retireSourcingRuleSet: RuleSetView & { retiredAt: string | null; retiredBy: string | null } }>> {
  return system.query(RETIRE, { id }, token);
}

async function ruleSets(variables: Record<string, unknown>): Promise<RuleSetView[]> {
  return (await ok(system.query<{ sourcingRuleSets: RuleSetView[] }>(RULE_SETS, variables, ADMIN))).sourcingRuleSets;
}

const ADDRESSES = {
  lyon: { ...LYON_ADDRESS, region: 'ARA' },
  paris: { name: 'Léa Dubois', line1: '5 rue de Rivoli', city: 'Paris', postalCode: '75001', region: 'IDF', country: 'FR' },
  lille: { name: 'Hugo Lefebvre', line1: '3 rue Nationale', city: 'Lille', postalCode: '59000', region: 'HDF', country: 'FR' },
} as const;

/** Places an order; its id, or null when it came back out of stock. */
function placeOrder(lines: { sku: string; quantity: number }[], options: { to?: keyof typeof ADDRESSES; channel?: string } = {}): Promise<string | null> {
  return placeShippedOrder(system, lines, { address: ADDRESSES[options.to ?? 'lyon'], ...(options.channel ? { channel: options.channel } : {}) });
}

async function placed(lines: { sku: string; quantity: number }[], options: { to?: keyof typeof ADDRESSES; channel?: string } = {}): Promise<DecisionView> {
  const id = await placeOrder(lines, options);
  expect(id, 'the order is placed').not.toBeNull();
  return sourcingDecisionOf<DecisionView>(system, id!, DECISION_FIELDS);
}

const chosen = (decision: DecisionView) => decision.lines.map((line) => line.chosen.map((entry) => entry.location.code).join('+'));

/** An internal allocation (as order capture makes it), with a customer segment; the codes of the locations held at. */
async function allocateWithSegment(sku: string, to: keyof typeof ADDRESSES, customerSegment: string | null, channel = 'WEB'): Promise<string[]> {
  const address = ADDRESSES[to];
  const data = await ordersService.request<{ allocateOrderStock: { __typename: string; allocations?: { location: { code: string } }[] } }>(ALLOCATE, {
    input: {
      orderId: randomUUID(),
      channel,
      delivery: { method: 'SHIP', country: address.country, region: address.region, postalCode: address.postalCode },
      lines: [{ lineId: randomUUID(), sku, quantity: 1 }],
      customerSegments: customerSegment === null ? null : [customerSegment],
    },
  });
  expect(data.allocateOrderStock.__typename).toBe('StockAllocated');
  return data.allocateOrderStock.allocations!.map((allocation) => allocation.location.code);
}

const LYON = { latitude: 45.764, longitude: 4.835 };
const PARIS = { latitude: 48.86, longitude: 2.35 };
const BRUSSELS = { latitude: 50.85, longitude: 4.35 };

async function setLocation(id: string, changes: { country?: string; dailyOrderCapacity?: number }): Promise<void> {
  if (changes.country) await inventoryEm(system).execute(`update inventory.location set country = ? where id = ?`, [changes.country, id]);
  if (changes.dailyOrderCapacity) await inventoryEm(system).execute(`update inventory.location set daily_order_capacity = ? where id = ?`, [changes.dailyOrderCapacity, id]);
}

describe('retiring a version', () => {
  it('withdraws it: the previous version of its scope applies again, and it shows as RETIRED', async () => {
    const warehouse = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const store = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: true, latitude: 45.85, longitude: 4.95 });
    const sku = await createSku(system, { stock: { [warehouse.id]: 10, [store.id]: 10 } });
    const nearest = await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }]))).toEqual([warehouse.code]);

    const storeFirst = await publish('Stores first', [...BASE, { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }]))).toEqual([store.code]);

    const retired = await ok(retire(storeFirst.id));
    expect(retired.retireSourcingRuleSet).toMatchObject({ id: storeFirst.id, status: 'RETIRED', retiredBy: 'staff:test-admin' });
    expect(retired.retireSourcingRuleSet.retiredAt).not.toBeNull();
    const statuses = new Map((await ruleSets({ global: true })).map((ruleSet) => [ruleSet.id, ruleSet.status]));
    expect(statuses.get(storeFirst.id)).toBe('RETIRED');
    expect(statuses.get(nearest.id)).toBe('IN_FORCE');

    const after = await placed([{ sku, quantity: 1 }]);
    expect(chosen(after)).toEqual([warehouse.code]);
    expect(after).toMatchObject({ ruleSetName: 'Nearest', version: nearest.version });

    // A scheduled version can be withdrawn before it starts.
    const scheduled = await ok(
      system.query<{ publishSourcingRuleSet: RuleSetView }>(
        PUBLISH,
        { input: { name: 'Next year', scope: {}, rules: [{ kind: 'MOST_STOCK' }], splitPolicy: { kind: 'ALLOW_SPLIT' }, effectiveFrom: new Date(Date.now() + 3600_000).toISOString() } },
        ADMIN,
      ),
    );
    expect(scheduled.publishSourcingRuleSet.status).toBe('SCHEDULED');
    expect((await ok(retire(scheduled.publishSourcingRuleSet.id))).retireSourcingRuleSet.status).toBe('RETIRED');
  });

  it('refuses an unknown id, a version already retired and callers without sourcing:write, changing nothing', async () => {
    const version = await publish('Short-lived', [...BASE, { kind: 'NEAREST' }]);
    expect(errorCode(await retire(version.id, staffToken(['CARE_AGENT'])))).toBe('FORBIDDEN');
    expect((await ruleSets({ global: true })).find((ruleSet) => ruleSet.id === version.id)?.status).toBe('IN_FORCE');
    expect(errorCode(await retire(randomUUID()))).toBe('NOT_FOUND');
    expect(errorCode(await retire('not-an-id'))).toBe('NOT_FOUND');
    await ok(retire(version.id));
    const again = await retire(version.id);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('already retired');
  });
});

describe('scopes by region and customer segment', () => {
  it('applies the most specific rule set in force that matches the order', async () => {
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    const sku = await createSku(system, { stock: { [lyon.id]: 50, [paris.id]: 50 } });
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    const only = (location: { id: string }) => [...BASE, { kind: 'LOCATION_PRIORITY', locationIds: [location.id] }, { kind: 'NEAREST' }];
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'paris' }))).toEqual([paris.code]);

    // Country beats global: every French order from Lyon.
    const france = await publish('France: Lyon first', only(lyon), { region: 'fr' });
    expect(france).toMatchObject({ region: 'FR', channel: null, customerSegment: null, version: 1, status: 'IN_FORCE' });
    const toParis = await placed([{ sku, quantity: 1 }], { to: 'paris' });
    expect(toParis).toMatchObject({ ruleSetName: 'France: Lyon first', region: 'FR-IDF' });
    expect(chosen(toParis)).toEqual([lyon.code]);

    // A subdivision beats its country.
    const idf = await publish('Île-de-France: Paris first', only(paris), { region: 'FR-IDF' });
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'paris' }))).toEqual([paris.code]);
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'lille' }))).toEqual([lyon.code]);

    // A segment beats a region (one dimension each); the orders service passes the segment when it knows it.
    const vip = await publish('VIP: Paris first', only(paris), { customerSegment: 'vip' });
    expect(vip.customerSegment).toBe('VIP');
    expect(await allocateWithSegment(sku, 'lyon', 'VIP')).toEqual([paris.code]);
    expect(await allocateWithSegment(sku, 'lyon', null)).toEqual([lyon.code]);

    // Two dimensions beat one: web orders to France from Lyon, even for VIPs in Île-de-France.
    const webFrance = await publish('Web France: Lyon first', only(lyon), { channel: 'WEB', region: 'FR' });
    expect(await allocateWithSegment(sku, 'paris', 'VIP')).toEqual([lyon.code]);
    expect(await allocateWithSegment(sku, 'paris', 'VIP', 'MOBILE')).toEqual([paris.code]);
    expect((await ruleSets({ region: 'FR' })).map((ruleSet) => ruleSet.name).sort()).toEqual(['France: Lyon first', 'Web France: Lyon first']);
    expect((await ruleSets({ customerSegment: 'vip' })).map((ruleSet) => ruleSet.id)).toEqual([vip.id]);

    // Withdrawn, the scopes no longer apply: back to the global rules.
    for (const version of [webFrance, vip, idf, france]) await ok(retire(version.id));
    const back = await placed([{ sku, quantity: 1 }], { to: 'lyon' });
    expect(back.ruleSetName).toBe('Nearest');
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'paris' }))).toEqual([paris.code]);
  });

  it('refuses a region that is not an ISO code and a malformed segment', async () => {
    for (const scope of [{ region: 'France' }, { region: 'FR-ÎDF' }, { customerSegment: 'gold members!' }]) {
      const response = await system.query(PUBLISH, { input: { name: 'Bad scope', scope, rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'ALLOW_SPLIT' } } }, ADMIN);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain('scope.');
    }
  });
});

describe('new filters and rankers', () => {
  it('COUNTRY_IN keeps only locations of the listed countries', async () => {
    const brussels = await createTestLocation(system, { type: 'WAREHOUSE', ...BRUSSELS });
    await setLocation(brussels.id, { country: 'BE' });
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const sku = await createSku(system, { stock: { [brussels.id]: 5, [lyon.id]: 5 } });
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'lille' }))).toEqual([brussels.code]);

    await publish('Ship from France only', [...BASE, { kind: 'COUNTRY_IN', countries: ['fr'] }, { kind: 'NEAREST' }]);
    const decision = await placed([{ sku, quantity: 1 }], { to: 'lille' });
    expect(chosen(decision)).toEqual([lyon.code]);
    expect(decision.lines[0]!.candidates.find((candidate) => candidate.location.code === brussels.code)?.eliminatedBy).toBe('COUNTRY_IN(FR)');
  });

  it('FEWEST_SHIPMENTS prefers the location that can serve more of the order', async () => {
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    const both = await createSku(system, { stock: { [lyon.id]: 5, [paris.id]: 5 } });
    const parisOnly = await createSku(system, { stock: { [paris.id]: 5 } });
    const lines = [
      { sku: both, quantity: 1 },
      { sku: parisOnly, quantity: 1 },
    ];
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    expect(chosen(await placed(lines))).toEqual([lyon.code, paris.code]);

    await publish('Fewest parcels, then nearest', [...BASE, { kind: 'FEWEST_SHIPMENTS' }, { kind: 'NEAREST' }]);
    const decision = await placed(lines);
    expect(chosen(decision)).toEqual([paris.code, paris.code]);
    // Paris holds both lines, Lyon one; on the second line Paris is already shipping the order.
    const firstLine = new Map(decision.lines[0]!.candidates.map((candidate) => [candidate.location.code, candidate.score[0]]));
    expect(firstLine.get(paris.code)).toBe(-2);
    expect(firstLine.get(lyon.code)).toBe(-1);
  });

  it('LOWEST_SHIPPING_COST ranks by the rate table, zone and parcel weight; the dry run prices both rule sets', async () => {
    const brussels = await createTestLocation(system, { type: 'WAREHOUSE', ...BRUSSELS });
    await setLocation(brussels.id, { country: 'BE' });
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const heavy = await createSku(system, { stock: { [brussels.id]: 10, [lyon.id]: 10 } });
    const light = await createSku(system, { stock: { [brussels.id]: 10, [lyon.id]: 10 } });
    const imported = await ok(
      system.query<{ importSkus: { updated: number } }>(
        `mutation($input: [SkuInput!]!) { importSkus(input: $input) { updated } }`,
        { input: [{ code: heavy, name: 'Heavy item', weightGrams: 3000 }, { code: light, name: 'Light item', weightGrams: 400 }] },
        ADMIN,
      ),
    );
    expect(imported.importSkus.updated).toBe(2);

    // Cross-border parcels are cheap when light and dear when heavy.
    const table = {
      currency: 'eur',
      zones: [
        { originCountry: 'FR', destination: 'FR', zone: 'dom' },
        { originCountry: 'BE', destination: 'FR', zone: 'intl' },
      ],
      rates: [
        { zone: 'DOM', maxWeightGrams: 1000, amount: 500 },
        { zone: 'DOM', maxWeightGrams: 5000, amount: 900 },
        { zone: 'INTL', maxWeightGrams: 1000, amount: 400 },
        { zone: 'INTL', maxWeightGrams: 5000, amount: 2000 },
      ],
    };
    const set = await ok(system.query<{ setShippingRates: { currency: string; rates: { zone: string; maxWeightGrams: number; price: { amount: number } }[]; updatedBy: string } }>(SET_RATES, { input: table }, ADMIN));
    expect(set.setShippingRates).toMatchObject({ currency: 'EUR', updatedBy: 'staff:test-admin' });
    expect(set.setShippingRates.rates.map((rate) => [rate.zone, rate.maxWeightGrams, rate.price.amount])).toEqual([
      ['DOM', 1000, 500],
      ['DOM', 5000, 900],
      ['INTL', 1000, 400],
      ['INTL', 5000, 2000],
    ]);
    const readBack = await ok(system.query<{ shippingRates: { zones: { zone: string }[] } }>(`{ shippingRates { zones { zone } } }`, {}, staffToken(['CARE_AGENT'])));
    expect(readBack.shippingRates.zones.map((zone) => zone.zone).sort()).toEqual(['DOM', 'INTL']);

    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    const nearestHeavy = await placeOrder([{ sku: heavy, quantity: 1 }], { to: 'lille' });
    await publish('Cheapest shipping', [...BASE, { kind: 'LOWEST_SHIPPING_COST' }, { kind: 'NEAREST' }]);
    const heavyDecision = await placed([{ sku: heavy, quantity: 1 }], { to: 'lille' });
    expect(chosen(heavyDecision)).toEqual([lyon.code]);
    const scores = new Map(heavyDecision.lines[0]!.candidates.map((candidate) => [candidate.location.code, candidate.score[0]]));
    expect(scores.get(lyon.code)).toBe(900);
    expect(scores.get(brussels.code)).toBe(2000);
    expect(chosen(await placed([{ sku: light, quantity: 2 }], { to: 'lille' }))).toEqual([brussels.code]);

    // The dry run: the heavy order placed under "nearest" (from Brussels), replayed under both.
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    const simulation = await ok(
      system.query<{
        simulateSourcing: {
          inForce: { estimatedShippingCost: { amount: number; currency: string }; averageShippingCostPerOrder: { amount: number }; unratedParcelCount: number };
          candidate: { estimatedShippingCost: { amount: number; currency: string }; averageShippingCostPerOrder: { amount: number }; unratedParcelCount: number };
        };
      }>(SIMULATE, { input: { rules: [...BASE, { kind: 'LOWEST_SHIPPING_COST' }], splitPolicy: { kind: 'ALLOW_SPLIT' }, scope: {}, orderIds: [nearestHeavy] } }, ADMIN),
    );
    expect(simulation.simulateSourcing.inForce).toMatchObject({ estimatedShippingCost: { amount: 2000, currency: 'EUR' }, averageShippingCostPerOrder: { amount: 2000 }, unratedParcelCount: 0 });
    expect(simulation.simulateSourcing.candidate).toMatchObject({ estimatedShippingCost: { amount: 900, currency: 'EUR' }, averageShippingCostPerOrder: { amount: 900 }, unratedParcelCount: 0 });
  });

  it('refuses an invalid rate table and callers without sourcing:write, keeping the table', async () => {
    const before = await ok(system.query<{ shippingRates: unknown }>(`{ shippingRates { currency zones { zone } rates { zone maxWeightGrams } } }`, {}, ADMIN));
    const invalid = await system.query(
      SET_RATES,
      { input: { currency: 'EUR', zones: [{ originCountry: 'FR', destination: 'FR', zone: 'DOM' }], rates: [{ zone: 'OTHER', maxWeightGrams: 1000, amount: 500 }] } },
      ADMIN,
    );
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0]?.message).toContain('rates[0]');
    const forbidden = await system.query(SET_RATES, { input: { currency: 'EUR', zones: [], rates: [] } }, staffToken(['CARE_AGENT']));
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    expect(await ok(system.query<{ shippingRates: unknown }>(`{ shippingRates { currency zones { zone } rates { zone maxWeightGrams } } }`, {}, ADMIN))).toEqual(before);
  });
});

describe('split policy, capacity, distance and channel each change the outcome', () => {
  it('SHIP_COMPLETE finds the one location that has the whole order, or says there is none', async () => {
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    const both = await createSku(system, { stock: { [lyon.id]: 5, [paris.id]: 5 } });
    const parisOnly = await createSku(system, { stock: { [paris.id]: 5 } });
    const lyonOnly = await createSku(system, { stock: { [lyon.id]: 5 } });

    await publish('Nearest, split', [...BASE, { kind: 'NEAREST' }], {}, { kind: 'ALLOW_SPLIT' });
    expect(chosen(await placed([{ sku: both, quantity: 1 }, { sku: parisOnly, quantity: 1 }]))).toEqual([lyon.code, paris.code]);

    await publish('Nearest, ship complete', [...BASE, { kind: 'NEAREST' }], {}, { kind: 'SHIP_COMPLETE' });
    // Lyon is nearer for the first line but lacks the second: the whole order ships from Paris.
    const complete = await placed([{ sku: both, quantity: 1 }, { sku: parisOnly, quantity: 1 }]);
    expect(chosen(complete)).toEqual([paris.code, paris.code]);
    expect(complete.notes).toEqual([expect.stringContaining('SHIP_COMPLETE: 1 location(s) can ship the whole order')]);
    expect(complete.lines[0]!.candidates.find((candidate) => candidate.location.code === lyon.code)?.eliminatedBy).toBe('SHIP_COMPLETE(cannot ship the whole order)');

    // No location has both: refused as a shortage rather than split.
    expect(await placeOrder([{ sku: lyonOnly, quantity: 1 }, { sku: parisOnly, quantity: 1 }])).toBeNull();
    await publish('Nearest, split', [...BASE, { kind: 'NEAREST' }], {}, { kind: 'ALLOW_SPLIT' });
    expect(chosen(await placed([{ sku: lyonOnly, quantity: 1 }, { sku: parisOnly, quantity: 1 }]))).toEqual([lyon.code, paris.code]);
  });

  it('UNDER_DAILY_CAPACITY moves orders on once a location has taken its day', async () => {
    const lyon = await createTestLocation(system, { type: 'WAREHOUSE', ...LYON });
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    await setLocation(lyon.id, { dailyOrderCapacity: 1 });
    const sku = await createSku(system, { stock: { [lyon.id]: 5, [paris.id]: 5 } });
    await publish('Nearest within capacity', [...BASE, { kind: 'UNDER_DAILY_CAPACITY' }, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }]))).toEqual([lyon.code]);
    const second = await placed([{ sku, quantity: 1 }]);
    expect(chosen(second)).toEqual([paris.code]);
    expect(second.lines[0]!.candidates.find((candidate) => candidate.location.code === lyon.code)?.eliminatedBy).toBe('UNDER_DAILY_CAPACITY');
  });

  it('WITHIN_KM refuses what only a distant location could ship', async () => {
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    const sku = await createSku(system, { stock: { [paris.id]: 5 } });
    await publish('Within 50 km', [...BASE, { kind: 'WITHIN_KM', km: 50 }, { kind: 'NEAREST' }]);
    expect(await placeOrder([{ sku, quantity: 1 }], { to: 'lyon' })).toBeNull();
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'paris' }))).toEqual([paris.code]);
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }], { to: 'lyon' }))).toEqual([paris.code]);
  });

  it('a location serves only the channels it is set up for', async () => {
    const lyonMobile = await createTestLocation(system, { type: 'WAREHOUSE', channels: ['MOBILE'], ...LYON });
    const paris = await createTestLocation(system, { type: 'WAREHOUSE', ...PARIS });
    const sku = await createSku(system, { stock: { [lyonMobile.id]: 5, [paris.id]: 5 } });
    await publish('Nearest', [...BASE, { kind: 'NEAREST' }]);
    expect(chosen(await placed([{ sku, quantity: 1 }], { channel: 'WEB' }))).toEqual([paris.code]);
    expect(chosen(await placed([{ sku, quantity: 1 }], { channel: 'MOBILE' }))).toEqual([lyonMobile.code]);
  });
});
