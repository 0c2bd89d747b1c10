import { FULFILLMENT_GOODS_EVENTS, goodsEventPayload, isFulfillmentGoodsEvent } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import type { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import type { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';

/** Events this service publishes (outbox); other services and subscriptions consume them. */
export const FulfillmentEvents = {
  Created: 'FulfillmentOrderCreated',
  StatusChanged: 'FulfillmentOrderStatusChanged',
  Accepted: 'FulfillmentOrderAccepted',
  Rejected: FULFILLMENT_GOODS_EVENTS.FulfillmentOrderRejected.type,
  ShortPicked: FULFILLMENT_GOODS_EVENTS.FulfillmentLinesShortPicked.type,
  Cancelled: FULFILLMENT_GOODS_EVENTS.FulfillmentOrderCancelled.type,
  DropshipRequested: 'DropshipRequested',
  ShipmentShipped: FULFILLMENT_GOODS_EVENTS.ShipmentShipped.type,
  ShipmentDelivered: FULFILLMENT_GOODS_EVENTS.ShipmentDelivered.type,
  ParcelStatusChanged: 'ParcelStatusChanged',
  TrackingEventRecorded: 'TrackingEventRecorded',
  PickupReady: 'PickupReady',
  PickupCodeReissued: 'PickupCodeReissued',
  PickedUp: FULFILLMENT_GOODS_EVENTS.PickedUp.type,
  PickupExpired: FULFILLMENT_GOODS_EVENTS.PickupExpired.type,
  CurbsideArrived: 'CurbsideArrived',
} as const;

/** Events the orderTracking subscription pushes: one per change (the specific ones above duplicate these). */
export const ORDER_TRACKING_EVENTS: readonly string[] = [
  FulfillmentEvents.Created,
  FulfillmentEvents.StatusChanged,
  FulfillmentEvents.TrackingEventRecorded,
  FulfillmentEvents.CurbsideArrived,
];

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

/** Records a fulfillment event; one that other services act on is checked against its contract first. */
export function recordFulfillmentEvent(em: EntityManager, type: string, fo: FulfillmentOrder, payload: Record<string, unknown> = {}): void {
  const full = { ...subjectOf(fo), ...payload };
  recordEvent(em, { type, aggregateType: 'FulfillmentOrder', aggregateId: fo.id, payload: isFulfillmentGoodsEvent(type) ? goodsEventPayload(type, full) : full });
}

/** Every status change (what the orderTracking subscription follows), plus the contract event of that step. */
export function recordTransition(em: EntityManager, fo: FulfillmentOrder, from: string, extra?: { type: string; payload?: Record<string, unknown> }): void {
  recordFulfillmentEvent(em, FulfillmentEvents.StatusChanged, fo, { type: fo.type, from, to: fo.status });
  if (extra) recordFulfillmentEvent(em, extra.type, fo, extra.payload);
}
