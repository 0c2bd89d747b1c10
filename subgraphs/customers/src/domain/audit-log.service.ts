import type { FilterQuery } from '@mikro-orm/core';
import { findNewestFirst, type BusEvent, type Connection, type EntityManager, type PageArgs } from '@oms/platform';
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

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** Reads an event's payload; undefined when a required field is missing (the event cannot be filed). */
export function parseAuditRecord(event: BusEvent): AuditRecord | undefined {
  const { payload } = event;
  const actor = text(payload['actor']);
  const actorKind = text(payload['actorKind']);
  const action = text(payload['action']);
  const entityType = text(payload['entityType']);
  const entityId = text(payload['entityId']);
  if (!actor || !actorKind || !action || !entityType || !entityId) return undefined;
  const at = new Date(text(payload['at']) ?? event.occurredAt);
  return {
    at: Number.isNaN(at.getTime()) ? new Date(event.occurredAt) : at,
    actor,
    actorKind,
    action,
    entityType,
    entityId,
    before: payload['before'] ?? null,
    after: payload['after'] ?? null,
    clientIp: text(payload['clientIp']) ?? null,
    requestId: text(payload['requestId']) ?? null,
  };
}

/**
 * Files one event into the log. The entry's id is the event's, so a redelivery inserts nothing.
 * Returns false for an event whose payload cannot be read (it is skipped, not retried forever).
 */
export async function fileAuditEntry(em: EntityManager, event: BusEvent): Promise<boolean> {
  const record = parseAuditRecord(event);
  if (!record) return false;
  await em
    .createQueryBuilder(AuditEntry)
    .insert({ id: event.id, service: event.source, ...record, createdAt: new Date() })
    .onConflict('id')
    .ignore()
    .execute();
  return true;
}
