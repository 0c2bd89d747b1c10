import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { FulfillmentOrder } from './fulfillment-order.entity.ts';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One message to a dropship vendor's webhook and its delivery attempts (retried with backoff). */
export const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    fulfillmentOrderId: () => p.manyToOne(FulfillmentOrder).mapToPk().fieldName('fulfillment_order_id').index(),
    locationId: p.uuid(),
    event: p.string().length(60),
    payload: p.json<Record<string, unknown>>(),
    status: p.enum(WEBHOOK_DELIVERY_STATUSES).default('PENDING'),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.string().length(500).nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // By age: the retention worker.
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['createdAt'] }],
});

export class WebhookDelivery extends WebhookDeliverySchema.class {}
WebhookDeliverySchema.setClass(WebhookDelivery);
