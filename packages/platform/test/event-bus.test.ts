import { randomUUID } from 'node:crypto';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  connectEventBus,
  createIsolatedDatabase,
  createLogger,
  installOutboxTrigger,
  openSubgraphOrm,
  OutboxEventSchema,
  recordEvent,
  startOutboxRelay,
  type BusEvent,
  type EventBus,
  type MikroORM,
} from '../src/index.ts';
import pg from 'pg';

const logger = createLogger('bus-test', 'silent');
const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

async function natsReachable(): Promise<boolean> {
  const { hostname, port } = new URL(NATS_URL);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 4222) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const natsAvailable = await natsReachable();
if (!natsAvailable) console.warn(`NATS not reachable at ${NATS_URL}: the NATS bus tests do not run`);

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for events');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each([
  { kind: 'postgres', run: true },
  { kind: 'nats', run: natsAvailable },
])('the $kind event bus', ({ kind, run }) => {
  let database: { url: string; drop(): Promise<void> };
  let orm: MikroORM;
  let buses: EventBus[];
  let stopRelay: () => Promise<void>;
  const schema = 'producer';

  beforeAll(async () => {
    if (!run) return;
    database = await createIsolatedDatabase(inject('databaseServerUrl'));
    orm = await openSubgraphOrm({ schema, clientUrl: database.url, entities: [OutboxEventSchema], migrationsPath: '/nonexistent' });
    await orm.em.getConnection().execute(`create schema if not exists ${schema}`);
    await orm.schema.create();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await installOutboxTrigger(client, schema);
    await client.end();
    const natsUrl = kind === 'nats' ? NATS_URL : undefined;
    // Two "instances" of the services, each with its own connection to the bus.
    buses = [
      await connectEventBus({ databaseUrl: database.url, natsUrl, logger }),
      await connectEventBus({ databaseUrl: database.url, natsUrl, logger }),
    ];
    stopRelay = await startOutboxRelay({ databaseUrl: database.url, schema, bus: buses[0]!, logger });
  });

  afterAll(async () => {
    if (!run) return;
    await stopRelay();
    await Promise.all(buses.map((bus) => bus.close()));
    await orm.close();
    await database.drop();
  });

  async function produce(aggregateId: string, count: number): Promise<void> {
    const em = orm.em.fork();
    for (let index = 0; index < count; index++) {
      recordEvent(em as never, { type: 'ThingHappened', aggregateType: 'Thing', aggregateId, payload: { index } });
    }
    await em.flush();
  }

  it.runIf(run)('delivers committed outbox events to every live subscriber, in order, within a second', async () => {
    const aggregateId = randomUUID();
    const received: BusEvent[][] = [[], []];
    const stops = await Promise.all(
      buses.map((bus, index) => bus.subscribe((event) => event.aggregateId === aggregateId && received[index]!.push(event))),
    );
    const started = Date.now();
    await produce(aggregateId, 5);
    await waitFor(() => received.every((events) => events.length === 5));
    expect(Date.now() - started).toBeLessThan(1_000);
    for (const events of received) {
      expect(events.map((event) => event.payload['index'])).toEqual([0, 1, 2, 3, 4]);
      expect(events[0]).toMatchObject({ source: schema, type: 'ThingHappened', aggregateType: 'Thing' });
    }
    await Promise.all(stops.map((stop) => stop()));
  });

  it.runIf(run)('hands each event to one instance of a durable consumer, in order', async () => {
    const aggregateId = randomUUID();
    const consumer = `test-consumer-${randomUUID()}`;
    const handled: { instance: number; index: unknown }[] = [];
    const stops = await Promise.all(
      buses.map((bus, instance) =>
        bus.consume(consumer, ['ThingHappened'], async (event) => {
          if (event.aggregateId === aggregateId) handled.push({ instance, index: event.payload['index'] });
        }),
      ),
    );
    await produce(aggregateId, 20);
    await waitFor(() => handled.length >= 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(handled.map((entry) => entry.index)).toEqual([...Array(20).keys()]);
    await Promise.all(stops.map((stop) => stop()));
  });

  it.runIf(run)('marks relayed rows published so nothing is sent twice by the relay', async () => {
    await produce(randomUUID(), 3);
    await waitFor(() => false, 300).catch(() => undefined);
    const [row] = await orm.em.getConnection().execute(`select count(*)::int as pending from ${schema}.outbox_event where published_at is null`);
    expect(row).toEqual({ pending: 0 });
  });
});
