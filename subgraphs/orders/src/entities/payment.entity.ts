import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const PAYMENT_STATUSES = ['AUTHORIZED', 'PARTIALLY_CAPTURED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'DECLINED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * An order's payment at a provider. Card data never reaches the OMS: only the provider's name and
 * its reference for the authorization are kept.
 */
export const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order).index(),
    provider: p.string().length(40),
    reference: p.string().length(100),
    status: p.enum(PAYMENT_STATUSES),
    currency: p.string().length(3),
    /** What the authorization currently holds (partial voids lower it). */
    amountAuthorized: p.integer(),
    amountCaptured: p.integer().default(0),
    amountRefunded: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['provider', 'reference'] }],
  checks: [
    {
      name: 'payment_amounts_check',
      expression: (columns) =>
        `${columns.amountAuthorized} >= 0 and ${columns.amountCaptured} >= 0 and ${columns.amountCaptured} <= ${columns.amountAuthorized}` +
        ` and ${columns.amountRefunded} >= 0 and ${columns.amountRefunded} <= ${columns.amountCaptured}`,
    },
  ],
});

export class Payment extends PaymentSchema.class {}
PaymentSchema.setClass(Payment);
