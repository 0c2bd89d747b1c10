import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { Sku } from './sku.entity.ts';

/** Stock of one SKU at one location. The CHECK constraints make negative stock impossible, whatever the code does. */
export const StockLevelSchema = defineEntity({
  name: 'StockLevel',
  tableName: 'stock_level',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    sku: () => p.manyToOne(Sku),
    location: () => p.manyToOne(Location).index(),
    onHand: p.integer().default(0),
    reserved: p.integer().default(0),
    safetyStock: p.integer().default(0),
    /** Returned units that cannot be sold (to refurbish or dispose of); never part of onHand. */
    nonSellable: p.integer().default(0),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  // The unique index also serves lookups by SKU (its leading column).
  uniques: [{ properties: ['sku', 'location'] }],
  checks: [
    { name: 'stock_level_on_hand_check', expression: 'on_hand >= 0' },
    { name: 'stock_level_reserved_check', expression: 'reserved >= 0' },
    { name: 'stock_level_safety_stock_check', expression: 'safety_stock >= 0' },
    { name: 'stock_level_non_sellable_check', expression: 'non_sellable >= 0' },
  ],
});

export class StockLevel extends StockLevelSchema.class {}
StockLevelSchema.setClass(StockLevel);
