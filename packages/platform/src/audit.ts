import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditRecorded, eventPayload } from '@oms/contracts';
import { recordEvent } from './outbox.ts';
import type { Principal } from './principal.ts';

/** Who did it, as written in audit entries and timelines: `staff:<id>`, `partner:<keyId>`, … */
export function actorOf(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'customer':
      return `customer:${principal.customerId}`;
    case 'staff':
      return `staff:${principal.staffId}`;
    case 'partner':
      return `partner:${principal.keyId}`;
    case 'service':
      return `service:${principal.service}`;
  }
}

export interface AuditChange {
  /** The mutation, e.g. `adjustStock`. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditContext {
  em: EntityManager;
  principal: Principal;
  requestId: string;
  clientIp?: string | undefined;
}

/**
 * Records a staff or partner change for the audit log, in the same transaction as the change
 * (an outbox event the customers service files into the log). Customers' own actions and
 * internal service calls are not audited here; they are on the order's timeline.
 */
export function recordAudit(ctx: AuditContext, change: AuditChange): void {
  if (ctx.principal.kind !== 'staff' && ctx.principal.kind !== 'partner') return;
  recordEvent(ctx.em, {
    type: AuditRecorded.type,
    aggregateType: change.entityType,
    aggregateId: change.entityId,
    payload: eventPayload(AuditRecorded, {
      actor: actorOf(ctx.principal),
      actorKind: ctx.principal.kind,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: ctx.requestId,
      clientIp: ctx.clientIp ?? null,
      at: new Date().toISOString(),
    }),
  });
}
