// pnpm bench:admission — what admission costs the gateway and what abuse does to a normal client.
// 1. In-process: the gateway CPU ms to admit the most expensive document the limits admit, and to
//    refuse the most expensive ones they refuse (each the median of 20 runs, a new text each time so
//    no cache helps). 2. Real processes: a normal client's p50/p99 alone, then while anonymous abuse
//    (over-limit documents, fragment fan-outs, 100,000-element lists, forged tokens) runs beside it.
//    Prints figures; asserts nothing. About a minute.
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

const REQUESTS = Number(process.env['BENCH_ADMISSION_REQUESTS'] ?? 400);
const ABUSERS = Number(process.env['BENCH_ABUSERS'] ?? 8);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

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
  // Admitted: 30 aliases (the limit), 14 levels deep, ~2,900 tokens, a cost just under the limit.
  'admitted: 30 aliases, depth 14, ~2,900 tokens': (salt) => ({
    query: `# ${salt}\n{ ${Array.from({ length: 29 }, (_, i) => `l${i}: locations { ${fields} address { city country } }`).join(' ')} deep: location(id: "x") { stock { location { stock { location { stock { location { stock { location { stock { location { stock { location { code } } } } } } } } } } } } } }`,
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
    const result = await pipeline.admit({ query, variables, operationName: undefined, clientIp: '10.0.0.1', identify: () => Promise.resolve(admin) });
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / 1000);
    outcome = result.ok ? `admitted, cost ${result.cost.requested}` : `${String(result.errors[0]?.extensions['code'])}`;
  }
  cpu[name] = { ms: median(samples), outcome };
}
await quotas.close();

// --- 2. a normal client alone and under abuse, real processes ---------------------------------
const system = await launchBenchSystem({ ANONYMOUS_BURST: '1000000', ANONYMOUS_REQUESTS_PER_SECOND: '1000000' });
const now = Math.floor(Date.now() / 1000);
const customer = signJwt({ sub: 'bench-customer', kind: 'customer', iat: now, exp: now + 3600 }, BENCH_JWT_SECRET);
const normal = JSON.stringify({ query: '{ sku(code: "CAP-BASE-NVY") { code name stock { location { code } availableToSell } } }' });

async function normalClient(requests: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < requests; index++) {
    const started = performance.now();
    const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${customer}` }, body: normal });
    await response.text();
    if (response.status !== 200) throw new Error(`normal client refused: HTTP ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

let abusing = false;
let abusive = 0;
const abuseCodes = new Map<string, number>();
async function abuser(seed: number): Promise<void> {
  const kinds = Object.keys(DOCUMENTS).filter((name) => name.startsWith('refused'));
  let salt = seed * 1_000_000;
  while (abusing) {
    const kind = kinds[salt % kinds.length]!;
    const body = DOCUMENTS[kind]!(salt++);
    const forged = salt % 5 === 0 ? { authorization: `Bearer ${customer.slice(0, -4)}abcd` } : {};
    const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body: JSON.stringify(body) });
    const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = json.errors?.[0]?.extensions?.code ?? String(response.status);
    abuseCodes.set(code, (abuseCodes.get(code) ?? 0) + 1);
    abusive++;
  }
}

try {
  await normalClient(50); // warm-up
  const idle = await normalClient(REQUESTS);
  abusing = true;
  const started = performance.now();
  const abusers = Array.from({ length: ABUSERS }, (_, index) => abuser(index));
  const loaded = await normalClient(REQUESTS);
  const seconds = (performance.now() - started) / 1000;
  abusing = false;
  await Promise.all(abusers);

  console.log(`machine: ${machine()}`);
  console.log('\ngateway CPU per document (in process, median of 20, new text each time):');
  for (const [name, { ms, outcome }] of Object.entries(cpu)) console.log(`  ${name.padEnd(64)} ${ms.toFixed(2).padStart(7)} ms  → ${outcome}`);
  console.log(`\nnormal client (customer, one request at a time, ${REQUESTS} requests):`);
  console.log(`  idle:        p50 ${percentile(idle, 50).toFixed(1)} ms, p99 ${percentile(idle, 99).toFixed(1)} ms`);
  console.log(`  under abuse: p50 ${percentile(loaded, 50).toFixed(1)} ms, p99 ${percentile(loaded, 99).toFixed(1)} ms`);
  console.log(`  abuse: ${ABUSERS} anonymous clients, ${abusive} refused requests in ${seconds.toFixed(1)} s (${(abusive / seconds).toFixed(0)}/s): ${[...abuseCodes].map(([code, count]) => `${code} ${count}`).join(', ')}`);
  console.log(`  p99 under abuse / idle p99: ${(percentile(loaded, 99) / percentile(idle, 99)).toFixed(2)}`);
} finally {
  await system.cleanup();
}
