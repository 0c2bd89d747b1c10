// Outbound webhooks through the real gateway and services: an order's events reach a receiver (a
// local HTTP server) signed, at least once and again after failures, with every attempt in the
// delivery log; replays re-send; several senders at once never send one delivery twice.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StockChanged } from '@oms/contracts';
import { createLogger, demoId } from '@oms/platform';
import { sendDueWebhooks } from '../subgraphs/customers/src/domain/webhook-sender.ts';
import { queueWebhookDeliveries } from '../subgraphs/customers/src/domain/webhook.service.ts';
import { loadMessagingConfig } from '../subgraphs/customers/src/messaging.config.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { createLocation, createSku, errorCode } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// The production schedule (8 attempts over about 30 hours from a one-minute base) in milliseconds,
// with fewer attempts so a delivery that never succeeds gives up within the test.
process.env['WEBHOOK_BACKOFF_MS'] = '40';
process.env['WEBHOOK_INTERVAL_MS'] = '50';
process.env['WEBHOOK_MAX_ATTEMPTS'] = '4';

interface Received {
  path: string;
  eventId: string;
  timestamp: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** A partner's endpoint: answers each request with the next status of its path's script (then 200). */
class Receiver {
  readonly received: Received[] = [];
  readonly #scripts = new Map<string, number[]>();
  readonly #server: Server;
  url = '';

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const body = Buffer.concat(chunks).toString('utf8');
        const eventId = String(req.headers['webhook-id']);
        // Scripts are per path and event: "fail the first two attempts of every event".
        const key = `${path} ${eventId}`;
        const script = this.#scripts.get(key) ?? [...(this.#scripts.get(path) ?? [])];
        const answered = script.shift() ?? 200;
        this.#scripts.set(key, script);
        const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
        this.received.push({ path, eventId, timestamp: headers['webhook-timestamp'] ?? '', headers, body, answered });
        res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'try later');
      });
    });
  }

  script(path: string, statuses: number[]): void {
    this.#scripts.set(path, statuses);
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  at(path: string, eventId?: string): Received[] {
    return this.received.filter((entry) => entry.path === path && (!eventId || entry.eventId === eventId));
  }
}

interface Subscription {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  active: boolean;
}

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: { number: number; statusCode: number | null; error: string | null }[];
}

const SUBSCRIPTION_FIELDS = 'id url eventTypes description active';
const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { ${SUBSCRIPTION_FIELDS} } } }`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(subscriptionId: $id, status: $status, first: 100) {
  edges { node { id eventId eventType status attemptCount lastStatusCode lastError nextAttemptAt deliveredAt attempts { number statusCode error } } }
} }`;
const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status attemptCount } }`;

let system: TestSystem;
const receiver = new Receiver();
let warehouse: string;

async function subscribe(path: string, eventTypes: string[]): Promise<{ subscription: Subscription; secret: string }> {
  const data = ok(await system.query<{ createWebhookSubscription: { subscription: Subscription; secret: string } }>(CREATE, { input: { url: `${receiver.url}${path}`, eventTypes, description: `test ${path}` } }, ADMIN));
  return data.createWebhookSubscription;
}

async function deliveries(subscriptionId: string, status?: string): Promise<Delivery[]> {
  const data = ok(await system.query<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(DELIVERIES, { id: subscriptionId, status }, ADMIN));
  return data.webhookDeliveries.edges.map((edge) => edge.node);
}

/** What a receiver checks, with the Standard Webhooks library and the secret it was shown. */
function validSignature(secret: string, received: Received): boolean {
  try {
    new Webhook(secret).verify(received.body, received.headers);
    return true;
  } catch {
    return false;
  }
}

async function placeOrder(): Promise<{ id: string; number: string }> {
  const sku = await createSku(system, { price: 1200, stock: { [warehouse]: 5 } });
  const customerId = demoId('customer', 4);
  const data = ok(
    await system.query<{ placeOrder: { __typename: string; id: string; number: string } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          customerId,
          lines: [{ sku, quantity: 1 }],
          delivery: { method: 'SHIP', address: { name: 'Chloé Robert', line1: '52 avenue Jean Médecin', city: 'Nice', postalCode: '06000', country: 'FR' } },
          payment: { token: 'tok_visa' },
        },
      },
      customerToken(customerId),
    ),
  );
  return data.placeOrder;
}

beforeAll(async () => {
  await receiver.start();
  system = await startTestSystem();
  warehouse = await createLocation(system);
});

afterAll(async () => {
  await system?.close();
  await receiver.close();
});

describe('webhook subscriptions', () => {
  it('are created by administrators only, for http(s) URLs and known event types', async () => {
    const input = { url: `${receiver.url}/nowhere`, eventTypes: ['OrderPlaced'] };
    expect(errorCode(await system.query(CREATE, { input }, staffToken(['CARE_AGENT'])))).toBe('FORBIDDEN');
    expect(errorCode(await system.query(CREATE, { input }))).toBe('UNAUTHENTICATED');
    // Receivers on loopback are allowed outside production; the rest of the private networks never.
    for (const url of ['ftp://example.com/hook', 'file:///etc/passwd', 'not a url', 'https://user:pass@example.com/hook', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.8/hook', 'http://[fd00::1]/hook']) {
      expect(errorCode(await system.query(CREATE, { input: { ...input, url } }, ADMIN)), url).toBe('BAD_USER_INPUT');
    }
    const unknown = await system.query(CREATE, { input: { ...input, eventTypes: ['OrderPlaced', 'OrderTeleported'] } }, ADMIN);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('OrderTeleported');
    expect(errorCode(await system.query(CREATE, { input: { ...input, eventTypes: [] } }, ADMIN))).toBe('BAD_USER_INPUT');
    const listed = ok(await system.query<{ webhookSubscriptions: Subscription[] }>(`{ webhookSubscriptions { ${SUBSCRIPTION_FIELDS} } }`, {}, ADMIN));
    expect(listed.webhookSubscriptions.filter((subscription) => subscription.url.endsWith('/nowhere'))).toEqual([]);
  });
});

describe('webhook delivery', () => {
  it('delivers each event signed, after failed attempts, once per event id; logs every attempt; replays', async () => {
    receiver.script('/erp', [500, 503]);
    const { subscription, secret } = await subscribe('/erp', ['OrderPlaced', 'OrderStatusChanged']);
    expect(subscription).toMatchObject({ url: `${receiver.url}/erp`, eventTypes: ['OrderPlaced', 'OrderStatusChanged'], active: true });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const order = await placeOrder();
    // Placement publishes OrderPlaced and the status changes CONFIRMED, ALLOCATED.
    const delivered = await eventually('three delivered events', async () => {
      const rows = await deliveries(subscription.id);
      const done = rows.filter((row) => row.status === 'DELIVERED' && row.eventType.startsWith('Order'));
      return done.length >= 3 && rows.every((row) => row.status === 'DELIVERED') ? rows : undefined;
    });
    const placed = delivered.find((row) => row.eventType === 'OrderPlaced')!;
    expect(placed).toMatchObject({ status: 'DELIVERED', attemptCount: 3, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(placed.attempts.map((attempt) => [attempt.number, attempt.statusCode, attempt.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 503, 'HTTP 503'],
      [3, 200, null],
    ]);

    // The receiver saw each attempt, every one signed, and accepted each event exactly once.
    const attempts = receiver.at('/erp', placed.eventId);
    expect(attempts.map((entry) => entry.answered)).toEqual([500, 503, 200]);
    for (const entry of receiver.at('/erp')) expect(validSignature(secret, entry)).toBe(true);
    expect(validSignature(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, attempts[0]!)).toBe(false);
    const body = JSON.parse(attempts[2]!.body) as { id: string; type: string; occurredAt: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ id: placed.eventId, type: 'OrderPlaced', data: { orderId: order.id, number: order.number } });
    expect(Number.isNaN(Date.parse(body.occurredAt))).toBe(false);
    expect(Math.abs(Number(attempts[2]!.timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const acceptedPerEvent = new Map<string, number>();
    for (const entry of receiver.at('/erp').filter((received) => received.answered === 200)) acceptedPerEvent.set(entry.eventId, (acceptedPerEvent.get(entry.eventId) ?? 0) + 1);
    expect([...acceptedPerEvent.values()]).toEqual(delivered.map(() => 1));
    const statusChanges = delivered.filter((row) => row.eventType === 'OrderStatusChanged').map((row) => JSON.parse(receiver.at('/erp', row.eventId).at(-1)!.body) as { data: { to: string } });
    expect(statusChanges.map((change) => change.data.to).sort()).toEqual(['ALLOCATED', 'CONFIRMED']);

    // A replay sends the same event (same id and body) again, freshly signed.
    const replayed = ok(await system.query<{ replayWebhookDelivery: { status: string } }>(REPLAY, { id: placed.id }, ADMIN));
    expect(replayed.replayWebhookDelivery.status).toBe('PENDING');
    const again = await eventually('the replayed delivery', () => {
      const seen = receiver.at('/erp', placed.eventId);
      return seen.length === 4 ? seen[3] : undefined;
    });
    expect(again.body).toBe(attempts[2]!.body);
    expect(validSignature(secret, again)).toBe(true);
    const afterReplay = await eventually('the replay logged', async () => {
      const row = (await deliveries(subscription.id)).find((entry) => entry.id === placed.id)!;
      return row.status === 'DELIVERED' && row.attemptCount === 4 ? row : undefined;
    });
    expect(afterReplay.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 503, 200, 200]);
    expect(errorCode(await system.query(REPLAY, { id: placed.id }, staffToken(['CARE_AGENT'])))).toBe('FORBIDDEN');
    expect(errorCode(await system.query(REPLAY, { id: randomUUID() }, ADMIN))).toBe('NOT_FOUND');
  });

  it('gives up after the configured attempts (FAILED, with each response code); a replay starts a new round', async () => {
    receiver.script('/bi', [500, 500, 502, 410]);
    const { subscription } = await subscribe('/bi', ['OrderPlaced']);
    const order = await placeOrder();
    const [failed] = await eventually('a failed delivery', async () => {
      const rows = await deliveries(subscription.id, 'FAILED');
      return rows.length === 1 ? rows : undefined;
    });
    expect(failed).toMatchObject({ eventType: 'OrderPlaced', status: 'FAILED', attemptCount: 4, lastStatusCode: 410, lastError: 'HTTP 410', nextAttemptAt: null, deliveredAt: null });
    expect(failed!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 502, 410]);
    expect(JSON.parse(receiver.at('/bi', failed!.eventId)[0]!.body)).toMatchObject({ data: { orderId: order.id } });
    expect(await deliveries(subscription.id, 'DELIVERED')).toEqual([]);

    // The partner fixed their endpoint: the replay gets through.
    ok(await system.query(REPLAY, { id: failed!.id }, ADMIN));
    const replayed = await eventually('the replay delivered', async () => (await deliveries(subscription.id, 'DELIVERED'))[0]);
    expect(replayed).toMatchObject({ id: failed!.id, attemptCount: 5, lastStatusCode: 200 });
  });

  it('gives up at once on an answer that another try cannot change (404)', async () => {
    receiver.script('/gone', [404]);
    const { subscription } = await subscribe('/gone', ['OrderPlaced']);
    await placeOrder();
    const [failed] = await eventually('a failed delivery', async () => {
      const rows = await deliveries(subscription.id, 'FAILED');
      return rows.length === 1 ? rows : undefined;
    });
    expect(failed).toMatchObject({ attemptCount: 1, lastStatusCode: 404, lastError: 'HTTP 404', nextAttemptAt: null });
    expect(receiver.at('/gone')).toHaveLength(1);
  });

  it('never sends one delivery twice when several senders run at once', async () => {
    const { subscription } = await subscribe('/wms', ['StockChanged']);
    const em = () => system.subgraphs.customers.orm.em.fork();
    const events = Array.from({ length: 60 }, (_, index) => ({
      id: randomUUID(),
      source: 'inventory',
      type: StockChanged.type,
      aggregateType: 'StockLevel',
      aggregateId: `test-${index}`,
      payload: { sku: `TEST-${index}`, locationId: randomUUID(), onHand: index, reserved: 0, safetyStock: 0, availableToSell: index },
      occurredAt: new Date().toISOString(),
    }));
    for (const event of events) expect(await queueWebhookDeliveries(em(), event)).toBe(1);
    // Queued twice (a redelivered event): nothing more.
    expect(await queueWebhookDeliveries(em(), events[0]!)).toBe(0);
    // Four more "instances" beside the service's own sender.
    const settings = loadMessagingConfig().webhooks;
    const logger = createLogger('test-sender', 'silent');
    await Promise.all(Array.from({ length: 4 }, async () => {
      while ((await sendDueWebhooks(em(), settings, logger, 5)) > 0) {
        // until nothing is due
      }
    }));
    // The service's own sender may still be between the receiver's answer and marking its row
    // DELIVERED when the loops above end: wait for the rows, not for the receiver.
    const rows = await eventually('every delivery marked delivered', async () => {
      const all = await deliveries(subscription.id);
      return all.length === events.length && all.every((row) => row.status === 'DELIVERED') ? all : undefined;
    });
    expect(new Set(receiver.at('/wms').map((entry) => entry.eventId)).size).toBe(events.length);
    const perEvent = new Map<string, number>();
    for (const entry of receiver.at('/wms')) perEvent.set(entry.eventId, (perEvent.get(entry.eventId) ?? 0) + 1);
    expect([...perEvent.values()].every((count) => count === 1)).toBe(true);
    expect(rows.every((row) => row.attemptCount === 1)).toBe(true);
  });

  it('stops at deletion: nothing new is queued, the log stays, replays are refused', async () => {
    const { subscription } = await subscribe('/deleted', ['OrderPlaced']);
    await placeOrder();
    const [delivered] = await eventually('a first delivery', async () => {
      const rows = await deliveries(subscription.id, 'DELIVERED');
      return rows.length > 0 ? rows : undefined;
    });
    const removed = ok(await system.query<{ deleteWebhookSubscription: Subscription }>(`mutation($id: ID!) { deleteWebhookSubscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`, { id: subscription.id }, ADMIN));
    expect(removed.deleteWebhookSubscription.active).toBe(false);
    const live = ok(await system.query<{ webhookSubscriptions: Subscription[] }>(`{ webhookSubscriptions { id } }`, {}, ADMIN));
    expect(live.webhookSubscriptions.map((entry) => entry.id)).not.toContain(subscription.id);
    const all = ok(await system.query<{ webhookSubscriptions: Subscription[] }>(`{ webhookSubscriptions(includeDeleted: true) { ${SUBSCRIPTION_FIELDS} } }`, {}, ADMIN));
    expect(all.webhookSubscriptions.find((entry) => entry.id === subscription.id)).toMatchObject({ active: false });

    const before = receiver.at('/deleted').length;
    // A later order's event reaches the other subscription, not this one.
    const { subscription: watcher } = await subscribe('/after-delete', ['OrderPlaced']);
    await placeOrder();
    await eventually('the other subscription served', async () => ((await deliveries(watcher.id, 'DELIVERED')).length > 0 ? true : undefined));
    expect(receiver.at('/deleted')).toHaveLength(before);
    expect(await deliveries(subscription.id)).toHaveLength(1);
    expect(errorCode(await system.query(REPLAY, { id: delivered!.id }, ADMIN))).toBe('CONFLICT');
  });
});
