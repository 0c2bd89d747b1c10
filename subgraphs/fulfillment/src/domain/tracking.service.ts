import { LockMode } from '@mikro-orm/core';
import { eventPayload } from '@oms/contracts';
import { DomainError, inTransaction, recordAudit, recordEvent, type EntityManager } from '@oms/platform';
import { renewLoaders, type FulfillmentContext } from '../context.ts';
import { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { Parcel, type TrackingStatus } from '../entities/parcel.entity.ts';
import { Shipment } from '../entities/shipment.entity.ts';
import { TrackingEvent } from '../entities/tracking-event.entity.ts';
import { assertMayWork, notFound, visibleOrNull } from './access.ts';
import { FulfillmentEvents } from './events.ts';
import { isOpen } from './fulfillment-state.ts';
import { chronological, shipmentStatusFromParcels, supersedes } from './tracking-rules.ts';
import { optionalText, requireId } from './validation.ts';

/** A tracking event as adapters and the API hand it over, before it is recorded. */
export interface IncomingTrackingEvent {
  status: TrackingStatus;
  occurredAt: Date;
  location?: string | null;
  message?: string | null;
  estimatedDelivery?: Date | null;
  /** The carrier's event id; the same id from the same source is recorded once. */
  externalId?: string | null;
}

export interface TrackingOutcome {
  parcel: Parcel;
  event: TrackingEvent;
  duplicate: boolean;
}

/** A sane instant: not before 2000, not more than a day ahead (clock skew). */
function checkInstant(value: Date, argument: string): Date {
  const time = value.getTime();
  if (!Number.isFinite(time) || time < Date.UTC(2000, 0, 1) || time > Date.now() + 24 * 3600 * 1000) {
    throw new DomainError('BAD_USER_INPUT', `${argument} is not a plausible time`, { argument });
  }
  return value;
}

/**
 * Records one tracking event of a parcel and applies the latest-event rule: the event with the
 * latest occurredAt decides the parcel's status (events may arrive out of order; history keeps them
 * all). A parcel's new status moves its shipment; the shipment's last parcel delivered delivers the
 * shipment, and the customer is told. Locks: the order's fulfillment orders, then the shipment,
 * then the parcel (the order every writer follows), so concurrent events of one order serialize.
 */
export async function recordParcelTracking(
  em: EntityManager,
  parcelId: string,
  source: string,
  incoming: IncomingTrackingEvent,
  /** Runs in the same transaction once a new event is recorded (e.g. the audit entry). */
  onRecorded?: (tx: EntityManager, outcome: TrackingOutcome) => void,
): Promise<TrackingOutcome> {
  checkInstant(incoming.occurredAt, 'occurredAt');
  const location = optionalText(incoming.location, 'location', 200);
  const message = optionalText(incoming.message, 'message', 500);
  const externalId = optionalText(incoming.externalId, 'eventId', 200);
  return inTransaction(em, async (tx) => {
    const found = await tx.findOne(Parcel, { id: parcelId });
    if (!found) throw new DomainError('NOT_FOUND', `No parcel with id ${parcelId}`, { parcelId });
    const unlocked = await tx.findOneOrFail(Shipment, { id: found.shipmentId });
    const orderFulfillments = await tx.find(FulfillmentOrder, { orderId: unlocked.orderId }, { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE });
    const shipment = await tx.findOneOrFail(Shipment, { id: found.shipmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const parcel = await tx.findOneOrFail(Parcel, { id: parcelId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });

    if (externalId) {
      const existing = await tx.findOne(TrackingEvent, { source, externalId });
      if (existing) return { parcel, event: existing, duplicate: true };
    }
    if (parcel.status === 'PACKED') {
      throw new DomainError('INVALID_STATE_TRANSITION', 'This parcel has not been handed to a carrier yet', { from: 'PACKED', to: incoming.status });
    }
    const event = tx.create(TrackingEvent, {
      parcelId: parcel.id,
      status: incoming.status,
      occurredAt: incoming.occurredAt,
      location,
      message,
      estimatedDelivery: incoming.estimatedDelivery ?? null,
      source,
      externalId,
    });
    const subject = { parcelId: parcel.id, shipmentId: shipment.id, orderId: shipment.orderId, customerId: shipment.customerId ?? null, locationId: shipment.locationId };
    const current = parcel.lastEventId && parcel.lastEventAt
      ? { id: parcel.lastEventId, status: parcel.status, occurredAt: parcel.lastEventAt }
      : undefined;
    const previousStatus = parcel.status;
    if (supersedes(event, current)) {
      parcel.status = event.status;
      parcel.lastEventId = event.id;
      parcel.lastEventAt = event.occurredAt;
      if (event.status === 'DELIVERED') parcel.deliveredAt = event.occurredAt;
      if (event.estimatedDelivery) parcel.estimatedDelivery = event.estimatedDelivery;
    } else if (event.estimatedDelivery && !parcel.estimatedDelivery) {
      parcel.estimatedDelivery = event.estimatedDelivery;
    }
    recordEvent(tx, {
      type: FulfillmentEvents.TrackingEventRecorded.type,
      aggregateType: 'Parcel',
      aggregateId: parcel.id,
      payload: eventPayload(FulfillmentEvents.TrackingEventRecorded, {
        ...subject,
        trackingEventId: event.id,
        status: event.status,
        occurredAt: event.occurredAt.toISOString(),
        // The parcel as of this event: subscribers see each step, even when the next is already committed.
        parcelStatus: parcel.status,
        lastEventId: parcel.lastEventId ?? null,
      }),
    });
    if (parcel.status !== previousStatus) {
      recordEvent(tx, {
        type: FulfillmentEvents.ParcelStatusChanged.type,
        aggregateType: 'Parcel',
        aggregateId: parcel.id,
        payload: eventPayload(FulfillmentEvents.ParcelStatusChanged, { ...subject, status: parcel.status, occurredAt: (parcel.lastEventAt ?? event.occurredAt).toISOString() }),
      });
      await updateShipment(tx, shipment, orderFulfillments);
    }
    const outcome = { parcel, event, duplicate: false };
    onRecorded?.(tx, outcome);
    return outcome;
  });
}

/** The shipment follows its parcels; delivering its last one may complete the whole order. */
async function updateShipment(tx: EntityManager, shipment: Shipment, orderFulfillments: readonly FulfillmentOrder[]): Promise<void> {
  const parcels = await tx.find(Parcel, { shipmentId: shipment.id });
  const status = shipmentStatusFromParcels(parcels.map((parcel) => parcel.status));
  if (status === shipment.status) return;
  const wasDelivered = shipment.status === 'DELIVERED';
  shipment.status = status;
  if (status !== 'DELIVERED') return;
  if (wasDelivered) return;
  shipment.deliveredAt = parcels.reduce<Date | null>((latest, parcel) => (parcel.deliveredAt && (!latest || parcel.deliveredAt > latest) ? parcel.deliveredAt : latest), null);
  const shipments = await tx.find(Shipment, { orderId: shipment.orderId });
  const allShipmentsDelivered =
    shipments.every((candidate) => candidate.status === 'DELIVERED' || candidate.status === 'CANCELLED') &&
    !orderFulfillments.some((candidate) => isOpen(candidate.status));
  recordEvent(tx, {
    type: FulfillmentEvents.ShipmentDelivered.type,
    aggregateType: 'Shipment',
    aggregateId: shipment.id,
    payload: eventPayload(FulfillmentEvents.ShipmentDelivered, {
      shipmentId: shipment.id,
      fulfillmentOrderId: shipment.fulfillmentOrderId ?? null,
      orderId: shipment.orderId,
      customerId: shipment.customerId ?? null,
      locationId: shipment.locationId,
      deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
      allShipmentsDelivered,
    }),
  });
}

export interface TrackingEventCommand extends Omit<IncomingTrackingEvent, 'externalId'> {
  parcelId: string;
  /** The carrier's event id, if the caller has one. */
  eventId?: string | null;
}

/** recordTrackingEvent: staff of the shipping location, carriers' and vendors' partner keys. */
export async function recordTrackingEvent(ctx: FulfillmentContext, command: TrackingEventCommand): Promise<TrackingOutcome> {
  const parcelId = requireId(command.parcelId, 'parcelId', 'parcel');
  const parcel = await ctx.loaders.parcelById.load(parcelId);
  if (!parcel) throw new DomainError('NOT_FOUND', `No parcel with id ${command.parcelId}`, { parcelId: command.parcelId });
  const shipment = await ctx.loaders.shipmentById.load(parcel.shipmentId);
  assertMayWork(ctx.access, shipment?.locationId ?? '', () => notFound('parcel', command.parcelId, 'parcelId'));
  const outcome = await recordParcelTracking(ctx.em, parcelId, 'api', { ...command, externalId: command.eventId ?? null }, (tx, recorded) =>
    recordAudit({ ...ctx, em: tx }, {
      action: 'recordTrackingEvent',
      entityType: 'Parcel',
      entityId: parcelId,
      before: null,
      after: { status: recorded.event.status, occurredAt: recorded.event.occurredAt.toISOString(), eventId: recorded.event.externalId, parcelStatus: recorded.parcel.status },
    }),
  );
  renewLoaders(ctx);
  return outcome;
}

export async function findParcel(ctx: FulfillmentContext, id: string): Promise<Parcel | null> {
  const parcel = await ctx.loaders.parcelById.load(id);
  if (!parcel) return null;
  const shipment = await ctx.loaders.shipmentById.load(parcel.shipmentId);
  if (!shipment) return null;
  return visibleOrNull(ctx.access, shipment) ? parcel : null;
}

export async function trackingHistory(ctx: FulfillmentContext, parcel: Parcel): Promise<TrackingEvent[]> {
  return chronological(await ctx.loaders.trackingEventsByParcelId.load(parcel.id));
}

export async function lastTrackingEvent(ctx: FulfillmentContext, parcel: Parcel): Promise<TrackingEvent | null> {
  return parcel.lastEventId ? ctx.loaders.trackingEventById.load(parcel.lastEventId) : null;
}
