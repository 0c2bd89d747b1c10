import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** Where a shipment stands, from the first pick to the parcel at the customer's door. */
export const SHIPMENT_STATUSES = ['PENDING', 'PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const ShipmentSchema = defineEntity({
  name: 'Shipment',
  tableName: 'shipment',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // Orders and locations live in other services: plain id columns, no foreign keys.
    orderId: p.uuid().index(),
    locationId: p.uuid().index(),
    carrier: p.string().length(60).nullable(),
    trackingNumber: p.string().length(60).nullable(),
    status: p.enum(SHIPMENT_STATUSES).default('PENDING'),
    shippedAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Shipment extends ShipmentSchema.class {}
ShipmentSchema.setClass(Shipment);
