import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Payment } from './payment.entity.ts';

export const PAYMENT_OPERATIONS = ['AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND'] as const;
export type PaymentOperationKind = (typeof PAYMENT_OPERATIONS)[number];

/** PENDING: a call an order change owes the provider, journaled with the change and made after its commit (payments/owed-operations.ts). */
export const PAYMENT_OUTCOMES = ['SUCCEEDED', 'DECLINED', 'FAILED', 'PENDING'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

/**
 * Every call made to a payment provider for a payment, as a journal. Rows are never changed, with one
 * exception: a capture, void or refund an order change owes is written PENDING in the change's
 * transaction and marked SUCCEEDED once the provider made it, after the change committed (an
 * effect of the command layer: domain/payments/owed-operations.ts).
 */
export const PaymentOperationSchema = defineEntity({
  name: 'PaymentOperation',
  tableName: 'payment_operation',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    payment: () => p.manyToOne(Payment).index(),
    operation: p.enum(PAYMENT_OPERATIONS),
    amount: p.integer().check('amount >= 0'),
    currency: p.string().length(3),
    outcome: p.enum(PAYMENT_OUTCOMES),
    providerReference: p.string().length(100).nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});

export class PaymentOperation extends PaymentOperationSchema.class {}
PaymentOperationSchema.setClass(PaymentOperation);
