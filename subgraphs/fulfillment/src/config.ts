import { ConfigError } from '@oms/platform';

/** Development secrets: only ever accepted outside production. */
export const DEVELOPMENT_PICKUP_CODE_SECRET = 'oms-development-pickup-code-secret-change-me';
export const developmentCarrierSecret = (adapter: string) => `oms-development-carrier-webhook-secret-${adapter}`;

export interface FulfillmentConfig {
  /** Days a customer has to collect a pickup order before it is cancelled and restocked. */
  pickupHoldDays: number;
  /** How often pickups past their deadline are expired. */
  pickupSweepIntervalMs: number;
  /** Key of the HMAC pickup codes are stored as (a 6-digit code alone is too easy to brute-force). */
  pickupCodeSecret: string;
  /** Per carrier adapter: the secret carriers sign their webhook bodies with (HMAC-SHA256). */
  carrierSecrets: Readonly<Record<string, string>>;
  /** Dropship vendor webhooks: how often due deliveries are sent, first retry delay, attempts, time-out. */
  dropshipWebhook: { intervalMs: number; backoffMs: number; maxAttempts: number; timeoutMs: number; allowHttp: boolean };
}

type Problems = string[];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: Problems): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`  ${name}: must be a whole number from ${min} to ${max} (got ${raw})`);
    return fallback;
  }
  return value;
}

function secret(env: NodeJS.ProcessEnv, name: string, minLength: number, fallback: string, problems: Problems): string {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    if (env['NODE_ENV'] === 'production') problems.push(`  ${name}: required when NODE_ENV=production`);
    return fallback;
  }
  if (raw.length < minLength) problems.push(`  ${name}: must be at least ${minLength} characters`);
  return raw;
}

/** Parses the fulfillment settings; every problem is reported with the variable that caused it. */
export function loadFulfillmentConfig(env: NodeJS.ProcessEnv = process.env): FulfillmentConfig {
  const problems: Problems = [];
  const config: FulfillmentConfig = {
    pickupHoldDays: integer(env, 'PICKUP_HOLD_DAYS', 3, 1, 14, problems),
    pickupSweepIntervalMs: integer(env, 'PICKUP_SWEEP_INTERVAL_MS', 60_000, 100, 3_600_000, problems),
    pickupCodeSecret: secret(env, 'PICKUP_CODE_SECRET', 32, DEVELOPMENT_PICKUP_CODE_SECRET, problems),
    carrierSecrets: {
      generic: secret(env, 'CARRIER_WEBHOOK_SECRET_GENERIC', 16, developmentCarrierSecret('generic'), problems),
      aftership: secret(env, 'CARRIER_WEBHOOK_SECRET_AFTERSHIP', 16, developmentCarrierSecret('aftership'), problems),
    },
    dropshipWebhook: {
      intervalMs: integer(env, 'DROPSHIP_WEBHOOK_INTERVAL_MS', 1_000, 50, 60_000, problems),
      backoffMs: integer(env, 'DROPSHIP_WEBHOOK_BACKOFF_MS', 5_000, 10, 3_600_000, problems),
      maxAttempts: integer(env, 'DROPSHIP_WEBHOOK_MAX_ATTEMPTS', 8, 1, 50, problems),
      timeoutMs: integer(env, 'DROPSHIP_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000, problems),
      allowHttp: env['NODE_ENV'] !== 'production',
    },
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return config;
}

let loaded: FulfillmentConfig | undefined;

/** The service's settings, parsed once (at start-up: the routes and workers ask first). */
export function fulfillmentConfig(): FulfillmentConfig {
  loaded ??= loadFulfillmentConfig();
  return loaded;
}
