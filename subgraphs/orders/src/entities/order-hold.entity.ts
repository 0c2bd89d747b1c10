import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const HOLD_REASONS = [
  'RISK_ORDER_VALUE',
  'RISK_COUNTRY_MISMATCH',
  'RISK_VELOCITY',
  'CUSTOMER_REQUEST',
  'PAYMENT_REVIEW',
  'STOCK_SHORTAGE',
  'OTHER',
] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/**
 * A reason an order is held back from fulfillment. In force until released (by staff, or closed
 * when the order is cancelled); an order whose holds have all expired is cancelled by the sweeper.
 */
export const OrderHoldSchema = defineEntity({
  name: 'OrderHold',
  tableName: 'order_hold',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order).index(),
    reason: p.enum(HOLD_REASONS),
    detail: p.string().length(500),
    placedAt: p.datetime(),
    placedBy: p.string().length(120),
    /** Null: kept until someone acts (e.g. waiting for stock that is not held). */
    expiresAt: p.datetime().nullable(),
    releasedAt: p.datetime().nullable(),
    releasedBy: p.string().length(120).nullable(),
    releaseNote: p.string().length(500).nullable(),
  },
  indexes: [
    // The expiry sweeper reads holds in force only.
    {
      name: 'order_hold_in_force_expires_at_index',
      expression: `create index "order_hold_in_force_expires_at_index" on "orders"."order_hold" ("expires_at") where "released_at" is null`,
    },
  ],
  checks: [
    {
      name: 'order_hold_release_check',
      expression: (columns) => `(${columns.releasedAt} is null) = (${columns.releasedBy} is null)`,
    },
  ],
});

export class OrderHold extends OrderHoldSchema.class {}
OrderHoldSchema.setClass(OrderHold);
