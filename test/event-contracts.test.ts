// Consumers read fulfillment's goods events through their contracts (packages/contracts): an event
// that breaks its contract is parked (REJECTED, with the contract's reason) by each consumer, which
// then goes on with the next events instead of retrying it for ever.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './support/graphql.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;
let database: pg.Pool;

beforeAll(async () => {
  system = await startTestSystem({ seedDemoData: false });
  database = new pg.Pool({ connectionString: system.databaseUrl, max: 1 });
});

afterAll(async () => {
  await database?.end();
  await system?.close();
});

async function parked(schema: string, eventId: string): Promise<{ outcome: string; detail: string } | undefined> {
  const { rows } = await database.query<{ outcome: string; detail: string }>(`select outcome, detail from ${schema}.processed_event where event_id = $1`, [eventId]);
  return rows[0];
}

describe('a fulfillment event that breaks its contract', () => {
  it('is parked with the reason by orders and inventory, and the next event is still handled', async () => {
    const malformed = randomUUID();
    const payload = { fulfillmentOrderId: randomUUID(), orderId: randomUUID(), customerId: null, locationId: randomUUID(), lines: [{ orderLineId: randomUUID(), allocationId: 'not-a-uuid', sku: 'TEE', quantity: 1 }] };
    const next = randomUUID();
    await system.bus.publish([
      { id: malformed, source: 'fulfillment', type: 'ShipmentShipped', aggregateType: 'FulfillmentOrder', aggregateId: payload.fulfillmentOrderId, payload, occurredAt: new Date().toISOString() },
      // A valid event after it, for an order orders does not know: handled as IGNORED, proving the consumer moved on.
      { id: next, source: 'fulfillment', type: 'ShipmentShipped', aggregateType: 'FulfillmentOrder', aggregateId: payload.fulfillmentOrderId, payload: { ...payload, lines: [] }, occurredAt: new Date().toISOString() },
    ]);
    const reason = expect.stringMatching(/^ShipmentShipped v1 payload refused: lines\.0\.allocationId: /);
    expect(await eventually('orders to park it', () => parked('orders', malformed))).toEqual({ outcome: 'REJECTED', detail: reason });
    expect(await eventually('inventory to park it', () => parked('inventory', malformed))).toEqual({ outcome: 'REJECTED', detail: reason });
    expect(await eventually('orders to handle the next one', () => parked('orders', next))).toMatchObject({ outcome: 'IGNORED' });
  });
});
