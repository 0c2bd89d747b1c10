import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** One weight band of a shipping zone: parcels up to `maxWeightGrams` cost `amount` minor units. */
export const ShippingRateSchema = defineEntity({
  name: 'ShippingRate',
  tableName: 'shipping_rate',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    zone: p.string().length(20),
    maxWeightGrams: p.integer().check('max_weight_grams > 0'),
    amount: p.integer().check('amount >= 0'),
    currency: p.string().length(3),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['zone', 'maxWeightGrams'] }],
});

export class ShippingRate extends ShippingRateSchema.class {}
ShippingRateSchema.setClass(ShippingRate);
