import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { SegmentRule } from '../domain/segment-rules.ts';

/**
 * A group of customers, defined as data: with a rule, customers whose order figures satisfy it
 * belong to it; staff may also assign anyone to any segment.
 */
export const CustomerSegmentSchema = defineEntity({
  name: 'CustomerSegment',
  tableName: 'customer_segment',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Stable name for integrations, e.g. HIGH_VALUE. */
    code: p.string().length(60).unique(),
    name: p.string().length(120),
    /** Null: membership by assignment only. */
    rule: p.json<SegmentRule>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [{ name: 'customer_segment_code_check', expression: `code ~ '^[A-Z][A-Z0-9_]{0,59}$'` }],
});

export class CustomerSegment extends CustomerSegmentSchema.class {}
CustomerSegmentSchema.setClass(CustomerSegment);
