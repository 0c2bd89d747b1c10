import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Customer } from './customer.entity.ts';

/** A note staff keep about a customer; internal, never shown to the customer. */
export const CustomerNoteSchema = defineEntity({
  name: 'CustomerNote',
  tableName: 'customer_note',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer),
    body: p.text(),
    /** Who wrote it, as in the audit log (`staff:<id>`). */
    author: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['customer', 'createdAt'] }],
});

export class CustomerNote extends CustomerNoteSchema.class {}
CustomerNoteSchema.setClass(CustomerNote);
