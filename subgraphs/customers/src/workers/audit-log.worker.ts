import { AuditRecorded } from '@oms/contracts';
import type { WorkerStarter } from '@oms/platform';
import { AUDIT_LOG_CONSUMER, fileAuditEntry } from '../domain/audit-log.service.ts';

/**
 * Files the `AuditRecorded` events of every service into the audit log: a durable consumer, so
 * nothing is lost while this service is down, and idempotent filing, since delivery is at least once.
 */
export const startAuditLogWorker: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) return async () => {};
  const log = logger.child({ worker: AUDIT_LOG_CONSUMER });
  const consuming = bus
    .consume(AUDIT_LOG_CONSUMER, [AuditRecorded.type], async (event) => {
      const outcome = await fileAuditEntry(orm.em.fork(), event);
      if (!outcome.filed) log.error({ eventId: event.id, source: event.source, reason: outcome.reason }, 'audit event refused');
    })
    .catch((error: unknown) => {
      log.error({ err: error }, 'audit log consumer could not start');
      return undefined;
    });
  return async () => {
    const stop = await consuming;
    await stop?.();
  };
};
