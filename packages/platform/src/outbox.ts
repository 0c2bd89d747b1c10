import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The transactional outbox: a service writes the events others care about in the same transaction
 * as the state change; a relay publishes committed rows to the event bus. Each subgraph lists this
 * entity, so the table lives in its own schema.
 */
export const OutboxEventSchema = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Monotonic position, the order in which the relay publishes. */
    position: p.bigint('number').autoincrement().unique(),
    type: p.string().length(100),
    aggregateType: p.string().length(60),
    aggregateId: p.string().length(100),
    payload: p.json<Record<string, unknown>>(),
    occurredAt: p.datetime().onCreate(() => new Date()),
    publishedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['aggregateType', 'aggregateId'] }, { properties: ['publishedAt', 'position'] }],
});

export class OutboxEvent extends OutboxEventSchema.class {}
OutboxEventSchema.setClass(OutboxEvent);

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/** Adds an event to the unit of work: it commits (or not) with the state change that caused it. */
export function recordEvent(em: EntityManager, event: DomainEvent): OutboxEvent {
  return em.create(OutboxEvent, { ...event, occurredAt: new Date() } as never);
}
