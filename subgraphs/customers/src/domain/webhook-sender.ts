import { anythingDue, inTransaction, isDeliveredStatus, postWebhook, type EntityManager, type Logger } from '@oms/platform';
import type { MessagingConfig } from '../messaging.config.ts';
import { assertPublicHost } from './outbound-url.ts';
import { signWebhook, webhookRetryDelayMs, WEBHOOK_EVENT_ID_HEADER, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from './webhook-signature.ts';

interface ClaimedDelivery {
  id: string;
  event_id: string;
  event_type: string;
  body: string;
  attempts: number;
  cycle_attempts: number;
  url: string;
  signing_secret: string;
  deleted: boolean;
}

interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const shorten = (value: string) => value.slice(0, 500);

async function post(delivery: ClaimedDelivery, settings: MessagingConfig['webhooks']): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<AttemptOutcome, 'durationMs'>): AttemptOutcome => ({ ...outcome, durationMs: Math.round(performance.now() - started) });
  try {
    // Checked again at each attempt: a name that resolved to a public address may not any more.
    if (!settings.allowPrivateNetworks) await assertPublicHost(new URL(delivery.url));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const status = await postWebhook({
      url: delivery.url,
      body: delivery.body,
      userAgent: 'oms-webhooks/1',
      headers: {
        [WEBHOOK_EVENT_ID_HEADER]: delivery.event_id,
        [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(delivery.signing_secret, timestamp, delivery.body),
      },
      timeoutMs: settings.timeoutMs,
    });
    return isDeliveredStatus(status) ? done({ ok: true, statusCode: status, error: null }) : done({ ok: false, statusCode: status, error: `HTTP ${status}` });
  } catch (error) {
    return done({ ok: false, statusCode: null, error: shorten(error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : 'request failed') });
  }
}

/**
 * Sends the webhook deliveries that are due, at least once each (receivers dedupe by event id).
 * Rows are claimed with `FOR UPDATE SKIP LOCKED` and leased past the request time-out, so several
 * instances never send one at the same time and a crash mid-request only delays it. Every attempt
 * is logged with the receiver's status code; a failure is retried on the schedule of
 * `webhookRetryDelayMs` until the attempts run out (FAILED; a replay starts a new round).
 * Returns how many were tried.
 */
export async function sendDueWebhooks(em: EntityManager, settings: MessagingConfig['webhooks'], logger: Logger, batchSize = 20): Promise<number> {
  if (!(await anythingDue(em, `select 1 from customers.webhook_delivery where status = 'PENDING' and next_attempt_at <= now()`))) return 0;
  const leaseSeconds = (settings.timeoutMs * 2) / 1000 + 5;
  const claimed = await inTransaction(em, (tx) =>
    tx.execute<ClaimedDelivery[]>(
      `update customers.webhook_delivery d
          set attempts = d.attempts + 1, cycle_attempts = d.cycle_attempts + 1, last_attempt_at = now(),
              next_attempt_at = now() + make_interval(secs => ?)
         from (select w.id from customers.webhook_delivery w
                where w.status = 'PENDING' and w.next_attempt_at <= now()
                order by w.next_attempt_at limit ? for update of w skip locked) due,
              customers.webhook_subscription s
        where d.id = due.id and s.id = d.subscription_id
    returning d.id, d.event_id, d.event_type, d.body, d.attempts, d.cycle_attempts, s.url, s.signing_secret, s.deleted_at is not null as deleted`,
      [leaseSeconds, batchSize],
    ),
  );
  await Promise.all(
    claimed.map(async (delivery) => {
      const outcome: AttemptOutcome = delivery.deleted
        ? { ok: false, statusCode: null, error: 'subscription deleted', durationMs: 0 }
        : await post(delivery, settings);
      const final = !outcome.ok && (delivery.deleted || delivery.cycle_attempts >= settings.maxAttempts);
      const status = outcome.ok ? 'DELIVERED' : final ? 'FAILED' : 'PENDING';
      const nextAttemptAt = status === 'PENDING' ? new Date(Date.now() + webhookRetryDelayMs(delivery.cycle_attempts, settings.backoffMs)) : null;
      await inTransaction(em, async (tx) => {
        await tx.execute(
          `insert into customers.webhook_attempt (id, delivery_id, number, at, status_code, error, duration_ms)
           values (gen_random_uuid(), ?, ?, now(), ?, ?, ?)`,
          [delivery.id, delivery.attempts, outcome.statusCode, outcome.error, outcome.durationMs],
        );
        await tx.execute(
          `update customers.webhook_delivery
              set status = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?,
                  delivered_at = case when ? then now() else delivered_at end
            where id = ?`,
          [status, outcome.statusCode, outcome.error, nextAttemptAt, outcome.ok, delivery.id],
        );
      });
      if (!outcome.ok) {
        const log = { deliveryId: delivery.id, eventId: delivery.event_id, attempt: delivery.cycle_attempts, statusCode: outcome.statusCode, error: outcome.error };
        if (final) logger.error(log, 'webhook delivery failed for good');
        else logger.warn({ ...log, nextAttemptAt }, 'webhook delivery failed; will retry');
      }
    }),
  );
  return claimed.length;
}
