import { z } from 'zod';
import { defineEvent } from './event-contract.ts';
import { instant, uuid } from './primitives.ts';

/**
 * Events about people and staff actions: the customers service asks every service to erase a
 * person (ids only: each service asks the customers service for the person's identifiers) and each
 * confirms; every service records staff and partner changes, which the customers service files
 * into the audit log.
 */

export const CustomerErasureRequested = defineEvent('CustomerErasureRequested', 1, z.object({ requestId: uuid, customerId: uuid, orderIds: z.array(uuid) }));

export const CustomerErasureCompleted = defineEvent(
  'CustomerErasureCompleted',
  1,
  z.object({ requestId: uuid, customerId: uuid, subgraph: z.string().min(1).max(40), completedAt: instant }),
);

const text = z.string().min(1);

export const AuditRecorded = defineEvent(
  'AuditRecorded',
  1,
  z.object({
    actor: text,
    actorKind: text,
    action: text,
    entityType: text,
    entityId: text,
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    clientIp: z.string().nullable(),
    at: instant,
  }),
);

/** Every event about people and staff actions, by type. */
export const CUSTOMERS_EVENTS = { CustomerErasureRequested, CustomerErasureCompleted, AuditRecorded } as const;
