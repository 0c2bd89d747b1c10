import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const REFUND_METHODS = ['ORIGINAL_PAYMENT', 'STORE_CREDIT'] as const;
export type RefundMethod = (typeof REFUND_METHODS)[number];

/** PENDING: decided and written, the provider's refund still to be made after the commit (refund.service.ts). */
export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * Money given back for an order: a return's refund or a goodwill gesture. `sourceKey` names what it
 * pays for (`return:<id>`, `appeasement:<id>`) and is unique, so whatever retries or races, one
 * source is paid once. A refund to a card is PENDING until the provider made it, after the commit
 * that decided it; the command recovery worker retries it until it is made.
 */
export const RefundSchema = defineEntity({
  name: 'Refund',
  tableName: 'refund',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order).index(),
    customerId: p.uuid().nullable().index(),
    sourceKey: p.string().length(100).unique(),
    amount: p.integer(),
    currency: p.string().length(3),
    method: p.enum(REFUND_METHODS),
    status: p.enum(REFUND_STATUSES),
    /** The provider's references of the refund operations (one per payment refunded), comma separated. */
    providerReference: p.string().length(500).nullable(),
    reason: p.string().length(500).nullable(),
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'refund_amount_check', expression: (columns) => `${columns.amount} > 0` }],
});

export class Refund extends RefundSchema.class {}
RefundSchema.setClass(Refund);
