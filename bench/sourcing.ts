// pnpm bench:sourcing — the sourcing engine's latency and the dry run's throughput. Prints what it
// measured on this machine; asserts nothing.
//  1. Pure evaluation: orders of 10 lines over 200 in-memory locations, planned by the same rule
//     engine allocation uses (filters, rankers, split policy, order-level rankers, rate table).
//  2. End to end: the internal allocateOrderStock call of order capture on the real inventory
//     service (snapshot, rules in force, holds, decision trace, commit) over 200 locations.
//  3. Dry run: simulateSourcing through the gateway over 10,000 recorded decisions.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ServiceClient, signJwt } from '@oms/platform';
import { buildShippingRateTable } from '../subgraphs/inventory/src/domain/shipping-rates.ts';
import { parseSourcingRules, type SourcingRuleInput, type SourcingRules } from '../subgraphs/inventory/src/domain/sourcing-rules.ts';
import { planOrder, type ReplayOrder } from '../subgraphs/inventory/src/domain/sourcing-simulation.ts';
import type { SnapshotLevel } from '../subgraphs/inventory/src/domain/sourcing-snapshot.ts';
import type { LocationProfile } from '../subgraphs/inventory/src/domain/sourcing.ts';
import { BENCH_INTERNAL_SECRET, BENCH_JWT_SECRET, graphql, launchBenchSystem, machine } from './support.ts';

const LOCATIONS = Number(process.env['BENCH_LOCATIONS'] ?? 200);
const LINES = Number(process.env['BENCH_LINES'] ?? 10);
const PURE_ORDERS = Number(process.env['BENCH_PURE_ORDERS'] ?? 2_000);
const E2E_ORDERS = Number(process.env['BENCH_E2E_ORDERS'] ?? 300);
const DRY_RUN_ORDERS = Number(process.env['BENCH_DRY_RUN_ORDERS'] ?? 10_000);
/** Candidates kept per line in the seeded decision traces (real traces list every location holding the SKU). */
const TRACE_CANDIDATES = Number(process.env['BENCH_TRACE_CANDIDATES'] ?? 50);
const SKUS = 40;
/** Which parts to run (e.g. `BENCH_PARTS=pure` while profiling the rule engine). */
const PARTS = new Set((process.env['BENCH_PARTS'] ?? 'pure,e2e,dryrun').split(','));

// A small deterministic generator, so runs compare.
let seed = 20261122;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + random() * (high - low);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((total, value) => total + value, 0) / sorted.length;
  return `p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms, mean ${mean.toFixed(3)} ms, max ${sorted.at(-1)!.toFixed(3)} ms (n=${sorted.length})`;
}

// ---------------------------------------------------------------------------------------------
// The network: warehouses, ship-from-store stores, a few Belgian locations; stock for 40 SKUs.
interface BenchLocation extends LocationProfile {
  name: string;
  country: string;
  dailyOrderCapacity: number | null;
}
const locations: BenchLocation[] = Array.from({ length: LOCATIONS }, (_, index) => {
  const belgian = index % 20 === 19;
  const warehouse = index % 10 === 0;
  return {
    id: randomUUID(),
    code: `BENCH-${warehouse ? 'WH' : 'ST'}-${String(index).padStart(3, '0')}`,
    name: `Bench ${warehouse ? 'warehouse' : 'store'} ${index}`,
    type: warehouse ? 'WAREHOUSE' : 'STORE',
    active: true,
    ships: warehouse,
    pickup: !warehouse,
    shipFromStore: !warehouse,
    channels: ['WEB', 'MOBILE'],
    latitude: belgian ? between(50.4, 51.2) : between(43.3, 50.6),
    longitude: belgian ? between(3.5, 5.5) : between(-1.2, 7.2),
    country: belgian ? 'BE' : 'FR',
    dailyOrderCapacity: warehouse ? null : 500,
  };
});
const skuCodes = Array.from({ length: SKUS }, (_, index) => `BENCH-SKU-${String(index).padStart(2, '0')}`);
const weights = new Map(skuCodes.map((code) => [code, Math.round(between(150, 2500))]));
/** Stock per SKU and location: about 60% of the locations hold each SKU. */
const stock = new Map(skuCodes.map((code) => [code, new Map(locations.filter(() => random() < 0.6).map((location) => [location.id, Math.floor(between(1, 40))]))]));

const RATES = {
  currency: 'EUR',
  zones: [
    { originCountry: 'FR', destination: 'FR', zone: 'FR-MAINLAND' },
    { originCountry: 'FR', destination: 'FR-20R', zone: 'FR-CORSICA' },
    { originCountry: 'FR', destination: '*', zone: 'WORLD' },
    { originCountry: 'BE', destination: 'BE', zone: 'BE-DOMESTIC' },
    { originCountry: 'BE', destination: 'FR', zone: 'BE-FR' },
  ],
  rates: ['FR-MAINLAND', 'FR-CORSICA', 'WORLD', 'BE-DOMESTIC', 'BE-FR'].flatMap((zone, zoneIndex) =>
    [500, 1000, 2000, 5000, 10000, 30000].map((maxWeightGrams, band) => ({ zone, maxWeightGrams, amount: 400 + zoneIndex * 300 + band * 250 })),
  ),
};
const table = buildShippingRateTable(RATES);

const RULE_SETS: Record<string, { rules: SourcingRuleInput[]; splitPolicy: { kind: string; maxShipments?: number } }> = {
  'default (nearest, split)': { rules: [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }, { kind: 'NEAREST' }], splitPolicy: { kind: 'ALLOW_SPLIT' } },
  'stores first, capacity, 600 km, max 3 parcels': {
    rules: [
      { kind: 'SERVES_CHANNEL' },
      { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] },
      { kind: 'UNDER_DAILY_CAPACITY' },
      { kind: 'WITHIN_KM', km: 600 },
      { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] },
      { kind: 'NEAREST' },
    ],
    splitPolicy: { kind: 'MAX_SHIPMENTS', maxShipments: 3 },
  },
  'France only, fewest parcels, cheapest, nearest': {
    rules: [
      { kind: 'SERVES_CHANNEL' },
      { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] },
      { kind: 'COUNTRY_IN', countries: ['FR'] },
      { kind: 'FEWEST_SHIPMENTS' },
      { kind: 'LOWEST_SHIPPING_COST' },
      { kind: 'NEAREST' },
    ],
    splitPolicy: { kind: 'ALLOW_SPLIT' },
  },
  'cheapest, ship complete': {
    rules: [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }, { kind: 'LOWEST_SHIPPING_COST' }, { kind: 'NEAREST' }],
    splitPolicy: { kind: 'SHIP_COMPLETE' },
  },
};

const DESTINATIONS = [
  { city: 'Paris', postalCode: '75011', region: 'IDF', latitude: 48.858, longitude: 2.38 },
  { city: 'Lyon', postalCode: '69003', region: 'ARA', latitude: 45.76, longitude: 4.86 },
  { city: 'Marseille', postalCode: '13006', region: 'PAC', latitude: 43.29, longitude: 5.38 },
  { city: 'Lille', postalCode: '59000', region: 'HDF', latitude: 50.63, longitude: 3.06 },
  { city: 'Bordeaux', postalCode: '33000', region: 'NAQ', latitude: 44.84, longitude: -0.58 },
  { city: 'Ajaccio', postalCode: '20000', region: '20R', latitude: 41.92, longitude: 8.74 },
] as const;

function orderLines(count: number): { lineId: string; sku: string; quantity: number }[] {
  const skus = new Set<string>();
  while (skus.size < count) skus.add(pick(skuCodes));
  return [...skus].map((sku) => ({ lineId: randomUUID(), sku, quantity: 1 + Math.floor(random() * 2) }));
}

// ---------------------------------------------------------------------------------------------
console.log(`# bench:sourcing on ${machine()}`);
console.log(`network: ${LOCATIONS} locations (${locations.filter((location) => location.type === 'WAREHOUSE').length} warehouses, ${locations.filter((location) => location.country === 'BE').length} in BE), ${SKUS} SKUs, ~60% of locations hold each SKU`);

console.log(`\n## 1. Pure evaluation: ${PURE_ORDERS} orders of ${LINES} lines (rule engine on in-memory candidates)`);
const levels = new Map(
  skuCodes.map((sku): [string, SnapshotLevel[]] => [
    sku,
    locations.flatMap((location) => {
      const onHand = stock.get(sku)!.get(location.id);
      return onHand === undefined ? [] : [{ location, onHand, reserved: 0, safetyStock: 0, available: onHand }];
    }),
  ]),
);
const levelsOf = (sku: string) => levels.get(sku) ?? [];
const load = new Map(locations.map((location) => [location.id, { ordersToday: Math.floor(random() * 600), capacity: location.dailyOrderCapacity }]));
const shipping = { table, unitWeightOf: (sku: string) => weights.get(sku) ?? null };
const pureOrders: ReplayOrder[] = Array.from({ length: PURE_ORDERS }, (_, index) => {
  const destination = pick(DESTINATIONS);
  return {
    orderId: `O${index}`,
    channel: 'WEB',
    method: 'SHIP',
    pickupLocationId: null,
    point: { latitude: destination.latitude, longitude: destination.longitude },
    lines: orderLines(LINES),
    destination: { country: 'FR', subdivision: `FR-${destination.region}` },
  };
});
for (const [name, input] of Object.entries(RULE_SETS)) {
  const rules: SourcingRules = parseSourcingRules(input.rules, input.splitPolicy);
  for (const order of pureOrders.slice(0, 200)) await planOrder(rules, order, levelsOf, load, shipping); // warm-up
  const samples: number[] = [];
  let parcels = 0;
  let unsourced = 0;
  for (const order of pureOrders) {
    const started = performance.now();
    const plan = await planOrder(rules, order, levelsOf, load, shipping);
    samples.push(performance.now() - started);
    parcels += plan.parcels?.length ?? 0;
    unsourced += plan.lines.filter((line) => line.missing > 0).length;
  }
  console.log(`${name.padEnd(48)} ${summary(samples)}; ${(parcels / pureOrders.length).toFixed(2)} parcels/order, ${unsourced} lines unsourced`);
}

// ---------------------------------------------------------------------------------------------
if (!PARTS.has('e2e') && !PARTS.has('dryrun')) process.exit(0);
const system = await launchBenchSystem();
const url = system.gatewayUrl;
const now = Math.floor(Date.now() / 1000);
const admin = { authorization: `Bearer ${signJwt({ sub: 'bench-admin', kind: 'staff', roles: ['ADMIN'], iat: now, exp: now + 7200 }, BENCH_JWT_SECRET)}` };
const db = new pg.Client({ connectionString: system.database?.url ?? process.env['DATABASE_URL'] });
await db.connect();
try {
  // The same network in the database: locations as an ERP import would write them, items and stock through the API.
  for (const location of locations) {
    await db.query(
      `insert into inventory.location (id, code, name, type, line1, city, postal_code, region, country, latitude, longitude, active, ships, pickup, ship_from_store, channels, daily_order_capacity, default_safety_stock, created_at)
       values ($1, $2, $3, $4, '1 rue du Banc', 'Bench', '00000', null, $5, $6, $7, true, $8, $9, $10, $11, $12, 0, now())`,
      [location.id, location.code, location.name, location.type, location.country, location.latitude, location.longitude, location.ships, location.pickup, location.shipFromStore, location.channels, location.dailyOrderCapacity],
    );
  }
  await graphql(url, `mutation($input: [SkuInput!]!) { importSkus(input: $input) { created } }`, { input: skuCodes.map((code) => ({ code, name: code, weightGrams: weights.get(code) })) }, admin);
  const feedLines = skuCodes.flatMap((sku) => [...stock.get(sku)!].map(([locationId]) => ({ sku, location: locations.find((location) => location.id === locationId)!.code, quantity: 100_000 })));
  await graphql(url, `mutation($input: InventoryFeedInput!) { importInventoryFeed(input: $input) { appliedLines } }`, { input: { feedId: `bench-${randomUUID()}`, source: 'BENCH', mode: 'DELTA', lines: feedLines } }, admin);
  await graphql(url, `mutation($input: ShippingRatesInput!) { setShippingRates(input: $input) { currency } }`, { input: RATES }, admin);
  const inForce = RULE_SETS['France only, fewest parcels, cheapest, nearest']!;
  await graphql(url, `mutation($input: PublishSourcingRuleSetInput!) { publishSourcingRuleSet(input: $input) { version } }`, { input: { name: 'Bench: France only, fewest parcels, cheapest', scope: {}, ...inForce } }, admin);

  console.log(`\n## 2. End to end: ${E2E_ORDERS} internal allocateOrderStock calls of ${LINES} lines (HTTP to the inventory service, one transaction each)`);
  const inventory = new ServiceClient({ service: 'orders', callee: 'inventory', url: system.inventoryUrl, secret: BENCH_INTERNAL_SECRET });
  const ALLOCATE = `mutation($input: AllocateOrderStockInput!) { allocateOrderStock(input: $input) { __typename ... on StockAllocated { allocations { id } } } }`;
  const allocate = async () => {
    const destination = pick(DESTINATIONS);
    const started = performance.now();
    const result = await inventory.request<{ allocateOrderStock: { __typename: string } }>(ALLOCATE, {
      input: {
        orderId: randomUUID(),
        channel: 'WEB',
        delivery: { method: 'SHIP', country: 'FR', region: destination.region, postalCode: destination.postalCode, latitude: destination.latitude, longitude: destination.longitude },
        lines: orderLines(LINES),
      },
    });
    if (result.allocateOrderStock.__typename !== 'StockAllocated') throw new Error('bench allocation fell short');
    return performance.now() - started;
  };
  for (let index = 0; index < 30; index += 1) await allocate(); // warm-up
  const e2e: number[] = [];
  for (let index = 0; index < E2E_ORDERS; index += 1) e2e.push(await allocate());
  console.log(`allocateOrderStock (10 lines, 200 locations)             ${summary(e2e)}`);

  console.log(`\n## 3. Dry run: simulateSourcing over ${DRY_RUN_ORDERS} past orders (decisions with ${TRACE_CANDIDATES} candidates per line)`);
  const byCode = new Map(locations.map((location) => [location.id, location]));
  const rows: unknown[][] = [];
  for (let index = 0; index < DRY_RUN_ORDERS; index += 1) {
    const destination = pick(DESTINATIONS);
    const lines = orderLines(1 + Math.floor(random() * 5)).map((line) => {
      const holders = [...stock.get(line.sku)!.keys()];
      return {
        ...line,
        chosen: [{ locationId: holders[0], quantity: line.quantity }],
        candidates: holders.slice(0, TRACE_CANDIDATES).map((locationId, rank) => ({
          locationId,
          distanceKm: Math.round(between(1, 900) * 10) / 10,
          availableToSell: stock.get(line.sku)!.get(locationId),
          eliminatedBy: byCode.get(locationId)!.country === 'FR' ? null : 'COUNTRY_IN(FR)',
          rank: rank + 1,
          score: [-1, 900, Math.round(between(1, 900) * 10) / 10],
        })),
      };
    });
    rows.push([randomUUID(), JSON.stringify(lines), new Date(Date.now() - (DRY_RUN_ORDERS - index) * 1000), destination.latitude, destination.longitude, `FR-${destination.region}`]);
  }
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    await db.query(
      `insert into inventory.sourcing_decision (order_id, rule_set_id, rule_set_name, rule_set_version, split_policy, from_reservation, lines, created_at, channel, delivery_method, delivery_country, delivery_region, delivery_latitude, delivery_longitude, notes)
       select id, '00000000-0000-4000-8000-000000000001', 'Default', 1, '{"kind":"ALLOW_SPLIT"}', false, lines, created_at, 'WEB', 'SHIP', 'FR', region, latitude, longitude, '[]'
       from unnest($1::uuid[], $2::jsonb[], $3::timestamptz[], $4::float8[], $5::float8[], $6::text[]) as t(id, lines, created_at, latitude, longitude, region)`,
      [0, 1, 2, 3, 4, 5].map((column) => batch.map((row) => row[column])),
    );
  }
  await db.query('analyze inventory.sourcing_decision');
  const candidate = RULE_SETS['stores first, capacity, 600 km, max 3 parcels']!;
  const SIMULATE = `query($input: SimulateSourcingInput!) { simulateSourcing(input: $input) {
    inForce { ordersEvaluated shipmentsPerOrder averageDistanceKm storeShare unsourcedLineCount estimatedShippingCost { amount } averageShippingCostPerOrder { amount } unratedParcelCount }
    candidate { ordersEvaluated shipmentsPerOrder averageDistanceKm storeShare unsourcedLineCount estimatedShippingCost { amount } averageShippingCostPerOrder { amount } unratedParcelCount }
    differenceCount skippedCount } }`;
  for (const run of ['first', 'second']) {
    const started = performance.now();
    const result = await graphql<{ simulateSourcing: { inForce: Record<string, unknown>; candidate: Record<string, unknown>; differenceCount: number } }>(
      url,
      SIMULATE,
      { input: { ...candidate, scope: {}, lastOrders: DRY_RUN_ORDERS } },
      admin,
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`dry run (${run} run)                                        ${seconds.toFixed(2)} s; ${result.simulateSourcing.differenceCount} orders sourced differently`);
    if (run === 'first') {
      console.log(`  in force:  ${JSON.stringify(result.simulateSourcing.inForce)}`);
      console.log(`  candidate: ${JSON.stringify(result.simulateSourcing.candidate)}`);
    }
  }
} finally {
  await db.end();
  await system.cleanup();
}
