import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { CustomerSegment } from './customer-segment.entity.ts';
import { Customer } from './customer.entity.ts';

/** A customer put in a segment by staff (whatever the segment's rule says). */
export const CustomerSegmentAssignmentSchema = defineEntity({
  name: 'CustomerSegmentAssignment',
  tableName: 'customer_segment_assignment',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer),
    segment: () => p.manyToOne(CustomerSegment).index(),
    /** Who assigned it, as in the audit log (`staff:<id>`). */
    assignedBy: p.string().length(120),
    assignedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['customer', 'segment'] }],
});

export class CustomerSegmentAssignment extends CustomerSegmentAssignmentSchema.class {}
CustomerSegmentAssignmentSchema.setClass(CustomerSegmentAssignment);
