import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { FulfillmentOrderLine } from './fulfillment-order-line.entity.ts';
import { Parcel } from './parcel.entity.ts';

export const ParcelItemSchema = defineEntity({
  name: 'ParcelItem',
  tableName: 'parcel_item',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    parcelId: () => p.manyToOne(Parcel).mapToPk().fieldName('parcel_id').deleteRule('cascade'),
    lineId: () => p.manyToOne(FulfillmentOrderLine).mapToPk().fieldName('line_id'),
    quantity: p.integer().check('quantity > 0'),
  },
  uniques: [{ properties: ['parcelId', 'lineId'] }],
});

export class ParcelItem extends ParcelItemSchema.class {}
ParcelItemSchema.setClass(ParcelItem);
