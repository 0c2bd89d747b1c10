import type { Logger, Principal } from '@oms/platform';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Serializes the creation of the quota tables by replicas starting together. */
const QUOTA_TABLES_LOCK = 'oms.gateway.quota-tables';

/** Points a caller may spend per window: cost points, or requests for the anonymous request rate. */
export interface QuotaPolicy {
  points: number;
  /** Refill rate; the window is `points / perSecond` seconds. */
  perSecond: number;
}

export interface QuotaPolicies {
  /** Cost points per partner API key. */
  partner: QuotaPolicy;
  /** Cost points per signed-in customer or staff member. */
  user: QuotaPolicy;
  /** Cost points per client address without credentials. */
  anonymous: QuotaPolicy;
  /** Operations per client address without credentials. */
  anonymousRequests: QuotaPolicy;
}

export type QuotaStore = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string } | { kind: 'memory' };

export type QuotaCharge =
  | { ok: true; remaining: number | undefined }
  | { ok: false; retryAfterSeconds: number; remaining: number; message: string };

type Limiters = Record<keyof QuotaPolicies, RateLimiterAbstract>;

function eachPolicy<T>(policies: QuotaPolicies, make: (name: keyof QuotaPolicies, policy: QuotaPolicy) => T): Record<keyof QuotaPolicies, T> {
  return {
    partner: make('partner', policies.partner),
    user: make('user', policies.user),
    anonymous: make('anonymous', policies.anonymous),
    anonymousRequests: make('anonymousRequests', policies.anonymousRequests),
  };
}

function windowSeconds(policy: QuotaPolicy): number {
  return Math.max(1, Math.ceil(policy.points / policy.perSecond));
}

/**
 * Quotas of every caller in a store shared by all gateway replicas (rate-limiter-flexible): Redis
 * when `REDIS_URL` is set, else PostgreSQL when the gateway has a `DATABASE_URL`, else this process's
 * memory (one replica). Each operation is charged its full cost. The request rate of an address
 * (operations without credentials, and refusals), whatever the transport, is counted in each
 * replica's memory: it stops floods before any work, and must not cost a round trip to the store.
 * A store that fails falls back to memory per replica (`insuranceLimiter`) rather than refusing
 * every request.
 */
export class Quotas {
  readonly #limiters: Limiters;
  readonly #close: () => Promise<void>;

  private constructor(limiters: Limiters, close: () => Promise<void>) {
    this.#limiters = limiters;
    this.#close = close;
  }

  static async open(store: QuotaStore, policies: QuotaPolicies, logger: Logger): Promise<Quotas> {
    const memory = (name: string, policy: QuotaPolicy) =>
      new RateLimiterMemory({ keyPrefix: `oms_quota_${name}`, points: policy.points, duration: windowSeconds(policy) });
    if (store.kind === 'redis') {
      const redis = new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
      redis.on('error', (error: Error) => logger.warn({ err: error }, 'quota store (Redis) unavailable: per-replica quotas meanwhile'));
      await redis.connect();
      const limiters = eachPolicy(
        policies,
        (name, policy) =>
          new RateLimiterRedis({ keyPrefix: `oms_quota_${name}`, points: policy.points, duration: windowSeconds(policy), storeClient: redis, insuranceLimiter: memory(name, policy) }),
      );
      return new Quotas({ ...limiters, anonymousRequests: memory('anonymousRequests', policies.anonymousRequests) }, async () => void redis.disconnect());
    }
    if (store.kind === 'postgres') {
      const pool = new pg.Pool({ connectionString: store.url, max: 10 });
      pool.on('error', (error) => logger.warn({ err: error }, 'quota store (PostgreSQL) connection error'));
      // Replicas starting together would race on CREATE ... IF NOT EXISTS (PostgreSQL then reports a
      // duplicate type or schema): one at a time creates the schema and the limiters' tables.
      const creator = await pool.connect();
      await creator.query('select pg_advisory_lock(hashtext($1))', [QUOTA_TABLES_LOCK]);
      try {
        await creator.query('CREATE SCHEMA IF NOT EXISTS gateway');
        const pending = eachPolicy(
          policies,
          (name, policy) =>
            new Promise<RateLimiterAbstract>((resolve, reject) => {
              const limiter: RateLimiterPostgres = new RateLimiterPostgres(
                {
                  storeClient: pool,
                  schemaName: 'gateway',
                  tableName: `quota_${name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`,
                  keyPrefix: `oms_quota_${name}`,
                  points: policy.points,
                  duration: windowSeconds(policy),
                  clearExpiredByTimeout: true,
                  insuranceLimiter: memory(name, policy),
                },
                (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(limiter)),
              );
            }),
        );
        const [partner, user, anonymous] = await Promise.all([pending.partner, pending.user, pending.anonymous]);
        return new Quotas({ partner, user, anonymous, anonymousRequests: memory('anonymousRequests', policies.anonymousRequests) }, () => pool.end());
      } finally {
        await creator.query('select pg_advisory_unlock(hashtext($1))', [QUOTA_TABLES_LOCK]).catch(() => undefined);
        creator.release();
      }
    }
    return new Quotas(eachPolicy(policies, memory), async () => undefined);
  }

  /** One request of an address: every request without credentials, and every refused one. */
  takeRequest(clientIp: string): Promise<QuotaCharge> {
    return this.#take('anonymousRequests', `ip:${clientIp}`, 1, 'Too many requests from this address, or too many refused');
  }

  /** Charges an admitted operation its full cost to its caller's budget. */
  async charge(principal: Principal, clientIp: string, cost: number): Promise<QuotaCharge> {
    if (principal.kind === 'service') return { ok: true, remaining: undefined };
    if (principal.kind === 'anonymous') return this.#take('anonymous', `ip:${clientIp}`, cost, 'Cost quota of this address exceeded');
    if (principal.kind === 'partner') return this.#take('partner', `key:${principal.keyId}`, cost, 'Quota exceeded for this API key');
    const key = principal.kind === 'customer' ? `customer:${principal.customerId}` : `staff:${principal.staffId}`;
    return this.#take('user', key, cost, 'Cost quota of this user exceeded');
  }

  async #take(limiter: keyof QuotaPolicies, key: string, points: number, refusal: string): Promise<QuotaCharge> {
    const rateLimiter = this.#limiters[limiter];
    if (points <= 0) return { ok: true, remaining: undefined };
    try {
      const taken = await rateLimiter.consume(key, Math.ceil(points));
      return { ok: true, remaining: taken.remainingPoints };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      const whole = points > rateLimiter.points ? ` (this operation costs ${Math.ceil(points)}, more than the whole quota of ${rateLimiter.points})` : '';
      return { ok: false, retryAfterSeconds, remaining: Math.max(0, error.remainingPoints), message: `${refusal}${whole}: retry in ${retryAfterSeconds} s` };
    }
  }

  close(): Promise<void> {
    return this.#close();
  }
}
