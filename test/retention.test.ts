import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  loadRetentionPolicy,
  platformRetentionRules,
  pruneExpiredRows,
  retentionWorker,
  type BusEvent,
  type RetentionPolicy,
  type RetentionRule,
} from '@oms/platform';
import { customersRetentionRules } from '../subgraphs/customers/src/workers/retention.worker.ts';
import { fulfillmentRetentionRules } from '../subgraphs/fulfillment/src/workers/retention.worker.ts';
import { inventoryRetentionRules } from '../subgraphs/inventory/src/workers/retention.worker.ts';
import { ordersRetentionRules } from '../subgraphs/orders/src/workers/retention.worker.ts';
import { ADMIN } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { createLocation, createSku, orderCount } from './support/order-fixtures.ts';
import { startTestSystem, type ServiceName, type TestSystem } from './support/system.ts';

let system: TestSystem;
const logger = createLogger('retention-test', 'silent');
/** The defaults: idempotency 30 days, processed events 30, bus log 7, outbox 7, webhooks 30, notifications 365, holds 7. */
const policy = loadRetentionPolicy({});

const RULES: Record<ServiceName, (policy: RetentionPolicy) => RetentionRule[]> = {
  orders: ordersRetentionRules,
  inventory: inventoryRetentionRules,
  fulfillment: fulfillmentRetentionRules,
  customers: customersRetentionRules,
};

beforeAll(async () => {
  system = await startTestSystem({ seedDemoData: false });
});

afterAll(async () => {
  await system?.close();
});

/** One run of a service's pruning worker (platform tables, its own, the bus log), as it runs every few minutes. */
function prune(service: ServiceName, options: { policy?: RetentionPolicy; batchSize?: number } = {}): Promise<Record<string, number>> {
  const settings = options.policy ?? policy;
  const { orm } = system.subgraphs[service];
  return pruneExpiredRows({
    em: orm.em.fork(),
    rules: [...platformRetentionRules(orm, system.bus, settings), ...RULES[service](settings)],
    batchSize: options.batchSize ?? settings.batchSize,
    logger,
  });
}

function sql<T = Record<string, unknown>>(service: ServiceName, text: string, params: unknown[] = []): Promise<T[]> {
  return system.subgraphs[service].orm.em.fork().execute<T[]>(text, params);
}

async function ids(service: ServiceName, text: string, params: unknown[] = []): Promise<string[]> {
  return (await sql<{ id: string }>(service, text, params)).map((row) => row.id).sort();
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function processedEvents(service: ServiceName, consumer: string, ages: number[]): Promise<string[]> {
  const eventIds = ages.map(() => randomUUID());
  for (const [index, age] of ages.entries()) {
    await sql(service, `insert into ${service}.processed_event (consumer, event_id, outcome, processed_at) values (?, ?, 'HANDLED', ?)`, [consumer, eventIds[index], daysAgo(age)]);
  }
  return eventIds;
}

describe('retention of operational rows', () => {
  it('prunes processed events and relayed outbox rows past retention and keeps recent ones', async () => {
    const [old, recent] = await processedEvents('orders', 'retention-test', [31, 29]);
    const published = { old: randomUUID(), recent: randomUUID() };
    for (const [id, age] of [[published.old, 8], [published.recent, 6]] as const) {
      await sql('orders', `insert into orders.outbox_event (id, type, aggregate_type, aggregate_id, payload, occurred_at, published_at)
        values (?, 'RetentionProbe', 'Probe', ?, '{}', ?, ?)`, [id, id, daysAgo(age), daysAgo(age)]);
    }

    const removed = await prune('orders');

    expect(await ids('orders', `select event_id as id from orders.processed_event where consumer = 'retention-test'`)).toEqual([recent]);
    expect(await ids('orders', `select id from orders.outbox_event where type = 'RetentionProbe'`)).toEqual([published.recent]);
    expect(removed['orders.processed_event']).toBe(1);
    expect(removed['orders.outbox_event']).toBe(1);
    expect(old).not.toBe(recent);
  });

  it('deletes in bounded batches until nothing expired is left, and two instances pruning at once share the work', async () => {
    await processedEvents('inventory', 'retention-batches', [40, 40, 40, 40, 40, 40, 40, 1]);
    const removed = await prune('inventory', { batchSize: 3 });
    expect(removed['inventory.processed_event']).toBe(7);
    expect(await sql('inventory', `select 1 from inventory.processed_event where consumer = 'retention-batches'`)).toHaveLength(1);

    await processedEvents('fulfillment', 'retention-instances', Array.from({ length: 25 }, () => 40));
    const runs = await Promise.all([prune('fulfillment', { batchSize: 4 }), prune('fulfillment', { batchSize: 4 })]);
    expect(runs.reduce((total, run) => total + (run['fulfillment.processed_event'] ?? 0), 0)).toBe(25);
    expect(await sql('fulfillment', `select 1 from fulfillment.processed_event where consumer = 'retention-instances'`)).toHaveLength(0);
  });

  it('keeps bus events a lagging durable consumer has not read, and prunes them once it has', async () => {
    const probe = (name: string): BusEvent => ({
      id: randomUUID(),
      source: 'retention-test',
      type: 'RetentionProbe',
      aggregateType: 'Probe',
      aggregateId: name,
      payload: { name },
      occurredAt: new Date().toISOString(),
    });
    const read = probe('read by every consumer');
    await system.bus.publish([read]);
    // The laggard registers (at the end of the log), then stops: it will be behind what follows.
    const received: string[] = [];
    const consume = () => system.bus.consume('retention-laggard', ['RetentionProbe'], async (event) => void received.push(event.aggregateId));
    await (await consume())();
    const unread = probe('unread by the laggard');
    const recent = probe('recent');
    await system.bus.publish([unread, recent]);
    const [end] = await sql<{ position: string }>('orders', 'select position::text from bus.event where id = ?', [recent.id]);
    // Every running consumer has read all three; only the laggard is behind.
    await waitFor('the running consumers to read the probes', async () => {
      const behind = await sql('orders', `select 1 from bus.consumer_offset where consumer <> 'retention-laggard' and position < ?`, [end?.position]);
      return behind.length === 0;
    });
    await sql('orders', 'update bus.event set published_at = ? where id in (?, ?)', [daysAgo(8), read.id, unread.id]);
    const busProbes = () => ids('orders', `select id from bus.event where type = 'RetentionProbe'`);

    const removed = await prune('orders');
    expect(await busProbes()).toEqual([unread.id, recent.id].sort());
    expect(removed['bus.event']).toBeGreaterThanOrEqual(1);

    const stop = await consume();
    await waitFor('the laggard to catch up', async () => received.length === 2);
    await stop();
    expect(received).toEqual(['unread by the laggard', 'recent']);
    await prune('customers');
    expect(await busProbes()).toEqual([recent.id]);
    await sql('orders', `delete from bus.consumer_offset where consumer = 'retention-laggard'`);
  });

  it('replays placeOrder within the idempotency window and treats a key past it as a new request', async () => {
    const warehouse = await createLocation(system);
    const sku = await createSku(system, { stock: { [warehouse]: 10 } });
    const input = (idempotencyKey: string) => ({
      idempotencyKey,
      channel: 'WEB',
      guestEmail: 'retention@example.com',
      lines: [{ sku, quantity: 1 }],
      delivery: { method: 'SHIP', address: { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } },
      payment: { token: 'tok_visa' },
    });
    const place = async (key: string) => {
      const response = await system.query<{ placeOrder: { __typename: string; id: string } }>(
        'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }',
        { input: input(key) },
        ADMIN,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.placeOrder.__typename).toBe('Order');
      return response.data?.placeOrder.id;
    };
    const withinWindow = randomUUID();
    const pastWindow = randomUUID();
    const first = await place(withinWindow);
    const second = await place(pastWindow);
    await sql('orders', 'update orders.idempotency_record set created_at = ? where key = ?', [daysAgo(29), withinWindow]);
    await sql('orders', 'update orders.idempotency_record set created_at = ? where key = ?', [daysAgo(31), pastWindow]);

    const removed = await prune('orders');
    expect(removed['orders.idempotency_record']).toBe(1);
    expect(await ids('orders', 'select key as id from orders.idempotency_record where key in (?, ?)', [withinWindow, pastWindow])).toEqual([withinWindow]);

    const orders = await orderCount(system);
    expect(await place(withinWindow)).toBe(first);
    expect(await orderCount(system)).toBe(orders);
    const again = await place(pastWindow);
    expect(again).not.toBe(second);
    expect(await orderCount(system)).toBe(orders + 1);
  });

  it('prunes ended cart holds with their lines and keeps converted, recent and active ones', async () => {
    const location = await createLocation(system);
    const sku = await createSku(system, { stock: { [location]: 5 } });
    const holds: Record<string, string> = {};
    for (const [name, status, expiredDaysAgo] of [
      ['expired', 'EXPIRED', 8],
      ['released', 'RELEASED', 8],
      ['converted', 'CONVERTED', 100],
      ['recentlyExpired', 'EXPIRED', 6],
    ] as const) {
      const id = randomUUID();
      holds[name] = id;
      await sql('inventory', `insert into inventory.reservation (id, cart_id, channel, status, expires_at, order_id, created_at, updated_at)
        values (?, ?, 'WEB', ?, ?, ?, ?, ?)`, [id, `retention-${name}`, status, daysAgo(expiredDaysAgo), status === 'CONVERTED' ? randomUUID() : null, daysAgo(expiredDaysAgo), daysAgo(expiredDaysAgo)]);
      await sql('inventory', 'insert into inventory.reservation_line (id, reservation_id, sku_code, location_id, quantity) values (?, ?, ?, ?, 1)', [randomUUID(), id, sku, location]);
    }

    const removed = await prune('inventory');

    expect(removed['inventory.reservation']).toBe(2);
    expect(await ids('inventory', `select id from inventory.reservation where cart_id like 'retention-%'`)).toEqual([holds['converted'], holds['recentlyExpired']].sort());
    expect(await ids('inventory', 'select reservation_id as id from inventory.reservation_line where sku_code = ?', [sku])).toEqual([holds['converted'], holds['recentlyExpired']].sort());
  });

  it('prunes finished webhook deliveries with their attempts and old notifications, keeping pending and recent ones', async () => {
    const delivery = async (status: string, createdDaysAgo: number, lastAttemptDaysAgo: number | null) => {
      const id = randomUUID();
      await sql('customers', `insert into customers.webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts, cycle_attempts, next_attempt_at, last_attempt_at, created_at)
        values (?, ?, ?, 'OrderPlaced', '{}', ?, 1, 1, ?, ?, ?)`,
        [id, randomUUID(), randomUUID(), status, status === 'PENDING' ? daysAgo(-1) : null, lastAttemptDaysAgo === null ? null : daysAgo(lastAttemptDaysAgo), daysAgo(createdDaysAgo)]);
      await sql('customers', 'insert into customers.webhook_attempt (id, delivery_id, number, at, status_code, duration_ms) values (?, ?, 1, ?, 200, 5)', [randomUUID(), id, daysAgo(createdDaysAgo)]);
      return id;
    };
    const delivered = await delivery('DELIVERED', 31, 31);
    const failed = await delivery('FAILED', 40, 39);
    const replayedRecently = await delivery('DELIVERED', 40, 2);
    const pending = await delivery('PENDING', 40, 35);
    const recent = await delivery('DELIVERED', 3, 3);

    const notification = async (status: string, createdDaysAgo: number) => {
      const id = randomUUID();
      await sql('customers', `insert into customers.notification (id, event_id, template, recipient, language, subject, body, status, next_attempt_at, created_at)
        values (?, ?, 'ORDER_CONFIRMED', 'retention-probe@example.com', 'en', 'Your order', 'Thank you', ?, ?, ?)`,
        [id, randomUUID(), status, status === 'PENDING' ? daysAgo(-1) : null, daysAgo(createdDaysAgo)]);
      return id;
    };
    const sentLongAgo = await notification('SENT', 366);
    const failedLongAgo = await notification('FAILED', 400);
    const pendingLongAgo = await notification('PENDING', 400);
    const sentThisYear = await notification('SENT', 300);

    const removed = await prune('customers');

    expect(removed['customers.webhook_delivery']).toBe(2);
    expect(await ids('customers', `select id from customers.webhook_delivery where id in (?, ?, ?, ?, ?)`, [delivered, failed, replayedRecently, pending, recent])).toEqual(
      [replayedRecently, pending, recent].sort(),
    );
    expect(await ids('customers', `select delivery_id as id from customers.webhook_attempt where delivery_id in (?, ?, ?, ?, ?)`, [delivered, failed, replayedRecently, pending, recent])).toEqual(
      [replayedRecently, pending, recent].sort(),
    );
    expect(removed['customers.notification']).toBe(2);
    expect(await ids('customers', `select id from customers.notification where recipient = 'retention-probe@example.com'`)).toEqual([pendingLongAgo, sentThisYear].sort());
    expect([sentLongAgo, failedLongAgo]).toHaveLength(2);
  });

  it('prunes finished dropship vendor deliveries and keeps pending ones', async () => {
    const fulfillmentOrder = randomUUID();
    await sql('fulfillment', `insert into fulfillment.fulfillment_order (id, order_id, order_number, email, channel, location_id, type, status, release_event_id, order_placed_at, created_at, updated_at)
      values (?, ?, 'R-1', 'retention-probe@example.com', 'WEB', ?, 'DROPSHIP', 'SHIPPED', ?, ?, ?, ?)`, [fulfillmentOrder, randomUUID(), randomUUID(), randomUUID(), daysAgo(60), daysAgo(60), daysAgo(60)]);
    const delivery = async (status: string, age: number) => {
      const id = randomUUID();
      await sql('fulfillment', `insert into fulfillment.webhook_delivery (id, fulfillment_order_id, location_id, event, payload, status, attempts, next_attempt_at, last_attempt_at, created_at)
        values (?, ?, ?, 'FULFILLMENT_ORDER_CREATED', '{}', ?, 1, ?, ?, ?)`, [id, fulfillmentOrder, randomUUID(), status, status === 'PENDING' ? daysAgo(-1) : null, daysAgo(age), daysAgo(age)]);
      return id;
    };
    const delivered = await delivery('DELIVERED', 31);
    const pending = await delivery('PENDING', 45);
    const recent = await delivery('FAILED', 10);

    const removed = await prune('fulfillment');

    expect(removed['fulfillment.webhook_delivery']).toBe(1);
    expect(await ids('fulfillment', 'select id from fulfillment.webhook_delivery where fulfillment_order_id = ?', [fulfillmentOrder])).toEqual([pending, recent].sort());
    expect(delivered).toBeDefined();
  });

  it('runs as each service’s worker, every RETENTION_INTERVAL_MS', async () => {
    const [old, recent] = await processedEvents('orders', 'retention-worker', [31, 1]);
    const { orm, services, bus } = system.subgraphs.orders;
    const stop = retentionWorker(ordersRetentionRules, () => ({ ...policy, intervalMs: 50 }))({ orm, services, bus, logger });
    try {
      await waitFor('the worker to prune', async () => (await sql('orders', 'select 1 from orders.processed_event where event_id = ?', [old])).length === 0);
    } finally {
      await stop();
    }
    expect(await ids('orders', `select event_id as id from orders.processed_event where consumer = 'retention-worker'`)).toEqual([recent]);
  });

  it('keeps the audit log by default and prunes it only when AUDIT_RETENTION_DAYS is set', async () => {
    const id = randomUUID();
    await sql('customers', `insert into customers.audit_entry (id, at, actor, actor_kind, action, service, entity_type, entity_id, created_at)
      values (?, ?, 'retention-test', 'staff', 'test', 'customers', 'Probe', ?, ?)`, [id, daysAgo(3_000), id, daysAgo(3_000)]);

    await prune('customers');
    expect(await ids('customers', 'select id from customers.audit_entry where id = ?', [id])).toEqual([id]);

    const removed = await prune('customers', { policy: loadRetentionPolicy({ AUDIT_RETENTION_DAYS: '2555' }) });
    expect(removed['customers.audit_entry']).toBe(1);
    expect(await ids('customers', 'select id from customers.audit_entry where id = ?', [id])).toEqual([]);
  });
});
