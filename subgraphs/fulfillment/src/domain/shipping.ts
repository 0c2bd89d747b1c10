import { eventPayload } from '@oms/contracts';
import { DomainError, recordEvent, type EntityManager } from '@oms/platform';
import type { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import type { FulfillmentOrder, FulfillmentOrderStatus } from '../entities/fulfillment-order.entity.ts';
import { Parcel } from '../entities/parcel.entity.ts';
import type { Shipment } from '../entities/shipment.entity.ts';
import { TrackingEvent } from '../entities/tracking-event.entity.ts';
import { FulfillmentEvents, lineQuantities, pickedQuantity, recordFulfillmentEvent, recordTransition } from './events.ts';
import { fulfillmentStateMachine } from './fulfillment-state.ts';
import { carrierCodeOf, optionalText, requireText, requireTrackingNumber } from './validation.ts';

export interface ParcelShipping {
  parcel: Parcel;
  trackingNumber: string;
  labelReference: string | null;
}

export interface ShipParcelsCommand {
  fo: FulfillmentOrder;
  shipment: Shipment;
  lines: readonly FulfillmentOrderLine[];
  carrier: string;
  serviceLevel: string;
  parcels: readonly ParcelShipping[];
  /** The status the fulfillment order ships from (for its status event). */
  from: FulfillmentOrderStatus;
}

/**
 * The goods leave: every parcel gets its carrier, tracking number and label and a first tracking
 * event (LABEL_CREATED), the shipment and the fulfillment order become SHIPPED, inventory and
 * orders learn what left (ShipmentShipped), and the customer is told how to follow it.
 */
export async function shipParcels(tx: EntityManager, command: ShipParcelsCommand): Promise<void> {
  const { fo, shipment, lines, parcels } = command;
  fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'SHIPPED');
  const carrier = requireText(command.carrier, 'carrier', 60);
  const carrierCode = carrierCodeOf(carrier);
  if (carrierCode.length === 0) throw new DomainError('BAD_USER_INPUT', 'carrier must contain letters or digits', { argument: 'carrier' });
  const serviceLevel = requireText(command.serviceLevel, 'serviceLevel', 60);
  const numbers = parcels.map((entry, index) => requireTrackingNumber(entry.trackingNumber, `parcels[${index}].trackingNumber`));
  if (new Set(numbers).size !== numbers.length) throw new DomainError('BAD_USER_INPUT', 'Each parcel needs its own tracking number');
  const taken = await tx.find(Parcel, { carrierCode, trackingNumber: { $in: numbers } });
  if (taken.length > 0) {
    throw new DomainError('TRACKING_NUMBER_IN_USE', `${carrier} tracking number ${taken[0]!.trackingNumber} is already used by another parcel`, {
      trackingNumber: taken[0]!.trackingNumber,
    });
  }
  const now = new Date();
  parcels.forEach((entry, index) => {
    const { parcel } = entry;
    const event = tx.create(TrackingEvent, { parcelId: parcel.id, status: 'LABEL_CREATED', occurredAt: now, source: 'oms', message: `Label created (${serviceLevel})` } as never);
    Object.assign(parcel, {
      carrier,
      carrierCode,
      serviceLevel,
      trackingNumber: numbers[index]!,
      labelReference: optionalText(entry.labelReference, `parcels[${index}].labelReference`, 200),
      status: 'LABEL_CREATED',
      lastEventId: event.id,
      lastEventAt: now,
    });
    const common = { parcelId: parcel.id, shipmentId: shipment.id, orderId: fo.orderId, customerId: fo.customerId ?? null, locationId: fo.locationId };
    recordEvent(tx, {
      type: FulfillmentEvents.TrackingEventRecorded.type,
      aggregateType: 'Parcel',
      aggregateId: parcel.id,
      payload: eventPayload(FulfillmentEvents.TrackingEventRecorded, { ...common, trackingEventId: event.id, status: 'LABEL_CREATED', parcelStatus: 'LABEL_CREATED', lastEventId: event.id, occurredAt: now.toISOString() }),
    });
    recordEvent(tx, {
      type: FulfillmentEvents.ParcelStatusChanged.type,
      aggregateType: 'Parcel',
      aggregateId: parcel.id,
      payload: eventPayload(FulfillmentEvents.ParcelStatusChanged, { ...common, status: 'LABEL_CREATED', occurredAt: now.toISOString() }),
    });
  });
  Object.assign(shipment, { status: 'SHIPPED', carrier, serviceLevel, trackingNumber: numbers[0] ?? null, shippedAt: now });
  fo.status = 'SHIPPED';
  fo.shippedAt = now;
  recordTransition(tx, fo, command.from);
  recordFulfillmentEvent(tx, FulfillmentEvents.ShipmentShipped, fo, {
    shipmentId: shipment.id,
    lines: lineQuantities(lines, pickedQuantity),
    parcels: parcels.map((entry, index) => ({ parcelId: entry.parcel.id, carrier, trackingNumber: numbers[index] })),
  });
}
