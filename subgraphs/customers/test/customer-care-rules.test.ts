import { describe, expect, it } from 'vitest';
import { parseAddress, parseCountry, parsePhone } from '../src/domain/customer-input.ts';
import { matchesRule, NO_ORDERS, parseSegmentRule, windowsOf, type CustomerOrderFigures } from '../src/domain/segment-rules.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('profile input', () => {
  it('stores phone numbers in E.164 and refuses national or short ones', () => {
    expect(parsePhone(' +33 6.12.34-56-78 ')).toBe('+33612345678');
    expect(parsePhone('0041 44 668 18 00')).toBe('+41446681800');
    expect(parsePhone('   ')).toBeNull();
    expect(codeOf(() => parsePhone('06 12 34 56 78'))).toBe('INVALID_PHONE');
    expect(codeOf(() => parsePhone('+0 612345678'))).toBe('INVALID_PHONE');
    expect(codeOf(() => parsePhone('+3312'))).toBe('INVALID_PHONE');
  });

  it('accepts assigned ISO 3166-1 alpha-2 codes only', () => {
    expect(parseCountry(' fr ')).toBe('FR');
    expect(parseCountry('GB')).toBe('GB');
    for (const code of ['UK', 'EU', 'XX', 'FRA', '']) expect(codeOf(() => parseCountry(code))).toBe('INVALID_ADDRESS');
  });

  it('normalises a postal code and names the bad field', () => {
    expect(parseAddress({ line1: ' 1 High St ', city: 'London', postalCode: 'sw1a   1aa', country: 'gb' })).toMatchObject({ line1: '1 High St', postalCode: 'SW1A 1AA', country: 'GB', label: null });
    expect(codeOf(() => parseAddress({ line1: 'x', city: 'y', postalCode: '75*01', country: 'FR' }))).toBe('INVALID_ADDRESS');
  });
});

describe('segment rules', () => {
  const figures = (overrides: Partial<CustomerOrderFigures>): CustomerOrderFigures => ({ ...NO_ORDERS, ...overrides });

  it('parse: at least one condition, a currency with a value, sane windows', () => {
    expect(parseSegmentRule(null)).toBeNull();
    expect(parseSegmentRule({ minLifetimeValue: 500, currency: 'eur' })).toEqual({ minLifetimeValue: { amount: 500, currency: 'EUR' } });
    expect(codeOf(() => parseSegmentRule({}))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSegmentRule({ minLifetimeValue: 500 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSegmentRule({ currency: 'EUR', minOrders: 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSegmentRule({ withinDays: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseSegmentRule({ minOrders: 1.5 }))).toBe('BAD_USER_INPUT');
  });

  it('match: value in the rule\'s currency, orders overall or within the window, every condition at once', () => {
    const spent = [{ amount: 12_000, currency: 'EUR' }, { amount: 50_000, currency: 'GBP' }];
    const customer = figures({ orderCount: 4, spent, ordersWithinDays: new Map([[90, 1], [30, 0]]) });
    expect(matchesRule({ minLifetimeValue: { amount: 12_000, currency: 'EUR' } }, customer)).toBe(true);
    expect(matchesRule({ minLifetimeValue: { amount: 12_001, currency: 'EUR' } }, customer)).toBe(false);
    expect(matchesRule({ minLifetimeValue: { amount: 1, currency: 'CHF' } }, customer)).toBe(false);
    expect(matchesRule({ minOrders: 4 }, customer)).toBe(true);
    expect(matchesRule({ withinDays: 90 }, customer)).toBe(true);
    expect(matchesRule({ withinDays: 30 }, customer)).toBe(false);
    expect(matchesRule({ minOrders: 2, withinDays: 90 }, customer)).toBe(false);
    expect(matchesRule({ minOrders: 4, minLifetimeValue: { amount: 20_000, currency: 'EUR' } }, customer)).toBe(false);
    expect(matchesRule({ minLifetimeValue: { amount: 0, currency: 'EUR' } }, NO_ORDERS)).toBe(true);
    expect(windowsOf([{ withinDays: 90 }, null, { minOrders: 1 }, { withinDays: 30 }, { withinDays: 90 }])).toEqual([30, 90]);
  });
});
