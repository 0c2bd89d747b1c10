import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { ShippingAddress } from '../domain/address.ts';
import { OrderLine } from './order-line.entity.ts';

export const ORDER_STATUSES = [
  'CREATED',
  'CONFIRMED',
  'ON_HOLD',
  'BACKORDERED',
  'ALLOCATED',
  'RELEASED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const SALES_CHANNELS = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export const DELIVERY_METHODS = ['SHIP', 'PICKUP', 'RESERVE_IN_STORE'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** Carrier service levels a customer may choose at checkout (inventory's carrier services). */
export const SERVICE_LEVELS = ['ECONOMY', 'STANDARD', 'EXPRESS'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const OrderSchema = defineEntity({
  name: 'Order',
  tableName: 'order',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    number: p.string().length(32).unique(),
    status: p.enum(ORDER_STATUSES),
    channel: p.enum(SALES_CHANNELS),
    // Customers live in the customers service: a plain id, resolved through federation.
    customerId: p.uuid().nullable(),
    email: p.string().length(254),
    deliveryMethod: p.enum(DELIVERY_METHODS).default('SHIP'),
    // PICKUP and RESERVE_IN_STORE: the store, a location of the inventory service (plain id).
    pickupLocationId: p.uuid().nullable(),
    // Where the order ships to, as it was when placed: later address-book edits must not move a parcel.
    shipToName: p.string().length(200).nullable(),
    shipToLine1: p.string().length(200).nullable(),
    shipToLine2: p.string().length(200).nullable(),
    shipToCity: p.string().length(100).nullable(),
    shipToPostalCode: p.string().length(20).nullable(),
    shipToRegion: p.string().length(100).nullable(),
    shipToCountry: p.string().length(2).nullable(),
    /** The billing address given at checkout (the risk rules compare its country with the delivery's). */
    billingAddress: p.json<ShippingAddress>().nullable(),
    currency: p.string().length(3),
    subtotal: p.integer().check('subtotal >= 0'),
    discountTotal: p.integer().default(0).check('discount_total >= 0'),
    shippingTotal: p.integer().check('shipping_total >= 0'),
    taxTotal: p.integer().check('tax_total >= 0'),
    total: p.integer().check('total >= 0'),
    // The country whose VAT the prices include: the destination, or the store for pickup orders.
    taxCountry: p.string().length(2).nullable(),
    promotionCodes: p.array().default([]),
    lines: () => p.oneToMany(OrderLine).mappedBy('order'),
    placedAt: p.datetime(),
    /** When an ALLOCATED order goes to fulfillment: the end of its cancellation window; null when not scheduled. */
    releaseAt: p.datetime().nullable(),
    /** When the order was first released to fulfillment (fulfillment may have work for it from then on). */
    releasedAt: p.datetime().nullable(),
    /** SHIP by a chosen service level: the promise made at checkout (civil dates, YYYY-MM-DD); all null otherwise. */
    serviceLevel: p.enum(SERVICE_LEVELS).nullable(),
    carrierCode: p.string().length(40).nullable(),
    promisedEarliest: p.string().length(10).nullable(),
    promisedLatest: p.string().length(10).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [
    { properties: ['customerId', 'createdAt'] },
    { properties: ['createdAt', 'id'] },
    { properties: ['status', 'releaseAt'] },
    // The velocity risk rule counts a guest's recent orders by email, whatever its case.
    { name: 'order_lower_email_created_at_index', expression: `create index "order_lower_email_created_at_index" on "orders"."order" (lower("email"), "created_at")` },
  ],
  checks: [
    {
      // Totals are exact in minor units: nothing is lost or invented between the parts and the total.
      name: 'order_total_adds_up_check',
      expression: (columns) =>
        `${columns.total} = ${columns.subtotal} - ${columns.discountTotal} + ${columns.shippingTotal}` +
        ` and ${columns.discountTotal} <= ${columns.subtotal}`,
    },
    {
      // A promise is whole: a level, a carrier and an ordered pair of dates, for an order that ships.
      name: 'order_promised_delivery_check',
      expression: (columns) =>
        `(${columns.serviceLevel} is null and ${columns.promisedEarliest} is null and ${columns.promisedLatest} is null)` +
        ` or (${columns.deliveryMethod} = 'SHIP' and ${columns.carrierCode} is not null and ${columns.promisedEarliest} <= ${columns.promisedLatest})`,
    },
    {
      name: 'order_pickup_location_check',
      expression: (columns) => `${columns.deliveryMethod} = 'SHIP' or ${columns.pickupLocationId} is not null`,
    },
    {
      // A ship-to snapshot is all or nothing (a store sale has none): never half an address on a label.
      name: 'order_ship_to_complete_check',
      expression: (columns) =>
        `${columns.shipToLine1} is null or (${columns.shipToName} is not null and ${columns.shipToCity} is not null` +
        ` and ${columns.shipToPostalCode} is not null and ${columns.shipToCountry} is not null)`,
    },
  ],
});

export class Order extends OrderSchema.class {}
OrderSchema.setClass(Order);
