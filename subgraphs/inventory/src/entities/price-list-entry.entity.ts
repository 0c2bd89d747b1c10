import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { PriceList } from './price-list.entity.ts';
import { Sku } from './sku.entity.ts';

/** The unit price of one SKU in a price list, in minor units of the list's currency. */
export const PriceListEntrySchema = defineEntity({
  name: 'PriceListEntry',
  tableName: 'price_list_entry',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    priceList: () => p.manyToOne(PriceList),
    sku: () => p.manyToOne(Sku).index(),
    amount: p.integer().check('amount >= 0'),
  },
  uniques: [{ properties: ['priceList', 'sku'] }],
});

export class PriceListEntry extends PriceListEntrySchema.class {}
PriceListEntrySchema.setClass(PriceListEntry);
