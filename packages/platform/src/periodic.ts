import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.ts';

/**
 * Whether a background poll has anything to do. Idle polls stay out of the query log: a line per
 * tick per instance would drown it, and request statement counts (the N+1 guard) must not see them.
 */
export async function anythingDue(em: EntityManager, condition: string, params: unknown[] = []): Promise<boolean> {
  const rows = await em.execute<{ due: boolean }[]>(`select exists(${condition}) as due`, params as never[], 'all', { enabled: false });
  return rows[0]?.due === true;
}

/**
 * Runs `task` every `intervalMs` (the next run starts after the previous one ended); a failed run is
 * logged and retried at the next tick. Returns the stop, which waits for a run in progress.
 */
export function runPeriodically(name: string, intervalMs: number, logger: Logger, task: () => Promise<void>): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = task()
      .catch((error: unknown) => logger.error({ err: error }, `${name} failed`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
