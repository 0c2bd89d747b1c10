import { randomUUID } from 'node:crypto';
import { runPeriodically, type WorkerStarter } from '@oms/platform';
import { ordersConfig } from '../config.ts';
import { createProcessContext } from '../context.ts';
import { recoverStockSwaps } from '../domain/stock-swap-recovery.service.ts';

/**
 * Every ORDER_SWAP_RECOVERY_INTERVAL_MS: order changes whose stock was swapped at inventory but whose
 * order was never written, and that the request could not undo itself (it stopped, or inventory or
 * the payment provider was unreachable), are undone. Safe with several instances (order row locks).
 */
export const startStockSwapRecoverySweeper: WorkerStarter = ({ orm, logger, services }) => {
  const log = logger.child({ worker: 'stock-swap-recovery' });
  const interval = ordersConfig().swapRecoveryIntervalMs;
  return runPeriodically('stock swap recovery', interval, log, async () => {
    const undone = await recoverStockSwaps(createProcessContext({ em: orm.em.fork(), services, logger: log }, randomUUID()), { olderThanMs: interval });
    if (undone > 0) log.warn({ undone }, 'stock swaps of order changes that were never written undone');
  });
};
