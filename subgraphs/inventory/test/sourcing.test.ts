import { describe, expect, it } from 'vitest';
import { classifyFeedLines } from '../src/domain/feed-lines.ts';
import { canShipParcels, isEligibleSource, rankCandidates, sourceLine, type LocationProfile, type SourcingCandidate } from '../src/domain/sourcing.ts';

const location = (overrides: Partial<LocationProfile>): LocationProfile => ({
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

describe('eligibility', () => {
  it('ships from shipping warehouses and ship-from-store stores serving the channel', () => {
    expect(isEligibleSource(location({}), 'WEB', 'SHIP')).toBe(true);
    expect(isEligibleSource(location({ channels: ['MOBILE'] }), 'WEB', 'SHIP')).toBe(false);
    expect(isEligibleSource(location({ active: false }), 'WEB', 'SHIP')).toBe(false);
    expect(isEligibleSource(location({ type: 'STORE', ships: false, shipFromStore: true }), 'WEB', 'SHIP')).toBe(true);
    expect(isEligibleSource(location({ type: 'STORE', ships: false, shipFromStore: false, pickup: true }), 'WEB', 'SHIP')).toBe(false);
    expect(canShipParcels(location({ type: 'WAREHOUSE', ships: false, shipFromStore: true }))).toBe(false);
  });

  it('serves a pickup only from the chosen pickup store', () => {
    const store = location({ id: 'S', type: 'STORE', ships: false, pickup: true });
    expect(isEligibleSource(store, 'WEB', 'PICKUP', 'S')).toBe(true);
    expect(isEligibleSource(store, 'WEB', 'RESERVE_IN_STORE', 'S')).toBe(true);
    expect(isEligibleSource(store, 'WEB', 'PICKUP', 'OTHER')).toBe(false);
    expect(isEligibleSource(location({ id: 'S' }), 'WEB', 'PICKUP', 'S')).toBe(false);
  });
});

const candidate = (code: string, available: number, distanceKm: number | null): SourcingCandidate => ({ locationId: code, locationCode: code, available, distanceKm });

describe('sourcing a line', () => {
  it('ranks nearest first, unknown distances last, ties by code', () => {
    const ranked = rankCandidates([candidate('C', 1, null), candidate('B', 1, 10), candidate('A', 1, 10), candidate('D', 1, 2)]);
    expect(ranked.map((c) => c.locationCode)).toEqual(['D', 'A', 'B', 'C']);
  });

  it('takes the whole line at the nearest location that has it all', async () => {
    const holds: [string, number][] = [];
    const outcome = await sourceLine([candidate('NEAR', 2, 1), candidate('MID', 5, 50), candidate('FAR', 9, 500)], 4, async (c, q) => {
      holds.push([c.locationCode, q]);
      return true;
    });
    expect(holds).toEqual([['MID', 4]]);
    expect(outcome.remaining).toBe(0);
  });

  it('splits over the nearest locations when none has the whole line', async () => {
    const holds: [string, number][] = [];
    const outcome = await sourceLine([candidate('NEAR', 2, 1), candidate('MID', 3, 50), candidate('FAR', 9, 500)].map((c) => ({ ...c, available: Math.min(c.available, 3) })), 7, async (c, q) => {
      holds.push([c.locationCode, q]);
      return true;
    });
    expect(holds).toEqual([['NEAR', 2], ['MID', 3], ['FAR', 2]]);
    expect(outcome.remaining).toBe(0);
    expect(outcome.taken.map((t) => [t.candidate.locationCode, t.quantity])).toEqual([['NEAR', 2], ['MID', 3], ['FAR', 2]]);
  });

  it('moves on to the next location when a concurrent sale wins the race, and reports what is missing', async () => {
    const stock = new Map([['NEAR', 0], ['FAR', 3]]);
    const outcome = await sourceLine([candidate('NEAR', 5, 1), candidate('FAR', 3, 9)], 5, async (c, q) => {
      const left = stock.get(c.locationCode)!;
      if (left < q) return false;
      stock.set(c.locationCode, left - q);
      return true;
    });
    expect(outcome.taken.map((t) => [t.candidate.locationCode, t.quantity])).toEqual([['FAR', 3]]);
    expect(outcome.remaining).toBe(2);
  });

  it('refreshes once after a lost race and retries with the figures it reads', async () => {
    const stock = new Map([['A', 1], ['B', 4]]);
    const candidates = [candidate('A', 5, 1), candidate('B', 0, 2)];
    const outcome = await sourceLine(
      candidates,
      5,
      async (c, q) => {
        const left = stock.get(c.locationCode)!;
        if (left < q) return false;
        stock.set(c.locationCode, left - q);
        return true;
      },
      async () => {
        for (const c of candidates) c.available = stock.get(c.locationCode)!;
      },
    );
    expect(outcome.remaining).toBe(0);
    expect(stock).toEqual(new Map([['A', 0], ['B', 0]]));
  });
});

describe('feed line validation', () => {
  const skus = new Set(['A', 'B']);
  const locations = new Map([['WH', 'id-wh']]);
  it('reports unknown SKUs and locations, negative counts and duplicates, and keeps the rest', () => {
    const { valid, rejected } = classifyFeedLines(
      [
        { sku: 'A', location: 'WH', quantity: 5 },
        { sku: 'Z', location: 'WH', quantity: 5 },
        { sku: 'B', location: 'NOPE', quantity: 5 },
        { sku: 'B', location: 'WH', quantity: -1 },
        { sku: 'A', location: 'WH', quantity: 7 },
        { sku: 'B', location: 'WH', quantity: 0 },
      ],
      'SNAPSHOT',
      skus,
      locations,
    );
    expect(valid).toEqual([
      { line: 1, sku: 'A', locationId: 'id-wh', quantity: 5 },
      { line: 6, sku: 'B', locationId: 'id-wh', quantity: 0 },
    ]);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'UNKNOWN_SKU'],
      [3, 'UNKNOWN_LOCATION'],
      [4, 'NEGATIVE_COUNT'],
      [5, 'DUPLICATE_LINE'],
    ]);
  });

  it('accepts negative changes in a delta feed', () => {
    const { valid, rejected } = classifyFeedLines([{ sku: 'A', location: 'WH', quantity: -4 }], 'DELTA', skus, locations);
    expect(rejected).toEqual([]);
    expect(valid).toHaveLength(1);
  });
});
