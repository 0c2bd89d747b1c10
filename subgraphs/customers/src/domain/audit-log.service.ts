import type { FilterQuery } from '@mikro-orm/core';
import { AuditRecorded, parseEvent, type ParsedEvent } from '@oms/contracts';
import { claimEvent, findNewestFirst, inTransaction, type BusEvent, type Connection, type EntityManager, type PageArgs } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { AuditEntry } from '../entities/audit-entry.entity.ts';
import { requireAuditReader } from './access.ts';

export interface AuditLogFilter {
  actor?: string | null | undefined;
  action?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  since?: Date | null | undefined;
}

export function listAuditLog(ctx: CustomersContext, filter: AuditLogFilter | null | undefined, page: PageArgs): Promise<Connection<AuditEntry>> {
  requireAuditReader(ctx.principal);
  const where: FilterQuery<AuditEntry> = {
    ...(filter?.actor ? { actor: filter.actor } : {}),
    ...(filter?.action ? { action: filter.action } : {}),
    ...(filter?.entityType ? { entityType: filter.entityType } : {}),
    ...(filter?.entityId ? { entityId: filter.entityId } : {}),
    ...(filter?.since ? { at: { $gte: filter.since } } : {}),
  };
  return findNewestFirst(ctx.em, AuditEntry, where, page);
}

/** The fields of an `AuditRecorded` payload (written by the platform's `recordAudit`). */
export interface AuditRecord {
  at: Date;
  actor: string;
  actorKind: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  requestId: string | null;
}

/** Reads an event's payload through its contract; a payload that breaks it cannot be filed (the reason says why). */
export function parseAuditRecord(event: BusEvent): ParsedEvent<AuditRecord> {
  const parsed = parseEvent(AuditRecorded, event);
  if (!parsed.ok) return parsed;
  const { before, after, clientIp, requestId, at, ...who } = parsed.value;
  return { ok: true, value: { ...who, at: new Date(at), before: before ?? null, after: after ?? null, clientIp, requestId } };
}

export const AUDIT_LOG_CONSUMER = 'customers-audit-log';

/**
 * Files one event into the log. The entry's id is the event's, so a redelivery inserts nothing.
 * Returns the reason for an event whose payload breaks its contract: it is parked (REJECTED, with
 * the reason), not retried forever.
 */
export async function fileAuditEntry(em: EntityManager, event: BusEvent): Promise<{ filed: true } | { filed: false; reason: string }> {
  const parsed = parseAuditRecord(event);
  if (!parsed.ok) {
    await inTransaction(em, (tx) => claimEvent(tx, 'customers', AUDIT_LOG_CONSUMER, event.id, 'REJECTED', parsed.reason));
    return { filed: false, reason: parsed.reason };
  }
  const record = parsed.value;
  await em
    .createQueryBuilder(AuditEntry)
    .insert({ id: event.id, service: event.source, ...record, createdAt: new Date() })
    .onConflict('id')
    .ignore()
    .execute();
  return { filed: true };
}
