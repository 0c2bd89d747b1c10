import { z } from 'zod';
import { defineEvent } from './event-contract.ts';
import { allocationKind, count, instant, salesChannel, sku, uuid } from './primitives.ts';

/** The inventory service's events: stock levels and their ledger, holds for orders and carts, supply and transfers. */

const skuQuantity = z.object({ sku, quantity: count });

/** A level's figures after a change (one event per level changed in a transaction). */
export const StockChanged = defineEvent(
  'StockChanged',
  1,
  z.object({ sku, locationId: uuid, onHand: count, reserved: count, safetyStock: count, availableToSell: count, feedId: z.string().optional() }),
);

export const StockAdjusted = defineEvent(
  'StockAdjusted',
  1,
  z.object({ sku, locationId: uuid, onHandBefore: count, onHandAfter: count, reason: z.string(), reference: z.string().nullable() }),
);

const allocation = z.object({
  allocationId: uuid,
  orderLineId: uuid,
  sku,
  locationId: uuid,
  quantity: count,
  kind: allocationKind,
  status: z.string().min(1),
  promisedAt: instant.nullable(),
});

/**
 * Stock held for an order: at placement (with the channel), when re-sourced (with the reason), or when
 * inbound goods cover presold units (`presellCovered`: the orders service releases backordered orders).
 */
export const StockAllocated = defineEvent(
  'StockAllocated',
  1,
  z.object({ orderId: uuid, channel: salesChannel.optional(), reason: z.string().optional(), presellCovered: z.boolean().optional(), allocations: z.array(allocation) }),
);
export const StockReleased = defineEvent('StockReleased', 1, z.object({ orderId: uuid, reason: z.string(), allocations: z.array(allocation) }));

export const ReservationCreated = defineEvent(
  'ReservationCreated',
  1,
  z.object({ reservationId: uuid, cartId: z.string().min(1), channel: salesChannel, expiresAt: instant, lines: z.array(z.object({ sku, locationId: uuid, quantity: count })) }),
);
export const ReservationExtended = defineEvent('ReservationExtended', 1, z.object({ reservationId: uuid, cartId: z.string().min(1), expiresAt: instant }));
export const ReservationReleased = defineEvent('ReservationReleased', 1, z.object({ reservationId: uuid, cartId: z.string().min(1) }));
export const ReservationExpired = defineEvent('ReservationExpired', 1, z.object({ reservationId: uuid, cartId: z.string().min(1) }));
export const ReservationConverted = defineEvent('ReservationConverted', 1, z.object({ reservationId: uuid, cartId: z.string().min(1), orderId: uuid }));

export const PurchaseOrderCreated = defineEvent(
  'PurchaseOrderCreated',
  1,
  z.object({ purchaseOrderId: uuid, number: z.string().min(1), supplier: z.string().min(1), locationId: uuid, expectedAt: instant, lines: z.array(skuQuantity) }),
);
export const PurchaseOrderReceived = defineEvent(
  'PurchaseOrderReceived',
  1,
  z.object({ purchaseOrderId: uuid, number: z.string().min(1), locationId: uuid, status: z.string().min(1), lines: z.array(skuQuantity) }),
);

export const InventoryFeedImported = defineEvent(
  'InventoryFeedImported',
  1,
  z.object({ feedId: z.string().min(1), source: z.string().min(1), mode: z.string().min(1), receivedLines: count, appliedLines: count, rejectedLines: count }),
);

export const TransferRequested = defineEvent(
  'TransferRequested',
  1,
  z.object({ transferId: uuid, fromLocationId: uuid, toLocationId: uuid, reference: z.string().nullable(), lines: z.array(skuQuantity) }),
);
export const TransferShipped = defineEvent('TransferShipped', 1, z.object({ transferId: uuid, fromLocationId: uuid, toLocationId: uuid }));
export const TransferReceived = defineEvent('TransferReceived', 1, z.object({ transferId: uuid, toLocationId: uuid, status: z.string().min(1), lines: z.array(skuQuantity) }));

/** Every event the inventory service publishes, by type. */
export const INVENTORY_EVENTS = {
  StockChanged,
  StockAdjusted,
  StockAllocated,
  StockReleased,
  ReservationCreated,
  ReservationExtended,
  ReservationReleased,
  ReservationExpired,
  ReservationConverted,
  PurchaseOrderCreated,
  PurchaseOrderReceived,
  InventoryFeedImported,
  TransferRequested,
  TransferShipped,
  TransferReceived,
} as const;
