import { eventPayload, FULFILLMENT_EVENTS, type EventContract } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import type { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import type { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import type { z } from 'zod';

/** Events this service publishes (outbox), by their contracts; other services and subscriptions consume them. */
export const FulfillmentEvents = {
  Created: FULFILLMENT_EVENTS.FulfillmentOrderCreated,
  StatusChanged: FULFILLMENT_EVENTS.FulfillmentOrderStatusChanged,
  Accepted: FULFILLMENT_EVENTS.FulfillmentOrderAccepted,
  Rejected: FULFILLMENT_EVENTS.FulfillmentOrderRejected,
  ShortPicked: FULFILLMENT_EVENTS.FulfillmentLinesShortPicked,
  Cancelled: FULFILLMENT_EVENTS.FulfillmentOrderCancelled,
  DropshipRequested: FULFILLMENT_EVENTS.DropshipRequested,
  ShipmentShipped: FULFILLMENT_EVENTS.ShipmentShipped,
  ShipmentDelivered: FULFILLMENT_EVENTS.ShipmentDelivered,
  ParcelStatusChanged: FULFILLMENT_EVENTS.ParcelStatusChanged,
  TrackingEventRecorded: FULFILLMENT_EVENTS.TrackingEventRecorded,
  PickupReady: FULFILLMENT_EVENTS.PickupReady,
  PickupCodeReissued: FULFILLMENT_EVENTS.PickupCodeReissued,
  PickedUp: FULFILLMENT_EVENTS.PickedUp,
  PickupExpired: FULFILLMENT_EVENTS.PickupExpired,
  CurbsideArrived: FULFILLMENT_EVENTS.CurbsideArrived,
} as const;

/** Events the orderTracking subscription pushes: one per change (the specific ones above duplicate these). */
export const ORDER_TRACKING_EVENTS: readonly string[] = [
  FulfillmentEvents.Created.type,
  FulfillmentEvents.StatusChanged.type,
  FulfillmentEvents.TrackingEventRecorded.type,
  FulfillmentEvents.CurbsideArrived.type,
];

type AnyContract = EventContract<string, z.ZodType>;

export interface LineQuantity {
  orderLineId: string;
  allocationId: string;
  sku: string;
  quantity: number;
}

export function lineQuantities(lines: readonly FulfillmentOrderLine[], quantityOf: (line: FulfillmentOrderLine) => number): LineQuantity[] {
  return lines
    .map((line) => ({ orderLineId: line.orderLineId, allocationId: line.allocationId, sku: line.skuCode, quantity: quantityOf(line) }))
    .filter((line) => line.quantity > 0);
}

/** Ordered and not cancelled. */
export const openQuantity = (line: FulfillmentOrderLine) => line.quantity - line.cancelledQuantity;
/** What was picked (what is on the shelf or in the parcels). */
export const pickedQuantity = (line: FulfillmentOrderLine) => line.pickedQuantity ?? 0;

/** The fields every fulfillment event carries, so consumers and subscribers need no lookup. */
export function subjectOf(fo: FulfillmentOrder) {
  return { fulfillmentOrderId: fo.id, orderId: fo.orderId, customerId: fo.customerId ?? null, locationId: fo.locationId };
}

/** Records a fulfillment event, its payload (the fulfillment order's subject plus `payload`) checked against its contract. */
export function recordFulfillmentEvent(em: EntityManager, event: AnyContract, fo: FulfillmentOrder, payload: Record<string, unknown> = {}): void {
  recordEvent(em, { type: event.type, aggregateType: 'FulfillmentOrder', aggregateId: fo.id, payload: eventPayload(event, { ...subjectOf(fo), ...payload }) });
}

/** Every status change (what the orderTracking subscription follows), plus the contract event of that step. */
export function recordTransition(em: EntityManager, fo: FulfillmentOrder, from: string, extra?: { event: AnyContract; payload?: Record<string, unknown> }): void {
  recordFulfillmentEvent(em, FulfillmentEvents.StatusChanged, fo, { type: fo.type, from, to: fo.status });
  if (extra) recordFulfillmentEvent(em, extra.event, fo, extra.payload);
}
