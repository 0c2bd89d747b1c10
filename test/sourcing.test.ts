import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { createTestLocation } from './support/inventory-fixtures.ts';
import { createSku, errorCode } from './support/order-fixtures.ts';
import { placeShippedOrder, sourcingDecisionOf } from './support/sourcing-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishSourcingRuleSetInput!) {
    publishSourcingRuleSet(input: $input) {
      id name channel version status effectiveFrom
      rules { kind types capability methods km locationIds }
      splitPolicy { kind maxShipments }
    }
  }
`;

const RULE_SETS = /* GraphQL */ `
  query RuleSets($channel: SalesChannel, $global: Boolean) {
    sourcingRuleSets(channel: $channel, global: $global) { id name version status effectiveFrom rules { kind types } }
  }
`;

const DECISION_FIELDS = /* GraphQL */ `
  ruleSetName
  version
  splitPolicy { kind }
  lines {
    sku
    quantity
    chosen { location { code } quantity }
    candidates { location { code type } distanceKm availableToSell eliminatedBy rank score }
  }
`;

const AUDIT_LOG = /* GraphQL */ `
  query Audit($filter: AuditFilter) {
    auditLog(filter: $filter, first: 50) { edges { node { action entityType entityId actor before after } } }
  }
`;

interface RuleSetView {
  id: string;
  name: string;
  channel: string | null;
  version: number;
  status: string;
  effectiveFrom: string;
  rules: { kind: string; types: string[] | null }[];
}

interface CandidateView {
  location: { code: string; type: string };
  distanceKm: number | null;
  availableToSell: number;
  eliminatedBy: string | null;
  rank: number | null;
  score: (number | null)[];
}

interface DecisionView {
  ruleSetName: string;
  version: number;
  splitPolicy: { kind: string };
  lines: { sku: string; quantity: number; chosen: { location: { code: string }; quantity: number }[]; candidates: CandidateView[] }[];
}

const STORE_FIRST_RULES = [
  { kind: 'SERVES_CHANNEL' },
  { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] },
  { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] },
  { kind: 'NEAREST' },
];

function publish(input: Record<string, unknown>, token: string = ADMIN): Promise<GraphQLResponse<{ publishSourcingRuleSet: RuleSetView }>> {
  return system.query(PUBLISH, { input }, token);
}

async function published(input: Record<string, unknown>): Promise<RuleSetView> {
  const response = await publish(input);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.publishSourcingRuleSet;
}

async function ruleSets(variables: Record<string, unknown> = {}): Promise<RuleSetView[]> {
  const response = await system.query<{ sourcingRuleSets: RuleSetView[] }>(RULE_SETS, variables, ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.sourcingRuleSets;
}

/** A web order shipped to Lyon 2e (the warehouse is the nearer location). */
async function placeOrder(sku: string): Promise<string> {
  const id = await placeShippedOrder(system, [{ sku, quantity: 1 }]);
  expect(id, 'the order is placed').not.toBeNull();
  return id!;
}

const decisionOf = (orderId: string) => sourcingDecisionOf<DecisionView>(system, orderId, DECISION_FIELDS);

const chosenCodes = (decision: DecisionView) => decision.lines.flatMap((line) => line.chosen.map((chosen) => chosen.location.code));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('store-first sourcing, published as data', () => {
  it('ships from the warehouse until the store-first version is in force, then from the store, and says why', async () => {
    // Lyon: the warehouse is in the centre, the ship-from-store store 15 km out.
    const warehouse = await createTestLocation(system, { type: 'WAREHOUSE', latitude: 45.764, longitude: 4.835 });
    const store = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: true, latitude: 45.85, longitude: 4.95 });
    const sku = await createSku(system, { stock: { [warehouse.id]: 10, [store.id]: 10 } });

    const before = await placeOrder(sku);
    const defaultDecision = await decisionOf(before);
    expect(defaultDecision.version).toBe(1);
    expect(defaultDecision.splitPolicy.kind).toBe('ALLOW_SPLIT');
    expect(chosenCodes(defaultDecision)).toEqual([warehouse.code]);

    // Decided in September: from October (here: three seconds from now) everything ships from stores.
    const effectiveFrom = new Date(Date.now() + 3_000);
    const storeFirst = await published({
      name: 'From October: ship from stores',
      scope: {},
      rules: STORE_FIRST_RULES,
      splitPolicy: { kind: 'ALLOW_SPLIT' },
      effectiveFrom: effectiveFrom.toISOString(),
    });
    expect(storeFirst).toMatchObject({ version: 2, status: 'SCHEDULED', channel: null });

    // Scheduled, not yet in force: orders still ship from the warehouse.
    const stillBefore = await placeOrder(sku);
    expect(chosenCodes(await decisionOf(stillBefore))).toEqual([warehouse.code]);
    expect((await decisionOf(stillBefore)).version).toBe(1);

    await sleep(Math.max(0, effectiveFrom.getTime() - Date.now()) + 200);
    expect((await ruleSets({ global: true })).map((ruleSet) => [ruleSet.version, ruleSet.status])).toEqual([
      [2, 'IN_FORCE'],
      [1, 'SUPERSEDED'],
    ]);

    const after = await placeOrder(sku);
    const decision = await decisionOf(after);
    expect(decision).toMatchObject({ ruleSetName: 'From October: ship from stores', version: 2 });
    expect(chosenCodes(decision)).toEqual([store.code]);
    // Why: both could ship it; the store ranks first on location type although it is farther.
    const candidates = decision.lines[0]!.candidates.filter((candidate) => [warehouse.code, store.code].includes(candidate.location.code));
    const byCode = new Map(candidates.map((candidate) => [candidate.location.code, candidate]));
    expect(byCode.get(store.code)).toMatchObject({ rank: 1, eliminatedBy: null, availableToSell: 10 });
    expect(byCode.get(warehouse.code)).toMatchObject({ rank: 2, eliminatedBy: null, availableToSell: 8 });
    expect(byCode.get(store.code)!.score[0]).toBe(0);
    expect(byCode.get(warehouse.code)!.score[0]).toBe(1);
    expect(byCode.get(warehouse.code)!.distanceKm!).toBeLessThan(byCode.get(store.code)!.distanceKm!);

    // The orders placed before keep their warehouse allocation and their trace.
    expect(chosenCodes(await decisionOf(before))).toEqual([warehouse.code]);
    expect((await decisionOf(before)).version).toBe(1);
  });

  it('records which filter removed a location', async () => {
    const warehouse = await createTestLocation(system, { type: 'WAREHOUSE', latitude: 45.764, longitude: 4.835 });
    const store = await createTestLocation(system, { type: 'STORE', ships: false, shipFromStore: false, latitude: 45.85, longitude: 4.95 });
    const sku = await createSku(system, { stock: { [warehouse.id]: 5, [store.id]: 5 } });
    const decision = await decisionOf(await placeOrder(sku));
    const storeCandidate = decision.lines[0]!.candidates.find((candidate) => candidate.location.code === store.code);
    // Store-first is in force, but this store cannot ship parcels.
    expect(storeCandidate).toMatchObject({ eliminatedBy: 'CAPABILITY(ships)', rank: null, score: [] });
    expect(chosenCodes(decision)).toEqual([warehouse.code]);
  });

  it('never changes a published version: republishing creates the next one', async () => {
    const [current] = await ruleSets({ global: true });
    const republished = await published({ name: 'Stores first, nearest next', scope: {}, rules: STORE_FIRST_RULES, splitPolicy: { kind: 'ALLOW_SPLIT' } });
    expect(republished.version).toBe(current!.version + 1);
    expect(republished.status).toBe('IN_FORCE');
    const versions = await ruleSets({ global: true });
    expect(versions.find((ruleSet) => ruleSet.id === current!.id)).toMatchObject({ name: current!.name, status: 'SUPERSEDED', rules: current!.rules });

    const mutations = await system.query<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Mutation") { fields { name } } }`, {}, ADMIN);
    expect(mutations.data!.__type.fields.map((field) => field.name).filter((name) => /sourcingruleset/i.test(name))).toEqual([
      'publishSourcingRuleSet',
      // Retiring withdraws a version without changing what it says.
      'retireSourcingRuleSet',
    ]);
  });

  it('scopes a version to a channel: it beats the global rules for that channel only', async () => {
    const version = await published({
      name: 'Marketplace: warehouses only',
      scope: { channel: 'MARKETPLACE' },
      rules: [{ kind: 'LOCATION_TYPE_IN', types: ['WAREHOUSE'] }, { kind: 'MOST_STOCK' }],
      splitPolicy: { kind: 'MAX_SHIPMENTS', maxShipments: 2 },
    });
    expect(version).toMatchObject({ channel: 'MARKETPLACE', version: 1, status: 'IN_FORCE', splitPolicy: { kind: 'MAX_SHIPMENTS', maxShipments: 2 } });
    expect((await ruleSets({ channel: 'MARKETPLACE' })).map((ruleSet) => ruleSet.id)).toEqual([version.id]);
  });
});

describe('publishing is validated, restricted and audited', () => {
  it.each([
    ['an unknown kind', [{ kind: 'NEAREST' }, { kind: 'CHEAPEST_CARRIER' }], { kind: 'ALLOW_SPLIT' }, 'rules[1]'],
    ['a bad distance', [{ kind: 'WITHIN_KM', km: -5 }], { kind: 'ALLOW_SPLIT' }, 'rules[0] (WITHIN_KM)'],
    ['an unknown location type', [{ kind: 'PREFER_LOCATION_TYPE', types: ['SHOP'] }], { kind: 'ALLOW_SPLIT' }, 'rules[0] (PREFER_LOCATION_TYPE)'],
    ['a parameter the kind does not take', [{ kind: 'NEAREST', km: 5 }], { kind: 'ALLOW_SPLIT' }, 'rules[0] (NEAREST)'],
    ['an unknown capability', [{ kind: 'CAPABILITY', capability: 'flies' }], { kind: 'ALLOW_SPLIT' }, 'rules[0] (CAPABILITY)'],
    ['a split policy without its limit', [{ kind: 'NEAREST' }], { kind: 'MAX_SHIPMENTS' }, 'splitPolicy'],
  ])('refuses %s with BAD_USER_INPUT naming the item, and writes nothing', async (_case, rules, splitPolicy, item) => {
    const before = await ruleSets();
    const response = await publish({ name: 'Invalid', scope: {}, rules, splitPolicy });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(item);
    expect(await ruleSets()).toEqual(before);
  });

  it('is for staff with sourcing:write only', async () => {
    const input = { name: 'Sneaky', scope: {}, rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'ALLOW_SPLIT' } };
    const before = await ruleSets();
    expect(errorCode(await publish(input, customerToken(randomUUID())))).toBe('FORBIDDEN');
    expect(errorCode(await publish(input, staffToken(['CARE_AGENT'])))).toBe('FORBIDDEN');
    expect(await ruleSets()).toEqual(before);
  });

  it('files each rule change in the audit log with the version in force before and the new one', async () => {
    const [inForce] = await ruleSets({ global: true });
    const next = await published({ name: 'Audited change', scope: {}, rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'SHIP_COMPLETE' } });
    const deadline = Date.now() + 5_000;
    let entry: { action: string; actor: string; before: unknown; after: unknown } | undefined;
    while (!entry && Date.now() < deadline) {
      const response = await system.query<{ auditLog: { edges: { node: { action: string; entityId: string; actor: string; before: unknown; after: unknown } }[] } }>(
        AUDIT_LOG,
        { filter: { entityType: 'SourcingRuleSet' } },
        ADMIN,
      );
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      entry = response.data!.auditLog.edges.map((edge) => edge.node).find((node) => node.entityId === next.id);
      if (!entry) await sleep(100);
    }
    expect(entry, 'audit entry within 5 s').toBeDefined();
    const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
    expect(entry!.action).toBe('publishSourcingRuleSet');
    expect(entry!.actor).toBe('staff:test-admin');
    expect(parse(entry!.before)).toMatchObject({ id: inForce!.id, version: inForce!.version, name: inForce!.name });
    expect(parse(entry!.after)).toMatchObject({ id: next.id, version: next.version, rules: [{ kind: 'NEAREST' }], splitPolicy: { kind: 'SHIP_COMPLETE' } });
  });
});
