import { defineEntity, p } from '@mikro-orm/core';

/**
 * One staff or partner change, filed from an `AuditRecorded` event of any service. The id is the
 * event's id, so a redelivered event files nothing twice. The API offers no way to change or
 * delete an entry.
 */
export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary(),
    /** When the change happened, in the service that made it. */
    at: p.datetime(),
    actor: p.string().length(120),
    actorKind: p.string().length(20),
    action: p.string().length(100),
    /** The service that made the change (the event's source). */
    service: p.string().length(60),
    entityType: p.string().length(60),
    entityId: p.string().length(100),
    before: p.json<unknown>().nullable(),
    after: p.json<unknown>().nullable(),
    clientIp: p.string().length(64).nullable(),
    requestId: p.string().length(100).nullable(),
    /**
     * When the entry was filed: the log's order, so an entry that arrives late (another service's
     * relay lagging) lands at the top rather than inside pages a reader has already passed.
     */
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    { properties: ['createdAt', 'id'] },
    { properties: ['entityType', 'entityId'] },
    { properties: ['actor'] },
  ],
});

export class AuditEntry extends AuditEntrySchema.class {}
AuditEntrySchema.setClass(AuditEntry);
