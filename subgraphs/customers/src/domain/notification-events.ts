import {
  AppeasementGranted,
  ExchangeCreated,
  OrderAlternativeAccepted,
  OrderEdited,
  OrderHeld,
  OrderHoldReleased,
  OrderPlaced,
  OrderStatusChanged,
  parseEvent,
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
  type EventContract,
  type ParsedEvent,
} from '@oms/contracts';
import type { BusEvent } from '@oms/platform';
import type { z } from 'zod';
import type { NotificationTemplate } from '../entities/notification.entity.ts';
import type { Money, MessageFacts } from './notification-templates.ts';

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

/** The read of one event type: its payload as its contract reads it, to what it asks of the notifications. */
type IntentReader = (event: BusEvent) => ParsedEvent<NotificationIntent>;

function reader<S extends z.ZodType>(contract: EventContract<string, S>, intent: (payload: z.output<S>) => NotificationIntent): IntentReader {
  return (event) => {
    const parsed = parseEvent(contract, event);
    return parsed.ok ? { ok: true, value: intent(parsed.value) } : parsed;
  };
}

const orEmpty = (value: string | null | undefined): string | null => (value ? value : null);

/** Who an event is about: the order and, when the service knows one, the customer. */
function about(payload: { orderId: string; customerId?: string | null | undefined }): Pick<NotificationIntent, 'orderId' | 'customerId' | 'facts' | 'secrets'> {
  return { orderId: payload.orderId, customerId: payload.customerId ?? null, facts: {}, secrets: [] };
}

/** The order facts return and refund events repeat (they name the order by `orderNumber`). */
const orderOf = (payload: { orderNumber: string; email: string }) => ({ number: payload.orderNumber, email: orEmpty(payload.email), total: null });

const pickupReady = (payload: { orderId: string; customerId?: string | null | undefined; type: string; deadline: string | null; code: string }): NotificationIntent => ({
  ...about(payload),
  template: 'PICKUP_READY',
  facts: { code: payload.code, deadline: payload.deadline ? new Date(payload.deadline) : null, paymentDueInStore: payload.type === 'RESERVE_IN_STORE', curbside: payload.type === 'CURBSIDE' },
  secrets: [payload.code],
});

/**
 * The events customers are told about, by the service that publishes them. OrderHeld,
 * OrderHoldReleased and ReturnRefunded are followed by name: a hold reaches the
 * customer once whichever of OrderHeld and OrderStatusChanged → ON_HOLD comes first. Every step
 * of a return is told; ReturnApproved only when a decision was waited for (a return approved at
 * once is told with its request).
 */
const READERS: Readonly<Record<string, IntentReader>> = {
  [OrderPlaced.type]: reader(OrderPlaced, (payload) => ({ ...about(payload), order: { number: payload.number, email: orEmpty(payload.email), total: payload.total } })),
  [OrderStatusChanged.type]: reader(OrderStatusChanged, (payload) => ({ ...about(payload), statusChange: { from: payload.from, to: payload.to } })),
  [OrderHeld.type]: reader(OrderHeld, (payload) => ({ ...about(payload), order: { number: payload.number, email: orEmpty(payload.email), total: null }, template: 'ORDER_ON_HOLD' })),
  [OrderHoldReleased.type]: reader(OrderHoldReleased, (payload) => ({
    ...about(payload),
    order: { number: payload.number, email: orEmpty(payload.email), total: null },
    template: 'ORDER_HOLD_RELEASED',
  })),
  [OrderEdited.type]: reader(OrderEdited, (payload) => ({
    ...about(payload),
    order: { number: payload.number, email: null, total: payload.total },
    template: 'ORDER_EDITED',
    facts: { lineChanges: payload.lineChanges, deliveryChange: payload.deliveryChange, previousTotal: { amount: payload.previousTotal, currency: payload.total.currency } },
  })),
  [OrderAlternativeAccepted.type]: reader(OrderAlternativeAccepted, (payload) => ({
    ...about(payload),
    order: { number: payload.number, email: orEmpty(payload.email), total: payload.total },
    template: 'ORDER_ALTERNATIVE_ACCEPTED',
    facts: { alternativeKind: payload.kind, substitutes: payload.substitutes, previousTotal: { amount: payload.previousTotal, currency: payload.total.currency } },
  })),
  [ReturnRequested.type]: reader(ReturnRequested, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'RETURN_REQUESTED',
    facts: { returnNumber: payload.returnNumber, returnValue: payload.value, returnApproved: payload.status === 'APPROVED' },
  })),
  // Approved at once: the request's message said so already.
  [ReturnApproved.type]: reader(ReturnApproved, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    ...(payload.automatic ? {} : { template: 'RETURN_APPROVED' as const }),
    facts: { returnNumber: payload.returnNumber },
  })),
  // The reason is written for the customer (rejectReturn's contract), so it is quoted.
  [ReturnRejected.type]: reader(ReturnRejected, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'RETURN_REJECTED',
    facts: { returnNumber: payload.returnNumber, reason: orEmpty(payload.reason) },
  })),
  [ReturnInTransit.type]: reader(ReturnInTransit, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'RETURN_IN_TRANSIT',
    facts: { returnNumber: payload.returnNumber, carrier: payload.carrier, trackingNumbers: [payload.trackingNumber], labelIssued: payload.labelIssued },
  })),
  [ReturnReceived.type]: reader(ReturnReceived, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'RETURN_RECEIVED',
    facts: { returnNumber: payload.returnNumber, units: payload.lines.reduce((total, line) => total + line.quantity, 0) },
  })),
  [ReturnInspected.type]: reader(ReturnInspected, (payload) => ({ ...about(payload), order: orderOf(payload), template: 'RETURN_INSPECTED', facts: { returnNumber: payload.returnNumber } })),
  [ReturnClosed.type]: reader(ReturnClosed, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'RETURN_CLOSED',
    facts: { returnNumber: payload.returnNumber, paidForExchange: payload.creditUsed > 0 },
  })),
  [ExchangeCreated.type]: reader(ExchangeCreated, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'EXCHANGE_CREATED',
    facts: {
      returnNumber: payload.returnNumber,
      replacementOrderNumber: payload.replacementOrderNumber,
      settlement: payload.settlement,
      difference: { amount: payload.settlement === 'DUE' ? payload.amountDue : Math.abs(payload.difference), currency: payload.currency },
    },
  })),
  // Staff's reason is internal: the customer is told of the gesture, not quoted.
  [AppeasementGranted.type]: reader(AppeasementGranted, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'APPEASEMENT_GRANTED',
    facts: { refund: { amount: payload.amount, currency: payload.currency }, refundMethod: payload.method },
  })),
  [ReturnRefunded.type]: reader(ReturnRefunded, (payload) => ({
    ...about(payload),
    order: orderOf(payload),
    template: 'ORDER_REFUNDED',
    facts: { refund: { amount: payload.amount, currency: payload.currency }, refundMethod: payload.method, returnNumber: payload.returnNumber },
  })),
  [ShipmentShipped.type]: reader(ShipmentShipped, (payload) => ({
    ...about(payload),
    template: 'ORDER_SHIPPED',
    facts: { carrier: payload.parcels?.[0]?.carrier ?? null, trackingNumbers: (payload.parcels ?? []).map((parcel) => parcel.trackingNumber) },
  })),
  [ShipmentDelivered.type]: reader(ShipmentDelivered, (payload) => ({ ...about(payload), template: 'ORDER_DELIVERED' })),
  // A code issued again (the customer lost the message): the same message, with the new code.
  [PickupReady.type]: reader(PickupReady, pickupReady),
  [PickupCodeReissued.type]: reader(PickupCodeReissued, pickupReady),
  [PickedUp.type]: reader(PickedUp, (payload) => ({ ...about(payload), template: 'PICKED_UP' })),
  [PickupExpired.type]: reader(PickupExpired, (payload) => ({ ...about(payload), template: 'PICKUP_EXPIRED' })),
};

/** The events customers are told about. */
export const NOTIFICATION_EVENT_TYPES: readonly string[] = Object.keys(READERS);

/**
 * Reads what an event means for customer messaging, from its payload as its contract reads it (an
 * event that breaks its contract is refused with the reason); pure, so each mapping is testable alone.
 */
export function notificationIntentOf(event: BusEvent): ParsedEvent<NotificationIntent> {
  const read = READERS[event.type];
  return read ? read(event) : { ok: false, reason: `${event.type} is not an event customers are told about` };
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
