import type { Logger } from './logger.ts';

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
