import { describe, expect, it } from 'vitest';
import { assertPromotionApplies, validateNewPromotion, type PromotionTerms } from '../src/domain/promotion-rules.ts';

const now = new Date('2026-11-22T10:00:00Z');
const promotion: PromotionTerms = {
  code: 'WELCOME10',
  kind: 'PERCENTAGE',
  scope: 'ORDER',
  value: 10,
  skus: [],
  currency: 'EUR',
  minimumSubtotal: 3000,
  validFrom: new Date('2026-11-01T00:00:00Z'),
  validTo: new Date('2026-12-01T00:00:00Z'),
  usageLimit: 5,
  usageCount: 4,
};
const order = { currency: 'EUR', subtotal: 5000, skus: ['A'], at: now };

function reason(terms: Partial<PromotionTerms>, on: Partial<typeof order> = {}): unknown {
  try {
    assertPromotionApplies({ ...promotion, ...terms }, { ...order, ...on });
    return 'APPLIES';
  } catch (error) {
    expect(error).toMatchObject({ code: 'PROMOTION_INVALID' });
    return (error as { details: { reason: string } }).details.reason;
  }
}

describe('assertPromotionApplies', () => {
  it('checks window, usage, currency, minimum subtotal and eligible lines', () => {
    expect(reason({})).toBe('APPLIES');
    expect(reason({ validFrom: new Date('2026-11-23T00:00:00Z') })).toBe('NOT_STARTED');
    expect(reason({ validTo: now })).toBe('EXPIRED');
    expect(reason({ usageCount: 5 })).toBe('USAGE_LIMIT_REACHED');
    expect(reason({}, { currency: 'GBP' })).toBe('WRONG_CURRENCY');
    expect(reason({}, { subtotal: 2999 })).toBe('MINIMUM_SUBTOTAL_NOT_MET');
    expect(reason({ scope: 'LINE', skus: ['B'] })).toBe('NO_ELIGIBLE_LINE');
    expect(reason({ usageLimit: null, validTo: null, minimumSubtotal: null })).toBe('APPLIES');
  });
});

describe('validateNewPromotion', () => {
  const command = { code: 'summer-25', description: 'Summer sale', kind: 'PERCENTAGE' as const, value: 25 };

  it('normalizes the code and fills defaults', () => {
    expect(validateNewPromotion(command, now)).toMatchObject({ code: 'SUMMER-25', scope: 'ORDER', currency: 'EUR', validFrom: now, validTo: null, skus: [] });
  });

  it('rejects malformed codes and out-of-range values', () => {
    const field = (overrides: object) => {
      try {
        validateNewPromotion({ ...command, ...overrides }, now);
        return null;
      } catch (error) {
        return (error as { details: { field?: string } }).details.field;
      }
    };
    expect(field({ code: 'a' })).toBe('code');
    expect(field({ code: 'HAS SPACE' })).toBe('code');
    expect(field({ value: 0 })).toBe('value');
    expect(field({ value: 101 })).toBe('value');
    expect(field({ kind: 'FIXED_AMOUNT', value: 0 })).toBe('value');
    expect(field({ scope: 'LINE' })).toBe('skus');
    expect(field({ validTo: new Date('2026-01-01T00:00:00Z') })).toBe('validTo');
    expect(field({ usageLimit: 0 })).toBe('usageLimit');
    expect(field({ kind: 'FIXED_AMOUNT', value: 500 })).toBeNull();
  });
});
