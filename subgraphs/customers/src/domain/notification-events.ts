import {
  AppeasementGranted,
  ExchangeCreated,
  OrderAlternativeAccepted,
  OrderEdited,
  OrderHeld,
  OrderHoldReleased,
  OrderPlaced,
  OrderStatusChanged,
  parseAnyEvent,
  PickedUp,
  PickupCodeReissued,
  PickupExpired,
  PickupReady,
  ReturnApproved,
  ReturnClosed,
  ReturnInspected,
  ReturnInTransit,
  ReturnReceived,
  ReturnRefunded,
  ReturnRejected,
  ReturnRequested,
  ShipmentDelivered,
  ShipmentShipped,
  type ParsedEvent,
} from '@oms/contracts';
import type { BusEvent } from '@oms/platform';
import type { NotificationTemplate } from '../entities/notification.entity.ts';
import type { DeliveryChange, LineChange, Money, MessageFacts, RefundMethod, Substitute } from './notification-templates.ts';

/**
 * The events customers are told about, by the service that publishes them. OrderHeld,
 * OrderHoldReleased and ReturnRefunded are followed by name: a hold reaches the
 * customer once whichever of OrderHeld and OrderStatusChanged → ON_HOLD comes first. Every step
 * of a return is told; ReturnApproved only when a decision was waited for (a return approved at
 * once is told with its request).
 */
const NOTIFIED = {
  // orders
  OrderPlaced,
  OrderStatusChanged,
  OrderHeld,
  OrderHoldReleased,
  OrderEdited,
  OrderAlternativeAccepted,
  ReturnRequested,
  ReturnApproved,
  ReturnRejected,
  ReturnInTransit,
  ReturnReceived,
  ReturnInspected,
  ReturnRefunded,
  ReturnClosed,
  ExchangeCreated,
  AppeasementGranted,
  // fulfillment
  ShipmentShipped,
  ShipmentDelivered,
  PickupReady,
  PickupCodeReissued,
  PickedUp,
  PickupExpired,
} as const;

export const NOTIFICATION_EVENT_TYPES: readonly string[] = Object.values(NOTIFIED).map((contract) => contract.type);

/** What an event asks of the notifications, read from its payload alone. */
export interface NotificationIntent {
  orderId: string | null;
  customerId: string | null;
  /** OrderPlaced (and the holds, edits and returns, which repeat them): what later messages about the order need. */
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

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);

const records = (value: unknown): Record<string, unknown>[] =>
  (Array.isArray(value) ? (value as unknown[]) : []).filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null);

function refundMethod(value: unknown): RefundMethod | null {
  return value === 'ORIGINAL_PAYMENT' || value === 'STORE_CREDIT' ? value : null;
}

/** OrderEdited's lines in data: SKU and quantities before and after (0 = added or removed). */
function lineChangesOf(value: unknown): LineChange[] {
  return records(value).flatMap((entry) => {
    const sku = text(entry['sku']);
    const from = count(entry['from']);
    const to = count(entry['to']);
    return sku !== null && from !== null && to !== null ? [{ sku, from, to }] : [];
  });
}

const DELIVERY_CHANGES: readonly DeliveryChange[] = ['ADDRESS', 'PICKUP_STORE', 'SHIP_INSTEAD', 'PICKUP_INSTEAD'];
const deliveryChangeOf = (value: unknown): DeliveryChange | null => DELIVERY_CHANGES.find((change) => change === value) ?? null;

function substitutesOf(value: unknown): Substitute[] {
  return records(value).flatMap((entry) => {
    const sku = text(entry['sku']);
    const quantity = count(entry['quantity']);
    const replacesSku = text(entry['replacesSku']);
    return sku !== null && quantity !== null && replacesSku !== null ? [{ sku, quantity, replacesSku }] : [];
  });
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

/**
 * Reads what an event means for customer messaging, from its payload as its contract reads it (an
 * event that breaks its contract is refused with the reason); pure, so each mapping is testable alone.
 */
export function notificationIntentOf(event: BusEvent): ParsedEvent<NotificationIntent> {
  const parsed = parseAnyEvent(event);
  return parsed.ok ? { ok: true, value: intentOf(event.type, parsed.value) } : parsed;
}

function intentOf(type: string, payload: Record<string, unknown>): NotificationIntent {
  const base = { orderId: text(payload['orderId']), customerId: text(payload['customerId']), facts: {}, secrets: [] };
  const orderFacts = { number: text(payload['number']) ?? text(payload['orderNumber']), email: text(payload['email']) };
  const returnNumber = text(payload['returnNumber']);
  const currency = (payload['total'] as { currency?: unknown } | null | undefined)?.currency ?? payload['currency'];
  switch (type) {
    case OrderPlaced.type:
      return { ...base, order: { ...orderFacts, total: money(payload['total']) } };
    case OrderStatusChanged.type:
      return { ...base, statusChange: { from: text(payload['from']), to: text(payload['to']) ?? '' } };
    case OrderHeld.type:
      return { ...base, order: { ...orderFacts, total: null }, template: 'ORDER_ON_HOLD' };
    case OrderHoldReleased.type:
      return { ...base, order: { ...orderFacts, total: null }, template: 'ORDER_HOLD_RELEASED' };
    case OrderEdited.type:
      return {
        ...base,
        order: { ...orderFacts, total: money(payload['total']) },
        template: 'ORDER_EDITED',
        facts: { lineChanges: lineChangesOf(payload['lineChanges']), deliveryChange: deliveryChangeOf(payload['deliveryChange']), previousTotal: money(payload['previousTotal'], currency) },
      };
    case OrderAlternativeAccepted.type:
      return {
        ...base,
        order: { ...orderFacts, total: money(payload['total']) },
        template: 'ORDER_ALTERNATIVE_ACCEPTED',
        facts: { alternativeKind: text(payload['kind']), substitutes: substitutesOf(payload['substitutes']), previousTotal: money(payload['previousTotal'], currency) },
      };
    case ReturnRequested.type:
      return {
        ...base,
        order: { ...orderFacts, total: null },
        template: 'RETURN_REQUESTED',
        facts: { returnNumber, returnValue: money(payload['value']), returnApproved: payload['status'] === 'APPROVED' },
      };
    case ReturnApproved.type:
      // Approved at once: the request's message said so already.
      return { ...base, order: { ...orderFacts, total: null }, ...(payload['automatic'] === true ? {} : { template: 'RETURN_APPROVED' as const }), facts: { returnNumber } };
    case ReturnRejected.type:
      // The reason is written for the customer (rejectReturn's contract), so it is quoted.
      return { ...base, order: { ...orderFacts, total: null }, template: 'RETURN_REJECTED', facts: { returnNumber, reason: text(payload['reason']) } };
    case ReturnInTransit.type: {
      const tracking = text(payload['trackingNumber']);
      return {
        ...base,
        order: { ...orderFacts, total: null },
        template: 'RETURN_IN_TRANSIT',
        facts: { returnNumber, carrier: text(payload['carrier']), trackingNumbers: tracking ? [tracking] : [], labelIssued: payload['labelIssued'] === true },
      };
    }
    case ReturnReceived.type: {
      const units = records(payload['lines']).reduce((total, line) => total + (count(line['quantity']) ?? 0), 0);
      return { ...base, order: { ...orderFacts, total: null }, template: 'RETURN_RECEIVED', facts: { returnNumber, units } };
    }
    case ReturnInspected.type:
      return { ...base, order: { ...orderFacts, total: null }, template: 'RETURN_INSPECTED', facts: { returnNumber } };
    case ReturnClosed.type:
      return { ...base, order: { ...orderFacts, total: null }, template: 'RETURN_CLOSED', facts: { returnNumber, paidForExchange: (count(payload['creditUsed']) ?? 0) > 0 } };
    case ExchangeCreated.type: {
      const difference = typeof payload['difference'] === 'number' ? Math.abs(payload['difference']) : null;
      return {
        ...base,
        order: { ...orderFacts, total: null },
        template: 'EXCHANGE_CREATED',
        facts: {
          returnNumber,
          replacementOrderNumber: text(payload['replacementOrderNumber']),
          settlement: text(payload['settlement']),
          difference: money(payload['settlement'] === 'DUE' ? payload['amountDue'] : difference, payload['currency']),
        },
      };
    }
    case AppeasementGranted.type:
      // Staff's reason is internal: the customer is told of the gesture, not quoted.
      return {
        ...base,
        order: { ...orderFacts, total: null },
        template: 'APPEASEMENT_GRANTED',
        facts: { refund: money(payload['amount'], payload['currency']), refundMethod: refundMethod(payload['method']) },
      };
    case ReturnRefunded.type:
      return {
        ...base,
        ...(orderFacts.number ? { order: { ...orderFacts, total: null } } : {}),
        template: 'ORDER_REFUNDED',
        facts: {
          refund: money(payload['amount'], payload['currency']),
          refundMethod: refundMethod(payload['method']),
          returnNumber,
        },
      };
    case ShipmentShipped.type:
      return { ...base, template: 'ORDER_SHIPPED', facts: parcelsOf(payload['parcels']) };
    case ShipmentDelivered.type:
      return { ...base, template: 'ORDER_DELIVERED' };
    // A code issued again (the customer lost the message): the same message, with the new code.
    case PickupReady.type:
    case PickupCodeReissued.type: {
      const code = text(payload['code']);
      const type = text(payload['type']);
      return {
        ...base,
        template: 'PICKUP_READY',
        facts: { code, deadline: date(payload['deadline']), paymentDueInStore: type === 'RESERVE_IN_STORE', curbside: type === 'CURBSIDE' },
        secrets: code ? [code] : [],
      };
    }
    case PickedUp.type:
      return { ...base, template: 'PICKED_UP' };
    case PickupExpired.type:
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
