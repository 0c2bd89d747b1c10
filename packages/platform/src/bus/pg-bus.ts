import type pg from 'pg';
import type { Logger } from 'pino';
import type { BusEvent, EventBus, Unsubscribe } from './event-bus.ts';
import { coalescingRunner, inPgTransaction, PgNotificationListener, resilientPool } from './pg-support.ts';

const CHANNEL = 'oms_bus';
/** Serialises the services creating the bus schema at the same moment (start-up only). */
const SCHEMA_LOCK = 7_406_002;

/** The `bus` schema: one append-only log of events and the offsets of durable consumers. */
export async function ensureBusSchema(pool: pg.Pool): Promise<void> {
  // Every service creates it at start-up, often at the same moment: `if not exists` alone races.
  await inPgTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await createBusSchema(client);
  });
}

/**
 * Events are read in the order of the transactions that wrote them (`tx`, then `position`), and
 * only once every transaction that could still write one before them has ended: `tx` below the
 * horizon of the reader's snapshot (`pg_snapshot_xmin`), under which no transaction is running.
 * So publishers need no lock between them, and no reader ever skips an event committed late with
 * a lower position. A consumer's offset is a point in that order.
 */
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
    -- the retention worker finds events past retention by age
    create index if not exists event_published_at on bus.event (published_at);
    create table if not exists bus.consumer_offset (
      consumer text primary key,
      position bigint not null default 0,
      updated_at timestamptz not null default now()
    );
    -- Logs written before events carried their transaction: those events all ended long ago (0).
    alter table bus.event add column if not exists tx xid8 not null default '0';
    alter table bus.event alter column tx set default pg_current_xact_id();
    alter table bus.consumer_offset add column if not exists tx xid8 not null default '0';
    drop index if exists bus.event_type_position;
    create index if not exists event_tx_position on bus.event (tx, position);
    create index if not exists event_type_tx_position on bus.event (type, tx, position);
  `);
}

/** The horizon of the statement's snapshot: every transaction below it has ended. */
const HORIZON = 'pg_snapshot_xmin(pg_current_snapshot())';
/** How soon a reader looks again when committed events wait behind the horizon (doubling up to the max). */
const RECHECK_MIN_MS = 5;
const RECHECK_MAX_MS = 200;
/** With the consumer's name: one instance of a durable consumer reads at a time. */
const CONSUMER_LOCK = 7_406_003;
/** A batch not read: another instance of the consumer holds it. */
const BUSY = -1;

/** Moves a consumer's offset forward to `to`, never back (two instances may race to move it). */
async function moveOffset(db: pg.Pool | pg.ClientBase, consumer: string, to: { tx: string; position: string }): Promise<void> {
  await db.query(
    `update bus.consumer_offset set tx = $2::xid8, position = $3, updated_at = now()
      where consumer = $1 and (tx, position) < ($2::xid8, $3::bigint)`,
    [consumer, to.tx, to.position],
  );
}

interface EventRow {
  position: string;
  /** The transaction that wrote it (xid8, read as text). */
  tx: string;
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
    // No lock: readers wait for this transaction to end before they read past its events.
    await inPgTransaction(this.#pool, async (client) => {
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
   * `drain` is told when its reader is being stopped, so it stops between batches. When it answers
   * that committed events wait behind the horizon (a transaction that began before them is still
   * open, and commits without a notification), it runs again shortly, sooner than the poll.
   */
  #loop(drain: (stopping: () => boolean) => Promise<'WAITING' | void>): Unsubscribe {
    let stopping = false;
    let retry: NodeJS.Timeout | undefined;
    let retryMs = RECHECK_MIN_MS;
    const runner = coalescingRunner(
      async () => {
        if ((await drain(() => stopping || this.#closed)) !== 'WAITING') {
          retryMs = RECHECK_MIN_MS;
          return;
        }
        if (retry || stopping) return;
        retry = setTimeout(() => {
          retry = undefined;
          wake();
        }, retryMs);
        retryMs = Math.min(retryMs * 2, RECHECK_MAX_MS);
      },
      (error) => this.#logger.error({ err: error }, 'event bus reader failed'),
    );
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
      clearTimeout(retry);
      this.#wakers.delete(wake);
      await runner.stop();
    };
  }

  async subscribe(handler: (event: BusEvent) => void): Promise<Unsubscribe> {
    await this.#ensureListening();
    // A live subscriber starts at the horizon: what transactions still running write comes to it.
    const { rows } = await this.#pool.query<{ horizon: string }>(`select ${HORIZON}::text as horizon`);
    let cursor = { tx: rows[0]!.horizon, position: '0' };
    return this.#loop(async (stopping) => {
      for (;;) {
        const batch = await this.#pool.query<EventRow & { waiting: boolean }>(
          `select e.*, exists(select 1 from bus.event w where w.tx >= h.horizon) as waiting
             from (select ${HORIZON} as horizon) h
             left join lateral (select * from bus.event where (tx, position) > ($1::xid8, $2::bigint) and tx < h.horizon order by tx, position limit 1000) e on true`,
          [cursor.tx, cursor.position],
        );
        for (const row of batch.rows) {
          if (row.id === null) continue;
          cursor = { tx: row.tx, position: row.position };
          handler(toEvent(row));
        }
        if (batch.rows.length < 1000 || stopping()) return batch.rows[0]?.waiting ? 'WAITING' : undefined;
      }
    });
  }

  async consume(consumer: string, types: readonly string[], handler: (event: BusEvent) => Promise<void>): Promise<Unsubscribe> {
    await this.#ensureListening();
    // A new consumer starts at the horizon: it handles what happens from now on.
    await this.#pool.query(`insert into bus.consumer_offset (consumer, tx, position) select $1, ${HORIZON}, 0 on conflict do nothing`, [consumer]);
    return this.#loop(async (stopping) => {
      while (!stopping()) {
        // Every publication wakes every consumer of every service, and most consumers want few of
        // the types: a look without a transaction or a lock finds out whether this one has work.
        const [look] = (
          await this.#pool.query<{ tx: string; position: string; horizon: string; ahead: boolean; due: boolean; waiting: boolean }>(
            `select o.tx::text as tx, o.position::text as position, h.horizon::text as horizon, h.horizon > o.tx as ahead,
                    exists(select 1 from bus.event e where (e.tx, e.position) > (o.tx, o.position) and e.tx < h.horizon and e.type = any($2)) as due,
                    exists(select 1 from bus.event w where w.tx >= h.horizon and w.type = any($2)) as waiting
               from bus.consumer_offset o, (select ${HORIZON} as horizon) h
              where o.consumer = $1`,
            [consumer, types],
          )
        ).rows;
        if (!look) return undefined;
        if (!look.due) {
          // Nothing of its types below the horizon (where nothing can be added any more): move to it.
          if (look.ahead) await moveOffset(this.#pool, consumer, { tx: look.horizon, position: '0' });
          return look.waiting ? 'WAITING' : undefined;
        }
        const handled = await inPgTransaction(this.#pool, async (client) => {
          // One instance of the consumer at a time; the others skip and try again on the next wake-up.
          // An advisory lock, not a row lock: this transaction takes no transaction id (which would
          // hold every reader's horizon back) until it moves the offset, just before it commits.
          const claim = await client.query<{ claimed: boolean }>('select pg_try_advisory_xact_lock($1, hashtext($2)) as claimed', [CONSUMER_LOCK, consumer]);
          if (!claim.rows[0]?.claimed) return BUSY;
          const offset = await client.query<{ tx: string; position: string }>('select tx::text as tx, position::text as position from bus.consumer_offset where consumer = $1', [consumer]);
          const current = offset.rows[0];
          if (current === undefined) return BUSY;
          // Only the consumer's types are read; the horizon, read in the same statement, is how far
          // the offset may move when the batch is not full.
          const batch = await client.query<EventRow & { horizon: string }>(
            `select e.*, h.horizon::text as horizon
               from (select ${HORIZON} as horizon) h
               left join lateral (select * from bus.event
                                   where (tx, position) > ($1::xid8, $2::bigint) and tx < h.horizon and type = any($3)
                                   order by tx, position limit 100) e on true`,
            [current.tx, current.position, types],
          );
          const rows = batch.rows.filter((row) => row.id !== null);
          for (const row of rows) await handler(toEvent(row));
          const next = rows.length === 100 ? { tx: rows[99]!.tx, position: rows[99]!.position } : { tx: batch.rows[0]!.horizon, position: '0' };
          await moveOffset(client, consumer, next);
          return rows.length;
        });
        // Another instance reads now: look again a little later (it may stop midway).
        if (handled === BUSY) return 'WAITING';
      }
      return undefined;
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
