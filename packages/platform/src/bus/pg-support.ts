import pg from 'pg';
import type { Logger } from 'pino';

/**
 * A pool whose connections never crash the process when PostgreSQL goes away: pg-pool only listens
 * for errors on idle clients, and a checked-out client that loses its server between two queries
 * emits an `error` nobody handles. Every client gets a listener for its whole life.
 */
export function resilientPool(connectionString: string, max: number, logger: Logger, what: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  pool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, `${what}: connection lost`)));
  pool.on('error', (error) => logger.warn({ err: error }, `${what}: idle connection lost`));
  return pool;
}

/** Runs `work` in a transaction on a pooled connection: commit on success, rollback on failure. */
export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    // A connection whose transaction failed may be broken (server restarted): the pool drops it.
    client.release(failure);
  }
}

/**
 * A dedicated LISTEN connection that comes back: when PostgreSQL drops it (restart, failover,
 * idle kill), it reconnects with backoff (0.1 s doubling up to 5 s), listens again, and calls
 * `onReconnect` so callers can catch up on what was notified while it was away.
 */
export class PgNotificationListener {
  readonly #connectionString: string;
  readonly #channels: readonly string[];
  readonly #logger: Logger;
  readonly #onNotification: (message: pg.Notification) => void;
  readonly #onReconnect: () => void;
  #client: pg.Client | undefined;
  #closed = false;
  #retry: NodeJS.Timeout | undefined;
  #delayMs = 100;

  constructor(options: {
    connectionString: string;
    channels: readonly string[];
    logger: Logger;
    onNotification: (message: pg.Notification) => void;
    onReconnect: () => void;
  }) {
    this.#connectionString = options.connectionString;
    this.#channels = options.channels;
    this.#logger = options.logger;
    this.#onNotification = options.onNotification;
    this.#onReconnect = options.onReconnect;
  }

  /** Connects the first time; a failure here is the caller's (start-up fails fast). */
  async start(): Promise<void> {
    await this.#connect();
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#connectionString, connectionTimeoutMillis: 5_000 });
    const lost = (error?: Error) => {
      if (this.#client !== client) return;
      this.#client = undefined;
      client.end().catch(() => undefined);
      if (this.#closed) return;
      this.#logger.warn({ err: error }, `listener on ${this.#channels.join(', ')} lost; reconnecting`);
      this.#schedule();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', this.#onNotification);
    try {
      await client.connect();
      for (const channel of this.#channels) await client.query(`listen ${channel}`);
    } catch (error) {
      client.removeAllListeners('end');
      client.end().catch(() => undefined);
      throw error;
    }
    if (this.#closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#client = client;
    this.#delayMs = 100;
  }

  #schedule(): void {
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.#connect().then(
        () => {
          this.#logger.info(`listener on ${this.#channels.join(', ')} back`);
          this.#onReconnect();
        },
        (error: unknown) => {
          this.#delayMs = Math.min(this.#delayMs * 2, 5_000);
          this.#logger.debug({ err: error, retryInMs: this.#delayMs }, 'listener reconnect failed');
          if (!this.#closed) this.#schedule();
        },
      );
    }, this.#delayMs);
    this.#retry.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
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
