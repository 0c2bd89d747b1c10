import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

/** What a placeOrder outcome replays: out of stock is stored as it was answered. */
export interface StoredOutOfStock {
  lines: { sku: string; requested: number; available: number }[];
}

/**
 * The first outcome of a placeOrder idempotency key (Stripe semantics). Keys are scoped by caller, so
 * one caller's key can never replay another's order; the hash is of the canonical input without the key.
 */
export const IdempotencyRecordSchema = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_record',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    scope: p.string().length(160),
    key: p.string().length(255),
    requestHash: p.string().length(64),
    order: () => p.manyToOne(Order).nullable(),
    outOfStock: p.json<StoredOutOfStock>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['scope', 'key'] }],
  // The retention worker prunes by age.
  indexes: [{ properties: ['createdAt'] }],
  checks: [{ name: 'idempotency_record_outcome_check', expression: (columns) => `(${columns.order} is null) <> (${columns.outOfStock} is null)` }],
});

export class IdempotencyRecord extends IdempotencyRecordSchema.class {}
IdempotencyRecordSchema.setClass(IdempotencyRecord);
