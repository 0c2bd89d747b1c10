import { AUDIT_RECORDED, type WorkerStarter } from '@oms/platform';
import { fileAuditEntry } from '../domain/audit-log.service.ts';

export const AUDIT_LOG_CONSUMER = 'customers-audit-log';

/**
 * Files the `AuditRecorded` events of every service into the audit log: a durable consumer, so
 * nothing is lost while this service is down, and idempotent filing, since delivery is at least once.
 */
export const startAuditLogWorker: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) return async () => {};
  const log = logger.child({ worker: AUDIT_LOG_CONSUMER });
  const consuming = bus
    .consume(AUDIT_LOG_CONSUMER, [AUDIT_RECORDED], async (event) => {
      const filed = await fileAuditEntry(orm.em.fork(), event);
      if (!filed) log.error({ eventId: event.id, source: event.source }, 'unreadable audit event skipped');
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
