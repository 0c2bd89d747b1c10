import { randomBytes } from 'node:crypto';
import { backoffDelayMs, webhookSignature } from '@oms/platform';

/** The receiver's deduplication key: the same event always carries the same id, on every attempt and replay. */
export const WEBHOOK_EVENT_ID_HEADER = 'x-oms-event-id';
/** Unix seconds when this attempt was signed; receivers should refuse old ones (replayed captures). */
export const WEBHOOK_TIMESTAMP_HEADER = 'x-oms-timestamp';
/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the subscription's secret>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-oms-signature';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The signature header's value; signing the timestamp with the body stops an old body from being replayed with a fresh time. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return webhookSignature(secret, `${timestamp}.${body}`);
}

/**
 * Wait before the attempt after attempt `attempt` (1 = after the first failure): four times longer
 * each time, at most 720 × the base. With the default base of one minute and 8 attempts:
 * 1 min, 4 min, 16 min, 64 min, 4 h 16 min, 12 h, 12 h — the 8th attempt comes about 29.7 h after
 * the first. Everything scales with the base, so tests can run the same schedule in milliseconds.
 */
export function webhookRetryDelayMs(attempt: number, baseMs: number): number {
  return backoffDelayMs(attempt, { baseMs, factor: 4, maxMs: baseMs * 720 });
}

/** How long after the first attempt the last one is made, when every attempt fails. */
export function webhookRetrySpanMs(maxAttempts: number, baseMs: number): number {
  let span = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt++) span += webhookRetryDelayMs(attempt, baseMs);
  return span;
}
