import { describe, expect, it } from 'vitest';
import { scaleHalfEven, splitProportionally } from '../src/domain/money.ts';
import { random } from './support/random.ts';

describe('scaleHalfEven', () => {
  it('rounds half to even and everything else to nearest', () => {
    expect(scaleHalfEven(5, 1, 2)).toBe(2); // 2.5 → 2
    expect(scaleHalfEven(7, 1, 2)).toBe(4); // 3.5 → 4
    expect(scaleHalfEven(1201, 2000, 12000)).toBe(200); // 200.1666
    expect(scaleHalfEven(1199, 1, 10)).toBe(120); // 119.9
    expect(scaleHalfEven(0, 2000, 12000)).toBe(0);
  });

  it('stays exact beyond 2^53', () => {
    expect(scaleHalfEven(9_000_000_000_000, 2300, 12300)).toBe(1_682_926_829_268);
  });

  it('refuses negative and fractional inputs', () => {
    expect(() => scaleHalfEven(-1, 1, 2)).toThrow(RangeError);
    expect(() => scaleHalfEven(1.5, 1, 2)).toThrow(RangeError);
    expect(() => scaleHalfEven(1, 1, 0)).toThrow(RangeError);
  });
});

describe('splitProportionally (largest remainder)', () => {
  it('gives the leftover units to the largest remainders, earliest first on ties', () => {
    expect(splitProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitProportionally(10, [3000, 1000])).toEqual([8, 2]); // 7.5, 2.5 → ties go to the first
    expect(splitProportionally(5, [0, 10, 0])).toEqual([0, 5, 0]);
    expect(splitProportionally(0, [0, 0])).toEqual([0, 0]);
  });

  it('always sums to the total, never goes negative and never exceeds a share by a unit', () => {
    const next = random(42);
    for (let run = 0; run < 2000; run++) {
      const weights = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 100_000));
      const sumOfWeights = weights.reduce((a, b) => a + b, 0);
      const total = sumOfWeights === 0 ? 0 : Math.floor(next() * sumOfWeights);
      const parts = splitProportionally(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((part, index) => {
        const exact = sumOfWeights === 0 ? 0 : (total * (weights[index] ?? 0)) / sumOfWeights;
        expect(part).toBeGreaterThanOrEqual(0);
        expect(Math.abs(part - exact)).toBeLessThan(1);
        expect(part).toBeLessThanOrEqual(weights[index] ?? 0);
      });
    }
  });
});
