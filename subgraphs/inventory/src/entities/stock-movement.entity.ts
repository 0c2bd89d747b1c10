import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { Sku } from './sku.entity.ts';

export const STOCK_MOVEMENT_KINDS = [
  'RECEIPT',
  'ADJUSTMENT',
  'RESERVATION',
  'RELEASE',
  'EXPIRY',
  'ALLOCATION',
  'SHIPMENT',
  'RETURN',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'FEED_SYNC',
] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** One row of the stock ledger: a change to one level with its before/after figures. Never updated. */
export const StockMovementSchema = defineEntity({
  name: 'StockMovement',
  tableName: 'stock_movement',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // No foreign keys: the ledger is append-only and written in bulk (100,000 rows for a large feed),
    // where a per-row RI check costs more than the rest; every row is written beside an update of
    // the stock level, whose own foreign keys guarantee the SKU and the location exist.
    sku: () => p.manyToOne(Sku).createForeignKeyConstraint(false),
    location: () => p.manyToOne(Location).createForeignKeyConstraint(false),
    kind: p.enum(STOCK_MOVEMENT_KINDS),
    onHandBefore: p.integer(),
    onHandAfter: p.integer(),
    reservedBefore: p.integer(),
    reservedAfter: p.integer(),
    reason: p.string().length(500).nullable(),
    /** What caused it: an order, reservation, transfer, purchase order or feed id. */
    reference: p.string().length(200).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // Newest first: per level (StockLevel.history), per location, and the whole ledger.
  indexes: [
    { properties: ['sku', 'location', 'createdAt', 'id'] },
    { properties: ['location', 'createdAt', 'id'] },
    { properties: ['createdAt', 'id'] },
  ],
});

export class StockMovement extends StockMovementSchema.class {}
StockMovementSchema.setClass(StockMovement);
