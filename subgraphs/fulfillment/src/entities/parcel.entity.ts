import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Shipment } from './shipment.entity.ts';

export const TRACKING_STATUSES = ['LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

/** A parcel is PACKED until the carrier's first event; then it has the status of its latest event. */
export const PARCEL_STATUSES = ['PACKED', ...TRACKING_STATUSES] as const;
export type ParcelStatus = (typeof PARCEL_STATUSES)[number];

export const ParcelSchema = defineEntity({
  name: 'Parcel',
  tableName: 'parcel',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    shipmentId: () => p.manyToOne(Shipment).mapToPk().fieldName('shipment_id'),
    sequence: p.integer(),
    status: p.enum(PARCEL_STATUSES).default('PACKED'),
    carrier: p.string().length(60).nullable(),
    // The carrier's name normalized (lowercase letters and digits): how carrier callbacks find the parcel.
    carrierCode: p.string().length(60).nullable(),
    serviceLevel: p.string().length(60).nullable(),
    trackingNumber: p.string().length(60).nullable().index(),
    labelReference: p.string().length(200).nullable(),
    // Packed here: always measured. Dropship: what the vendor told us, if anything.
    weightGrams: p.integer().nullable().check('weight_grams > 0'),
    lengthMm: p.integer().nullable().check('length_mm > 0'),
    widthMm: p.integer().nullable().check('width_mm > 0'),
    heightMm: p.integer().nullable().check('height_mm > 0'),
    // The tracking event with the latest occurredAt (no foreign key: the two tables point at each other).
    lastEventId: p.uuid().nullable(),
    lastEventAt: p.datetime().nullable(),
    estimatedDelivery: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['shipmentId', 'sequence'] }, { properties: ['carrierCode', 'trackingNumber'] }],
});

export class Parcel extends ParcelSchema.class {}
ParcelSchema.setClass(Parcel);
