import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

export const NOTIFICATION_TEMPLATES = ['PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'SHIPPED', 'DELIVERED'] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export const NOTIFICATION_CHANNELS = ['EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The log of what customers were told, and when. */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    recipient: p.string().length(254),
    customerId: p.uuid().nullable(),
    channel: p.enum(NOTIFICATION_CHANNELS).default('EMAIL'),
    template: p.enum(NOTIFICATION_TEMPLATES),
    // The PICKUP_READY payload holds the pickup code: the one place it exists in clear.
    payload: p.json<Record<string, unknown>>().hidden(),
    orderId: p.uuid().nullable().index(),
    fulfillmentOrderId: p.uuid().nullable(),
    sentAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);
