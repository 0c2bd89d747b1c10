import { describe, expect, it } from 'vitest';
import { planAdjustment, validateAdjustment } from '../src/domain/adjustment.service.ts';
import { earliestPromiseDate, presellAvailable } from '../src/domain/availability.service.ts';
import { availableToSell, channelAvailableToSell } from '../src/domain/stock.ts';
import { inTransit } from '../src/domain/transfer.service.ts';

describe('available to sell', () => {
  it('is on hand less reserved and safety stock, never negative', () => {
    expect(availableToSell(10, 3, 2)).toBe(5);
    expect(availableToSell(10, 8, 2)).toBe(0);
    expect(availableToSell(2, 5, 0)).toBe(0);
    expect(availableToSell(0, 0, 0)).toBe(0);
  });

  it('keeps the channel buffer back on top of safety stock', () => {
    expect(channelAvailableToSell(10, 3, 2, 0)).toBe(5);
    expect(channelAvailableToSell(10, 3, 2, 4)).toBe(1);
    expect(channelAvailableToSell(10, 3, 2, 9)).toBe(0);
  });
});

describe('available to promise', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('is now when there is stock, else the next inbound arrival, never in the past', () => {
    expect(earliestPromiseDate(3, new Date('2026-12-01T00:00:00Z'), now)).toBe(now);
    expect(earliestPromiseDate(0, new Date('2026-12-01T00:00:00Z'), now)).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(earliestPromiseDate(0, new Date('2026-11-01T00:00:00Z'), now)).toBe(now);
    expect(earliestPromiseDate(0, null, now)).toBeNull();
  });

  it('presell room is bounded by the limit and by the inbound supply', () => {
    expect(presellAvailable(20, 5, 100)).toBe(15);
    expect(presellAvailable(20, 5, 8)).toBe(8);
    expect(presellAvailable(0, 0, 100)).toBe(0);
    expect(presellAvailable(5, 7, 100)).toBe(0);
  });
});

describe('transfers in transit', () => {
  it('counts shipped units not yet received, and nothing before shipping or after receipt', () => {
    expect(inTransit('REQUESTED', { quantity: 5, receivedQuantity: 0 })).toBe(0);
    expect(inTransit('SHIPPED', { quantity: 5, receivedQuantity: 0 })).toBe(5);
    expect(inTransit('PARTIALLY_RECEIVED', { quantity: 5, receivedQuantity: 2 })).toBe(3);
    expect(inTransit('RECEIVED', { quantity: 5, receivedQuantity: 5 })).toBe(0);
  });
});

describe('stock adjustments', () => {
  const base = { sku: 'X', locationId: 'L', reason: 'count' };
  it('applies a delta or sets a count, and can change safety stock alone', () => {
    expect(planAdjustment({ onHand: 10, safetyStock: 1 }, { ...base, delta: -3 })).toEqual({ onHand: 7, safetyStock: 1 });
    expect(planAdjustment({ onHand: 10, safetyStock: 1 }, { ...base, setOnHand: 4 })).toEqual({ onHand: 4, safetyStock: 1 });
    expect(planAdjustment({ onHand: 10, safetyStock: 1 }, { ...base, safetyStock: 3 })).toEqual({ onHand: 10, safetyStock: 3 });
  });

  it('refuses to go below zero and ambiguous or empty requests', () => {
    expect(() => planAdjustment({ onHand: 2, safetyStock: 0 }, { ...base, delta: -3 })).toThrow(expect.objectContaining({ code: 'NEGATIVE_STOCK' }));
    expect(() => validateAdjustment({ ...base, delta: 1, setOnHand: 3 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateAdjustment({ ...base })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateAdjustment({ ...base, setOnHand: -1 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(() => validateAdjustment({ ...base, safetyStock: 1.5 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
