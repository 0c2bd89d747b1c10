import { LockMode } from '@mikro-orm/core';
import { OrderCancelled, OrderReleased, parseEvent, type ParsedEvent, type PayloadOf } from '@oms/contracts';
import { claimEvent, inTransaction, type BusEvent, type EntityManager, type Logger } from '@oms/platform';
import { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder, type ShipToAddress } from '../entities/fulfillment-order.entity.ts';
import { LocationProfile, type LocationType } from '../entities/location-profile.entity.ts';
import { Parcel } from '../entities/parcel.entity.ts';
import { Shipment } from '../entities/shipment.entity.ts';
import { WebhookDelivery } from '../entities/webhook-delivery.entity.ts';
import { FulfillmentEvents, lineQuantities, recordFulfillmentEvent, recordTransition } from './events.ts';
import { fulfillmentTypeOf, isOpen, shipsParcels, type ReleaseDeliveryMethod } from './fulfillment-state.ts';
import { queueVendorWebhook } from './dropship.service.ts';
import { transition } from './fulfillment-order.service.ts';

/** The durable consumer of the orders service's events. */
export const ORDER_EVENTS_CONSUMER = 'fulfillment-orders';
export const ORDER_RELEASED = OrderReleased.type;
export const ORDER_CANCELLED = OrderCancelled.type;

type ReleasedAllocation = PayloadOf<typeof OrderReleased>['allocations'][number];

export interface OrderReleasedPayload {
  orderId: string;
  number: string;
  channel: string;
  customerId: string | null;
  email: string;
  deliveryMethod: ReleaseDeliveryMethod;
  shipTo: ShipToAddress | null;
  pickupLocationId: string | null;
  /** When the order was placed (reports cut fulfillment by it); null from a sender that does not say. */
  placedAt: Date | null;
  allocations: ReleasedAllocation[];
}

/** Reads an OrderReleased event through its contract, then what fulfilling it needs; anything else is refused with the reason (the event is then parked as REJECTED). */
export function parseOrderReleased(event: Pick<BusEvent, 'type' | 'payload'>): ParsedEvent<OrderReleasedPayload> {
  const parsed = parseEvent(OrderReleased, event);
  if (!parsed.ok) return parsed;
  const release = parsed.value;
  if (release.deliveryMethod !== 'SHIP' && !release.pickupLocationId) return { ok: false, reason: `${release.deliveryMethod} needs a pickupLocationId` };
  if (release.deliveryMethod === 'SHIP' && !release.shipTo) return { ok: false, reason: 'SHIP needs a shipTo address' };
  if (new Set(release.allocations.map((allocation) => allocation.allocationId)).size !== release.allocations.length) return { ok: false, reason: 'an allocation is listed twice' };
  const shipTo = release.shipTo ? { ...release.shipTo, line2: release.shipTo.line2?.trim() || null, region: release.shipTo.region?.trim() || null } : null;
  return { ok: true, value: { ...release, shipTo, placedAt: release.placedAt ? new Date(release.placedAt) : null } };
}

/** Marks an event as handled by this consumer; false when it already was (a redelivery). */
function claimReleaseEvent(tx: EntityManager, eventId: string, outcome: 'HANDLED' | 'REJECTED', detail: string | null = null): Promise<boolean> {
  return claimEvent(tx, 'fulfillment', ORDER_EVENTS_CONSUMER, eventId, outcome, detail);
}

/** Location types from the event, else from what we learnt before; a location never seen is assumed a warehouse. */
async function locationTypes(tx: EntityManager, release: OrderReleasedPayload, logger: Logger): Promise<Map<string, LocationType>> {
  const types = new Map<string, LocationType>();
  for (const allocation of release.allocations) if (allocation.locationType) types.set(allocation.locationId, allocation.locationType);
  const unknown = [...new Set(release.allocations.map((allocation) => allocation.locationId))].filter((id) => !types.has(id));
  if (unknown.length > 0) {
    for (const profile of await tx.find(LocationProfile, { locationId: { $in: unknown } })) types.set(profile.locationId, profile.type);
  }
  for (const id of unknown) {
    if (types.has(id)) continue;
    const assumed: LocationType = id === release.pickupLocationId ? 'STORE' : 'WAREHOUSE';
    logger.warn({ locationId: id, assumed, orderId: release.orderId }, 'location type unknown to fulfillment; assumed');
    types.set(id, assumed);
  }
  const learnt = release.allocations.filter((allocation) => allocation.locationType);
  if (learnt.length > 0) {
    const ids = [...new Set(learnt.map((allocation) => allocation.locationId))];
    await tx.execute(
      `insert into fulfillment.location_profile (location_id, type, updated_at)
       select loc.id, loc.type, now() from unnest(array[?]::uuid[], array[?]::text[]) as loc(id, type)
       on conflict (location_id) do update set type = excluded.type, updated_at = now()`,
      [ids, ids.map((id) => types.get(id)!)],
    );
  }
  return types;
}

/**
 * OrderReleased: one fulfillment order per location the order's stock was allocated at, with a
 * shipment for ship and dropship orders; a vendor's order is queued for its webhook. Idempotent: a
 * redelivered event is recognised by its id (and the unique (order, location, release event)).
 */
export async function handleOrderReleased(em: EntityManager, event: BusEvent, logger: Logger): Promise<FulfillmentOrder[]> {
  const parsed = parseOrderReleased(event);
  return inTransaction(em, async (tx) => {
    if (!parsed.ok) {
      if (await claimReleaseEvent(tx, event.id, 'REJECTED', parsed.reason)) logger.error({ eventId: event.id, reason: parsed.reason }, 'OrderReleased refused');
      return [];
    }
    if (!(await claimReleaseEvent(tx, event.id, 'HANDLED'))) return [];
    const release = parsed.value;
    // An allocation already being fulfilled (a release published twice under two ids) is not taken twice.
    const known = new Set(
      (await tx.find(FulfillmentOrderLine, { allocationId: { $in: release.allocations.map((allocation) => allocation.allocationId) } })).map((line) => line.allocationId),
    );
    if (known.size > 0) logger.warn({ eventId: event.id, orderId: release.orderId, allocationIds: [...known] }, 'allocations already released to fulfillment; skipped');
    const fresh = release.allocations.filter((allocation) => !known.has(allocation.allocationId));
    const types = await locationTypes(tx, { ...release, allocations: fresh }, logger);
    const byLocation = new Map<string, ReleasedAllocation[]>();
    for (const allocation of fresh) byLocation.set(allocation.locationId, [...(byLocation.get(allocation.locationId) ?? []), allocation]);
    const created: FulfillmentOrder[] = [];
    const now = Date.now();
    let offset = 0;
    for (const [locationId, allocations] of byLocation) {
      const atPickupLocation = locationId === release.pickupLocationId;
      const type = fulfillmentTypeOf(release.deliveryMethod, types.get(locationId)!, atPickupLocation);
      const fo = tx.create(FulfillmentOrder, {
        orderId: release.orderId,
        orderNumber: release.number,
        customerId: release.customerId,
        email: release.email,
        channel: release.channel,
        locationId,
        type,
        status: 'CREATED',
        releaseEventId: event.id,
        orderPlacedAt: release.placedAt ?? new Date(now),
        shipTo: release.deliveryMethod === 'SHIP' ? release.shipTo : null,
        destinationLocationId: release.deliveryMethod !== 'SHIP' && !atPickupLocation ? release.pickupLocationId : null,
        // Distinct creation times keep the newest-first order of one release stable.
        createdAt: new Date(now + offset++),
      });
      const lines = allocations.map((allocation, index) =>
        tx.create(FulfillmentOrderLine, {
          fulfillmentOrderId: fo.id,
          position: index + 1,
          orderLineId: allocation.orderLineId,
          allocationId: allocation.allocationId,
          skuCode: allocation.sku,
          allocationKind: allocation.kind,
          quantity: allocation.quantity,
          cancelledQuantity: 0,
        }),
      );
      if (shipsParcels(type)) {
        tx.create(Shipment, { orderId: fo.orderId, customerId: fo.customerId ?? null, locationId, fulfillmentOrderId: fo.id, status: 'PENDING' });
      }
      recordFulfillmentEvent(tx, FulfillmentEvents.Created, fo, { type, status: fo.status, lines: lineQuantities(lines, (line) => line.quantity) });
      if (type === 'DROPSHIP') {
        queueVendorWebhook(tx, fo, 'fulfillment_order.created', lines);
        recordFulfillmentEvent(tx, FulfillmentEvents.DropshipRequested, fo, { lines: lineQuantities(lines, (line) => line.quantity) });
      }
      created.push(fo);
    }
    return created;
  });
}

export interface OrderCancelledPayload {
  orderId: string;
  /** The orders service's line ids; null: the whole order. */
  lineIds: string[] | null;
  reason: string | null;
}

export function parseOrderCancelled(event: Pick<BusEvent, 'type' | 'payload'>): ParsedEvent<OrderCancelledPayload> {
  const parsed = parseEvent(OrderCancelled, event);
  if (!parsed.ok) return parsed;
  const { orderId, lineIds, reason } = parsed.value;
  return { ok: true, value: { orderId, lineIds: lineIds && lineIds.length > 0 ? lineIds : null, reason: reason?.trim() || null } };
}

/** Stops a line's work: nothing more to pick or ship of it; what was picked stays counted only up to what remains. */
function cancelLine(line: FulfillmentOrderLine): number {
  const cancelled = line.quantity - line.cancelledQuantity;
  line.cancelledQuantity = line.quantity;
  if (line.pickedQuantity !== null && line.pickedQuantity !== undefined) line.pickedQuantity = 0;
  return cancelled;
}

/**
 * OrderCancelled: the order's fulfillment orders (or just those lines) that have not left or been
 * collected stop. A fulfillment order with no line left is cancelled; a packed one that lost lines
 * goes back to be packed again; a vendor is told.
 */
export async function handleOrderCancelled(em: EntityManager, event: BusEvent, logger: Logger): Promise<number> {
  const parsed = parseOrderCancelled(event);
  return inTransaction(em, async (tx) => {
    if (!parsed.ok) {
      if (await claimReleaseEvent(tx, event.id, 'REJECTED', parsed.reason)) logger.error({ eventId: event.id, reason: parsed.reason }, 'OrderCancelled refused');
      return 0;
    }
    if (!(await claimReleaseEvent(tx, event.id, 'HANDLED'))) return 0;
    const { orderId, lineIds } = parsed.value;
    const reason = parsed.value.reason ?? 'Order cancelled';
    const orders = await tx.find(FulfillmentOrder, { orderId }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    let changed = 0;
    for (const fo of orders) {
      if (!isOpen(fo.status)) continue;
      const lines = await tx.find(FulfillmentOrderLine, { fulfillmentOrderId: fo.id }, { orderBy: { position: 'asc' } });
      const targets = lines.filter((line) => line.cancelledQuantity < line.quantity && (lineIds === null || lineIds.includes(line.orderLineId)));
      if (targets.length === 0) continue;
      const cancelled = targets.map((line) => ({ line, quantity: cancelLine(line) }));
      const payloadLines = cancelled.map(({ line, quantity }) => ({ orderLineId: line.orderLineId, allocationId: line.allocationId, sku: line.skuCode, quantity }));
      const whole = lines.every((line) => line.cancelledQuantity === line.quantity);
      const wasSentToVendor = fo.type === 'DROPSHIP' && (fo.status !== 'CREATED' || (await tx.count(WebhookDelivery, { fulfillmentOrderId: fo.id })) > 0);
      const from = fo.status;
      if (whole) {
        await transition(tx, fo, 'CANCELLED');
        fo.cancellationReason = reason;
        fo.pickupCodeHash = null;
        recordTransition(tx, fo, from, { event: FulfillmentEvents.Cancelled, payload: { reason, whole: true, lines: payloadLines } });
      } else {
        if (fo.status === 'PACKED') {
          // The parcels hold goods no longer wanted: unpack, and pack what remains again.
          const shipment = await tx.findOne(Shipment, { fulfillmentOrderId: fo.id });
          if (shipment) await tx.nativeDelete(Parcel, { shipmentId: shipment.id });
          await transition(tx, fo, 'PICKED');
          recordTransition(tx, fo, from);
        }
        recordFulfillmentEvent(tx, FulfillmentEvents.Cancelled, fo, { reason, whole: false, lines: payloadLines });
      }
      if (wasSentToVendor) queueVendorWebhook(tx, fo, 'fulfillment_order.cancelled', lines, { reason, whole, cancelledLines: payloadLines });
      changed++;
    }
    return changed;
  });
}
