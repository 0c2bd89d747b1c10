import { z } from 'zod';
import { defineEvent, eventPayload, parseEvent, type EventContract, type ParsedEvent } from './event-contract.ts';

/** Fulfillment's reports about goods, which orders and inventory act on. */

const uuid = z.uuid().transform((value) => value.toLowerCase());

/** The fulfillment order an event is about (every fulfillment event carries it: no lookup needed). */
const subject = {
  fulfillmentOrderId: uuid,
  orderId: uuid,
  customerId: z.string().nullable().optional(),
  locationId: uuid,
};

const goodsLine = z.object({ orderLineId: uuid, allocationId: uuid, sku: z.string().min(1), quantity: z.number().int().min(0) });
const shortLine = z.object({ orderLineId: uuid, allocationId: uuid, sku: z.string().min(1), shortQuantity: z.number().int().min(0) });

const goods = z.object({ ...subject, lines: z.array(goodsLine).default([]) });

export const ShipmentShipped = defineEvent('ShipmentShipped', 1, goods);
/** About a shipment: its fulfillment order and location when it has them; no lines (the shipment's all arrived). */
export const ShipmentDelivered = defineEvent(
  'ShipmentDelivered',
  1,
  z.object({
    ...subject,
    shipmentId: uuid.optional(),
    fulfillmentOrderId: uuid.nullable().optional(),
    locationId: uuid.nullable().optional(),
    allShipmentsDelivered: z.boolean().optional(),
    lines: z.array(goodsLine).default([]),
  }),
);
export const PickedUp = defineEvent('PickedUp', 1, goods);
export const PickupExpired = defineEvent('PickupExpired', 1, goods);
export const FulfillmentOrderRejected = defineEvent('FulfillmentOrderRejected', 1, goods);
export const FulfillmentOrderCancelled = defineEvent('FulfillmentOrderCancelled', 1, goods);
export const FulfillmentLinesShortPicked = defineEvent('FulfillmentLinesShortPicked', 1, z.object({ ...subject, lines: z.array(shortLine).default([]) }));

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
  if (type === 'FulfillmentLinesShortPicked') {
    const parsed = parseEvent(FulfillmentLinesShortPicked, event);
    if (!parsed.ok) return parsed;
    const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
    return { ok: true, value: { fulfillmentOrderId, orderId, locationId, lines: lines.filter((line) => line.shortQuantity > 0).map(({ shortQuantity, ...line }) => ({ ...line, quantity: shortQuantity })) } };
  }
  if (type === 'ShipmentDelivered') {
    const parsed = parseEvent(ShipmentDelivered, event);
    if (!parsed.ok) return parsed;
    const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
    return { ok: true, value: { fulfillmentOrderId: fulfillmentOrderId ?? null, orderId, locationId: locationId ?? null, lines: lines.filter((line) => line.quantity > 0) } };
  }
  const contract: EventContract<string, typeof goods> = FULFILLMENT_GOODS_EVENTS[type];
  const parsed = parseEvent(contract, event);
  if (!parsed.ok) return parsed;
  const { fulfillmentOrderId, orderId, locationId, lines } = parsed.value;
  return { ok: true, value: { fulfillmentOrderId, orderId, locationId, lines: lines.filter((line) => line.quantity > 0) } };
}

/** A producer's payload for any of these events, checked against its contract (a defect throws). */
export function goodsEventPayload(type: FulfillmentGoodsEventType, payload: Record<string, unknown>): Record<string, unknown> {
  const contract: EventContract<string, z.ZodType> = FULFILLMENT_GOODS_EVENTS[type];
  return eventPayload(contract, payload);
}
