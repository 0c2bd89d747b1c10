// pnpm bench:orders — places orders through the gateway on demo data and prints orders/s,
// latency percentiles, errors and the peak RSS of every process; then times a 100,000-line
// inventory feed. Prints what it measured on this machine; asserts nothing.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { signJwt } from '@oms/platform';
import { BENCH_JWT_SECRET, graphql, launchBenchSystem, machine, measureCpu, postmasterPid, sampleMemory } from './support.ts';

const DURATION = Number(process.env['BENCH_DURATION'] ?? 20);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const FEED_LINES = Number(process.env['BENCH_FEED_LINES'] ?? 100_000);

const PLACE_ORDER = /* GraphQL */ `
  mutation Place($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on Order { id number status total { amount } }
      ... on OutOfStock { lines { sku requested available } }
    }
  }
`;

const system = await launchBenchSystem();
const url = system.gatewayUrl;
const now = Math.floor(Date.now() / 1000);
const admin = signJwt({ sub: 'bench-admin', kind: 'staff', roles: ['ADMIN'], iat: now, exp: now + 3600 }, BENCH_JWT_SECRET);
/** Signed-in customers place their own orders, as from a storefront or the mobile app. */
const customerAuth = (customerId: string) => `Bearer ${signJwt({ sub: customerId, kind: 'customer', iat: now, exp: now + 3600 }, BENCH_JWT_SECRET)}`;
try {
  const { locations } = await graphql<{ locations: { id: string; code: string; type: string }[] }>(url, '{ locations { id code type } }');
  const { skus } = await graphql<{ skus: { edges: { node: { code: string } }[] } }>(url, '{ skus(first: 100) { edges { node { code } } } }');
  const { customers } = await graphql<{ customers: { edges: { node: { id: string } }[] } }>(url, '{ customers(first: 10) { edges { node { id } } } }', {}, { authorization: `Bearer ${admin}` });
  const skuCodes = skus.edges.map((edge) => edge.node.code);
  const customerIds = customers.edges.map((edge) => edge.node.id);
  const tokens = customerIds.map(customerAuth);

  // Enough stock in the warehouses that the run measures order capture, not sell-outs.
  const warehouses = locations.filter((location) => location.type === 'WAREHOUSE');
  await graphql(
    url,
    `mutation($input: InventoryFeedInput!) { importInventoryFeed(input: $input) { appliedLines } }`,
    {
      input: {
        feedId: `bench-top-up-${randomUUID()}`,
        source: 'BENCH',
        mode: 'DELTA',
        lines: warehouses.flatMap((warehouse) => skuCodes.map((sku) => ({ sku, location: warehouse.code, quantity: 1_000_000 }))),
      },
    },
    { authorization: `Bearer ${admin}` },
  );

  let sequence = 0;
  const requestFor = () => {
    sequence++;
    const lines = [{ sku: skuCodes[sequence % skuCodes.length]!, quantity: 1 }];
    if (sequence % 3 === 0) lines.push({ sku: skuCodes[(sequence * 7 + 3) % skuCodes.length]!, quantity: 2 });
    const body = JSON.stringify({
      query: PLACE_ORDER,
      variables: {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          customerId: customerIds[sequence % customerIds.length],
          lines: lines.filter((line, index) => lines.findIndex((other) => other.sku === line.sku) === index),
          delivery: {
            method: 'SHIP',
            address: { name: 'Bench Customer', line1: '8 boulevard Haussmann', city: 'Paris', postalCode: '75009', country: 'FR' },
          },
          payment: { token: 'tok_visa' },
        },
      },
    });
    return { body, authorization: tokens[sequence % tokens.length]! };
  };

  let graphqlErrors = 0;
  let outOfStock = 0;
  const run = (duration: number) =>
    autocannon({
      url,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const { body, authorization } = requestFor();
            return { ...request, body, headers: { ...request.headers, 'content-type': 'application/json', authorization } };
          },
          onResponse: (_status, body) => {
            if (body.includes('"errors"')) graphqlErrors++;
            else if (body.includes('OutOfStock')) outOfStock++;
          },
        },
      ],
    });

  console.log(`machine: ${machine()}`);
  console.log(`warm-up 3 s…`);
  await run(3);
  graphqlErrors = 0;
  outOfStock = 0;
  const memory = sampleMemory(system.services, postmasterPid(system.dataDir));
  const cpu = measureCpu(system.services, postmasterPid(system.dataDir));
  console.log(`placing orders for ${DURATION} s with ${CONNECTIONS} connections…`);
  const result = await run(DURATION);
  const cpuUsed = cpu.stop();
  const peaks = memory.stop();

  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  console.log('\nbench:orders (placeOrder through the gateway)');
  console.log(`  orders/s (mean)        ${result.requests.average.toFixed(0)}`);
  console.log(`  orders placed          ${result.requests.total - errors - outOfStock}`);
  console.log(`  latency p50 / p90 / p99 ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms`);
  console.log(`  errors                 ${errors} (network ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`);
  console.log(`  out of stock answers   ${outOfStock}`);
  const placed = Math.max(1, result.requests.total - errors - outOfStock);
  console.log('  per process             peak RSS   CPU ms per order');
  for (const [name, rss] of Object.entries(peaks)) {
    console.log(`    ${name.padEnd(24)} ${rss.padStart(7)}   ${((cpuUsed.get(name) ?? 0) / placed).toFixed(1)}`);
  }

  // A large feed from an ERP: FEED_LINES absolute counts, one per (SKU, location) pair, over an
  // item master large enough that every line is distinct. BENCH_FEED_LINES=0 skips it.
  if (FEED_LINES > 0) await benchFeed();
} finally {
  await system.cleanup();
}

async function benchFeed(): Promise<void> {
  const { locations } = await graphql<{ locations: { id: string; code: string; type: string }[] }>(url, '{ locations { id code type } }');
  const skusNeeded = Math.ceil(FEED_LINES / locations.length);
  const benchSkus = Array.from({ length: skusNeeded }, (_, index) => `BENCH-SKU-${String(index).padStart(6, '0')}`);
  for (let start = 0; start < benchSkus.length; start += 10_000) {
    await graphql(
      url,
      `mutation($input: [SkuInput!]!) { importSkus(input: $input) { created } }`,
      { input: benchSkus.slice(start, start + 10_000).map((code) => ({ code, name: `Benchmark item ${code}` })) },
      { authorization: `Bearer ${admin}` },
    );
  }
  const lines = benchSkus.flatMap((sku, index) => locations.map((location) => ({ sku, location: location.code, quantity: 100 + (index % 50) }))).slice(0, FEED_LINES);
  const started = performance.now();
  const report = await graphql<{ importInventoryFeed: { appliedLines: number; rejectedLines: { reason: string }[] } }>(
    url,
    `mutation($input: InventoryFeedInput!) { importInventoryFeed(input: $input) { appliedLines rejectedLines { reason } } }`,
    { input: { feedId: `bench-feed-${randomUUID()}`, source: 'BENCH-ERP', mode: 'SNAPSHOT', lines } },
    { authorization: `Bearer ${admin}` },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nbench:feed (importInventoryFeed through the gateway, SNAPSHOT, ${lines.length} distinct SKU×location lines)`);
  console.log(`  time                   ${seconds.toFixed(2)} s (${(lines.length / seconds).toFixed(0)} lines/s)`);
  console.log(`  applied / rejected     ${report.importInventoryFeed.appliedLines} / ${report.importInventoryFeed.rejectedLines.length}`);
}
