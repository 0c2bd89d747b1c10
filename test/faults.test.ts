// Fault injection on the real system: separate processes for the gateway and the four subgraphs
// (supervised by the launcher, as under `pnpm start`), on an embedded PostgreSQL of this test's own
// that it can stop and start again. Under a concurrent order load, each subgraph in turn is killed
// with SIGKILL, then PostgreSQL is restarted; afterwards every acknowledged order must exist once
// with its stock held, no unit may be held for an order that does not exist (once the
// reconciliation interval has passed), and orders must be accepted again within 5 s of the fault
// clearing. Each fault has a load of its own and is audited on its own, so its figures are its own.
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@oms/platform';
import { launchSystem, type LaunchedSystem } from '../scripts/launcher.ts';
import { ADMIN } from './support/auth.ts';

const RECONCILE_AFTER_MS = 3_000;
const RECONCILE_INTERVAL_MS = 1_000;
/** A placement whose service was killed is compensated once its lease ran out. */
const COMMAND_LEASE_MS = 3_000;
const CLIENTS = 6;
const SUBGRAPHS = ['orders', 'inventory', 'fulfillment', 'customers'] as const;
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };
const CANCEL_ORDER = /* GraphQL */ `
  mutation CancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { id status } }
`;
const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { __typename ... on Order { id number } }
  }
`;

interface Answer {
  data?: { placeOrder?: { __typename: string; id?: string } | null; cancelOrder?: { status: string } | null } | null;
  errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[];
}

let dataDir: string;
let ordersPort: number;
let postgresPort: number;
let postgres: RunningPostgres;
let system: LaunchedSystem;
let database: pg.Pool;
let skus: string[];
const restarts: { name: string; at: number }[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startPostgres(): Promise<RunningPostgres> {
  return startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), port: postgresPort, logger: createLogger('faults-postgres', 'silent') });
}

function anySku(): string {
  return skus[Math.floor(Math.random() * skus.length)]!;
}

async function post(query: string, variables: Record<string, unknown>): Promise<Answer> {
  try {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    return (await response.json()) as Answer;
  } catch (error) {
    return { errors: [{ message: String(error), extensions: { code: 'GATEWAY_UNREACHABLE' } }] };
  }
}

/** Places an order of one unit of `sku` (a retry sends the same request under the same key). */
function placeOrder(idempotencyKey: string, sku = anySku()): Promise<Answer> {
  const input = { idempotencyKey, channel: 'WEB', guestEmail: 'guest@example.com', lines: [{ sku, quantity: 1 }], delivery: { method: 'SHIP', address: ADDRESS }, payment: { token: 'tok_visa' } };
  return post(PLACE_ORDER, { input });
}

function codeOf(answer: Answer): string {
  return answer.errors?.[0]?.extensions?.code ?? 'NO_ANSWER';
}

/** Clients that place orders until stopped, retrying a failed order with the same key (as a client should). */
class OrderLoad {
  readonly acknowledged = new Map<string, string>();
  /** Acknowledged orders whose cancellation was acknowledged too (one order in four is cancelled). */
  readonly cancelled = new Set<string>();
  readonly failures = new Map<string, number>();
  /** Failures whose error did not say it may be retried (`extensions.retryable`), by code. */
  readonly notRetryable = new Map<string, number>();
  /** Keys given up after their retries failed (their outcome is unknown to the client). */
  readonly abandoned: string[] = [];
  lastSuccessAt = 0;
  #running = true;
  readonly #clients: Promise<void>[];

  constructor(clients: number) {
    this.#clients = Array.from({ length: clients }, () => this.#client());
  }

  async #client(): Promise<void> {
    while (this.#running) {
      const key = randomUUID();
      const sku = anySku();
      let placed = false;
      for (let attempt = 0; attempt < 100 && !placed && this.#running; attempt++) {
        const answer = await placeOrder(key, sku);
        const order = answer.data?.placeOrder;
        if (order?.__typename === 'Order' && order.id) {
          this.acknowledged.set(key, order.id);
          this.lastSuccessAt = Date.now();
          placed = true;
          if (this.acknowledged.size % 4 === 0) await this.#cancel(order.id);
        } else {
          const code = answer.errors ? codeOf(answer) : (order?.__typename ?? 'NO_ANSWER');
          this.failures.set(code, (this.failures.get(code) ?? 0) + 1);
          if (answer.errors?.[0]?.extensions?.retryable !== true && code !== 'GATEWAY_UNREACHABLE') this.notRetryable.set(code, (this.notRetryable.get(code) ?? 0) + 1);
          await sleep(100);
        }
      }
      if (!placed) this.abandoned.push(key);
    }
  }

  /** Cancels an order, retrying through the faults; an order already cancelled counts as cancelled. */
  async #cancel(orderId: string): Promise<void> {
    for (let attempt = 0; attempt < 100 && this.#running; attempt++) {
      const answer = await post(CANCEL_ORDER, { input: { orderId, reason: 'Changed my mind' } });
      if (answer.data?.cancelOrder?.status === 'CANCELLED' || codeOf(answer) === 'INVALID_STATE_TRANSITION') {
        this.cancelled.add(orderId);
        return;
      }
      const code = `cancelOrder ${codeOf(answer)}`;
      this.failures.set(code, (this.failures.get(code) ?? 0) + 1);
      await sleep(100);
    }
  }

  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#clients);
  }
}

/** Time from `since` until an order is accepted (a fresh key, through the gateway). */
async function timeToFirstOrder(since: number, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    const answer = await placeOrder(randomUUID());
    if (answer.data?.placeOrder?.__typename === 'Order') return Date.now() - since;
    if (Date.now() - since > timeoutMs) throw new Error(`no order accepted within ${timeoutMs} ms: ${JSON.stringify(answer.errors)}`);
    await sleep(50);
  }
}

function pidOf(name: string): number {
  const pid = system.services.find((service) => service.name === name)?.pid;
  if (!pid) throw new Error(`no pid for ${name}`);
  return pid;
}

async function waitForRestart(name: string, after: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const restart = restarts.find((entry) => entry.name === name && entry.at >= after);
    if (restart) return restart.at;
    if (Date.now() > deadline) throw new Error(`${name} was not restarted`);
    await sleep(50);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'oms-faults-'));
  await chmod(dataDir, 0o755);
  postgresPort = await findFreePort();
  postgres = await startPostgres();
  const ports = await Promise.all([0, 1, 2, 3, 4].map(() => findFreePort()));
  ordersPort = ports[1]!;
  system = await launchSystem({
    databaseUrl: postgres.url,
    dataDir,
    embeddedPostgresPort: postgresPort,
    gatewayPort: ports[0]!,
    subgraphPorts: { orders: ports[1]!, inventory: ports[2]!, fulfillment: ports[3]!, customers: ports[4]! },
    demoData: true,
    env: {
      // Unexpected errors reach the test output; lost connections (warnings) do not.
      LOG_LEVEL: 'error',
      DB_POOL_SIZE: '5',
      ALLOCATION_RECONCILE_AFTER_MS: String(RECONCILE_AFTER_MS),
      ALLOCATION_RECONCILE_INTERVAL_MS: String(RECONCILE_INTERVAL_MS),
      ORDER_COMMAND_LEASE_MS: String(COMMAND_LEASE_MS),
      ORDER_COMMAND_RECOVERY_INTERVAL_MS: '500',
    },
    logger: createLogger('faults', 'silent'),
    restartDelayMs: 200,
    onRestart: (name) => restarts.push({ name, at: Date.now() }),
  });
  database = new pg.Pool({ connectionString: postgres.url, max: 2 });
  database.on('error', () => undefined);
  // Plenty of stock for a few SKUs the WEB channel prices in EUR.
  const priced = await database.query<{ sku_code: string }>(
    `select distinct e.sku_code from inventory.price_list_entry e join inventory.price_list l on l.id = e.price_list_id
      where l.channel = 'WEB' and l.currency = 'EUR' and l.valid_from <= now() and (l.valid_to is null or l.valid_to > now())
        and exists (select 1 from inventory.stock_level s join inventory.location loc on loc.id = s.location_id where s.sku_code = e.sku_code and loc.ships and loc.active)
      order by 1 limit 4`,
  );
  skus = priced.rows.map((row) => row.sku_code);
  expect(skus.length).toBeGreaterThan(0);
  await database.query(
    `update inventory.stock_level s set on_hand = on_hand + 100000 from inventory.location loc
      where loc.id = s.location_id and loc.ships and loc.active and s.sku_code = any($1)`,
    [skus],
  );
}, 180_000);

afterAll(async () => {
  await database?.end();
  await system?.stop();
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

interface PhaseFigures {
  fault: string;
  recoveryMs: number;
  acknowledged: number;
  cancelled: number;
  abandoned: number;
  failures: Record<string, number>;
  notRetryable: Record<string, number>;
  leakedUnits: number;
  drift: number;
  openAuthorizations: number;
  unfinishedCommands: number;
}

/**
 * After a fault's load has stopped and the reconciliation interval has passed: every order its
 * clients were told of exists exactly once, bound to its key, with its stock held (cancelled ones
 * released); nothing is held for an order that does not exist or was cancelled; no authorization or
 * command is left open.
 */
async function audit(load: OrderLoad, fault: string, recoveryMs: number): Promise<PhaseFigures> {
  const acknowledged = [...load.acknowledged.values()];
  const existing = await database.query<{ id: string; status: string; count: string }>(
    'select id, status, count(*) over (partition by id)::text as count from orders."order" where id = any($1::uuid[])',
    [acknowledged],
  );
  const keys = await database.query<{ key: string; order_id: string }>(
    'select key, order_id::text as order_id from orders.idempotency_record where key = any($1)',
    [[...load.acknowledged.keys()]],
  );
  const held = await database.query<{ order_id: string; held: string }>(
    `select order_id, sum(quantity)::text as held from inventory.allocation where status = 'ALLOCATED' and order_id = any($1::uuid[]) group by order_id`,
    [acknowledged],
  );
  const ordered = await database.query<{ order_id: string; quantity: string }>(
    `select order_id, sum(quantity - cancelled_quantity)::text as quantity from orders.order_line where order_id = any($1::uuid[]) group by order_id`,
    [acknowledged],
  );
  const leaked = await database.query<{ units: string | null }>(
    `select sum(a.quantity)::text as units from inventory.allocation a
      left join orders."order" o on o.id = a.order_id
      where a.status = 'ALLOCATED' and (o.id is null or o.status = 'CANCELLED')`,
  );
  const drift = await database.query<{ count: string }>(
    `select count(*)::text as count from inventory.stock_level s
      where s.reserved <> coalesce((select sum(a.quantity) from inventory.allocation a
                                     where a.sku_code = s.sku_code and a.location_id = s.location_id and a.status = 'ALLOCATED' and a.kind = 'STOCK'), 0)`,
  );
  // An authorization is an intent of a placement command until its order commits (which retires the
  // command): one left on a command is an authorization without an order, not yet voided.
  const openAuthorizations = await database.query<{ count: string }>(
    `select count(*)::text as count from orders.command c, jsonb_array_elements(c.intents) i
      where i->>'kind' = 'authorization' and not exists (select 1 from orders."order" o where o.id::text = c.subject_id)`,
  );
  const unfinishedCommands = await database.query<{ count: string }>('select count(*)::text as count from orders.command');

  expect(acknowledged.length, fault).toBeGreaterThan(0);
  const cancelledStatuses = existing.rows.filter((row) => load.cancelled.has(row.id)).map((row) => row.status);
  expect(cancelledStatuses.every((status) => status === 'CANCELLED'), fault).toBe(true);
  expect(new Set(acknowledged).size, fault).toBe(acknowledged.length);
  expect(existing.rows.length, fault).toBe(acknowledged.length);
  expect(existing.rows.every((row) => row.count === '1'), fault).toBe(true);
  // Each acknowledged key is bound to the order its client was given, whatever the retries.
  expect(Object.fromEntries(keys.rows.map((row) => [row.key, row.order_id])), fault).toEqual(Object.fromEntries(load.acknowledged));
  const heldByOrder = new Map(held.rows.map((row) => [row.order_id, Number(row.held)]));
  for (const row of ordered.rows) expect(heldByOrder.get(row.order_id) ?? 0, fault).toBe(Number(row.quantity));
  return {
    fault,
    recoveryMs,
    acknowledged: acknowledged.length,
    cancelled: load.cancelled.size,
    abandoned: load.abandoned.length,
    failures: Object.fromEntries(load.failures),
    notRetryable: Object.fromEntries(load.notRetryable),
    leakedUnits: Number(leaked.rows[0]?.units ?? 0),
    drift: Number(drift.rows[0]?.count),
    openAuthorizations: Number(openAuthorizations.rows[0]?.count),
    unfinishedCommands: Number(unfinishedCommands.rows[0]?.count),
  };
}

/** Places orders under load, injects one fault, waits for orders to be accepted again, then audits. */
async function underLoad(fault: string, inject: () => Promise<number>): Promise<PhaseFigures> {
  const load = new OrderLoad(CLIENTS);
  let recoveryMs: number;
  try {
    await sleep(1_500);
    recoveryMs = await timeToFirstOrder(await inject());
    await sleep(1_000);
  } finally {
    await load.stop();
  }
  // Let the reconciliation release whatever was held for orders that never committed.
  await sleep(Math.max(RECONCILE_AFTER_MS, COMMAND_LEASE_MS) + 3 * RECONCILE_INTERVAL_MS);
  return audit(load, fault, recoveryMs);
}

describe('faults under a concurrent order load', () => {
  it('loses no acknowledged order, leaks no stock and accepts orders again within 5 s, fault by fault', async () => {
    const phases: PhaseFigures[] = [];
    for (const name of SUBGRAPHS) {
      phases.push(
        await underLoad(`kill -9 ${name}`, async () => {
          const killedAt = Date.now();
          process.kill(pidOf(name), 'SIGKILL');
          return waitForRestart(name, killedAt);
        }),
      );
    }
    phases.push(
      await underLoad('restart PostgreSQL', async () => {
        await postgres.stop();
        // While it is away, readiness says so: the subgraph's own, and the gateway's view of it.
        const subgraphReady = await fetch(`http://127.0.0.1:${ordersPort}/readyz`);
        expect({ status: subgraphReady.status, body: await subgraphReady.json() }).toMatchObject({ status: 503, body: { database: 'down' } });
        const gatewayReady = await fetch(new URL('/readyz', system.gatewayUrl));
        expect({ status: gatewayReady.status, body: await gatewayReady.json() }).toMatchObject({ status: 503, body: { subgraphs: { orders: 'database down' } } });
        await sleep(500);
        postgres = await startPostgres();
        return Date.now();
      }),
    );

    console.log(
      [
        'fault injection under load (each fault with its own load of ' + CLIENTS + ' clients, audited after the reconciliation interval)',
        ...phases.map(
          (phase) =>
            `  ${phase.fault}: accepted again ${phase.recoveryMs} ms after the fault cleared; acknowledged ${phase.acknowledged} (cancelled ${phase.cancelled}, keys given up ${phase.abandoned}); ` +
            `failed calls by code ${JSON.stringify(phase.failures)}; leaked units ${phase.leakedUnits}; drifting stock levels ${phase.drift}; ` +
            `open authorizations without an order ${phase.openAuthorizations}; unfinished commands ${phase.unfinishedCommands}`,
        ),
      ].join('\n'),
    );

    expect(phases.reduce((sum, phase) => sum + phase.cancelled, 0)).toBeGreaterThan(0);
    for (const phase of phases) {
      expect({ fault: phase.fault, leakedUnits: phase.leakedUnits, drift: phase.drift, openAuthorizations: phase.openAuthorizations, unfinishedCommands: phase.unfinishedCommands }).toEqual({
        fault: phase.fault,
        leakedUnits: 0,
        drift: 0,
        openAuthorizations: 0,
        unfinishedCommands: 0,
      });
      expect(phase.failures['INTERNAL_SERVER_ERROR'] ?? 0, phase.fault).toBe(0);
      // Every failure of a placement under these faults said it may be sent again.
      expect(phase.notRetryable, phase.fault).toEqual({});
      expect(phase.recoveryMs, phase.fault).toBeLessThan(5_000);
    }
  }, 300_000);
});
