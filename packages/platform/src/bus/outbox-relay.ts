import type pg from 'pg';
import type { Logger } from 'pino';
import type { BusEvent, EventBus } from './event-bus.ts';
import { coalescingRunner, inPgTransaction, PgNotificationListener, resilientPool } from './pg-support.ts';

const WAKE_CHANNEL = 'oms_outbox';

/**
 * Installs the trigger that wakes relays when a service's outbox gets rows (NOTIFY is delivered
 * at commit). Idempotent; run at start-up after the service's migrations.
 */
export async function installOutboxTrigger(client: pg.ClientBase, schema: string): Promise<void> {
  await client.query(`
    create or replace function "${schema}".notify_outbox() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${WAKE_CHANNEL}', tg_table_schema);
      return null;
    end $$;
    create or replace trigger outbox_event_notify after insert on "${schema}".outbox_event
      for each statement execute function "${schema}".notify_outbox();
  `);
}

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

export interface OutboxRelayOptions {
  databaseUrl: string;
  /** The service's schema, which is also the events' `source`. */
  schema: string;
  bus: EventBus;
  logger: Logger;
  batchSize?: number;
}

/**
 * Publishes a service's committed outbox rows to the bus, oldest first, then marks them published.
 * Safe with several instances (rows are claimed with SKIP LOCKED); at least once (the bus dedupes
 * by event id). Woken by the outbox trigger, with a slow poll as a safety net.
 */
export async function startOutboxRelay(options: OutboxRelayOptions): Promise<() => Promise<void>> {
  const { schema, bus, logger } = options;
  const batchSize = options.batchSize ?? 500;
  const pool = resilientPool(options.databaseUrl, 2, logger, 'outbox relay');
  let stopped = false;

  function drainOnce(): Promise<number> {
    return inPgTransaction(pool, async (client) => {
      const { rows } = await client.query<OutboxRow>(
        `select id, type, aggregate_type, aggregate_id, payload, occurred_at from "${schema}".outbox_event
         where published_at is null order by position limit $1 for update skip locked`,
        [batchSize],
      );
      if (rows.length > 0) {
        const events: BusEvent[] = rows.map((row) => ({
          id: row.id,
          source: schema,
          type: row.type,
          aggregateType: row.aggregate_type,
          aggregateId: row.aggregate_id,
          payload: row.payload,
          occurredAt: row.occurred_at.toISOString(),
        }));
        await bus.publish(events);
        await client.query(`update "${schema}".outbox_event set published_at = now() where id = any($1::uuid[])`, [rows.map((row) => row.id)]);
      }
      return rows.length;
    });
  }

  const runner = coalescingRunner(
    async () => {
      while (!stopped && (await drainOnce()) === batchSize) {
        // a full batch: there may be more
      }
    },
    (error) => logger.error({ err: error, schema }, 'outbox relay failed; will retry'),
  );
  const wake = () => runner.wake();

  const listener = new PgNotificationListener({
    connectionString: options.databaseUrl,
    channels: [WAKE_CHANNEL],
    logger,
    onNotification: (message) => {
      if (message.payload === schema) wake();
    },
    onReconnect: wake,
  });
  await listener.start();
  const timer = setInterval(wake, 1_000);
  timer.unref();
  wake();

  return async () => {
    stopped = true;
    clearInterval(timer);
    await runner.stop();
    await listener.close();
    await pool.end();
  };
}
