// The ceiling order capture is measured against: the order's own writes as one bare transaction
// (idempotency row, two conditional stock updates, the order and two lines, two allocations, two
// outbox rows: ten statements between BEGIN and COMMIT), sent by concurrent clients straight to
// the benchmarked PostgreSQL, in tables of a schema of their own.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const SCHEMA = 'bench_bare_order';

async function createTables(client: pg.Client, skus: number): Promise<void> {
  await client.query(`drop schema if exists ${SCHEMA} cascade`);
  await client.query(`create schema ${SCHEMA}`);
  await client.query(`
    create table ${SCHEMA}.idempotency (key text primary key, created_at timestamptz not null);
    create table ${SCHEMA}.stock_level (
      id uuid primary key default gen_random_uuid(), sku_code text not null, location_id uuid not null,
      on_hand int not null, reserved int not null default 0, safety_stock int not null default 0, updated_at timestamptz not null,
      unique (sku_code, location_id), check (reserved >= 0 and reserved <= on_hand));
    create table ${SCHEMA}."order" (
      id uuid primary key, number bigserial unique, customer_id uuid not null, channel text not null, status text not null,
      total numeric(12, 2) not null, currency text not null, address jsonb not null, created_at timestamptz not null);
    create table ${SCHEMA}.order_line (
      id uuid primary key, order_id uuid not null references ${SCHEMA}."order", sku_code text not null, quantity int not null, unit_price numeric(12, 2) not null);
    create index on ${SCHEMA}.order_line (order_id);
    create table ${SCHEMA}.allocation (
      id uuid primary key, order_id uuid not null, order_line_id uuid not null, sku_code text not null, location_id uuid not null,
      quantity int not null, status text not null, created_at timestamptz not null);
    create index on ${SCHEMA}.allocation (order_id);
    create table ${SCHEMA}.outbox_event (
      id uuid primary key, type text not null, aggregate_id uuid not null, payload jsonb not null, occurred_at timestamptz not null, published_at timestamptz);
    create index on ${SCHEMA}.outbox_event (occurred_at) where published_at is null;`);
  await client.query(
    `insert into ${SCHEMA}.stock_level (sku_code, location_id, on_hand, updated_at)
     select 'SKU-' || n, '00000000-0000-4000-8000-000000000001', 1000000000, now() from generate_series(1, $1) as n`,
    [skus],
  );
}

const ADDRESS = JSON.stringify({ name: 'Bench Customer', line1: '8 boulevard Haussmann', city: 'Paris', postalCode: '75009', country: 'FR' });
const LOCATION = '00000000-0000-4000-8000-000000000001';

async function placeBareOrder(client: pg.Client, skus: number): Promise<void> {
  const first = 1 + Math.floor(Math.random() * skus);
  const second = 1 + ((first + Math.floor(Math.random() * (skus - 1))) % skus);
  // Locked in a fixed order, as two orders taking the same two SKUs must not deadlock.
  const lines = [first, second].sort((a, b) => a - b).map((n) => ({ id: randomUUID(), sku: `SKU-${n}`, quantity: 1 }));
  const orderId = randomUUID();
  await client.query('begin');
  try {
    await client.query(`insert into ${SCHEMA}.idempotency (key, created_at) values ($1, now())`, [randomUUID()]);
    for (const line of lines) {
      const { rowCount } = await client.query(
        `update ${SCHEMA}.stock_level set reserved = reserved + $1, updated_at = now()
         where sku_code = $2 and location_id = $3 and on_hand - reserved - safety_stock >= $1 returning id, on_hand, reserved`,
        [line.quantity, line.sku, LOCATION],
      );
      if (rowCount !== 1) throw new Error(`no stock for ${line.sku}`);
    }
    await client.query(
      `insert into ${SCHEMA}."order" (id, customer_id, channel, status, total, currency, address, created_at) values ($1, $2, 'WEB', 'CONFIRMED', 59.90, 'EUR', $3, now())`,
      [orderId, randomUUID(), ADDRESS],
    );
    for (const line of lines) {
      await client.query(`insert into ${SCHEMA}.order_line (id, order_id, sku_code, quantity, unit_price) values ($1, $2, $3, $4, 29.95)`, [line.id, orderId, line.sku, line.quantity]);
    }
    for (const line of lines) {
      await client.query(
        `insert into ${SCHEMA}.allocation (id, order_id, order_line_id, sku_code, location_id, quantity, status, created_at) values ($1, $2, $3, $4, $5, $6, 'ALLOCATED', now())`,
        [randomUUID(), orderId, line.id, line.sku, LOCATION, line.quantity],
      );
    }
    for (const type of ['OrderPlaced', 'StockAllocated']) {
      await client.query(`insert into ${SCHEMA}.outbox_event (id, type, aggregate_id, payload, occurred_at) values ($1, $2, $3, $4, now())`, [
        randomUUID(),
        type,
        orderId,
        JSON.stringify({ orderId, lines: lines.map((line) => ({ sku: line.sku, quantity: line.quantity })) }),
      ]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Transactions per second `clients` connections sustain for `seconds` (after a second of warm-up); the schema is dropped after. */
export async function bareOrderTransactions(databaseUrl: string, options: { clients: number; seconds: number; skus: number }): Promise<{ perSecond: number; total: number; failed: number }> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const clients = await Promise.all(
    Array.from({ length: options.clients }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  try {
    await createTables(admin, options.skus);
    let counting = false;
    let stopping = false;
    let total = 0;
    let failed = 0;
    const loops = clients.map(async (client) => {
      while (!stopping) {
        try {
          await placeBareOrder(client, options.skus);
          if (counting) total++;
        } catch {
          if (counting) failed++;
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    counting = true;
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1_000));
    counting = false;
    const elapsed = (performance.now() - started) / 1000;
    stopping = true;
    await Promise.all(loops);
    return { perSecond: total / elapsed, total, failed };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
    await admin.query(`drop schema if exists ${SCHEMA} cascade`);
    await admin.end();
  }
}
