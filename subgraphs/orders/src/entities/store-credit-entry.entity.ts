import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * The store-credit ledger of customers: append-only, one row per credit (positive) or use
 * (negative); the balance is the sum. `sourceKey` is unique, so one refund credits once.
 */
export const StoreCreditEntrySchema = defineEntity({
  name: 'StoreCreditEntry',
  tableName: 'store_credit_entry',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customerId: p.uuid(),
    currency: p.string().length(3),
    amount: p.integer(),
    sourceKey: p.string().length(100).unique(),
    orderId: p.uuid().nullable(),
    reason: p.string().length(500),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['customerId', 'currency'] }],
  checks: [{ name: 'store_credit_entry_amount_check', expression: (columns) => `${columns.amount} <> 0` }],
});

export class StoreCreditEntry extends StoreCreditEntrySchema.class {}
StoreCreditEntrySchema.setClass(StoreCreditEntry);
