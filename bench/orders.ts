// pnpm bench:orders — places orders through the gateway on demo data and prints orders/s,
// latency percentiles, errors, the peak RSS and CPU of every process, SQL statements and calls
// between services per order; then the bare order transaction against the same PostgreSQL (the
// ceiling) and, unless BENCH_FEED_LINES=0, times a 100,000-line inventory feed; the last line is
// the ratio of order capture to the ceiling. Prints what it measured on this machine; asserts nothing.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { signJwt } from '@oms/platform';
import { bareOrderTransactions } from './bare-order.ts';
import { resetStatementStats, STATEMENT_KINDS, statementsByService, totalStatements } from './statements.ts';
import { BENCH_JWT_SECRET, graphql, launchBenchSystem, machine, measureCpu, postmasterPid, sampleMemory } from './support.ts';

const DURATION = Number(process.env['BENCH_DURATION'] ?? 20);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const FEED_LINES = Number(process.env['BENCH_FEED_LINES'] ?? 100_000);
const BARE_SECONDS = Number(process.env['BENCH_BARE_SECONDS'] ?? 10);
/** The most executed statements of each service to print (0: none). */
const TOP_STATEMENTS = Number(process.env['BENCH_TOP_STATEMENTS'] ?? 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  // What the system does with nothing to do (workers, polling), to read the figures below against.
  let idlePerSecond: number | undefined;
  if (system.statementStats) {
    await sleep(2_000);
    await resetStatementStats(system.databaseUrl);
    await sleep(5_000);
    idlePerSecond = (await totalStatements(system.databaseUrl)) / 5;
  }
  console.log(`warm-up 3 s…`);
  await run(3);
  // The warm-up's last orders finish their saga first: the statements and calls counted are the run's.
  if (idlePerSecond !== undefined) await untilIdle(idlePerSecond);
  graphqlErrors = 0;
  outOfStock = 0;
  const memory = sampleMemory(system.services, postmasterPid(system.dataDir));
  const cpu = measureCpu(system.services, postmasterPid(system.dataDir));
  if (system.statementStats) await resetStatementStats(system.databaseUrl);
  const callsBefore = await system.callsMade();
  const ordersBefore = await ordersCreated(system.databaseUrl);
  console.log(`placing orders for ${DURATION} s with ${CONNECTIONS} connections…`);
  const result = await run(DURATION);
  const cpuUsed = cpu.stop();
  const peaks = memory.stop();
  // The saga goes on after the last answer (relays, bus, consumers): counted until the system is idle again.
  const drainSeconds = idlePerSecond === undefined ? 0 : await untilIdle(idlePerSecond);
  const statements = system.statementStats ? await statementsByService(system.databaseUrl) : undefined;
  const callsAfter = await system.callsMade();
  // Statements and calls are counted per order created, answered or not (autocannon does not wait for the last answers).
  const created = Math.max(1, (await ordersCreated(system.databaseUrl)) - ordersBefore);

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

  const ordersPerSecond = result.requests.average * (placed / Math.max(1, result.requests.total));
  console.log(`  orders created          ${created} (answered or not when the run ended)`);
  if (statements) printStatements(statements, created, drainSeconds, idlePerSecond ?? 0);
  printCalls(callsBefore, callsAfter, created);

  console.log(`\nbare order transaction (${CONNECTIONS} clients, ${BARE_SECONDS} s, same PostgreSQL)…`);
  const bare = await bareOrderTransactions(system.databaseUrl, { clients: CONNECTIONS, seconds: BARE_SECONDS, skus: skuCodes.length });
  console.log(`  transactions/s         ${bare.perSecond.toFixed(0)} (${bare.total} committed, ${bare.failed} failed)`);

  // A large feed from an ERP: FEED_LINES absolute counts, one per (SKU, location) pair, over an
  // item master large enough that every line is distinct. BENCH_FEED_LINES=0 skips it.
  if (FEED_LINES > 0) await benchFeed();
  console.log(`\norders placed/s ${ordersPerSecond.toFixed(1)}, bare transactions/s ${bare.perSecond.toFixed(0)}`);
  console.log(`capture/ceiling ratio ${(ordersPerSecond / bare.perSecond).toFixed(3)}`);
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

async function ordersCreated(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from orders."order"');
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

/** Waits until the services' statements per second fall back to twice the idle rate (at most 60 s); the seconds waited. */
async function untilIdle(idlePerSecond: number): Promise<number> {
  const started = performance.now();
  let previous = await totalStatements(system.databaseUrl);
  for (let second = 0; second < 60; second++) {
    await sleep(1_000);
    const now = await totalStatements(system.databaseUrl);
    const rate = now - previous;
    previous = now;
    if (rate <= idlePerSecond * 2 + 5) break;
  }
  return (performance.now() - started) / 1000;
}

function printStatements(statements: Map<string, { total: number; byKind: Record<(typeof STATEMENT_KINDS)[number], number>; statements: { query: string; calls: number }[] }>, placed: number, drainSeconds: number, idlePerSecond: number): void {
  const perOrder = (count: number) => (count / placed).toFixed(1).padStart(6);
  console.log(`  SQL statements per order created (pg_stat_statements, the run and ${drainSeconds.toFixed(0)} s until idle; idle: ${idlePerSecond.toFixed(0)}/s in all)`);
  console.log(`    ${'service'.padEnd(12)} ${'total'.padStart(6)} ${STATEMENT_KINDS.map((kind) => kind.padStart(11)).join(' ')}`);
  const services = [...statements].sort(([a], [b]) => a.localeCompare(b));
  for (const [service, entry] of services) {
    console.log(`    ${service.padEnd(12)} ${perOrder(entry.total)} ${STATEMENT_KINDS.map((kind) => perOrder(entry.byKind[kind]).padStart(11)).join(' ')}`);
  }
  console.log(`    ${'all'.padEnd(12)} ${perOrder(services.reduce((sum, [, entry]) => sum + entry.total, 0))}`);
  if (TOP_STATEMENTS <= 0) return;
  for (const [service, entry] of services) {
    console.log(`  ${service}: most executed statements, per order created`);
    for (const { query, calls } of entry.statements.slice(0, TOP_STATEMENTS)) console.log(`    ${perOrder(calls)}  ${query.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
}

function printCalls(before: Record<string, Record<string, number>>, after: Record<string, Record<string, number>>, placed: number): void {
  console.log('  calls between services per order created (caller → callee)');
  let total = 0;
  for (const [caller, callees] of Object.entries(after).sort(([a], [b]) => a.localeCompare(b))) {
    for (const [callee, count] of Object.entries(callees).sort(([a], [b]) => a.localeCompare(b))) {
      const made = count - (before[caller]?.[callee] ?? 0);
      if (made === 0) continue;
      total += made;
      console.log(`    ${`${caller} → ${callee}`.padEnd(26)} ${(made / placed).toFixed(2)}`);
    }
  }
  console.log(`    ${'all'.padEnd(26)} ${(total / placed).toFixed(2)}`);
}
