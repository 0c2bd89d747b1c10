import { z } from 'zod';
import { defineEvent } from './event-contract.ts';
import { allocationKind, count, instant, locationType, money, salesChannel, sku, uuid } from './primitives.ts';

/** The orders service's events: the order's life, its holds and edits, returns, exchanges and refunds. */

const customerId = uuid.nullable();
/** Who customers' messages about an order go to (a guest order has no customer). */
const recipient = { orderId: uuid, number: z.string().min(1).max(32), customerId, email: z.string() };
const orderStatus = z.string().min(1).max(30);

export const OrderPlaced = defineEvent(
  'OrderPlaced',
  1,
  z.object({
    ...recipient,
    channel: salesChannel,
    lines: z.array(
      z.object({ lineId: uuid, lineNumber: z.number().int().min(1), sku, quantity: count, unitPrice: z.number().int(), discount: z.number().int(), status: z.string().min(1) }),
    ),
    allocations: z.array(
      z.object({ id: uuid, orderLineId: uuid, sku, locationId: uuid, locationType, quantity: count, kind: allocationKind, promisedAt: instant.nullable().optional(), distanceKm: z.number().nullable().optional() }),
    ),
    total: money,
  }),
);

export const OrderStatusChanged = defineEvent('OrderStatusChanged', 1, z.object({ orderId: uuid, customerId, from: orderStatus.nullable(), to: orderStatus }));

export const OrderLinesCancelled = defineEvent(
  'OrderLinesCancelled',
  1,
  z.object({ orderId: uuid, customerId, lineIds: z.array(uuid), reason: z.string().max(1000), total: money }),
);

/** Tells fulfillment to stop a released order's work: some lines, or (lineIds null) all of it. */
export const OrderCancelled = defineEvent(
  'OrderCancelled',
  1,
  z.object({ orderId: uuid, lineIds: z.array(uuid).nullable().optional(), reason: z.string().max(1000).nullable().optional() }),
);

const address = z.object({
  name: z.string().trim().min(1).max(200),
  line1: z.string().trim().min(1).max(200),
  line2: z.string().max(200).nullable(),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20),
  region: z.string().max(100).nullable(),
  country: z.string().trim().length(2),
});

/** The work fulfillment is to do: one entry per allocation (fulfillment makes one fulfillment order per location). */
export const OrderReleased = defineEvent(
  'OrderReleased',
  1,
  z.object({
    ...recipient,
    email: z.string().trim().min(1).max(254),
    channel: salesChannel,
    deliveryMethod: z.enum(['SHIP', 'PICKUP', 'RESERVE_IN_STORE', 'CURBSIDE']),
    shipTo: address.nullable(),
    pickupLocationId: uuid.nullable(),
    /** Only reports depend on it: a sender that does not say is still fulfilled. */
    placedAt: instant.nullable().optional(),
    allocations: z
      .array(
        z.object({
          allocationId: uuid,
          orderLineId: uuid,
          sku,
          locationId: uuid,
          locationType: locationType.nullable().default(null),
          quantity: z.number().int().min(1, 'needs a positive quantity'),
          kind: allocationKind.default('STOCK'),
        }),
      )
      .min(1, 'needs at least one allocation'),
  }),
);

export const OrderHeld = defineEvent(
  'OrderHeld',
  1,
  z.object({ ...recipient, holds: z.array(z.object({ holdId: uuid, reason: z.string().min(1), detail: z.string().nullable(), expiresAt: instant.nullable() })) }),
);

export const OrderHoldReleased = defineEvent(
  'OrderHoldReleased',
  1,
  z.object({ ...recipient, holds: z.array(z.object({ holdId: uuid, reason: z.string().min(1) })), releasedBy: z.string().min(1), note: z.string(), status: orderStatus }),
);

export const OrderEdited = defineEvent(
  'OrderEdited',
  1,
  z.object({
    orderId: uuid,
    number: recipient.number,
    customerId,
    changes: z.array(z.string()),
    lineChanges: z.array(z.object({ sku, from: count, to: count })),
    deliveryChange: z.enum(['ADDRESS', 'PICKUP_STORE', 'SHIP_INSTEAD', 'PICKUP_INSTEAD']).nullable(),
    total: money,
    previousTotal: z.number().int(),
  }),
);

export const OrderAlternativeAccepted = defineEvent(
  'OrderAlternativeAccepted',
  1,
  z.object({
    ...recipient,
    kind: z.string().min(1),
    description: z.string(),
    summary: z.string(),
    substitutes: z.array(z.object({ sku, quantity: count, replacesSku: sku })),
    status: orderStatus,
    total: money,
    previousTotal: z.number().int(),
  }),
);

/** What every return event carries (notifications need it to reach the customer). */
const returnSubject = {
  returnId: uuid,
  returnNumber: z.string().min(1),
  orderId: uuid,
  orderNumber: recipient.number,
  customerId,
  email: z.string(),
  status: z.string().min(1),
};

export const ReturnRequested = defineEvent(
  'ReturnRequested',
  1,
  z.object({
    ...returnSubject,
    channel: salesChannel,
    value: money,
    lines: z.array(z.object({ returnLineId: uuid, orderLineId: uuid, sku, quantity: count, reasonCode: z.string().min(1) })),
  }),
);
export const ReturnApproved = defineEvent('ReturnApproved', 1, z.object({ ...returnSubject, automatic: z.boolean() }));
export const ReturnRejected = defineEvent('ReturnRejected', 1, z.object({ ...returnSubject, reason: z.string() }));
export const ReturnInTransit = defineEvent('ReturnInTransit', 1, z.object({ ...returnSubject, carrier: z.string().min(1), trackingNumber: z.string().min(1), labelIssued: z.boolean() }));
export const ReturnReceived = defineEvent(
  'ReturnReceived',
  1,
  z.object({ ...returnSubject, locationId: uuid, lines: z.array(z.object({ returnLineId: uuid, sku, quantity: count })) }),
);
/** What becomes of each received line; inventory puts the units back into the receiving location's stock. */
export const ReturnInspected = defineEvent(
  'ReturnInspected',
  1,
  z.object({
    ...returnSubject,
    locationId: uuid,
    lines: z.array(z.object({ returnLineId: uuid, orderLineId: uuid, sku, quantity: count, disposition: z.enum(['RESTOCK', 'REFURBISH', 'DISPOSE']) })),
  }),
);
export const ReturnClosed = defineEvent('ReturnClosed', 1, z.object({ ...returnSubject, creditUsed: count }));

/** Money going back to the customer: a return's refund or an appeasement. */
const refund = {
  orderId: uuid,
  orderNumber: recipient.number,
  customerId,
  email: z.string(),
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  method: z.enum(['ORIGINAL_PAYMENT', 'STORE_CREDIT']),
  refundId: uuid,
  providerReference: z.string().nullable(),
};
export const ReturnRefunded = defineEvent('ReturnRefunded', 1, z.object({ ...refund, returnId: uuid, returnNumber: z.string().min(1) }));
export const AppeasementGranted = defineEvent('AppeasementGranted', 1, z.object({ ...refund, returnId: z.null(), appeasementId: uuid, reason: z.string() }));

export const ExchangeCreated = defineEvent(
  'ExchangeCreated',
  1,
  z.object({
    exchangeId: uuid,
    returnId: uuid,
    returnNumber: z.string().min(1),
    orderId: uuid,
    orderNumber: recipient.number,
    replacementOrderId: uuid,
    replacementOrderNumber: recipient.number,
    customerId,
    email: z.string(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    credit: count,
    replacementTotal: z.number().int(),
    difference: z.number().int(),
    settlement: z.string().min(1),
    amountDue: count,
  }),
);

/** Every event the orders service publishes, by type. */
export const ORDERS_EVENTS = {
  OrderPlaced,
  OrderStatusChanged,
  OrderLinesCancelled,
  OrderCancelled,
  OrderReleased,
  OrderHeld,
  OrderHoldReleased,
  OrderEdited,
  OrderAlternativeAccepted,
  ReturnRequested,
  ReturnApproved,
  ReturnRejected,
  ReturnInTransit,
  ReturnReceived,
  ReturnInspected,
  ReturnClosed,
  ReturnRefunded,
  AppeasementGranted,
  ExchangeCreated,
} as const;

/** The return events whose payload is the return's subject plus what the step adds. */
export const RETURN_STEP_EVENTS = { ReturnApproved, ReturnRejected, ReturnInTransit, ReturnReceived, ReturnInspected, ReturnClosed } as const;
export type ReturnStepEventType = keyof typeof RETURN_STEP_EVENTS;
