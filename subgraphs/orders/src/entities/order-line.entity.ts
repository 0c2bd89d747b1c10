import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const ORDER_LINE_STATUSES = ['OPEN', 'BACKORDERED', 'CANCELLED', 'SHIPPED'] as const;
export type OrderLineStatus = (typeof ORDER_LINE_STATUSES)[number];

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
    status: p.enum(ORDER_LINE_STATUSES).default('OPEN'),
    // Line-scoped promotions plus this line's share of order-scoped ones (domain/pricing.ts).
    discount: p.integer().default(0),
    /** Units that left: shipped, or handed over in store. */
    shippedQuantity: p.integer().default(0),
    /** Units that will not be delivered (cancelled, not collected). */
    cancelledQuantity: p.integer().default(0),
  },
  uniques: [{ properties: ['order', 'lineNumber'] }],
  checks: [
    {
      name: 'order_line_discount_check',
      expression: (columns) => `${columns.discount} >= 0 and ${columns.discount} <= ${columns.unitPrice} * ${columns.quantity}`,
    },
    {
      // Every unit is open, shipped or cancelled: never more of them than were ordered.
      name: 'order_line_progress_check',
      expression: (columns) =>
        `${columns.shippedQuantity} >= 0 and ${columns.cancelledQuantity} >= 0 and ${columns.shippedQuantity} + ${columns.cancelledQuantity} <= ${columns.quantity}`,
    },
  ],
});

export class OrderLine extends OrderLineSchema.class {}
OrderLineSchema.setClass(OrderLine);
