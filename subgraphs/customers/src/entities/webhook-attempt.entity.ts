import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** One POST of a webhook delivery and what the receiver answered: the delivery log. */
export const WebhookAttemptSchema = defineEntity({
  name: 'WebhookAttempt',
  tableName: 'webhook_attempt',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    deliveryId: p.uuid(),
    number: p.integer(),
    at: p.datetime(),
    /** The HTTP status; null when no answer came (refused connection, time-out). */
    statusCode: p.integer().nullable(),
    error: p.string().length(500).nullable(),
    durationMs: p.integer(),
  },
  uniques: [{ properties: ['deliveryId', 'number'] }],
});

export class WebhookAttempt extends WebhookAttemptSchema.class {}
WebhookAttemptSchema.setClass(WebhookAttempt);
