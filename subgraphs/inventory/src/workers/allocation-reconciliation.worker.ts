import { randomUUID } from 'node:crypto';
import { parseConfig, runPeriodically, wholeNumber, type WorkerStarter } from '@oms/platform';
import { z } from 'zod';
import { reconcileUnconfirmedAllocations } from '../domain/allocation-reconciliation.service.ts';

const settings = z.object({
  ALLOCATION_RECONCILE_AFTER_MS: wholeNumber(60_000, 1_000, 86_400_000),
  ALLOCATION_RECONCILE_INTERVAL_MS: wholeNumber(15_000, 100, 3_600_000),
});

/**
 * Every ALLOCATION_RECONCILE_INTERVAL_MS: allocations older than ALLOCATION_RECONCILE_AFTER_MS whose
 * order is unconfirmed are reconciled with the orders service (released when the order was never
 * placed). Safe with several instances: releases are idempotent under the order's lock.
 */
export const startAllocationReconciliation: WorkerStarter = ({ orm, logger, services }) => {
  const config = parseConfig(settings);
  const log = logger.child({ worker: 'allocation-reconciliation' });
  return runPeriodically('allocation reconciliation', config.ALLOCATION_RECONCILE_INTERVAL_MS, log, async () => {
    const round = await reconcileUnconfirmedAllocations({ em: orm.em.fork(), services, requestId: randomUUID() }, config.ALLOCATION_RECONCILE_AFTER_MS);
    if (round.released > 0) log.info(round, 'stock held for orders never placed released');
  });
};
