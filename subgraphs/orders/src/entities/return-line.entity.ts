import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { OrderLine } from './order-line.entity.ts';
import { Return } from './return.entity.ts';

export const RETURN_REASON_CODES = ['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM', 'WRONG_SIZE', 'NOT_AS_DESCRIBED', 'CHANGED_MIND', 'ARRIVED_LATE', 'OTHER'] as const;
export type ReturnReasonCode = (typeof RETURN_REASON_CODES)[number];

export const RETURN_ITEM_CONDITIONS = ['NEW_UNOPENED', 'OPENED', 'USED', 'DAMAGED'] as const;
export type ReturnItemCondition = (typeof RETURN_ITEM_CONDITIONS)[number];

export const RETURN_DISPOSITIONS = ['RESTOCK', 'REFURBISH', 'DISPOSE'] as const;
export type ReturnDisposition = (typeof RETURN_DISPOSITIONS)[number];

/** Units of one order line coming back, why, in what state, and what was decided at inspection. */
export const ReturnLineSchema = defineEntity({
  name: 'ReturnLine',
  tableName: 'return_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    return: () => p.manyToOne(Return),
    orderLine: () => p.manyToOne(OrderLine).index(),
    skuCode: p.string().length(64),
    quantity: p.integer(),
    receivedQuantity: p.integer().default(0),
    reasonCode: p.enum(RETURN_REASON_CODES),
    condition: p.enum(RETURN_ITEM_CONDITIONS),
    disposition: p.enum(RETURN_DISPOSITIONS).nullable(),
    /** What the requested units cost the customer (the line's net amount pro rata). */
    value: p.integer(),
  },
  uniques: [{ properties: ['return', 'orderLine'] }],
  checks: [
    {
      name: 'return_line_quantities_check',
      expression: (columns) =>
        `${columns.quantity} > 0 and ${columns.receivedQuantity} >= 0 and ${columns.receivedQuantity} <= ${columns.quantity} and ${columns.value} >= 0`,
    },
  ],
});

export class ReturnLine extends ReturnLineSchema.class {}
ReturnLineSchema.setClass(ReturnLine);
