import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { FulfillmentOrder } from './fulfillment-order.entity.ts';

/** Where a shipment stands, from the first pick to the parcel at the customer's door. */
export const SHIPMENT_STATUSES = ['PENDING', 'PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'CANCELLED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const ShipmentSchema = defineEntity({
  name: 'Shipment',
  tableName: 'shipment',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // Orders, customers and locations live in other services: plain id columns, no foreign keys.
    orderId: p.uuid().index(),
    customerId: p.uuid().nullable(),
    locationId: p.uuid().index(),
    // The fulfillment order this shipment carries out (one each for ship and dropship orders).
    fulfillmentOrderId: () => p.manyToOne(FulfillmentOrder).mapToPk().fieldName('fulfillment_order_id').nullable().unique(),
    carrier: p.string().length(60).nullable(),
    serviceLevel: p.string().length(60).nullable(),
    trackingNumber: p.string().length(60).nullable(),
    status: p.enum(SHIPMENT_STATUSES).default('PENDING'),
    shippedAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['customerId', 'createdAt'] }],
});

export class Shipment extends ShipmentSchema.class {}
ShipmentSchema.setClass(Shipment);
