import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { SALES_CHANNELS } from './location.entity.ts';
import { PriceListEntry } from './price-list-entry.entity.ts';

/** Prices of a channel in one currency over a validity window; the one in force has the latest start. */
export const PriceListSchema = defineEntity({
  name: 'PriceList',
  tableName: 'price_list',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(120),
    channel: p.enum(SALES_CHANNELS),
    currency: p.string().length(3),
    validFrom: p.datetime(),
    validTo: p.datetime().nullable(),
    entries: () => p.oneToMany(PriceListEntry).mappedBy('priceList'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['channel', 'currency', 'validFrom'] }],
  checks: [
    { name: 'price_list_validity_check', expression: 'valid_to is null or valid_to > valid_from' },
    { name: 'price_list_currency_check', expression: "currency ~ '^[A-Z]{3}$'" },
  ],
});

export class PriceList extends PriceListSchema.class {}
PriceListSchema.setClass(PriceList);
