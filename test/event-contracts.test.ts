// Every event the services publish has a contract in packages/contracts: producers build payloads
// through it (checked here against the outbox rows of a real order, from checkout to delivery and a
// cancellation), and no service names an event type by a string of its own. Consumers read events
// through their contracts: one that breaks its contract is parked (REJECTED, with the contract's
// reason) by each consumer, which then goes on with the next events instead of retrying it for ever.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  AuditRecorded,
  CustomerErasureCompleted,
  CustomerErasureRequested,
  EVENT_CONTRACTS,
  OrderCancelled,
  OrderPlaced,
  OrderReleased,
  parseAnyEvent,
  ReturnInspected,
  ShipmentShipped,
  StockAllocated,
} from '@oms/contracts';
import { demoId } from '@oms/platform';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken } from './support/auth.ts';
import { eventually, ok } from './support/graphql.ts';
import { shipWholeOrder } from './support/shipping-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let database: pg.Pool;

beforeAll(async () => {
  system = await startTestSystem();
  database = new pg.Pool({ connectionString: system.databaseUrl, max: 1 });
});

afterAll(async () => {
  await database?.end();
  await system?.close();
});

async function parked(schema: string, eventId: string, consumer?: string): Promise<{ outcome: string; detail: string } | undefined> {
  const { rows } = await database.query<{ outcome: string; detail: string }>(
    `select outcome, detail from ${schema}.processed_event where event_id = $1 and ($2::text is null or consumer = $2)`,
    [eventId, consumer ?? null],
  );
  return rows[0];
}

type Published = Parameters<TestSystem['bus']['publish']>[0][number];

function busEvent(source: string, type: string, payload: Record<string, unknown>): Published {
  return { id: randomUUID(), source, type, aggregateType: 'Test', aggregateId: randomUUID(), payload, occurredAt: new Date().toISOString() };
}

const ROOT = path.resolve(import.meta.dirname, '..');

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}__generated__${path.sep}`) && !file.includes(`${path.sep}migrations${path.sep}`));
}

describe('event names', () => {
  it('come from the contracts: no service spells an event type in a string of its own', async () => {
    const names = Object.keys(EVENT_CONTRACTS);
    const literal = new RegExp(`['"](${names.join('|')})['"]`, 'g');
    const directories = ['subgraphs/orders/src', 'subgraphs/inventory/src', 'subgraphs/fulfillment/src', 'subgraphs/customers/src', 'packages/platform/src', 'gateway/src'];
    const found: string[] = [];
    for (const directory of directories) {
      for (const file of await sourceFiles(path.join(ROOT, directory))) {
        const lines = (await readFile(file, 'utf8')).split('\n');
        lines.forEach((line, index) => {
          // GraphQL type names that happen to share an event's name (the StockAllocated result of allocateOrderStock).
          if (line.includes('__typename') || line.includes('__resolveType')) return;
          for (const match of line.matchAll(literal)) found.push(`${path.relative(ROOT, file)}:${index + 1}: ${match[0]}`);
        });
      }
    }
    expect(found).toEqual([]);
  });

  it('each name is its contract’s type', () => {
    for (const [name, contract] of Object.entries(EVENT_CONTRACTS)) expect(contract.type).toBe(name);
  });
});

describe('the events of a real order', () => {
  it('each parse with the contract of their type, from checkout to delivery and a cancellation', async () => {
    const since = new Date();
    const customer = customerToken(demoId('customer', 1));
    const place = async (sku: string, quantity: number) => {
      const placed = await ok(
        system.query<{ placeOrder: { __typename: string; id: string } }>(
          `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }`,
          {
            input: {
              idempotencyKey: randomUUID(),
              channel: 'WEB',
              customerId: demoId('customer', 1),
              lines: [{ sku, quantity }],
              delivery: { method: 'SHIP', address: { name: 'Lucas Bernard', line1: '8 boulevard Haussmann', city: 'Paris', postalCode: '75009', country: 'FR' } },
              payment: { token: 'tok_visa' },
            },
          },
          customer,
        ),
      );
      expect(placed.placeOrder.__typename).toBe('Order');
      return placed.placeOrder.id;
    };
    const fulfillmentOrderOf = (orderId: string) =>
      eventually('the order to reach fulfillment', async () => {
        const data = await ok(
          system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string }[] }[] | null } }>(
            `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id } } } }`,
            { id: orderId },
            ADMIN,
          ),
        );
        return data.order.fulfillmentOrders?.[0];
      });

    // Shipped and delivered.
    const orderId = await place('HOODIE-ZIP-GRY-L', 2);
    const parcelId = await shipWholeOrder(system, orderId);
    await ok(system.query(`mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }`, {
      input: { parcelId, status: 'DELIVERED', occurredAt: new Date().toISOString(), location: 'Paris', message: 'Delivered to the customer' },
    }, ADMIN));
    await eventually('the order to be delivered', async () => {
      const data = await ok(system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: orderId }, ADMIN));
      return data.order.status === 'DELIVERED' ? true : undefined;
    });

    // Cancelled once at fulfillment: its fulfillment order stops and its stock is released.
    const cancelledId = await place('CAP-BASE-NVY', 1);
    await fulfillmentOrderOf(cancelledId);
    await ok(system.query(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, { input: { orderId: cancelledId, reason: 'changed my mind' } }, ADMIN));

    const types = await eventually('every step to be recorded', async () => {
      const { rows } = await database.query<{ schema: string; type: string; payload: Record<string, unknown> }>(
        ['orders', 'inventory', 'fulfillment', 'customers'].map((schema) => `select '${schema}' as schema, type, payload from ${schema}.outbox_event where occurred_at >= $1`).join(' union all '),
        [since],
      );
      const seen = new Set(rows.map((row) => row.type));
      const expected = ['OrderPlaced', 'OrderStatusChanged', 'OrderReleased', 'OrderCancelled', 'StockAllocated', 'StockReleased', 'StockChanged', 'FulfillmentOrderCreated',
        'FulfillmentOrderStatusChanged', 'FulfillmentOrderAccepted', 'FulfillmentOrderCancelled', 'ShipmentShipped', 'ShipmentDelivered', 'ParcelStatusChanged', 'TrackingEventRecorded', 'AuditRecorded'];
      if (!expected.every((type) => seen.has(type))) return undefined;
      // Every row, whichever service wrote it, is what its contract says.
      const refused = rows.map((row) => ({ row, parsed: parseAnyEvent(row) })).filter(({ parsed }) => !parsed.ok);
      expect(refused.map(({ row, parsed }) => ({ schema: row.schema, type: row.type, reason: parsed.ok ? null : parsed.reason }))).toEqual([]);
      return seen;
    });
    expect(types.size).toBeGreaterThanOrEqual(16);
  });
});

describe('a fulfillment event that breaks its contract', () => {
  it('is parked with the reason by orders and inventory, and the next event is still handled', async () => {
    const malformed = randomUUID();
    const payload = { fulfillmentOrderId: randomUUID(), orderId: randomUUID(), customerId: null, locationId: randomUUID(), lines: [{ orderLineId: randomUUID(), allocationId: 'not-a-uuid', sku: 'TEE', quantity: 1 }] };
    const next = randomUUID();
    await system.bus.publish([
      { id: malformed, source: 'fulfillment', type: ShipmentShipped.type, aggregateType: 'FulfillmentOrder', aggregateId: payload.fulfillmentOrderId, payload, occurredAt: new Date().toISOString() },
      // A valid event after it, for an order orders does not know: handled as IGNORED, proving the consumer moved on.
      { id: next, source: 'fulfillment', type: ShipmentShipped.type, aggregateType: 'FulfillmentOrder', aggregateId: payload.fulfillmentOrderId, payload: { ...payload, lines: [] }, occurredAt: new Date().toISOString() },
    ]);
    const reason = expect.stringMatching(/^ShipmentShipped v1 payload refused: lines\.0\.allocationId: /);
    expect(await eventually('orders to park it', () => parked('orders', malformed))).toEqual({ outcome: 'REJECTED', detail: reason });
    expect(await eventually('inventory to park it', () => parked('inventory', malformed))).toEqual({ outcome: 'REJECTED', detail: reason });
    expect(await eventually('orders to handle the next one', () => parked('orders', next))).toMatchObject({ outcome: 'IGNORED' });
  });
});

describe('every consumer', () => {
  it('parks an event that breaks its contract with the reason, instead of retrying it', async () => {
    // Webhooks read only the events someone subscribed to.
    await ok(system.query(`mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`, {
      input: { url: 'http://127.0.0.1:9/contracts', eventTypes: [OrderPlaced.type], description: 'contract test' },
    }, ADMIN));
    const cases: { event: Published; parkedBy: [schema: string, consumer: string][]; reason: RegExp }[] = [
      {
        event: busEvent('orders', OrderReleased.type, { orderId: 'not-a-uuid' }),
        parkedBy: [['fulfillment', 'fulfillment-orders']],
        reason: /^OrderReleased v1 payload refused: orderId: /,
      },
      {
        event: busEvent('orders', OrderCancelled.type, { orderId: randomUUID(), lineIds: ['nope'] }),
        parkedBy: [['fulfillment', 'fulfillment-orders']],
        reason: /^OrderCancelled v1 payload refused: lineIds\.0: /,
      },
      {
        event: busEvent('orders', ReturnInspected.type, { returnId: randomUUID(), lines: [] }),
        parkedBy: [['inventory', 'inventory-returns']],
        reason: /^ReturnInspected v1 payload refused: /,
      },
      {
        event: busEvent('inventory', StockAllocated.type, { orderId: 'not-a-uuid', presellCovered: true, allocations: [] }),
        parkedBy: [['orders', 'orders-inventory']],
        reason: /^StockAllocated v1 payload refused: orderId: /,
      },
      {
        event: busEvent('orders', OrderPlaced.type, { orderId: randomUUID(), number: 'OMS-1', email: 'x@example.com', lines: 'none' }),
        parkedBy: [['customers', 'customers-notifications'], ['customers', 'customers-webhooks']],
        reason: /^OrderPlaced v1 payload refused: /,
      },
      {
        event: busEvent('inventory', AuditRecorded.type, { actor: '', action: 'adjustStock' }),
        parkedBy: [['customers', 'customers-audit-log']],
        reason: /^AuditRecorded v1 payload refused: actor: /,
      },
      {
        event: busEvent('orders', CustomerErasureCompleted.type, { requestId: 'not-a-uuid', subgraph: 'orders' }),
        parkedBy: [['customers', 'customers-erasure-confirmations']],
        reason: /^CustomerErasureCompleted v1 payload refused: requestId: /,
      },
      {
        event: busEvent('customers', CustomerErasureRequested.type, { requestId: 'not-a-uuid', customerId: randomUUID(), orderIds: [] }),
        parkedBy: [['orders', 'orders-customer-erasure'], ['inventory', 'inventory-customer-erasure'], ['fulfillment', 'fulfillment-customer-erasure']],
        reason: /^CustomerErasureRequested v1 payload refused: requestId: /,
      },
    ];
    await system.bus.publish(cases.map(({ event }) => event));
    for (const { event, parkedBy, reason } of cases) {
      for (const [schema, consumer] of parkedBy) {
        const row = await eventually(`${consumer} to park ${event.type}`, () => parked(schema, event.id, consumer));
        expect(row, `${consumer} on ${event.type}`).toEqual({ outcome: 'REJECTED', detail: expect.stringMatching(reason) });
      }
    }
  });
});
