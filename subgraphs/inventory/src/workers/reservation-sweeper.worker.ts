import { ConfigError, runPeriodically, type WorkerStarter } from '@oms/platform';
import { sweepExpiredReservations } from '../domain/reservation.service.ts';

export const DEFAULT_SWEEP_INTERVAL_MS = 5000;

/** RESERVATION_SWEEP_INTERVAL_MS: how often expired cart holds are released (default 5000). */
export function sweepIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['RESERVATION_SWEEP_INTERVAL_MS'];
  if (raw === undefined || raw === '') return DEFAULT_SWEEP_INTERVAL_MS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 3_600_000) {
    throw new ConfigError(`Invalid configuration:\n  RESERVATION_SWEEP_INTERVAL_MS: must be a whole number of milliseconds from 100 to 3600000 (got ${raw})`);
  }
  return value;
}

/**
 * Releases expired cart holds every RESERVATION_SWEEP_INTERVAL_MS. Safe with several instances
 * (the sweep skips rows another one has locked); a failed sweep is logged and retried next tick.
 */
export const startReservationSweeper: WorkerStarter = ({ orm, logger }) =>
  runPeriodically('reservation sweep', sweepIntervalMs(), logger, async () => {
    const expired = await sweepExpiredReservations(orm.em.fork());
    if (expired > 0) logger.info({ expired }, 'expired cart holds released');
  });
