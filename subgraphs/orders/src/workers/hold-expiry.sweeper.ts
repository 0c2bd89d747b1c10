import { randomUUID } from 'node:crypto';
import { runPeriodically, type WorkerStarter } from '@oms/platform';
import { ordersConfig } from '../config.ts';
import { createProcessContext } from '../context.ts';
import { cancelExpiredHolds } from '../domain/order-holds.service.ts';

/**
 * Every ORDER_HOLD_SWEEP_INTERVAL_MS: orders whose holds have all expired are cancelled, so their
 * stock goes back on sale and their payment authorization is voided. Safe with several instances.
 */
export const startHoldExpirySweeper: WorkerStarter = ({ orm, logger, services }) => {
  const log = logger.child({ worker: 'hold-expiry' });
  return runPeriodically('hold expiry sweep', ordersConfig().holdSweepIntervalMs, log, async () => {
    const cancelled = await cancelExpiredHolds(createProcessContext({ em: orm.em.fork(), services, logger: log }, randomUUID()));
    if (cancelled > 0) log.info({ cancelled }, 'orders cancelled after their hold expired');
  });
};
