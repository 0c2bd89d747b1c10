import { describe, expect, it } from 'vitest';
import { sourceLine, type LocationProfile } from '../src/domain/sourcing.ts';
import {
  DEFAULT_SOURCING_RULES,
  evaluateLine,
  parseSourcingRules,
  passesFilter,
  type CandidateFacts,
  type LineContext,
  type SourcingRule,
} from '../src/domain/sourcing-rules.ts';
import { badInput } from './support/domain-errors.ts';

const profile = (overrides: Partial<LocationProfile>): LocationProfile => ({
  id: 'L',
  code: 'L',
  type: 'WAREHOUSE',
  active: true,
  ships: true,
  pickup: false,
  shipFromStore: false,
  channels: ['WEB'],
  latitude: 45,
  longitude: 5,
  ...overrides,
});

const facts = (code: string, overrides: Partial<LocationProfile> = {}, figures: Partial<Omit<CandidateFacts, 'location'>> = {}): CandidateFacts => ({
  location: profile({ id: `id-${code}`, code, ...overrides }),
  available: 10,
  distanceKm: 10,
  ordersToday: 0,
  dailyOrderCapacity: null,
  ...figures,
});

const SHIP: LineContext = { channel: 'WEB', method: 'SHIP', quantity: 2 };
const rankedCodes = (rules: SourcingRule[], candidates: CandidateFacts[], line: LineContext = SHIP) => evaluateLine(rules, candidates, line).ranked.map((c) => c.location.code);

describe('filters', () => {
  it('each removes what it says', () => {
    const store = facts('S', { type: 'STORE', ships: false, pickup: true, shipFromStore: true });
    expect(passesFilter({ kind: 'LOCATION_TYPE_IN', types: ['STORE'] }, store, SHIP)).toBe(true);
    expect(passesFilter({ kind: 'LOCATION_TYPE_IN', types: ['WAREHOUSE'] }, store, SHIP)).toBe(false);
    expect(passesFilter({ kind: 'SERVES_CHANNEL' }, store, { ...SHIP, channel: 'MOBILE' })).toBe(false);
    expect(passesFilter({ kind: 'SERVES_CHANNEL' }, facts('X', { active: false }), SHIP)).toBe(false);
    expect(passesFilter({ kind: 'CAPABILITY', capability: 'ships' }, store, SHIP)).toBe(true);
    expect(passesFilter({ kind: 'CAPABILITY', capability: 'ships' }, facts('P', { type: 'STORE', ships: false, pickup: true }), SHIP)).toBe(false);
    // A capability limited to some delivery methods does not apply to the others.
    expect(passesFilter({ kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }, facts('P', { ships: false }), { ...SHIP, method: 'PICKUP' })).toBe(true);
    expect(passesFilter({ kind: 'WITHIN_KM', km: 50 }, facts('N', {}, { distanceKm: 49.9 }), SHIP)).toBe(true);
    expect(passesFilter({ kind: 'WITHIN_KM', km: 50 }, facts('F', {}, { distanceKm: 50.1 }), SHIP)).toBe(false);
    expect(passesFilter({ kind: 'WITHIN_KM', km: 50 }, facts('U', {}, { distanceKm: null }), SHIP)).toBe(false);
    expect(passesFilter({ kind: 'HAS_WHOLE_LINE' }, facts('A', {}, { available: 1 }), SHIP)).toBe(false);
    expect(passesFilter({ kind: 'HAS_WHOLE_LINE' }, facts('A', {}, { available: 2 }), SHIP)).toBe(true);
    expect(passesFilter({ kind: 'UNDER_DAILY_CAPACITY' }, facts('C', {}, { ordersToday: 5, dailyOrderCapacity: 5 }), SHIP)).toBe(false);
    expect(passesFilter({ kind: 'UNDER_DAILY_CAPACITY' }, facts('C', {}, { ordersToday: 4, dailyOrderCapacity: 5 }), SHIP)).toBe(true);
    expect(passesFilter({ kind: 'UNDER_DAILY_CAPACITY' }, facts('C', {}, { ordersToday: 999, dailyOrderCapacity: null }), SHIP)).toBe(true);
  });

  it('names the first filter that removed each candidate and ranks only the rest', () => {
    const evaluation = evaluateLine(
      [{ kind: 'WITHIN_KM', km: 100 }, { kind: 'HAS_WHOLE_LINE' }, { kind: 'NEAREST' }],
      [facts('FAR', {}, { distanceKm: 500, available: 0 }), facts('SHORT', {}, { available: 1 }), facts('OK', {}, { distanceKm: 20 })],
      SHIP,
    );
    expect(evaluation.verdicts.map((v) => [v.facts.location.code, v.eliminatedBy, v.rank, v.score])).toEqual([
      ['OK', null, 1, [20]],
      ['FAR', 'WITHIN_KM(100)', null, []],
      ['SHORT', 'HAS_WHOLE_LINE', null, []],
    ]);
  });
});

describe('rankers', () => {
  const warehouse = facts('WH', {}, { distanceKm: 5, available: 50 });
  const storeNear = facts('ST-NEAR', { type: 'STORE', shipFromStore: true }, { distanceKm: 20, available: 3 });
  const storeFar = facts('ST-FAR', { type: 'STORE', shipFromStore: true }, { distanceKm: 80, available: 9 });

  it('apply lexicographically: the first decides, the next breaks ties, then the code', () => {
    expect(rankedCodes([{ kind: 'NEAREST' }], [storeFar, storeNear, warehouse])).toEqual(['WH', 'ST-NEAR', 'ST-FAR']);
    expect(rankedCodes([{ kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'NEAREST' }], [storeFar, warehouse, storeNear])).toEqual(['ST-NEAR', 'ST-FAR', 'WH']);
    expect(rankedCodes([{ kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'MOST_STOCK' }], [storeNear, warehouse, storeFar])).toEqual(['ST-FAR', 'ST-NEAR', 'WH']);
    expect(rankedCodes([{ kind: 'MOST_STOCK' }], [storeNear, warehouse, storeFar])).toEqual(['WH', 'ST-FAR', 'ST-NEAR']);
    expect(rankedCodes([{ kind: 'LOCATION_PRIORITY', locationIds: ['id-ST-FAR', 'id-WH'] }], [warehouse, storeNear, storeFar])).toEqual(['ST-FAR', 'WH', 'ST-NEAR']);
    expect(rankedCodes([], [storeNear, warehouse, storeFar])).toEqual(['ST-FAR', 'ST-NEAR', 'WH']);
  });

  it('puts unknown distances last', () => {
    expect(rankedCodes([{ kind: 'NEAREST' }], [facts('A', {}, { distanceKm: null }), facts('B', {}, { distanceKm: 300 })])).toEqual(['B', 'A']);
  });

  it('the default rules reproduce nearest-eligible sourcing', () => {
    const pickupOnly = facts('PICKUP', { type: 'STORE', ships: false, pickup: true }, { distanceKm: 1 });
    expect(rankedCodes(DEFAULT_SOURCING_RULES.rules, [storeFar, pickupOnly, warehouse])).toEqual(['WH', 'ST-FAR']);
    expect(DEFAULT_SOURCING_RULES.splitPolicy).toEqual({ kind: 'ALLOW_SPLIT' });
  });
});

describe('split policies on a line', () => {
  const candidate = (code: string, available: number) => ({ locationId: code, locationCode: code, available, distanceKm: 1 });

  it('without split a line comes whole from one location or not at all', async () => {
    const outcome = await sourceLine([candidate('A', 2), candidate('B', 2)], 3, async () => true, undefined, { split: false });
    expect(outcome).toEqual({ taken: [], remaining: 3 });
  });

  it('a location limit stops the split at the allowed number of locations', async () => {
    const outcome = await sourceLine([candidate('A', 2), candidate('B', 2), candidate('C', 2)], 6, async () => true, undefined, {
      usable: (_candidate, takenForLine) => takenForLine.length < 2,
    });
    expect(outcome.taken.map((t) => [t.candidate.locationCode, t.quantity])).toEqual([['A', 2], ['B', 2]]);
    expect(outcome.remaining).toBe(2);
  });
});

describe('validation', () => {
  it('accepts every kind with its parameters', () => {
    const parsed = parseSourcingRules(
      [
        { kind: 'LOCATION_TYPE_IN', types: ['STORE', 'WAREHOUSE'] },
        { kind: 'SERVES_CHANNEL' },
        { kind: 'CAPABILITY', capability: 'shipFromStore' },
        { kind: 'WITHIN_KM', km: 25 },
        { kind: 'HAS_WHOLE_LINE' },
        { kind: 'UNDER_DAILY_CAPACITY' },
        { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] },
        { kind: 'NEAREST' },
        { kind: 'MOST_STOCK' },
        { kind: 'LOCATION_PRIORITY', locationIds: ['6f1c1f2e-8d4b-4a55-9a47-0c5a2f0d1e11'] },
      ],
      { kind: 'MAX_SHIPMENTS', maxShipments: 2 },
    );
    expect(parsed.rules).toHaveLength(10);
    expect(parsed.splitPolicy).toEqual({ kind: 'MAX_SHIPMENTS', maxShipments: 2 });
  });

  it('refuses unknown kinds and bad parameters, naming the item', () => {
    expect(badInput(() => parseSourcingRules([{ kind: 'NEAREST' }, { kind: 'CHEAPEST' }], { kind: 'ALLOW_SPLIT' }))).toContain('rules[1]');
    expect(badInput(() => parseSourcingRules([{ kind: 'WITHIN_KM' }], { kind: 'ALLOW_SPLIT' }))).toContain('rules[0] (WITHIN_KM)');
    expect(badInput(() => parseSourcingRules([{ kind: 'LOCATION_TYPE_IN', types: [] }], { kind: 'ALLOW_SPLIT' }))).toContain('types');
    expect(badInput(() => parseSourcingRules([{ kind: 'LOCATION_PRIORITY', locationIds: ['WH-LYON'] }], { kind: 'ALLOW_SPLIT' }))).toContain('WH-LYON');
    expect(badInput(() => parseSourcingRules([{ kind: 'CAPABILITY', capability: 'ships', methods: ['DRONE'] }], { kind: 'ALLOW_SPLIT' }))).toContain('DRONE');
    expect(badInput(() => parseSourcingRules([], { kind: 'MAX_SHIPMENTS', maxShipments: 0 }))).toContain('splitPolicy');
    expect(badInput(() => parseSourcingRules([], { kind: 'ALWAYS_SPLIT' }))).toContain('splitPolicy');
  });
});
