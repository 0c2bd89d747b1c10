import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { PurchaseOrderLine } from './purchase-order-line.entity.ts';

export const PURCHASE_ORDER_STATUSES = ['OPEN', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** Inbound supply: a purchase order or advance shipping notice expected at a location. */
export const PurchaseOrderSchema = defineEntity({
  name: 'PurchaseOrder',
  tableName: 'purchase_order',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    number: p.string().length(40).unique(),
    supplier: p.string().length(200),
    location: () => p.manyToOne(Location).index(),
    status: p.enum(PURCHASE_ORDER_STATUSES).index(),
    expectedAt: p.datetime(),
    lines: () => p.oneToMany(PurchaseOrderLine).mappedBy('purchaseOrder'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class PurchaseOrder extends PurchaseOrderSchema.class {}
PurchaseOrderSchema.setClass(PurchaseOrder);
