import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** The milestones a customer is told about; one template per milestone and language. */
export const NOTIFICATION_TEMPLATES = [
  'ORDER_CONFIRMED',
  'ORDER_ON_HOLD',
  'ORDER_HOLD_RELEASED',
  'ORDER_SHIPPED',
  'ORDER_DELIVERED',
  'PICKUP_READY',
  'PICKED_UP',
  'PICKUP_EXPIRED',
  'ORDER_CANCELLED',
  'ORDER_REFUNDED',
  'ORDER_EDITED',
  'ORDER_ALTERNATIVE_ACCEPTED',
  'RETURN_REQUESTED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'RETURN_IN_TRANSIT',
  'RETURN_RECEIVED',
  'RETURN_INSPECTED',
  'RETURN_CLOSED',
  'EXCHANGE_CREATED',
  'APPEASEMENT_GRANTED',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export const NOTIFICATION_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * A message to a customer: recorded with the event that caused it (once per event and template),
 * then sent after commit by the notification sender, retried with backoff. The rendered text is
 * kept: it is the record of what the customer was told.
 */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** The bus event this message reports; with the template, its idempotency key. */
    eventId: p.uuid(),
    template: p.enum(NOTIFICATION_TEMPLATES),
    customerId: p.uuid().nullable(),
    orderId: p.uuid().nullable(),
    recipient: p.string().length(254),
    language: p.string().length(8),
    subject: p.string().length(300),
    body: p.text(),
    /** Values only the recipient may read (a pickup code): masked when staff read the message. */
    secrets: p.array().columnType('text[]').default([]).hidden(),
    /** The channel that took (or will take) the message: EMAIL (SMTP) or DEV_SINK. */
    channel: p.string().length(20).nullable(),
    status: p.enum(NOTIFICATION_STATUSES).default('PENDING'),
    attempts: p.integer().default(0).check('attempts >= 0'),
    nextAttemptAt: p.datetime().nullable(),
    lastError: p.string().length(500).nullable(),
    providerMessageId: p.string().length(300).nullable(),
    sentAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['eventId', 'template'] }],
  indexes: [
    { properties: ['customerId', 'createdAt', 'id'] },
    { properties: ['orderId', 'createdAt', 'id'] },
    { properties: ['createdAt', 'id'] },
    { properties: ['status', 'nextAttemptAt'] },
  ],
});

export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);
