import { describe, expect, it } from 'vitest';
import { priceOrder, repriceAfterCancellation, type PricingLine, type PricingPromotion } from '../src/domain/pricing.ts';
import { RateTableTaxCalculator } from '../src/domain/tax.ts';
import { random } from './support/random.ts';

const tax = new RateTableTaxCalculator();
const FR = { country: 'FR' };

function percentOff(value: number, scope: 'ORDER' | 'LINE' = 'ORDER', skus: string[] = []): PricingPromotion {
  return { code: `P${value}`, kind: 'PERCENTAGE', scope, value, skus };
}

function amountOff(value: number, scope: 'ORDER' | 'LINE' = 'ORDER', skus: string[] = []): PricingPromotion {
  return { code: `A${value}`, kind: 'FIXED_AMOUNT', scope, value, skus };
}

describe('priceOrder', () => {
  it('prices a plain order: subtotal, shipping below the threshold, VAT contained in the total', () => {
    const priced = priceOrder({
      lines: [{ sku: 'TSHIRT', quantity: 2, unitPrice: 1990 }],
      promotions: [],
      deliveryMethod: 'SHIP',
      taxDestination: FR,
      taxCalculator: tax,
    });
    // 3980 → VAT 663.33 → 663; shipping 490 → VAT 81.67 → 82.
    expect(priced.totals).toEqual({ subtotal: 3980, discountTotal: 0, shippingTotal: 490, taxTotal: 745, total: 4470 });
  });

  it('ships free from 5000 of discounted subtotal, and pickup is always free', () => {
    const lines = [{ sku: 'JEANS', quantity: 1, unitPrice: 5990 }];
    expect(priceOrder({ lines, promotions: [], deliveryMethod: 'SHIP', taxDestination: FR, taxCalculator: tax }).totals.shippingTotal).toBe(0);
    // 20 % off brings 5990 to 4792: below the threshold again.
    expect(priceOrder({ lines, promotions: [percentOff(20)], deliveryMethod: 'SHIP', taxDestination: FR, taxCalculator: tax }).totals.shippingTotal).toBe(490);
    expect(priceOrder({ lines, promotions: [percentOff(20)], deliveryMethod: 'PICKUP', taxDestination: FR, taxCalculator: tax }).totals.shippingTotal).toBe(0);
  });

  it('spreads an order discount over lines by largest remainder so line discounts sum exactly', () => {
    const priced = priceOrder({
      lines: [
        { sku: 'A', quantity: 1, unitPrice: 1000 },
        { sku: 'B', quantity: 1, unitPrice: 1000 },
        { sku: 'C', quantity: 1, unitPrice: 1000 },
      ],
      promotions: [amountOff(100)],
      deliveryMethod: 'PICKUP',
      taxDestination: FR,
      taxCalculator: tax,
    });
    expect(priced.lines.map((line) => line.discount)).toEqual([34, 33, 33]);
    expect(priced.totals.discountTotal).toBe(100);
    expect(priced.totals.total).toBe(2900);
  });

  it('applies LINE promotions to their SKUs only, per unit for fixed amounts, before ORDER promotions', () => {
    const priced = priceOrder({
      lines: [
        { sku: 'SOCKS', quantity: 3, unitPrice: 990 },
        { sku: 'CAP', quantity: 1, unitPrice: 1490 },
      ],
      promotions: [percentOff(10), amountOff(200, 'LINE', ['SOCKS'])],
      deliveryMethod: 'PICKUP',
      taxDestination: FR,
      taxCalculator: tax,
    });
    // Socks: 2970 − 600 = 2370; then 10 % of (2370 + 1490) = 386, split 237 / 149.
    expect(priced.lines.map((line) => line.discount)).toEqual([600 + 237, 149]);
    expect(priced.totals.discountTotal).toBe(986);
  });

  it('never discounts below zero', () => {
    const priced = priceOrder({
      lines: [{ sku: 'A', quantity: 1, unitPrice: 500 }],
      promotions: [amountOff(10_000), percentOff(100), amountOff(1000, 'LINE', ['A'])],
      deliveryMethod: 'SHIP',
      taxDestination: FR,
      taxCalculator: tax,
    });
    expect(priced.totals).toMatchObject({ subtotal: 500, discountTotal: 500, shippingTotal: 490, total: 490 });
  });

  it('computes tax per line, half to even, with the destination rate', () => {
    const priced = priceOrder({
      lines: [
        { sku: 'A', quantity: 1, unitPrice: 1081 },
        { sku: 'B', quantity: 1, unitPrice: 1081 },
      ],
      promotions: [],
      deliveryMethod: 'PICKUP',
      taxDestination: { country: 'CH' },
      taxCalculator: tax,
    });
    // 1081 × 810 / 10810 = 81.0 exactly per line.
    expect(priced.totals.taxTotal).toBe(162);
  });

  it('property: totals always add up and no amount is negative', () => {
    const next = random(7);
    const skus = ['A', 'B', 'C', 'D'];
    const countries = ['FR', 'DE', 'CH', 'LU', 'PT', 'GB'];
    for (let run = 0; run < 3000; run++) {
      const lines: PricingLine[] = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        sku: skus[Math.floor(next() * skus.length)] ?? 'A',
        quantity: 1 + Math.floor(next() * 20),
        unitPrice: Math.floor(next() * 20_000),
      }));
      const promotions: PricingPromotion[] = Array.from({ length: Math.floor(next() * 3) }, () => {
        const scope = next() < 0.5 ? 'ORDER' : 'LINE';
        const targets = scope === 'LINE' ? [skus[Math.floor(next() * skus.length)] ?? 'A'] : [];
        return next() < 0.5 ? percentOff(1 + Math.floor(next() * 100), scope, targets) : amountOff(1 + Math.floor(next() * 5000), scope, targets);
      });
      const deliveryMethod = next() < 0.6 ? 'SHIP' : 'PICKUP';
      const priced = priceOrder({ lines, promotions, deliveryMethod, taxDestination: { country: countries[run % countries.length] ?? 'FR' }, taxCalculator: tax });
      const { totals } = priced;
      expect(priced.lines.reduce((acc, line) => acc + line.gross, 0)).toBe(totals.subtotal);
      expect(priced.lines.reduce((acc, line) => acc + line.discount, 0)).toBe(totals.discountTotal);
      expect(totals.total).toBe(totals.subtotal - totals.discountTotal + totals.shippingTotal);
      for (const line of priced.lines) {
        expect(line.discount).toBeGreaterThanOrEqual(0);
        expect(line.net).toBeGreaterThanOrEqual(0);
        expect(line.gross).toBe(line.unitPrice * line.quantity);
      }
      for (const amount of Object.values(totals)) {
        expect(Number.isSafeInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
      }
      expect(totals.taxTotal).toBeLessThanOrEqual(totals.total);
      expect(totals.shippingTotal).toBe(deliveryMethod === 'SHIP' && totals.subtotal - totals.discountTotal < 5000 ? 490 : 0);
    }
  });
});

describe('repriceAfterCancellation', () => {
  it('keeps remaining lines discounts, recomputes tax, and never raises shipping', () => {
    const totals = repriceAfterCancellation({
      remaining: [{ gross: 4000, discount: 400 }],
      deliveryMethod: 'SHIP',
      shippingCharged: 0,
      taxDestination: FR,
      taxCalculator: tax,
    });
    expect(totals).toEqual({ subtotal: 4000, discountTotal: 400, shippingTotal: 0, taxTotal: 600, total: 3600 });
  });
});
