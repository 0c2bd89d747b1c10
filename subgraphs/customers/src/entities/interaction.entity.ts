import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { CustomerCase } from './customer-case.entity.ts';
import { Customer } from './customer.entity.ts';

export const INTERACTION_CHANNELS = ['CALL', 'EMAIL', 'CHAT', 'STORE_VISIT'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

/**
 * One care contact on the customer's timeline. Orders and returns are other services' records:
 * plain id columns, resolved through federation.
 */
export const InteractionSchema = defineEntity({
  name: 'Interaction',
  tableName: 'interaction',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer),
    channel: p.enum(INTERACTION_CHANNELS),
    reason: p.string().length(200),
    outcome: p.string().length(200).nullable(),
    /** The agent's internal notes; never shown to the customer. */
    notes: p.text().nullable(),
    /** Who handled it, as in the audit log (`staff:<id>`, `partner:<keyId>`). */
    agent: p.string().length(120),
    /** The staff member who handled it, when the agent is one of ours. */
    agentStaffId: p.uuid().nullable(),
    orderIds: p.array().columnType('uuid[]').default([]),
    returnIds: p.array().columnType('uuid[]').default([]),
    case: () => p.manyToOne(CustomerCase).nullable().index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['customer', 'createdAt', 'id'] }],
});

export class Interaction extends InteractionSchema.class {}
InteractionSchema.setClass(Interaction);
