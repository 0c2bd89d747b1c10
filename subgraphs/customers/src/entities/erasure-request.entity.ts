import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

export const ERASURE_STATUSES = ['PENDING', 'COMPLETED'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

/**
 * A customer's erasure (GDPR), asked by an administrator: PENDING until every service confirmed it
 * had anonymized what it holds about the person. One per customer: asking again answers this one.
 * The row itself holds no personal data (ids, the reason staff gave, dates).
 */
export const ErasureRequestSchema = defineEntity({
  name: 'ErasureRequest',
  tableName: 'erasure_request',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customerId: p.uuid().unique(),
    reason: p.string().length(500),
    status: p.enum(ERASURE_STATUSES).default('PENDING'),
    /** The person's orders when erasure was asked (the orders service's list), for the services that know orders only. */
    orderIds: p.array().columnType('uuid[]').default([]),
    /** Who asked, as in the audit log (`staff:<id>`). */
    requestedBy: p.string().length(120),
    requestedAt: p.datetime().onCreate(() => new Date()),
    completedAt: p.datetime().nullable(),
  },
  checks: [{ name: 'erasure_request_completed_check', expression: `(status = 'COMPLETED') = (completed_at is not null)` }],
});

export class ErasureRequest extends ErasureRequestSchema.class {}
ErasureRequestSchema.setClass(ErasureRequest);

/** One service's part of an erasure: confirmed when its `CustomerErasureCompleted` arrived. */
export const ErasureConfirmationSchema = defineEntity({
  name: 'ErasureConfirmation',
  tableName: 'erasure_confirmation',
  properties: {
    requestId: p.uuid().primary(),
    subgraph: p.string().length(60).primary(),
    /** Where the service comes in the tracking list (customers first). */
    position: p.integer(),
    confirmedAt: p.datetime().nullable(),
  },
});

export class ErasureConfirmation extends ErasureConfirmationSchema.class {}
ErasureConfirmationSchema.setClass(ErasureConfirmation);
