// pnpm bench:admission — what admission costs the gateway and what abuse does to a normal client.
// 1. In-process: the gateway CPU ms to admit the most expensive document the limits admit, and to
//    refuse the most expensive ones they refuse (each the median of 20 runs, a new text each time so
//    no cache helps). 2. Real processes: a normal client's p50/p99 alone, then while anonymous abuse
//    (over-limit documents, fragment fan-outs, 100,000-element lists, forged tokens) runs beside it.
//    Prints figures; asserts nothing. About a minute.
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { createLogger, signJwt } from '@oms/platform';
import { DirectiveAuthorization } from '../gateway/src/admission/authorization.ts';
import { CostCalculator, readCostDeclarations } from '../gateway/src/admission/cost.ts';
import { AdmissionPipeline, type AdmissionRequest } from '../gateway/src/admission/pipeline.ts';
import { Quotas } from '../gateway/src/admission/quota.ts';
import { loadGatewayConfig } from '../gateway/src/config.ts';
import { readAccessRequirements, supergraphForExecution } from '../gateway/src/security/directives.ts';
import { PersistedOperations } from '../gateway/src/security/persisted-operations.ts';
import { SubscriptionPlanner } from '../gateway/src/subscriptions/planner.ts';
import { BENCH_JWT_SECRET, launchBenchSystem, machine } from './support.ts';

const SECONDS = Number(process.env['BENCH_ADMISSION_SECONDS'] ?? 12);
const ABUSE_NICE = process.env['BENCH_ABUSE_NICE'] === '1';
const ABUSERS = Number(process.env['BENCH_ABUSERS'] ?? 4);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

if (process.env['BENCH_ABUSE_TARGET']) await abuse(process.env['BENCH_ABUSE_TARGET']);

/** The abuse process: ABUSERS concurrent clients sending refused documents until told to stop. */
async function abuse(target: string): Promise<never> {
  const many = process.env['BENCH_ABUSE_MANY'] === '1';
  const forged = process.env['BENCH_ABUSE_FORGED'] ?? '';
  let running = true;
  process.on('message', () => void (running = false));
  const codes: Record<string, number> = {};
  let requests = 0;
  // The megabyte list is encoded once and copied into each body: the bytes sent are the same, but
  // generating them costs a memcpy rather than a string concatenation and its UTF-8 encoding, CPU
  // that a real flood spends on other machines and that here would be taken from the system measured.
  const bigList = Buffer.from(JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `SKU-${i}`)));
  const kinds: ((salt: number) => string | Buffer)[] = [
    (salt) => JSON.stringify({ query: `# ${salt}\n{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F40 on Query { locations { code } }` }),
    (salt) => JSON.stringify({ query: `# ${salt}\n{ locations { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Location { stock { location { ...F${i + 1} ...F${i + 1} } } }`).join(' ')} fragment F30 on Location { code }` }),
    (salt) => Buffer.concat([Buffer.from(`{"query":${JSON.stringify(`# ${salt}\nquery($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }`)},"variables":{"skus":`), bigList, Buffer.from('}}')]),
    (salt) => JSON.stringify({ query: `# ${salt}\n{ locations { ${Array.from({ length: 2_900 }, (_, i) => `f${i}`).join(' ')} } }` }),
  ];
  const started = performance.now();
  process.send?.('ready');
  await Promise.all(
    Array.from({ length: ABUSERS }, async (_, seed) => {
      let salt = seed * 1_000_000;
      while (running) {
        salt++;
        const address = many ? `10.${(salt >> 16) & 255}.${(salt >> 8) & 255}.${salt & 255}` : '10.6.6.6';
        const headers = { 'content-type': 'application/json', 'x-forwarded-for': address, ...(salt % 5 === 0 ? { authorization: forged } : {}) };
        let code: string;
        try {
          const response = await fetch(target, { method: 'POST', headers, body: kinds[salt % kinds.length]!(salt) });
          const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
          code = json.errors?.[0]?.extensions?.code ?? String(response.status);
        } catch {
          code = 'CONNECTION_FAILED';
        }
        codes[code] = (codes[code] ?? 0) + 1;
        requests++;
      }
    }),
  );
  process.send?.({ requests, seconds: (performance.now() - started) / 1000, codes });
  process.exit(0);
}

// --- 1. gateway CPU per document, in process ---------------------------------------------------
const config = loadGatewayConfig({ NODE_ENV: 'production', INTERNAL_SECRET: 'x'.repeat(32), JWT_SECRET: 'y'.repeat(32) });
const supergraph = readFileSync(config.supergraphPath, 'utf8');
const planner = new SubscriptionPlanner(supergraphForExecution(supergraph));
const quotas = await Quotas.open(
  { kind: 'memory' },
  { partner: { points: 1e12, perSecond: 1e12 }, user: { points: 1e12, perSecond: 1e12 }, anonymous: { points: 1e12, perSecond: 1e12 }, anonymousRequests: { points: 1e12, perSecond: 1e12 } },
  createLogger('bench', 'warn'),
);
const pipeline = new AdmissionPipeline({
  schema: planner.apiGraphQLSchema,
  production: true,
  limits: { ...config.limits, listItemCaps: {} },
  authorization: new DirectiveAuthorization(planner.apiGraphQLSchema, readAccessRequirements(supergraph)),
  cost: new CostCalculator(planner.apiGraphQLSchema, readCostDeclarations(supergraph), { maxCost: config.limits.maxCost, defaultListSize: config.limits.defaultListSize, mutationWeight: 10 }),
  quotas,
  persisted: new PersistedOperations(undefined),
});
const admin = { principal: { kind: 'staff' as const, staffId: 'bench', roles: ['ADMIN' as const], scopes: ['orders:read', 'customers:read', 'inventory:read', 'fulfillment:read', 'admin'] } };

const fields = 'id code name type active latitude longitude dailyOrderCapacity defaultSafetyStock channels';
const DOCUMENTS: Record<string, (salt: number) => Pick<AdmissionRequest, 'query' | 'variables'>> = {
  // Admitted: 30 aliases (the limit), 14 levels deep, ~2,900 tokens, a cost well under the limit.
  'admitted: 30 aliases, depth 14, ~2,900 tokens': (salt) => ({
    query: `# ${salt}\n{ ${Array.from({ length: 29 }, (_, i) => `l${i}: locations { ${fields} address { city country } }`).join(' ')} deep: order(id: "x") { ${'customer { orders(first: 1) { edges { node { '.repeat(3)}number${' } } } }'.repeat(3)} } }`,
    variables: {},
  }),
  'refused: fragment fan-out of 2^40 fields (cost)': (salt) => ({
    query: `# ${salt}\n{ ...F0 } ${Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F40 on Query { locations { code } }`,
    variables: {},
  }),
  'refused: 30 nested fragments, each spread twice (depth)': (salt) => ({
    query: `# ${salt}\n{ locations { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Location { stock { location { ...F${i + 1} ...F${i + 1} } } }`).join(' ')} fragment F30 on Location { code }`,
    variables: {},
  }),
  'refused: 100,000-element list variable': (salt) => ({
    query: `# ${salt}\nquery($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }`,
    variables: { skus: Array.from({ length: 100_000 }, (_, i) => `SKU-${i}`) },
  }),
  'refused: 2,900 tokens of unknown fields (10 validation errors)': (salt) => ({
    query: `# ${salt}\n{ locations { ${Array.from({ length: 2_900 }, (_, i) => `f${i}`).join(' ')} } }`,
    variables: {},
  }),
};

const cpu: Record<string, { ms: number; outcome: string }> = {};
for (const [name, document] of Object.entries(DOCUMENTS)) {
  const samples: number[] = [];
  let outcome = '';
  for (let run = 0; run < 20; run++) {
    const { query, variables } = document(run);
    const started = process.cpuUsage();
    const result = await pipeline.admit({ query, variables, operationName: undefined, clientIp: '10.0.0.1', credentials: true, identify: () => Promise.resolve(admin) });
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
    outcome = result.ok ? `admitted, cost ${result.cost.requested}` : `${String(result.errors[0]?.extensions['code'])}`;
  }
  cpu[name] = { ms: median(samples), outcome };
}
await quotas.close();

console.log(`machine: ${machine()}`);
console.log('\ngateway CPU per document (in process, median of 20, new text each time):');
for (const [name, { ms, outcome }] of Object.entries(cpu)) console.log(`  ${name.padEnd(64)} ${ms.toFixed(2).padStart(7)} ms  → ${outcome}`);

// --- 2. a normal client alone and under abuse, real processes ---------------------------------
// TRUST_PROXY lets the abusers claim many addresses (X-Forwarded-For), as a botnet would.
const system = await launchBenchSystem({ TRUST_PROXY: 'true' });
const now = Math.floor(Date.now() / 1000);
const customer = signJwt({ sub: 'bench-customer', kind: 'customer', iat: now, exp: now + 3600 }, BENCH_JWT_SECRET);
const normal = JSON.stringify({ query: '{ sku(code: "CAP-BASE-NVY") { code name stock { location { code } availableToSell } } }' });

/** One request at a time for `seconds`; latencies sorted. */
async function normalClient(seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${customer}`, 'x-forwarded-for': '10.9.9.9' },
      body: normal,
    });
    await response.text();
    if (response.status !== 200) throw new Error(`normal client refused: HTTP ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

/** The abuse runs in another process, so its own work never delays the normal client's event loop. */
function underAbuse(label: string, seconds: number, manyAddresses: boolean): Promise<number[]> {
  const child = fork(import.meta.filename, [], {
    env: { ...process.env, BENCH_ABUSE_TARGET: system.gatewayUrl, BENCH_ABUSE_MANY: manyAddresses ? '1' : '0', BENCH_ABUSE_FORGED: `Bearer ${customer.slice(0, -4)}abcd` },
  });
  // BENCH_ABUSE_NICE=1: the abuse generator at the lowest priority, so the figures show less of its own
  // CPU on the shared cores (an attacker's CPU is not the server's); off by default.
  if (ABUSE_NICE && child.pid) setPriority(child.pid, 19);
  return (async () => {
    await new Promise<void>((resolve) => child.once('message', () => resolve())); // ready
    const report = new Promise<{ requests: number; seconds: number; codes: Record<string, number> }>((resolve) => child.once('message', (message) => resolve(message as never)));
    const latencies = await normalClient(seconds);
    child.send('stop');
    const { requests, seconds: elapsed, codes } = await report;
    console.log(
      `  ${label.padEnd(34)} p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (${latencies.length} requests); ` +
        `abuse: ${requests} requests (${(requests / elapsed).toFixed(0)}/s): ${Object.entries(codes).map(([code, count]) => `${code} ${count}`).join(', ')}`,
    );
    return latencies;
  })();
}

try {
  await normalClient(2); // warm-up
  console.log(
    `\nnormal client (a customer, one request at a time, ${SECONDS} s each); abuse: ${ABUSERS} concurrent anonymous clients sending refused documents (1 in 5 with a forged token)` +
      `${ABUSE_NICE ? ', the abuse generator at the lowest priority (BENCH_ABUSE_NICE)' : ''}:`,
  );
  const idle = await normalClient(SECONDS);
  console.log(`  ${'idle'.padEnd(34)} p50 ${percentile(idle, 50).toFixed(1)} ms, p99 ${percentile(idle, 99).toFixed(1)} ms (${idle.length} requests)`);
  const oneAddress = await underAbuse('abuse from one address', SECONDS, false);
  const manyAddresses = await underAbuse('abuse from many addresses', SECONDS, true);
  console.log(`  p99 under abuse / idle p99: ${(percentile(oneAddress, 99) / percentile(idle, 99)).toFixed(2)} (one address), ${(percentile(manyAddresses, 99) / percentile(idle, 99)).toFixed(2)} (many)`);
} finally {
  await system.cleanup();
}
