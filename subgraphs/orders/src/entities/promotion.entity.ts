import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

export const PROMOTION_KINDS = ['PERCENTAGE', 'FIXED_AMOUNT'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export const PROMOTION_SCOPES = ['ORDER', 'LINE'] as const;
export type PromotionScope = (typeof PROMOTION_SCOPES)[number];

/** A discount unlocked by a code. Usage is counted by a conditional UPDATE; the CHECK makes overuse impossible. */
export const PromotionSchema = defineEntity({
  name: 'Promotion',
  tableName: 'promotion',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    code: p.string().length(32).unique(),
    description: p.string().length(500),
    kind: p.enum(PROMOTION_KINDS),
    scope: p.enum(PROMOTION_SCOPES),
    /** Percent for PERCENTAGE; minor units (per unit for LINE scope) for FIXED_AMOUNT. */
    value: p.integer(),
    currency: p.string().length(3),
    skus: p.array().default([]),
    minimumSubtotal: p.integer().nullable(),
    validFrom: p.datetime(),
    validTo: p.datetime().nullable(),
    usageLimit: p.integer().nullable(),
    usageCount: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['createdAt', 'id'] }],
  checks: [
    {
      name: 'promotion_value_check',
      expression: (columns) => `${columns.value} > 0 and (${columns.kind} <> 'PERCENTAGE' or ${columns.value} <= 100)`,
    },
    {
      name: 'promotion_usage_check',
      expression: (columns) => `${columns.usageCount} >= 0 and (${columns.usageLimit} is null or ${columns.usageCount} <= ${columns.usageLimit})`,
    },
    { name: 'promotion_validity_check', expression: (columns) => `${columns.validTo} is null or ${columns.validTo} > ${columns.validFrom}` },
  ],
});

export class Promotion extends PromotionSchema.class {}
PromotionSchema.setClass(Promotion);
