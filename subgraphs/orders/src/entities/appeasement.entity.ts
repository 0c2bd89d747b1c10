import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';
import { Refund } from './refund.entity.ts';

export const APPEASEMENT_METHODS = ['REFUND', 'STORE_CREDIT'] as const;
export type AppeasementMethod = (typeof APPEASEMENT_METHODS)[number];

/** A goodwill gesture granted by staff on an order; idempotent per (order, key). */
export const AppeasementSchema = defineEntity({
  name: 'Appeasement',
  tableName: 'appeasement',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order).index(),
    idempotencyKey: p.string().length(255),
    requestHash: p.string().length(64),
    amount: p.integer().check('amount > 0'),
    currency: p.string().length(3),
    reason: p.string().length(500),
    method: p.enum(APPEASEMENT_METHODS),
    refund: () => p.oneToOne(Refund).owner().unique(),
    grantedBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['order', 'idempotencyKey'] }],
});

export class Appeasement extends AppeasementSchema.class {}
AppeasementSchema.setClass(Appeasement);
