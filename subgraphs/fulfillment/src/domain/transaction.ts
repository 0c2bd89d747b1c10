import type { EntityManager } from '@oms/platform';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
}

function driverError(error: unknown): DriverError {
  return typeof error === 'object' && error !== null ? (error as DriverError) : {};
}

/** A deadlock or serialization failure: the whole transaction may simply run again. */
function isRetryable(error: unknown): boolean {
  const { code } = driverError(error);
  return code === '40P01' || code === '40001';
}

/** The unique constraint a statement violated, if that is why it failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  const { code, constraint } = driverError(error);
  return code === '23505' && typeof constraint === 'string' ? constraint : undefined;
}

/** Runs `work` in a transaction on a fork of `em`, again (up to 4 attempts) after a deadlock. */
export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional((tx) => work(tx));
    } catch (error) {
      if (attempt >= 4 || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/**
 * Whether a background poll has anything to do. Idle polls stay out of the query log: a line per
 * tick per instance would drown it, and request statement counts (the N+1 guard) must not see them.
 */
export async function anythingDue(em: EntityManager, condition: string, params: unknown[] = []): Promise<boolean> {
  const rows = await em.execute<{ due: boolean }[]>(`select exists(${condition}) as due`, params as never[], 'all', { enabled: false });
  return rows[0]?.due === true;
}
