import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * One event for one subscription (at most one row per pair): the body as it is sent on every
 * attempt, and where its delivery stands. `cycleAttempts` counts the attempts since it was last
 * queued (a replay queues it again), which drives the backoff and when to give up.
 */
export const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    subscriptionId: p.uuid(),
    eventId: p.uuid(),
    eventType: p.string().length(100),
    /** The JSON body: `{ id, type, occurredAt, data }`. */
    body: p.text(),
    status: p.enum(WEBHOOK_DELIVERY_STATUSES).default('PENDING'),
    attempts: p.integer().default(0),
    cycleAttempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.string().length(500).nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['subscriptionId', 'eventId'] }],
  // By age: the retention worker.
  indexes: [{ properties: ['subscriptionId', 'createdAt', 'id'] }, { properties: ['status', 'nextAttemptAt'] }, { properties: ['createdAt'] }],
  checks: [{ name: 'webhook_delivery_attempts_check', expression: 'attempts >= 0 and cycle_attempts >= 0 and cycle_attempts <= attempts' }],
});

export class WebhookDelivery extends WebhookDeliverySchema.class {}
WebhookDeliverySchema.setClass(WebhookDelivery);
