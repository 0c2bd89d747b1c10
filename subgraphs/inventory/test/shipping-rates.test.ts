import { describe, expect, it } from 'vitest';
import { buildShippingRateTable, estimateShippingCost, shippingZoneOf } from '../src/domain/shipping-rates.ts';
import { destinationOf, governingRuleSet, normaliseSegments, parseSourcingScope, scopeKeyOf, type OrderScopeFacts, type SourcingScopeInput } from '../src/domain/sourcing-scope.ts';
import { badInput } from './support/domain-errors.ts';

const table = buildShippingRateTable({
  currency: 'eur',
  zones: [
    { originCountry: 'FR', destination: 'FR', zone: 'mainland' },
    { originCountry: 'FR', destination: 'FR-20R', zone: 'corsica' },
    { originCountry: 'FR', destination: '*', zone: 'world' },
  ],
  rates: [
    { zone: 'MAINLAND', maxWeightGrams: 1000, amount: 500 },
    { zone: 'MAINLAND', maxWeightGrams: 250, amount: 390 },
    { zone: 'MAINLAND', maxWeightGrams: 5000, amount: 900 },
    { zone: 'CORSICA', maxWeightGrams: 5000, amount: 1500 },
    { zone: 'WORLD', maxWeightGrams: 2000, amount: 2500 },
  ],
});

describe('shipping zones and rates', () => {
  it('finds the zone: subdivision, else country, else the origin catch-all', () => {
    expect(shippingZoneOf(table, 'FR', 'FR', 'FR-20R')).toBe('CORSICA');
    expect(shippingZoneOf(table, 'fr', 'fr', 'FR-IDF')).toBe('MAINLAND');
    expect(shippingZoneOf(table, 'FR', 'JP')).toBe('WORLD');
    expect(shippingZoneOf(table, 'BE', 'FR')).toBeNull();
    expect(shippingZoneOf(table, undefined, 'FR')).toBeNull();
  });

  it('prices a parcel by the lightest band that holds it, and never guesses', () => {
    const cost = (weightGrams: number, destinationCountry = 'FR') => estimateShippingCost(table, { originCountry: 'FR', destinationCountry, weightGrams })?.amount ?? null;
    expect(cost(0)).toBe(390);
    expect(cost(250)).toBe(390);
    expect(cost(251)).toBe(500);
    expect(cost(4999)).toBe(900);
    expect(cost(5001)).toBeNull();
    expect(cost(2500, 'US')).toBeNull();
    expect(estimateShippingCost(table, { originCountry: 'FR', destinationCountry: 'FR', weightGrams: 800 })).toEqual({ zone: 'MAINLAND', amount: 500, currency: 'EUR', maxWeightGrams: 1000 });
  });

  it('refuses a table that cannot price consistently, naming the entry', () => {
    const zones = [{ originCountry: 'FR', destination: 'FR', zone: 'A' }];
    expect(badInput(() => buildShippingRateTable({ currency: 'EURO', zones, rates: [] }))).toContain('currency');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones: [...zones, ...zones], rates: [{ zone: 'A', maxWeightGrams: 1, amount: 1 }] }))).toContain('zones[1]');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones: [{ originCountry: 'France', destination: 'FR', zone: 'A' }], rates: [] }))).toContain('zones[0]');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones, rates: [{ zone: 'B', maxWeightGrams: 1, amount: 1 }] }))).toContain('rates[0]');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones, rates: [{ zone: 'A', maxWeightGrams: 0, amount: 1 }] }))).toContain('maxWeightGrams');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones, rates: [{ zone: 'A', maxWeightGrams: 10, amount: -1 }] }))).toContain('amount');
    expect(badInput(() => buildShippingRateTable({ currency: 'EUR', zones, rates: [] }))).toContain('no rate for zone A');
  });
});

describe('sourcing scopes', () => {
  const scoped = (name: string, input: SourcingScopeInput) => ({ name, scope: parseSourcingScope(input) });
  const all = [
    scoped('global', {}),
    scoped('region', { region: 'FR' }),
    scoped('subdivision', { region: 'fr-idf' }),
    scoped('channel', { channel: 'WEB' }),
    scoped('segment', { customerSegment: 'vip' }),
    scoped('channel+region', { channel: 'WEB', region: 'FR' }),
    scoped('segment+region', { customerSegment: 'VIP', region: 'FR' }),
    scoped('segment+channel', { customerSegment: 'VIP', channel: 'WEB' }),
    scoped('segment+channel+region', { customerSegment: 'VIP', channel: 'WEB', region: 'FR-IDF' }),
  ];
  const order = (facts: Partial<OrderScopeFacts>): OrderScopeFacts => ({ channel: 'WEB', country: 'FR', subdivision: 'FR-IDF', customerSegments: ['VIP'], ...facts });
  const winner = (facts: Partial<OrderScopeFacts>, among = all) => governingRuleSet(among, order(facts))?.name ?? null;

  it('applies the precedence the API documents', () => {
    const ranking = [
      'segment+channel+region',
      'segment+channel',
      'segment+region',
      'channel+region',
      'segment',
      'channel',
      'subdivision',
      'region',
      'global',
    ];
    // Removing the winner each time walks the precedence down.
    let remaining = all;
    for (const expected of ranking) {
      expect(winner({}, remaining)).toBe(expected);
      remaining = remaining.filter((candidate) => candidate.name !== expected);
    }
  });

  it('only applies scopes that match the order', () => {
    expect(winner({ customerSegments: [], subdivision: 'FR-ARA' })).toBe('channel+region');
    expect(winner({ customerSegments: [], channel: 'MOBILE', subdivision: null })).toBe('region');
    expect(winner({ customerSegments: [], channel: 'MOBILE', country: 'BE', subdivision: null })).toBe('global');
  });

  it("breaks ties between a customer's segments by the customer's order of preference", () => {
    const segments = [scoped('vip', { customerSegment: 'VIP' }), scoped('b2b', { customerSegment: 'B2B' }), scoped('b2b+web', { customerSegment: 'B2B', channel: 'WEB' }), scoped('global', {})];
    expect(winner({ customerSegments: ['VIP', 'B2B'] }, segments)).toBe('b2b+web');
    const equallySpecific = segments.filter((candidate) => candidate.name !== 'b2b+web');
    expect(winner({ customerSegments: ['VIP', 'B2B'] }, equallySpecific)).toBe('vip');
    expect(winner({ customerSegments: ['B2B', 'VIP'] }, equallySpecific)).toBe('b2b');
    expect(winner({ customerSegments: ['B2B', 'VIP'] }, [...equallySpecific].reverse())).toBe('b2b');
    expect(winner({ customerSegments: ['GOLD'] }, equallySpecific)).toBe('global');
    expect(normaliseSegments([' vip', 'VIP', 'b2b', 'gold members!'])).toEqual(['VIP', 'B2B']);
  });

  it('keys scopes compatibly with the channel-only versions, and reads destinations', () => {
    expect(scopeKeyOf(parseSourcingScope({}))).toBe('GLOBAL');
    expect(scopeKeyOf(parseSourcingScope({ channel: 'WEB' }))).toBe('WEB');
    expect(scopeKeyOf(parseSourcingScope({ region: 'fr-idf', customerSegment: 'vip' }))).toBe('*|region:FR-IDF|segment:VIP');
    expect(destinationOf('fr', 'IDF')).toEqual({ country: 'FR', subdivision: 'FR-IDF' });
    expect(destinationOf('FR', 'FR-20R')).toEqual({ country: 'FR', subdivision: 'FR-20R' });
    expect(destinationOf('FR', 'Île-de-France')).toEqual({ country: 'FR', subdivision: null });
    expect(destinationOf('FR', 'BE-BRU')).toEqual({ country: 'FR', subdivision: null });
    expect(destinationOf(null, null)).toEqual({ country: null, subdivision: null });
  });
});
