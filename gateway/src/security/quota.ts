/**
 * Leaky buckets of cost points: each operation takes its cost out of its caller's bucket, which
 * refills continuously. An operation the bucket cannot cover is refused with the time to wait.
 */
export class QuotaBuckets {
  readonly #capacity: number;
  readonly #refillPerSecond: number;
  readonly #buckets = new Map<string, { level: number; at: number }>();

  constructor(capacity: number, refillPerSecond: number) {
    this.#capacity = capacity;
    this.#refillPerSecond = refillPerSecond;
  }

  /** Takes `cost` from `key`'s bucket; returns what is left, or the seconds to wait when it cannot. */
  take(key: string, cost: number, now = Date.now()): { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number; remaining: number } {
    const bucket = this.#buckets.get(key) ?? { level: this.#capacity, at: now };
    bucket.level = Math.min(this.#capacity, bucket.level + ((now - bucket.at) / 1000) * this.#refillPerSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 100_000) this.#evictFull(now);
    const charge = Math.min(cost, this.#capacity);
    if (bucket.level >= charge) {
      bucket.level -= charge;
      return { ok: true, remaining: Math.floor(bucket.level) };
    }
    return { ok: false, retryAfterSeconds: Math.ceil((charge - bucket.level) / this.#refillPerSecond), remaining: Math.floor(bucket.level) };
  }

  #evictFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.level + ((now - bucket.at) / 1000) * this.#refillPerSecond >= this.#capacity) this.#buckets.delete(key);
    }
  }
}
