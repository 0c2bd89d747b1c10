import type { WorkerStarter } from '@oms/platform';
import { fulfillmentConfig } from '../config.ts';
import { sweepExpiredPickups } from '../domain/pickup.service.ts';
import { runPeriodically } from './periodic.ts';

/** Every PICKUP_SWEEP_INTERVAL_MS: pickups not collected by their deadline are cancelled and restocked. */
export const startPickupExpirySweeper: WorkerStarter = ({ orm, logger }) =>
  runPeriodically('pickup expiry sweep', fulfillmentConfig().pickupSweepIntervalMs, logger, async () => {
    const expired = await sweepExpiredPickups(orm.em.fork());
    if (expired > 0) logger.info({ expired }, 'uncollected pickups expired');
  });
