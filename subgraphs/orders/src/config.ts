import { ConfigError } from '@oms/platform';

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
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`  ${name}: must be a whole number from ${min} to ${max} (got ${raw})`);
    return fallback;
  }
  return value;
}

/** Parses the orders settings; every problem is reported with the variable that caused it. */
export function loadOrdersConfig(env: NodeJS.ProcessEnv = process.env): OrdersConfig {
  const problems: string[] = [];
  const config: OrdersConfig = {
    releaseDelayMs: integer(env, 'ORDER_RELEASE_DELAY_MS', 60_000, 0, 86_400_000, problems),
    releaseCheckMs: integer(env, 'ORDER_RELEASE_CHECK_MS', 60_000, 100, 3_600_000, problems),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return config;
}

let loaded: OrdersConfig | undefined;

/** The settings, parsed once (when the service starts its workers, before the first request). */
export function ordersConfig(): OrdersConfig {
  loaded ??= loadOrdersConfig();
  return loaded;
}
