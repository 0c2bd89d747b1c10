import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** Where a SKU is shelved at a location, and where that bin comes on the picking walk. */
export const BinLocationSchema = defineEntity({
  name: 'BinLocation',
  tableName: 'bin_location',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    locationId: p.uuid(),
    skuCode: p.string().length(64),
    binCode: p.string().length(40),
    walkSequence: p.integer().check('walk_sequence >= 0'),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['locationId', 'skuCode'] }],
});

export class BinLocation extends BinLocationSchema.class {}
BinLocationSchema.setClass(BinLocation);
