import { defineEntity, p } from '@mikro-orm/core';

export interface SkuAttribute {
  name: string;
  value: string;
}

/** An item of the item master; its code is both the primary key and the federation key. */
export const SkuSchema = defineEntity({
  name: 'Sku',
  tableName: 'sku',
  properties: {
    code: p.string().length(64).primary(),
    name: p.string().length(200),
    /** Free-form attributes (colour, size, material…), in display order. */
    attributes: p.json<SkuAttribute[]>().defaultRaw(`'[]'`),
    weightGrams: p.integer().nullable().check('weight_grams is null or weight_grams > 0'),
    lengthMm: p.integer().nullable(),
    widthMm: p.integer().nullable(),
    heightMm: p.integer().nullable(),
    returnable: p.boolean().default(true),
    /** Units that may be sold ahead of inbound supply when none is on hand. */
    presellLimit: p.integer().default(0).check('presell_limit >= 0'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      // Parcel dimensions are all known or all unknown: a carrier cannot rate half a box.
      name: 'sku_dimensions_check',
      expression:
        '(length_mm is null and width_mm is null and height_mm is null) or (length_mm > 0 and width_mm > 0 and height_mm > 0)',
    },
  ],
});

export class Sku extends SkuSchema.class {}
SkuSchema.setClass(Sku);
