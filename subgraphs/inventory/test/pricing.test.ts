import { describe, expect, it } from 'vitest';
import { isCurrencyCode, isInForce, priceListInForce } from '../src/domain/pricing.ts';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
const list = (id: string, from: number, to: number | null, created = 1) => ({ id, validFrom: day(from), validTo: to === null ? null : day(to), createdAt: day(created) });

describe('price list in force', () => {
  it('is the one that started last among those valid at the moment', () => {
    const lists = [list('base', 1, null), list('winter-sale', 10, 20), list('future', 30, null)];
    expect(priceListInForce(lists, day(5))?.id).toBe('base');
    expect(priceListInForce(lists, day(10))?.id).toBe('winter-sale');
    expect(priceListInForce(lists, day(19))?.id).toBe('winter-sale');
    expect(priceListInForce(lists, day(30))?.id).toBe('future');
  });

  it('treats validTo as exclusive and validFrom as inclusive', () => {
    const sale = list('sale', 10, 20);
    expect(isInForce(sale, day(10))).toBe(true);
    expect(isInForce(sale, day(20))).toBe(false);
    expect(priceListInForce([list('base', 1, null), sale], day(20))?.id).toBe('base');
  });

  it('breaks a tie on start by the newest list, and answers undefined when none is in force', () => {
    expect(priceListInForce([list('old', 1, null, 1), list('new', 1, null, 2)], day(3))?.id).toBe('new');
    expect(priceListInForce([list('later', 10, null)], day(3))).toBeUndefined();
    expect(priceListInForce([], day(3))).toBeUndefined();
  });

  it('recognises ISO 4217 currency codes', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
  });
});
