import type pg from 'pg';
import type { Logger } from 'pino';
import type { BusEvent, EventBus, Unsubscribe } from './event-bus.ts';
import { coalescingRunner, inPgTransaction, PgNotificationListener, resilientPool } from './pg-support.ts';

const CHANNEL = 'oms_bus';
/** Serialises publishers so positions become visible in commit order (no reader skips a late commit). */
const PUBLISH_LOCK = 7_406_001;

/** The `bus` schema: one append-only log of events and the offsets of durable consumers. */
export async function ensureBusSchema(pool: pg.Pool): Promise<void> {
  // Every service creates it at start-up, often at the same moment: `if not exists` alone races.
  await inPgTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [PUBLISH_LOCK + 1]);
    await createBusSchema(client);
  });
}

async function createBusSchema(client: pg.ClientBase): Promise<void> {
  await client.query(`
    create schema if not exists bus;
    create table if not exists bus.event (
      position bigserial primary key,
      id uuid not null unique,
      source text not null,
      type text not null,
      aggregate_type text not null,
      aggregate_id text not null,
      payload jsonb not null,
      occurred_at timestamptz not null,
      published_at timestamptz not null default now()
    );
    create index if not exists event_type_position on bus.event (type, position);
    -- the retention worker finds events past retention by age
    create index if not exists event_published_at on bus.event (published_at);
    create table if not exists bus.consumer_offset (
      consumer text primary key,
      position bigint not null default 0,
      updated_at timestamptz not null default now()
    );
  `);
}

interface EventRow {
  position: string;
  id: string;
  source: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

function toEvent(row: EventRow): BusEvent {
  return {
    id: row.id,
    source: row.source,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    occurredAt: row.occurred_at.toISOString(),
  };
}

/**
 * The default bus, nothing to install: a log table in PostgreSQL, LISTEN/NOTIFY to wake readers.
 * Every instance of every service that shares the database sees the same log.
 */
export class PostgresEventBus implements EventBus {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;
  readonly #logger: Logger;
  readonly #wakers = new Set<() => void>();
  readonly #listener: PgNotificationListener;
  #listening: Promise<void> | undefined;
  #closed = false;

  constructor(databaseUrl: string, logger: Logger) {
    // A connection dropped by the server (restart, shutdown) must not crash the process.
    this.#pool = resilientPool(databaseUrl, 4, logger, 'event bus');
    this.#logger = logger;
    const wakeAll = () => {
      for (const wake of this.#wakers) wake();
    };
    // After a reconnection every reader looks again: notifications sent meanwhile were lost.
    this.#listener = new PgNotificationListener({ connectionString: databaseUrl, channels: [CHANNEL], logger, onNotification: wakeAll, onReconnect: wakeAll });
  }

  static async connect(databaseUrl: string, logger: Logger): Promise<PostgresEventBus> {
    const bus = new PostgresEventBus(databaseUrl, logger);
    await ensureBusSchema(bus.#pool);
    return bus;
  }

  async publish(events: BusEvent[]): Promise<void> {
    if (events.length === 0) return;
    await inPgTransaction(this.#pool, async (client) => {
      await client.query('select pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      await client.query(
        `insert into bus.event (id, source, type, aggregate_type, aggregate_id, payload, occurred_at)
         select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[])
         on conflict (id) do nothing`,
        [
          events.map((event) => event.id),
          events.map((event) => event.source),
          events.map((event) => event.type),
          events.map((event) => event.aggregateType),
          events.map((event) => event.aggregateId),
          events.map((event) => JSON.stringify(event.payload)),
          events.map((event) => event.occurredAt),
        ],
      );
      await client.query(`select pg_notify('${CHANNEL}', '')`);
    });
  }

  async #ensureListening(): Promise<void> {
    this.#listening ??= this.#listener.start();
    return this.#listening;
  }

  /**
   * Runs `drain` whenever the log grows (and every few seconds, in case a notification was missed).
   * `drain` is told when its reader is being stopped, so it stops between batches.
   */
  #loop(drain: (stopping: () => boolean) => Promise<void>): Unsubscribe {
    let stopping = false;
    const runner = coalescingRunner(() => drain(() => stopping || this.#closed), (error) => this.#logger.error({ err: error }, 'event bus reader failed'));
    const wake = () => {
      if (!this.#closed) runner.wake();
    };
    this.#wakers.add(wake);
    const timer = setInterval(wake, 2_000);
    timer.unref();
    wake();
    return async () => {
      stopping = true;
      clearInterval(timer);
      this.#wakers.delete(wake);
      await runner.stop();
    };
  }

  async subscribe(handler: (event: BusEvent) => void): Promise<Unsubscribe> {
    await this.#ensureListening();
    const { rows } = await this.#pool.query<{ max: string | null }>('select max(position) as max from bus.event');
    let position = rows[0]?.max ?? '0';
    return this.#loop(async () => {
      const batch = await this.#pool.query<EventRow>('select * from bus.event where position > $1 order by position limit 1000', [position]);
      for (const row of batch.rows) {
        position = row.position;
        handler(toEvent(row));
      }
    });
  }

  async consume(consumer: string, types: readonly string[], handler: (event: BusEvent) => Promise<void>): Promise<Unsubscribe> {
    await this.#ensureListening();
    // A new consumer starts at the current end of the log: it handles what happens from now on.
    await this.#pool.query(
      `insert into bus.consumer_offset (consumer, position) select $1, coalesce(max(position), 0) from bus.event on conflict do nothing`,
      [consumer],
    );
    return this.#loop(async (stopping) => {
      while (!stopping()) {
        // Every publication wakes every consumer of every service, and most consumers want few of
        // the types: a look without a transaction or a lock finds out whether this one has work.
        const [look] = (
          await this.#pool.query<{ position: string; head: string; due: boolean }>(
            `select o.position, h.head::text as head,
                    exists(select 1 from bus.event e where e.position > o.position and e.position <= h.head and e.type = any($2)) as due
               from bus.consumer_offset o, (select coalesce(max(position), 0) as head from bus.event) h
              where o.consumer = $1`,
            [consumer, types],
          )
        ).rows;
        if (!look || BigInt(look.head) <= BigInt(look.position)) return;
        if (!look.due) {
          // Nothing of its types up to the head this look saw (positions become visible in commit
          // order, so none can appear below it later): move past them, unless another instance
          // holds the offset (it moves it itself).
          await this.#pool.query(
            `update bus.consumer_offset set position = $3, updated_at = now()
              where consumer = (select consumer from bus.consumer_offset where consumer = $1 and position = $2 for update skip locked)`,
            [consumer, look.position, look.head],
          );
          return;
        }
        const handled = await inPgTransaction(this.#pool, async (client) => {
          // One instance of the consumer at a time; the others skip and try again on the next wake-up.
          const offset = await client.query<{ position: string }>(
            'select position from bus.consumer_offset where consumer = $1 for update skip locked',
            [consumer],
          );
          const current = offset.rows[0]?.position;
          if (current === undefined) return 0;
          // Only the consumer's types are read; the head, read in the same statement, is how far
          // the offset may move when the batch is not full.
          const batch = await client.query<EventRow & { head: string }>(
            `select e.*, h.head::text as head
               from (select coalesce(max(position), 0) as head from bus.event) h
               left join lateral (select * from bus.event where position > $1 and position <= h.head and type = any($2) order by position limit 100) e on true`,
            [current, types],
          );
          const rows = batch.rows.filter((row) => row.id !== null);
          for (const row of rows) await handler(toEvent(row));
          const last = rows.length === 100 ? rows[99]!.position : (batch.rows[0]?.head ?? current);
          if (BigInt(last) > BigInt(current)) {
            await client.query('update bus.consumer_offset set position = $2, updated_at = now() where consumer = $1', [consumer, last]);
          }
          return rows.length;
        });
        if (handled < 100) return;
      }
    });
  }

  /** The log (`bus.event`) is anonymized in place by each service's erasure: nothing is stored elsewhere. */
  async eraseStoredEvents(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#wakers.clear();
    await this.#listener.close();
    await this.#pool.end();
  }
}
