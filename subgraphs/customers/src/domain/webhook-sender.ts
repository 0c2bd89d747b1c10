import {
  anythingDue,
  attemptError,
  inTransaction,
  nextWebhookStep,
  webhookPoster,
  webhookSignatureHeaders,
  type EntityManager,
  type Logger,
  type TimedWebhookAttempt,
  type WebhookPoster,
} from '@oms/platform';
import type { MessagingConfig } from '../messaging.config.ts';

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

/** One attempt, signed afresh (Standard Webhooks; the event id is the message id). */
function post(poster: WebhookPoster, delivery: ClaimedDelivery, timeoutMs: number): Promise<TimedWebhookAttempt> {
  return poster.post({
    url: delivery.url,
    body: delivery.body,
    userAgent: 'oms-webhooks/1',
    headers: webhookSignatureHeaders(delivery.signing_secret, { id: delivery.event_id, at: new Date(), body: delivery.body }),
    timeoutMs,
  });
}

/**
 * Sends the webhook deliveries that are due, at least once each (receivers dedupe by event id).
 * Rows are claimed with `FOR UPDATE SKIP LOCKED` and leased past the request time-out, so several
 * instances never send one at the same time and a crash mid-request only delays it. Every attempt
 * is logged with the receiver's status code; a failure is retried by the shared retry policy
 * (`nextWebhookStep`) until an answer is final or the attempts run out (FAILED; a replay starts a
 * new round).
 * Returns how many were tried.
 */
export async function sendDueWebhooks(
  em: EntityManager,
  settings: MessagingConfig['webhooks'],
  logger: Logger,
  batchSize = 20,
  poster: WebhookPoster = webhookPoster(settings.targets),
): Promise<number> {
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
      const attempt: TimedWebhookAttempt = delivery.deleted
        ? { kind: 'refused', error: 'subscription deleted', durationMs: 0 }
        : await post(poster, delivery, settings.timeoutMs);
      const statusCode = attempt.kind === 'answered' ? attempt.statusCode : null;
      const error = attemptError(attempt);
      const next = nextWebhookStep(settings.retry, delivery.cycle_attempts, attempt);
      const nextAttemptAt = next.status === 'PENDING' ? next.nextAttemptAt : null;
      await inTransaction(em, async (tx) => {
        await tx.execute(
          `insert into customers.webhook_attempt (id, delivery_id, number, at, status_code, error, duration_ms)
           values (gen_random_uuid(), ?, ?, now(), ?, ?, ?)`,
          [delivery.id, delivery.attempts, statusCode, error, attempt.durationMs],
        );
        await tx.execute(
          `update customers.webhook_delivery
              set status = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?,
                  delivered_at = case when ? then now() else delivered_at end
            where id = ?`,
          [next.status, statusCode, error, nextAttemptAt, next.status === 'DELIVERED', delivery.id],
        );
      });
      if (next.status !== 'DELIVERED') {
        const log = { deliveryId: delivery.id, eventId: delivery.event_id, attempt: delivery.cycle_attempts, statusCode, error };
        if (next.status === 'FAILED') logger.error(log, 'webhook delivery failed for good');
        else logger.warn({ ...log, nextAttemptAt }, 'webhook delivery failed; will retry');
      }
    }),
  );
  return claimed.length;
}
