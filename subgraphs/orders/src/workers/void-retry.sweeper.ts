import { randomUUID } from 'node:crypto';
import { runPeriodically, type WorkerStarter } from '@oms/platform';
import { ordersConfig } from '../config.ts';
import { createProcessContext } from '../context.ts';
import { retryPendingVoids } from '../domain/payments/pending-voids.ts';

/**
 * Every ORDER_VOID_RETRY_INTERVAL_MS: voids that committed order changes owe at the payment provider
 * (a lower total), and that the request could not make (the provider was unreachable, or the service
 * stopped right after the commit), are made. Safe with several instances (row locks, SKIP LOCKED).
 */
export const startVoidRetrySweeper: WorkerStarter = ({ orm, logger, services }) => {
  const log = logger.child({ worker: 'void-retry' });
  const interval = ordersConfig().voidRetryIntervalMs;
  return runPeriodically('void retry', interval, log, async () => {
    const made = await retryPendingVoids(createProcessContext({ em: orm.em.fork(), services, logger: log }, randomUUID()), { olderThanMs: interval });
    if (made > 0) log.info({ made }, 'voids owed by order changes made at the payment provider');
  });
};
