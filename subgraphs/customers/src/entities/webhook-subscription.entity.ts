import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * An endpoint of another system (ERP, WMS, BI) that receives the OMS's events of some types,
 * signed with the subscription's secret. Deleting keeps the row (and its delivery log) but stops
 * new deliveries.
 */
export const WebhookSubscriptionSchema = defineEntity({
  name: 'WebhookSubscription',
  tableName: 'webhook_subscription',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    url: p.string().length(2000),
    eventTypes: p.array().columnType('text[]'),
    description: p.string().length(500).nullable(),
    /** HMAC-SHA256 key of the signatures; shown once, at creation. */
    signingSecret: p.string().length(100).hidden(),
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
    deletedAt: p.datetime().nullable(),
  },
  checks: [{ name: 'webhook_subscription_event_types_check', expression: 'cardinality(event_types) > 0' }],
});

export class WebhookSubscription extends WebhookSubscriptionSchema.class {}
WebhookSubscriptionSchema.setClass(WebhookSubscription);
