import { createHmac, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { TestSystem } from './system.ts';

/**
 * Helpers of the fulfillment tests: they play the orders service (OrderReleased / OrderCancelled
 * on the bus), carriers (signed webhooks) and read what fulfillment published and logged.
 */

export type LocationType = 'WAREHOUSE' | 'STORE' | 'DROPSHIP_VENDOR';
export type DeliveryMethod = 'SHIP' | 'PICKUP' | 'RESERVE_IN_STORE' | 'CURBSIDE';

export interface ReleaseLine {
  sku: string;
  quantity: number;
  locationId: string;
  locationType?: LocationType;
}

export interface ReleaseOptions {
  orderId?: string;
  number?: string;
  customerId?: string | null;
  email?: string;
  deliveryMethod?: DeliveryMethod;
  pickupLocationId?: string | null;
  lines: ReleaseLine[];
}

export interface ReleasedOrder {
  orderId: string;
  number: string;
  customerId: string | null;
  allocations: { allocationId: string; orderLineId: string; sku: string; locationId: string; quantity: number }[];
  eventId: string;
}

let orderSequence = 0;

export const SHIP_TO = { name: 'Camille Test', line1: '14 rue de la République', line2: null, city: 'Lyon', postalCode: '69002', region: null, country: 'FR' };

/** The orders service's OrderReleased, as it would publish it. */
export function orderReleasedEvent(options: ReleaseOptions): { event: Parameters<TestSystem['bus']['publish']>[0][number]; order: ReleasedOrder } {
  orderSequence += 1;
  const orderId = options.orderId ?? randomUUID();
  const number = options.number ?? `T-${process.pid}-${orderSequence}`;
  const customerId = options.customerId === undefined ? randomUUID() : options.customerId;
  const deliveryMethod = options.deliveryMethod ?? 'SHIP';
  const allocations = options.lines.map((line) => ({
    allocationId: randomUUID(),
    orderLineId: randomUUID(),
    sku: line.sku,
    locationId: line.locationId,
    quantity: line.quantity,
    kind: 'STOCK',
    locationType: line.locationType ?? 'WAREHOUSE',
  }));
  const eventId = randomUUID();
  return {
    event: {
      id: eventId,
      source: 'orders',
      type: 'OrderReleased',
      aggregateType: 'Order',
      aggregateId: orderId,
      payload: {
        orderId,
        number,
        channel: 'WEB',
        customerId,
        email: options.email ?? `buyer-${orderSequence}@example.com`,
        deliveryMethod,
        shipTo: deliveryMethod === 'SHIP' ? SHIP_TO : null,
        pickupLocationId: options.pickupLocationId ?? null,
        allocations,
      },
      occurredAt: new Date().toISOString(),
    },
    order: { orderId, number, customerId, allocations, eventId },
  };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export { errorCode, ok as expectOk } from './graphql.ts';

/** Direct reads of the test database: the bus log, fulfillment's own tables. */
export class FulfillmentProbe {
  readonly #pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }

  async sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.#pool.query<T>(text, values)).rows;
  }

  /** Events published on the bus (the outbox relay is asynchronous: poll). */
  async events(type: string, filter: Record<string, string> = {}): Promise<{ id: string; payload: Record<string, unknown>; aggregate_id: string; position: string }[]> {
    const conditions = Object.keys(filter).map((key, index) => `payload->>'${key}' = $${index + 2}`);
    return this.sql(`select id, payload, aggregate_id, position from bus.event where type = $1 ${conditions.map((c) => `and ${c}`).join(' ')} order by position`, [type, ...Object.values(filter)]);
  }

  async waitForEvent(type: string, filter: Record<string, string>, count = 1): Promise<Record<string, unknown>[]> {
    const rows = await waitFor(`${count} ${type} ${JSON.stringify(filter)}`, async () => {
      const found = await this.events(type, filter);
      return found.length >= count ? found : undefined;
    });
    return rows.map((row) => row.payload);
  }

  close(): Promise<void> {
    return this.#pool.end();
  }
}

/** Publishes the release and waits until fulfillment has created its fulfillment orders. */
export async function releaseOrder(system: TestSystem, probe: FulfillmentProbe, options: ReleaseOptions): Promise<ReleasedOrder & { fulfillmentOrderIds: string[] }> {
  const { event, order } = orderReleasedEvent(options);
  await system.bus.publish([event]);
  const locations = new Set(options.lines.map((line) => line.locationId)).size;
  const rows = await waitFor('fulfillment orders', async () => {
    const found = await probe.sql<{ id: string }>('select id from fulfillment.fulfillment_order where order_id = $1 order by created_at', [order.orderId]);
    return found.length >= locations ? found : undefined;
  });
  return { ...order, fulfillmentOrderIds: rows.map((row) => row.id) };
}

export function signGeneric(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function signAftership(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** A tracking number no other test uses. */
export function trackingNumber(): string {
  return `TT${randomUUID().replaceAll('-', '').slice(0, 14).toUpperCase()}`;
}
