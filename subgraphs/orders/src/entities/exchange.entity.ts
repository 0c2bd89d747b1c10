import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';
import { Return } from './return.entity.ts';

export const EXCHANGE_STATUSES = ['PENDING', 'COMPLETED', 'FAILED'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/** How the price difference between the replacement and the returned goods was settled. */
export const EXCHANGE_SETTLEMENTS = ['NONE', 'CHARGED', 'DUE', 'REFUND_WITH_RETURN'] as const;
export type ExchangeSettlement = (typeof EXCHANGE_SETTLEMENTS)[number];

export interface ExchangeReplacement {
  orderLineId: string;
  sku: string;
  quantity: number;
}

/**
 * A return whose goods are replaced by a new order (another size, colour or item). One per return:
 * the unique return id makes a retried or concurrent createExchange place one replacement order.
 */
export const ExchangeSchema = defineEntity({
  name: 'Exchange',
  tableName: 'exchange',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    return: () => p.oneToOne(Return).owner().unique(),
    originalOrder: () => p.manyToOne(Order).index(),
    replacementOrder: () => p.manyToOne(Order).nullable().unique(),
    customerId: p.uuid().nullable(),
    status: p.enum(EXCHANGE_STATUSES),
    /** Each attempt places the replacement under its own idempotency key (a failed attempt replays its own outcome). */
    attempt: p.integer().default(1),
    /** The one-time token the replacement order's exchange-credit payment is authorized with. */
    paymentToken: p.string().length(100),
    replacements: p.json<ExchangeReplacement[]>(),
    currency: p.string().length(3),
    /** What the replaced units were worth: the credit the replacement is paid with. */
    credit: p.integer().check('credit >= 0'),
    /** The part of the credit the replacement used: min(credit, replacement total). */
    creditUsed: p.integer().default(0),
    replacementTotal: p.integer().nullable(),
    settlement: p.enum(EXCHANGE_SETTLEMENTS).default('NONE'),
    /** What the customer still owes for a dearer replacement (settlement DUE). */
    amountDue: p.integer().default(0),
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [
    { name: 'exchange_amounts_check', expression: (columns) => `${columns.creditUsed} >= 0 and ${columns.creditUsed} <= ${columns.credit} and ${columns.amountDue} >= 0` },
  ],
});

export class Exchange extends ExchangeSchema.class {}
ExchangeSchema.setClass(Exchange);
