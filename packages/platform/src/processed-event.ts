import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Events a durable consumer has handled, written in the transaction of the effect: the bus
 * delivers at least once, and a redelivered event finds its row and changes nothing. Each
 * subgraph that consumes events lists this entity, so the table lives in its own schema.
 */
export const ProcessedEventSchema = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_event',
  properties: {
    consumer: p.string().length(100).primary(),
    eventId: p.uuid().primary(),
    /** HANDLED; REJECTED for an event that could not be used; IGNORED for one that asked nothing. */
    outcome: p.string().length(20),
    detail: p.string().length(500).nullable(),
    processedAt: p.datetime().onCreate(() => new Date()),
  },
  // The retention worker prunes by age.
  indexes: [{ properties: ['processedAt'] }],
});

export class ProcessedEvent extends ProcessedEventSchema.class {}
ProcessedEventSchema.setClass(ProcessedEvent);

/**
 * Claims an event for a consumer in the current transaction; false when it was already handled
 * (a redelivery). `schema` is the consuming service's PostgreSQL schema.
 */
export async function claimEvent(
  em: EntityManager,
  schema: string,
  consumer: string,
  eventId: string,
  outcome: string,
  detail: string | null = null,
): Promise<boolean> {
  const rows = await em.execute<{ event_id: string }[]>(
    `insert into "${schema}".processed_event (consumer, event_id, outcome, detail, processed_at) values (?, ?, ?, ?, now())
     on conflict do nothing returning event_id`,
    [consumer, eventId, outcome, detail?.slice(0, 500) ?? null],
  );
  return rows.length > 0;
}

/** True when a consumer has already claimed an event (read outside the transaction that would claim it). */
export async function wasClaimed(em: EntityManager, schema: string, consumer: string, eventId: string): Promise<boolean> {
  const rows = await em.execute<{ found: number }[]>(`select 1 as found from "${schema}".processed_event where consumer = ? and event_id = ?`, [consumer, eventId]);
  return rows.length > 0;
}
