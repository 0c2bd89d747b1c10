import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Customer } from './customer.entity.ts';

export const CASE_STATUSES = ['OPEN', 'PENDING_CUSTOMER', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** A care case: one matter of a customer's, followed over several interactions until resolved. */
export const CustomerCaseSchema = defineEntity({
  name: 'CustomerCase',
  tableName: 'customer_case',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer),
    subject: p.string().length(200),
    status: p.enum(CASE_STATUSES),
    /** Who opened it, as in the audit log (`staff:<id>`). */
    openedBy: p.string().length(120),
    resolvedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['customer', 'createdAt'] }],
  checks: [{ name: 'customer_case_resolved_check', expression: `(status = 'RESOLVED') = (resolved_at is not null)` }],
});

export class CustomerCase extends CustomerCaseSchema.class {}
CustomerCaseSchema.setClass(CustomerCase);
