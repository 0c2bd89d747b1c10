import { loadWebhookTargetSettings, parseConfig, requireInProduction, secretSetting, wholeNumber, type WebhookRetryPolicy, type WebhookTargetSettings } from '@oms/platform';
import { z } from 'zod';

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
  /**
   * Dropship vendor webhooks: how often due deliveries are sent, the shared retry policy's first
   * delay and attempts, the time-out, and which URLs may be called (https and public addresses only
   * in production).
   */
  dropshipWebhook: { intervalMs: number; retry: WebhookRetryPolicy; timeoutMs: number; targets: WebhookTargetSettings };
  /**
   * Reports: hours from release within which a parcel is to be delivered (on-time delivery) and
   * should at least have left (late shipments). Shipments carry no promised date, so this is the promise.
   */
  reportSlaHours: number;
}

const fulfillmentSettings = z.object({
  PICKUP_HOLD_DAYS: wholeNumber(3, 1, 14),
  PICKUP_SWEEP_INTERVAL_MS: wholeNumber(60_000, 100, 3_600_000),
  PICKUP_CODE_SECRET: secretSetting(32),
  CARRIER_WEBHOOK_SECRET_GENERIC: secretSetting(16),
  CARRIER_WEBHOOK_SECRET_AFTERSHIP: secretSetting(16),
  DROPSHIP_WEBHOOK_INTERVAL_MS: wholeNumber(1_000, 50, 60_000),
  DROPSHIP_WEBHOOK_BACKOFF_MS: wholeNumber(5_000, 10, 3_600_000),
  DROPSHIP_WEBHOOK_MAX_ATTEMPTS: wholeNumber(8, 1, 50),
  DROPSHIP_WEBHOOK_TIMEOUT_MS: wholeNumber(10_000, 100, 60_000),
  REPORT_SLA_HOURS: wholeNumber(72, 1, 8_784),
});

/** Parses the fulfillment settings; every problem is reported with the variable that caused it. */
export function loadFulfillmentConfig(env: NodeJS.ProcessEnv = process.env): FulfillmentConfig {
  const settings = parseConfig(fulfillmentSettings, env);
  requireInProduction(env, {
    PICKUP_CODE_SECRET: settings.PICKUP_CODE_SECRET,
    CARRIER_WEBHOOK_SECRET_GENERIC: settings.CARRIER_WEBHOOK_SECRET_GENERIC,
    CARRIER_WEBHOOK_SECRET_AFTERSHIP: settings.CARRIER_WEBHOOK_SECRET_AFTERSHIP,
  });
  return {
    pickupHoldDays: settings.PICKUP_HOLD_DAYS,
    pickupSweepIntervalMs: settings.PICKUP_SWEEP_INTERVAL_MS,
    pickupCodeSecret: settings.PICKUP_CODE_SECRET ?? DEVELOPMENT_PICKUP_CODE_SECRET,
    carrierSecrets: {
      generic: settings.CARRIER_WEBHOOK_SECRET_GENERIC ?? developmentCarrierSecret('generic'),
      aftership: settings.CARRIER_WEBHOOK_SECRET_AFTERSHIP ?? developmentCarrierSecret('aftership'),
    },
    dropshipWebhook: {
      intervalMs: settings.DROPSHIP_WEBHOOK_INTERVAL_MS,
      retry: { baseMs: settings.DROPSHIP_WEBHOOK_BACKOFF_MS, maxAttempts: settings.DROPSHIP_WEBHOOK_MAX_ATTEMPTS },
      timeoutMs: settings.DROPSHIP_WEBHOOK_TIMEOUT_MS,
      targets: loadWebhookTargetSettings(env),
    },
    reportSlaHours: settings.REPORT_SLA_HOURS,
  };
}

let loaded: FulfillmentConfig | undefined;

/** The service's settings, parsed once (at start-up: the routes and workers ask first). */
export function fulfillmentConfig(): FulfillmentConfig {
  loaded ??= loadFulfillmentConfig();
  return loaded;
}
