import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Parcel, TRACKING_STATUSES } from './parcel.entity.ts';

/** A carrier's tracking event, normalized; history keeps every one, in occurredAt order. */
export const TrackingEventSchema = defineEntity({
  name: 'TrackingEvent',
  tableName: 'tracking_event',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    parcelId: () => p.manyToOne(Parcel).mapToPk().fieldName('parcel_id'),
    status: p.enum(TRACKING_STATUSES),
    occurredAt: p.datetime(),
    location: p.string().length(200).nullable(),
    message: p.string().length(500).nullable(),
    estimatedDelivery: p.datetime().nullable(),
    // generic, aftership (carrier adapters), api (recordTrackingEvent), oms (label created when shipping).
    source: p.string().length(40),
    // The carrier's event id: the same id from the same source is recorded once.
    externalId: p.string().length(200).nullable(),
    receivedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['source', 'externalId'] }],
  indexes: [{ properties: ['parcelId', 'occurredAt'] }],
});

export class TrackingEvent extends TrackingEventSchema.class {}
TrackingEventSchema.setClass(TrackingEvent);
