import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** Every state a fulfillment order can be in; the transitions per flow are in domain/fulfillment-state.ts. */
export const FULFILLMENT_ORDER_STATUSES = [
  'CREATED',
  'SENT_TO_VENDOR',
  'ACCEPTED',
  'PICKING',
  'PICKED',
  'PACKED',
  'SHIPPED',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'EXPIRED',
  'REJECTED',
  'CANCELLED',
] as const;
export type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

export const FULFILLMENT_TYPES = ['SHIP', 'SHIP_FROM_STORE', 'PICKUP', 'RESERVE_IN_STORE', 'CURBSIDE', 'DROPSHIP'] as const;
export type FulfillmentType = (typeof FULFILLMENT_TYPES)[number];

/** The ship-to address as it was at release: later address-book edits must not move a parcel. */
export interface ShipToAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
}

export const FulfillmentOrderSchema = defineEntity({
  name: 'FulfillmentOrder',
  tableName: 'fulfillment_order',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // Orders, customers and locations live in other services: plain id columns.
    orderId: p.uuid(),
    orderNumber: p.string().length(32),
    customerId: p.uuid().nullable(),
    email: p.string().length(254),
    channel: p.string().length(20),
    locationId: p.uuid(),
    type: p.enum(FULFILLMENT_TYPES),
    status: p.enum(FULFILLMENT_ORDER_STATUSES).default('CREATED'),
    // The OrderReleased event that created it: a redelivered event cannot create it twice.
    releaseEventId: p.uuid(),
    shipTo: p.json<ShipToAddress>().nullable(),
    // Ship to store: the pickup store the goods travel to.
    destinationLocationId: p.uuid().nullable(),
    pickWaveId: p.uuid().nullable().index(),
    // HMAC of the 6-digit pickup code; the code itself travels once, in the PickupReady event, to the customer's message.
    pickupCodeHash: p.string().length(64).nullable().hidden(),
    // Codes issued again at the customer's request (reissuePickupCode), capped by PICKUP_CODE_REISSUE_LIMIT.
    pickupCodeReissues: p.integer().default(0).check('pickup_code_reissues between 0 and 5'),
    readyForPickupAt: p.datetime().nullable(),
    pickupDeadline: p.datetime().nullable(),
    pickedUpAt: p.datetime().nullable(),
    curbsideArrivedAt: p.datetime().nullable(),
    curbsideParkingSpot: p.string().length(60).nullable(),
    curbsideVehicle: p.string().length(120).nullable(),
    posTransactionReference: p.string().length(120).nullable(),
    rejectionReason: p.string().length(500).nullable(),
    cancellationReason: p.string().length(500).nullable(),
    // When the order was placed (from OrderReleased): reports cover the orders placed in a period,
    // so fulfillment figures can be cut by the same orders and days as the sales figures.
    orderPlacedAt: p.datetime().onCreate(() => new Date()),
    createdAt: p.datetime().onCreate(() => new Date()),
    acceptedAt: p.datetime().nullable(),
    pickedAt: p.datetime().nullable(),
    packedAt: p.datetime().nullable(),
    shippedAt: p.datetime().nullable(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['orderId', 'locationId', 'releaseEventId'] }],
  indexes: [
    { properties: ['orderId', 'createdAt'] },
    { properties: ['customerId', 'createdAt'] },
    { properties: ['locationId', 'status', 'createdAt'] },
    { properties: ['createdAt', 'id'] },
    { properties: ['status', 'pickupDeadline'] },
    { properties: ['orderPlacedAt'] },
  ],
  checks: [
    {
      // A pickup waiting at the counter always has its code and its deadline.
      name: 'fulfillment_order_ready_has_code_check',
      expression: (columns) =>
        `${columns.status} <> 'READY_FOR_PICKUP' or (${columns.pickupCodeHash} is not null and ${columns.pickupDeadline} is not null)`,
    },
  ],
});

export class FulfillmentOrder extends FulfillmentOrderSchema.class {}
FulfillmentOrderSchema.setClass(FulfillmentOrder);
