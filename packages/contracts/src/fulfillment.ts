import { z } from 'zod';
import { defineEvent, parseEvent, type EventContract, type ParsedEvent } from './event-contract.ts';
import { count, instant, sku, uuid } from './primitives.ts';

/** Fulfillment's events: its orders' steps, parcels and tracking, pickups; the goods events orders and inventory act on. */

/** The fulfillment order an event is about (every fulfillment event carries it: no lookup needed). */
const subject = {
  fulfillmentOrderId: uuid,
  orderId: uuid,
  customerId: z.string().nullable().optional(),
  locationId: uuid,
};

/** How the order is fulfilled (SHIP, SHIP_FROM_STORE, PICKUP, …). */
const fulfillmentType = z.string().min(1);
const goodsLine = z.object({ orderLineId: uuid, allocationId: uuid, sku, quantity: count });
const shortLine = z.object({ orderLineId: uuid, allocationId: uuid, sku, shortQuantity: count });

const goods = z.object({ ...subject, lines: z.array(goodsLine).default([]) });

export const ShipmentShipped = defineEvent(
  'ShipmentShipped',
  1,
  goods.extend({
    shipmentId: uuid.optional(),
    parcels: z.array(z.object({ parcelId: uuid, carrier: z.string().min(1), trackingNumber: z.string().min(1) })).optional(),
  }),
);
/** About a shipment: its fulfillment order and location when it has them; no lines (the shipment's all arrived). */
export const ShipmentDelivered = defineEvent(
  'ShipmentDelivered',
  1,
  z.object({
    ...subject,
    shipmentId: uuid.optional(),
    fulfillmentOrderId: uuid.nullable().optional(),
    locationId: uuid.nullable().optional(),
    deliveredAt: instant.nullable().optional(),
    allShipmentsDelivered: z.boolean().optional(),
    lines: z.array(goodsLine).default([]),
  }),
);
export const PickedUp = defineEvent(
  'PickedUp',
  1,
  goods.extend({ type: fulfillmentType.optional(), paymentCollectedInStore: z.boolean().optional(), posTransactionReference: z.string().nullable().optional() }),
);
export const PickupExpired = defineEvent('PickupExpired', 1, goods.extend({ type: fulfillmentType.optional(), deadline: instant.optional() }));
export const FulfillmentOrderRejected = defineEvent('FulfillmentOrderRejected', 1, goods.extend({ reason: z.string().optional() }));
/** Some lines (whole: false) or all of a fulfillment order; a short pick's cancellation names no lines (the short pick did). */
export const FulfillmentOrderCancelled = defineEvent(
  'FulfillmentOrderCancelled',
  1,
  goods.extend({ reason: z.string().nullable().optional(), whole: z.boolean().optional(), shortPicked: z.boolean().optional() }),
);
export const FulfillmentLinesShortPicked = defineEvent('FulfillmentLinesShortPicked', 1, z.object({ ...subject, lines: z.array(shortLine).default([]) }));

/** The other steps of a fulfillment order (what the orderTracking subscription and partners follow). */
export const FulfillmentOrderCreated = defineEvent('FulfillmentOrderCreated', 1, z.object({ ...subject, type: fulfillmentType, status: z.string().min(1), lines: z.array(goodsLine) }));
export const FulfillmentOrderStatusChanged = defineEvent('FulfillmentOrderStatusChanged', 1, z.object({ ...subject, type: fulfillmentType, from: z.string().min(1), to: z.string().min(1) }));
export const FulfillmentOrderAccepted = defineEvent('FulfillmentOrderAccepted', 1, z.object({ ...subject, type: fulfillmentType }));
export const DropshipRequested = defineEvent('DropshipRequested', 1, z.object({ ...subject, lines: z.array(goodsLine) }));
/** The pickup code is for the customer only (webhooks withhold it). */
export const PickupReady = defineEvent('PickupReady', 1, z.object({ ...subject, type: fulfillmentType, deadline: instant, code: z.string().min(1) }));
export const PickupCodeReissued = defineEvent(
  'PickupCodeReissued',
  1,
  z.object({ ...subject, type: fulfillmentType, deadline: instant.nullable(), code: z.string().min(1), reissue: z.number().int().min(1) }),
);
export const CurbsideArrived = defineEvent('CurbsideArrived', 1, z.object({ ...subject, arrivedAt: instant, parkingSpot: z.string().nullable(), vehicle: z.string().nullable() }));

/** A parcel's step, as the carrier reported it (or the label, when it was created). */
const parcelSubject = { parcelId: uuid, shipmentId: uuid, orderId: uuid, customerId: z.string().nullable(), locationId: uuid };
export const ParcelStatusChanged = defineEvent('ParcelStatusChanged', 1, z.object({ ...parcelSubject, status: z.string().min(1), occurredAt: instant }));
export const TrackingEventRecorded = defineEvent(
  'TrackingEventRecorded',
  1,
  z.object({ ...parcelSubject, trackingEventId: uuid, status: z.string().min(1), parcelStatus: z.string().min(1), lastEventId: uuid.nullable(), occurredAt: instant }),
);

/** Every contract above by its type. */
export const FULFILLMENT_GOODS_EVENTS = {
  ShipmentShipped,
  ShipmentDelivered,
  PickedUp,
  PickupExpired,
  FulfillmentOrderRejected,
  FulfillmentOrderCancelled,
  FulfillmentLinesShortPicked,
} as const;

export type FulfillmentGoodsEventType = keyof typeof FULFILLMENT_GOODS_EVENTS;

export function isFulfillmentGoodsEvent(type: string): type is FulfillmentGoodsEventType {
  return Object.hasOwn(FULFILLMENT_GOODS_EVENTS, type);
}

/** What orders and inventory read of any of these events: one quantity per line (the short one for a short pick). */
export interface GoodsNotice {
  fulfillmentOrderId: string | null;
  orderId: string;
  /** Null only for a ShipmentDelivered of a shipment without one. */
  locationId: string | null;
  lines: { orderLineId: string; allocationId: string; sku: string; quantity: number }[];
}

/** Reads any fulfillment goods event through its contract (lines of zero units left out). */
export function parseGoodsNotice(event: { type: string; payload: unknown }): ParsedEvent<GoodsNotice> {
  const { type } = event;
  if (!isFulfillmentGoodsEvent(type)) return { ok: false, reason: `${type} is not a fulfillment goods event` };
  if (type === FulfillmentLinesShortPicked.type) {
    const parsed = parseEvent(FulfillmentLinesShortPicked, event);
    if (!parsed.ok) return parsed;
    const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
    return { ok: true, value: { fulfillmentOrderId, orderId, locationId, lines: lines.filter((line) => line.shortQuantity > 0).map(({ shortQuantity, ...line }) => ({ ...line, quantity: shortQuantity })) } };
  }
  if (type === ShipmentDelivered.type) {
    const parsed = parseEvent(ShipmentDelivered, event);
    if (!parsed.ok) return parsed;
    const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
    return { ok: true, value: { fulfillmentOrderId: fulfillmentOrderId ?? null, orderId, locationId: locationId ?? null, lines: lines.filter((line) => line.quantity > 0) } };
  }
  const contract: EventContract<string, z.ZodType<z.output<typeof goods>>> = FULFILLMENT_GOODS_EVENTS[type];
  const parsed = parseEvent(contract, event);
  if (!parsed.ok) return parsed;
  const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
  return { ok: true, value: { fulfillmentOrderId, orderId, locationId, lines: lines.filter((line) => line.quantity > 0) } };
}

/** Every event the fulfillment service publishes, by type. */
export const FULFILLMENT_EVENTS = {
  ...FULFILLMENT_GOODS_EVENTS,
  FulfillmentOrderCreated,
  FulfillmentOrderStatusChanged,
  FulfillmentOrderAccepted,
  DropshipRequested,
  PickupReady,
  PickupCodeReissued,
  CurbsideArrived,
  ParcelStatusChanged,
  TrackingEventRecorded,
} as const;
