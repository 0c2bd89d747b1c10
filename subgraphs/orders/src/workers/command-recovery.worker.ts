import { randomUUID } from 'node:crypto';
import type { WorkerStarter } from '@oms/platform';
import { ordersConfig } from '../config.ts';
import { createProcessContext } from '../context.ts';
import { orderCommands } from '../domain/order-commands.ts';

/**
 * Every ORDER_COMMAND_RECOVERY_INTERVAL_MS: commands (order placements) whose owner stopped before
 * committing (a crash, the database or another service away) are compensated once their lease ran
 * out: their stock released at inventory, their authorization voided. Safe with several instances.
 */
export const startCommandRecovery: WorkerStarter = ({ orm, logger, services }) => {
  const log = logger.child({ worker: 'command-recovery' });
  const ctx = createProcessContext({ em: orm.em.fork(), services, logger: log }, randomUUID());
  return orderCommands(ctx).startRecovery(orm.em.fork(), ordersConfig().commandRecoveryIntervalMs);
};
