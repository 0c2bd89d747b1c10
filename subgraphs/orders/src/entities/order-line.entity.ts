import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const OrderLineSchema = defineEntity({
  name: 'OrderLine',
  tableName: 'order_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    lineNumber: p.integer(),
    // SKUs are owned by the inventory service: the code is the federation key.
    skuCode: p.string().length(64),
    quantity: p.integer().check('quantity > 0'),
    unitPrice: p.integer().check('unit_price >= 0'),
    currency: p.string().length(3),
  },
  uniques: [{ properties: ['order', 'lineNumber'] }],
});

export class OrderLine extends OrderLineSchema.class {}
OrderLineSchema.setClass(OrderLine);
