import type { EntityManager } from '@oms/platform';
import { Notification, type NotificationTemplate } from '../entities/notification.entity.ts';
import type { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';

export interface CustomerNotification {
  recipient: string;
  customerId: string | null;
  template: NotificationTemplate;
  payload: Record<string, unknown>;
  orderId: string;
  fulfillmentOrderId: string | null;
}

/** How customers are told about their orders; called inside the transaction of the change. */
export interface Notifier {
  notify(em: EntityManager, message: CustomerNotification): void;
}

/**
 * The notification log as the delivery: the message is recorded as sent with the change that caused
 * it. A real e-mail adapter implements Notifier by recording it unsent (sentAt null) and sending it
 * from a worker after commit, so a rolled-back change never e-mails anyone.
 */
export class NotificationLog implements Notifier {
  notify(em: EntityManager, message: CustomerNotification): void {
    em.create(Notification, { ...message, channel: 'EMAIL', sentAt: new Date() });
  }
}

export const notifier: Notifier = new NotificationLog();

export function notifyCustomer(em: EntityManager, fo: FulfillmentOrder, template: NotificationTemplate, payload: Record<string, unknown>): void {
  notifier.notify(em, {
    recipient: fo.email,
    customerId: fo.customerId ?? null,
    template,
    payload: { orderNumber: fo.orderNumber, ...payload },
    orderId: fo.orderId,
    fulfillmentOrderId: fo.id,
  });
}
