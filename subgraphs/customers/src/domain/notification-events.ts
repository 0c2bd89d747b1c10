import type { BusEvent } from '@oms/platform';
import type { NotificationTemplate } from '../entities/notification.entity.ts';
import type { Money, MessageFacts } from './notification-templates.ts';

/**
 * The events customers are told about, by the service that publishes them. OrderHeld,
 * OrderHoldReleased, ReturnRefunded and Refunded are followed by name: a hold reaches the
 * customer once whichever of OrderHeld and OrderStatusChanged → ON_HOLD comes first.
 */
export const NOTIFICATION_EVENT_TYPES = [
  // orders
  'OrderPlaced',
  'OrderStatusChanged',
  'OrderHeld',
  'OrderHoldReleased',
  'ReturnRefunded',
  'Refunded',
  // fulfillment
  'ShipmentShipped',
  'ShipmentDelivered',
  'PickupReady',
  'PickedUp',
  'PickupExpired',
] as const;

/** What an event asks of the notifications, read from its payload alone. */
export interface NotificationIntent {
  orderId: string | null;
  customerId: string | null;
  /** OrderPlaced (and the holds, which repeat them): what later messages about the order need. */
  order?: { number: string | null; email: string | null; total: Money | null };
  /** The milestone to tell the customer about, if any. */
  template?: NotificationTemplate;
  facts: Omit<MessageFacts, 'firstName' | 'orderNumber'>;
  /** Values only the customer may read (masked for staff). */
  secrets: string[];
  /** OrderStatusChanged: the order's move, for the once-only milestones. */
  statusChange?: { from: string | null; to: string };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

function money(value: unknown, currency?: unknown): Money | null {
  if (typeof value === 'number' && Number.isInteger(value) && typeof currency === 'string') return { amount: value, currency };
  if (typeof value === 'object' && value !== null) {
    const { amount, currency: nested } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount === 'number' && Number.isInteger(amount) && typeof nested === 'string' && /^[A-Z]{3}$/.test(nested)) return { amount, currency: nested };
  }
  return null;
}

function date(value: unknown): Date | null {
  const parsed = typeof value === 'string' ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
}

/** Tracking numbers and the carrier of a ShipmentShipped event's parcels. */
function parcelsOf(value: unknown): { carrier: string | null; trackingNumbers: string[] } {
  const parcels = Array.isArray(value) ? (value as unknown[]) : [];
  const read = parcels.filter((parcel): parcel is Record<string, unknown> => typeof parcel === 'object' && parcel !== null);
  return {
    carrier: read.map((parcel) => text(parcel['carrier'])).find((carrier) => carrier !== null) ?? null,
    trackingNumbers: read.map((parcel) => text(parcel['trackingNumber'])).filter((number): number is string => number !== null),
  };
}

/** Reads what an event means for customer messaging; pure, so each mapping is testable alone. */
export function notificationIntentOf(event: BusEvent): NotificationIntent {
  const { payload } = event;
  const base = { orderId: text(payload['orderId']), customerId: text(payload['customerId']), facts: {}, secrets: [] };
  const orderFacts = { number: text(payload['number']), email: text(payload['email']) };
  switch (event.type) {
    case 'OrderPlaced':
      return { ...base, order: { ...orderFacts, total: money(payload['total']) } };
    case 'OrderStatusChanged':
      return { ...base, statusChange: { from: text(payload['from']), to: text(payload['to']) ?? '' } };
    case 'OrderHeld':
      return { ...base, order: { ...orderFacts, total: null }, template: 'ORDER_ON_HOLD' };
    case 'OrderHoldReleased':
      return { ...base, order: { ...orderFacts, total: null }, template: 'ORDER_HOLD_RELEASED' };
    case 'ReturnRefunded':
    case 'Refunded':
      return {
        ...base,
        template: 'ORDER_REFUNDED',
        facts: { refund: money(payload['amount'], payload['currency']) ?? money(payload['refund']) ?? money(payload['total']) },
      };
    case 'ShipmentShipped':
      return { ...base, template: 'ORDER_SHIPPED', facts: parcelsOf(payload['parcels']) };
    case 'ShipmentDelivered':
      return { ...base, template: 'ORDER_DELIVERED' };
    case 'PickupReady': {
      const code = text(payload['code']);
      const type = text(payload['type']);
      return {
        ...base,
        template: 'PICKUP_READY',
        facts: { code, deadline: date(payload['deadline']), paymentDueInStore: type === 'RESERVE_IN_STORE', curbside: type === 'CURBSIDE' },
        secrets: code ? [code] : [],
      };
    }
    case 'PickedUp':
      return { ...base, template: 'PICKED_UP' };
    case 'PickupExpired':
      return { ...base, template: 'PICKUP_EXPIRED' };
    default:
      return base;
  }
}

/**
 * The milestone of an order's status change, if it is one told from this event: confirmation (once
 * per order), a hold (once per hold), cancellation. Shipping and delivery are told from
 * fulfillment's events, which name the parcels.
 */
export function statusChangeTemplate(to: string): NotificationTemplate | undefined {
  switch (to) {
    case 'CONFIRMED':
      return 'ORDER_CONFIRMED';
    case 'ON_HOLD':
      return 'ORDER_ON_HOLD';
    case 'CANCELLED':
      return 'ORDER_CANCELLED';
    default:
      return undefined;
  }
}
