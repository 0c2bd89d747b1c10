import { parseConfig, wholeNumber } from '@oms/platform';
import { z } from 'zod';

export interface OrdersConfig {
  /**
   * How long an allocated order waits before it is released to fulfillment: its cancellation
   * window, in which a customer's change of mind costs the warehouse nothing.
   */
  releaseDelayMs: number;
  /**
   * Longest time between two checks for orders due for release. The worker also wakes when an order
   * becomes due (from the bus), so this is a safety net (another instance that stopped, a missed event).
   */
  releaseCheckMs: number;
  /** How often orders whose holds have expired are looked for (and cancelled, their stock released). */
  holdSweepIntervalMs: number;
  /**
   * How long a command (placement, cancellation, edit, accepted alternative) may run before another
   * request with its key, or the recovery worker, may take it over (compensating what it had set in
   * motion): longer than any of them takes.
   */
  commandLeaseMs: number;
  /**
   * How often commands whose owner stopped (a crash, an outage) are looked for and compensated, and
   * effects owed after a commit that could not be made at once (a provider's capture, void or
   * refund; a stock release) are made again.
   */
  commandRecoveryIntervalMs: number;
}

const ordersSettings = z.object({
  ORDER_RELEASE_DELAY_MS: wholeNumber(60_000, 0, 86_400_000),
  ORDER_RELEASE_CHECK_MS: wholeNumber(60_000, 100, 3_600_000),
  ORDER_HOLD_SWEEP_INTERVAL_MS: wholeNumber(60_000, 100, 3_600_000),
  ORDER_COMMAND_LEASE_MS: wholeNumber(30_000, 1_000, 3_600_000),
  ORDER_COMMAND_RECOVERY_INTERVAL_MS: wholeNumber(5_000, 100, 3_600_000),
});

/** Parses the orders settings; every problem is reported with the variable that caused it. */
export function loadOrdersConfig(env: NodeJS.ProcessEnv = process.env): OrdersConfig {
  const settings = parseConfig(ordersSettings, env);
  return {
    releaseDelayMs: settings.ORDER_RELEASE_DELAY_MS,
    releaseCheckMs: settings.ORDER_RELEASE_CHECK_MS,
    holdSweepIntervalMs: settings.ORDER_HOLD_SWEEP_INTERVAL_MS,
    commandLeaseMs: settings.ORDER_COMMAND_LEASE_MS,
    commandRecoveryIntervalMs: settings.ORDER_COMMAND_RECOVERY_INTERVAL_MS,
  };
}

let loaded: OrdersConfig | undefined;

/** The settings, parsed once (when the service starts its workers, before the first request). */
export function ordersConfig(): OrdersConfig {
  loaded ??= loadOrdersConfig();
  return loaded;
}
