import { describe, expect, it } from 'vitest';
import { QuotaBuckets } from '../src/security/quota.ts';

describe('QuotaBuckets (leaky bucket of cost points)', () => {
  it('lets a key spend its bucket, then throttles it with the time to wait', () => {
    const buckets = new QuotaBuckets(1000, 100);
    const start = 1_000_000;
    expect(buckets.take('a', 600, start)).toEqual({ ok: true, remaining: 400 });
    expect(buckets.take('a', 600, start)).toEqual({ ok: false, retryAfterSeconds: 2, remaining: 400 });
    // Another key is unaffected.
    expect(buckets.take('b', 900, start)).toEqual({ ok: true, remaining: 100 });
  });

  it('refills continuously at the configured rate, never above capacity', () => {
    const buckets = new QuotaBuckets(1000, 100);
    buckets.take('a', 1000, 0);
    expect(buckets.take('a', 500, 5_000)).toEqual({ ok: true, remaining: 0 });
    expect(buckets.take('a', 1, 60_000)).toEqual({ ok: true, remaining: 999 });
  });
});
