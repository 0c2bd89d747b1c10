// pnpm bench:subscriptions — 1,000 and 10,000 concurrent graphql-ws subscribers on one gateway,
// each on its own connection, following parcels; tracking events are recorded through the API and
// the time from the mutation being sent to each client receiving the event is measured. Prints
// latency percentiles and the gateway's resident memory. Asserts nothing.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { signJwt } from '@oms/platform';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { BENCH_JWT_SECRET, graphql, launchBenchSystem, machine } from './support.ts';

const SIZES = (process.env['BENCH_SUBSCRIBERS'] ?? '1000,10000').split(',').map(Number);
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 20);
const EVENT_INTERVAL_MS = Number(process.env['BENCH_EVENT_INTERVAL_MS'] ?? 250);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const system = await launchBenchSystem({ SUBSCRIPTION_QUEUE_SIZE: '1000' });
const now = Math.floor(Date.now() / 1000);
const token = signJwt({ sub: 'bench-dashboard', kind: 'staff', roles: ['ADMIN'], iat: now, exp: now + 7200 }, BENCH_JWT_SECRET);
const auth = { authorization: `Bearer ${token}` };
const gatewayPid = system.services.find((service) => service.name === 'gateway')!.pid;

try {
  console.log(`machine: ${machine()}`);
  const { fulfillmentOrders } = await graphql<{ fulfillmentOrders: { edges: { node: { shipment: { parcels: { id: string }[] } | null } }[] } }>(
    system.gatewayUrl,
    '{ fulfillmentOrders(first: 50) { edges { node { shipment { parcels { id } } } } } }',
    {},
    auth,
  );
  const parcels = fulfillmentOrders.edges.flatMap((edge) => edge.node.shipment?.parcels.map((parcel) => parcel.id) ?? []);
  if (parcels.length === 0) throw new Error('the demo data has no parcels to follow');
  const wsUrl = system.gatewayUrl.replace(/^http/, 'ws');
  // Each event is later than the last (and than the demo history), within the one day ahead carriers may be.
  let clock = Date.now() + 3600_000;

  for (const size of SIZES) {
    const baseline = rssMb(gatewayPid);
    const clients: Client[] = [];
    const received = new Map<string, number[]>(); // event marker -> receive times
    let connected = 0;
    for (let index = 0; index < size; index++) {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: auth, retryAttempts: 0, lazy: false });
      client.on('connected', () => void connected++);
      clients.push(client);
      client.subscribe(
        { query: 'subscription($id: ID!) { parcelTracking(parcelId: $id) { lastEvent { message } } }', variables: { id: parcels[index % parcels.length] } },
        {
          next: (result) => {
            const marker = (result.data as { parcelTracking?: { lastEvent?: { message?: string } } } | undefined)?.parcelTracking?.lastEvent?.message;
            if (marker) received.get(marker)?.push(performance.now());
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      if (index % 500 === 499) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const deadline = Date.now() + 60_000;
    while (connected < size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // upstream subscriptions settle
    const rssConnected = rssMb(gatewayPid);

    const sentAt = new Map<string, number>();
    for (let event = 0; event < EVENTS; event++) {
      for (const parcelId of parcels) {
        const marker = `bench-${size}-${event}-${randomUUID().slice(0, 8)}`;
        received.set(marker, []);
        clock += 1_000;
        sentAt.set(marker, performance.now());
        await graphql(
          system.gatewayUrl,
          'mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate } }',
          { input: { parcelId, status: 'IN_TRANSIT', occurredAt: new Date(clock).toISOString(), message: marker, location: 'Hub' } },
          auth,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, EVENT_INTERVAL_MS));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const latencies: number[] = [];
    let delivered = 0;
    for (const [marker, times] of received) {
      delivered += times.length;
      for (const time of times) latencies.push(time - sentAt.get(marker)!);
    }
    latencies.sort((a, b) => a - b);
    const expected = EVENTS * parcels.length * (size / parcels.length);
    const peak = rssMb(gatewayPid);
    console.log(`\nbench:subscriptions with ${size} subscribers (${connected} connected, ${parcels.length} parcels, ${EVENTS} rounds of events)`);
    console.log(`  deliveries             ${delivered} of ${Math.round(expected)} expected`);
    console.log(`  send-to-client latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`);
    console.log(`  gateway RSS            ${baseline.toFixed(0)} MB before, ${rssConnected.toFixed(0)} MB with ${size} connected, ${peak.toFixed(0)} MB after the events`);
    await Promise.all(clients.map((client) => client.dispose()));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
} finally {
  await system.cleanup();
}
