import { defineEntity, p } from '@mikro-orm/core';

/** An item of the item master; its code is both the primary key and the federation key. */
export const SkuSchema = defineEntity({
  name: 'Sku',
  tableName: 'sku',
  properties: {
    code: p.string().length(64).primary(),
    name: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Sku extends SkuSchema.class {}
SkuSchema.setClass(Sku);
