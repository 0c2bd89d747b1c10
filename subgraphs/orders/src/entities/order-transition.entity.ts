import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { ORDER_STATUSES, Order } from './order.entity.ts';

/** One status change of an order: from, to, who, when and why (Order.timeline). */
export const OrderTransitionSchema = defineEntity({
  name: 'OrderTransition',
  tableName: 'order_transition',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    /** 1, 2, … per order: the timeline's order even within one millisecond, and one writer per step. */
    position: p.integer(),
    fromStatus: p.enum(ORDER_STATUSES).nullable(),
    toStatus: p.enum(ORDER_STATUSES),
    actor: p.string().length(120),
    reason: p.string().length(500).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['order', 'position'] }],
});

export class OrderTransition extends OrderTransitionSchema.class {}
OrderTransitionSchema.setClass(OrderTransition);
