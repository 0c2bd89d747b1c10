import type pg from 'pg';

/** Runs `work` in a transaction on a pooled connection: commit on success, rollback on failure. */
export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Runs `run` whenever woken, never twice at once: a wake-up during a run causes exactly one more
 * run afterwards (so nothing that arrived meanwhile is missed). Errors go to `onError`.
 */
export function coalescingRunner(run: () => Promise<void>, onError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  return {
    wake(): void {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          try {
            await run();
          } catch (error) {
            onError(error);
          }
        } while (again && !stopped);
        running = undefined;
      })();
    },
    /** Stops waking and waits for a run in progress. */
    async stop(): Promise<void> {
      stopped = true;
      await running;
    },
  };
}
