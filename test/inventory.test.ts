import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, demoId, DEVELOPMENT_INTERNAL_SECRET, isDomainError, operationBinding, ServiceClient, signPrincipal } from '@oms/platform';
import { createInventoryContext } from '../subgraphs/inventory/src/context.ts';
import { importInventoryFeed, MAX_FEED_LINES } from '../subgraphs/inventory/src/domain/feed.service.ts';
import { sweepExpiredReservations } from '../subgraphs/inventory/src/domain/reservation.service.ts';
import { startReservationSweeper } from '../subgraphs/inventory/src/workers/reservation-sweeper.worker.ts';
import { ADMIN } from './support/auth.ts';
import {
  createTestLocation,
  createTestSku,
  eventsFor,
  inventoryEm,
  levelOf,
  levelsOf,
  movementsOf,
  reservedInvariantViolations,
  uniqueCode,
} from './support/inventory-fixtures.ts';
import { ownStatements, startTestSystem, type TestSystem } from './support/system.ts';
import { errorCode } from './support/graphql.ts';

let system: TestSystem;
let orders: ServiceClient;

beforeAll(async () => {
  // The sweeper is driven by the tests (and tested on its own below), so its timer does not race them.
  system = await startTestSystem({ runWorkers: false });
  orders = new ServiceClient({ service: 'orders', callee: 'inventory', url: system.subgraphs.inventory.url, secret: DEVELOPMENT_INTERNAL_SECRET });
});

afterAll(async () => {
  await system?.close();
});

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await system.query<T>(query, variables, ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

async function serviceError(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (isDomainError(error)) return String(error.code);
    throw error;
  }
  throw new Error('expected the call to fail');
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

const RESERVE = /* GraphQL */ `
  mutation Reserve($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on Reservation { id status cartId channel expiresAt createdAt lines { sku quantity location { id code } } }
      ... on InsufficientStock { lines { sku requested available } }
    }
  }
`;

interface ReservationView {
  __typename: 'Reservation';
  id: string;
  status: string;
  cartId: string;
  expiresAt: string;
  lines: { sku: string; quantity: number; location: { id: string; code: string } }[];
}
type ReserveResult = ReservationView | { __typename: 'InsufficientStock'; lines: { sku: string; requested: number; available: number }[] };

async function reserve(input: Record<string, unknown>): Promise<ReserveResult> {
  const data = await gql<{ reserveStock: ReserveResult }>(RESERVE, { input: { channel: 'WEB', cartId: `cart-${randomUUID()}`, ...input } });
  return data.reserveStock;
}

const ALLOCATE = /* GraphQL */ `
  mutation Allocate($input: AllocateOrderStockInput!) {
    allocateOrderStock(input: $input) {
      __typename
      ... on StockAllocated { allocations { id orderLineId sku quantity status kind promisedAt distanceKm location { id code } } }
      ... on StockShortage { lines { sku requested available } }
    }
  }
`;

interface AllocationView {
  id: string;
  orderLineId: string;
  sku: string;
  quantity: number;
  status: string;
  kind: string;
  promisedAt: string | null;
  distanceKm: number | null;
  location: { id: string; code: string };
}
type AllocateResult =
  | { __typename: 'StockAllocated'; allocations: AllocationView[] }
  | { __typename: 'StockShortage'; lines: { sku: string; requested: number; available: number }[] };

interface AllocateInput {
  orderId?: string;
  channel?: string;
  reservationId?: string;
  delivery?: Record<string, unknown>;
  lines: { lineId?: string; sku: string; quantity: number }[];
  allowPresell?: boolean;
}

async function allocate(input: AllocateInput): Promise<AllocateResult> {
  const data = await orders.request<{ allocateOrderStock: AllocateResult }>(ALLOCATE, {
    input: {
      orderId: input.orderId ?? randomUUID(),
      channel: input.channel ?? 'WEB',
      delivery: input.delivery ?? { method: 'SHIP', country: 'FR', postalCode: '69003' },
      lines: input.lines.map((line) => ({ lineId: line.lineId ?? randomUUID(), sku: line.sku, quantity: line.quantity })),
      ...(input.reservationId ? { reservationId: input.reservationId } : {}),
      ...(input.allowPresell ? { allowPresell: true } : {}),
    },
  });
  return data.allocateOrderStock;
}

const RELEASE_ORDER = /* GraphQL */ `
  mutation Release($input: ReleaseOrderStockInput!) {
    releaseOrderStock(input: $input) { id orderLineId sku quantity status kind }
  }
`;

async function releaseOrder(orderId: string, lineIds?: string[]): Promise<{ id: string; status: string; quantity: number }[]> {
  const data = await orders.request<{ releaseOrderStock: { id: string; status: string; quantity: number }[] }>(RELEASE_ORDER, {
    input: { orderId, reason: 'customer cancelled', ...(lineIds ? { lineIds } : {}) },
  });
  return data.releaseOrderStock;
}

const FEED = /* GraphQL */ `
  mutation Feed($input: InventoryFeedInput!) {
    importInventoryFeed(input: $input) {
      feedId source mode receivedLines appliedLines replayed processedAt
      rejectedLines { line sku location reason message }
    }
  }
`;

interface FeedReportView {
  feedId: string;
  receivedLines: number;
  appliedLines: number;
  replayed: boolean;
  processedAt: string;
  rejectedLines: { line: number; sku: string; location: string; reason: string; message: string }[];
}

async function feed(input: Record<string, unknown>): Promise<FeedReportView> {
  return (await gql<{ importInventoryFeed: FeedReportView }>(FEED, { input: { source: 'WMS', ...input } })).importInventoryFeed;
}

const AVAILABILITY = /* GraphQL */ `
  query Availability($skus: [String!]!, $channel: SalesChannel!, $near: GeoPointInput, $radiusKm: Float) {
    availability(skus: $skus, channel: $channel, near: $near, radiusKm: $radiusKm) {
      sku availableToSell earliestPromiseDate presellAvailable
      locations { availableToSell location { id code } }
      pickupStores { distanceKm availableToSell location { code } }
    }
  }
`;

interface AvailabilityView {
  sku: string;
  availableToSell: number;
  earliestPromiseDate: string | null;
  presellAvailable: number;
  locations: { availableToSell: number; location: { id: string; code: string } }[];
  pickupStores: { distanceKm: number; availableToSell: number; location: { code: string } }[];
}

async function availability(skus: string[], channel = 'WEB', near?: { latitude: number; longitude: number }, radiusKm?: number): Promise<AvailabilityView[]> {
  return (await gql<{ availability: AvailabilityView[] }>(AVAILABILITY, { skus, channel, near, radiusKm })).availability;
}

// ---------------------------------------------------------------------------------------------

describe('demo data', () => {
  it('gives locations capabilities, channels and capacities', async () => {
    const data = await gql<{ locations: { code: string; type: string; capabilities: Record<string, boolean>; channels: string[]; dailyOrderCapacity: number | null; defaultSafetyStock: number }[] }>(
      `{ locations { code type capabilities { ships pickup shipFromStore } channels dailyOrderCapacity defaultSafetyStock } }`,
    );
    const byCode = new Map(data.locations.map((location) => [location.code, location]));
    expect(byCode.get('WH-LYON')).toMatchObject({ capabilities: { ships: true, pickup: false, shipFromStore: false }, dailyOrderCapacity: null });
    expect(byCode.get('WH-LYON')?.channels).not.toContain('STORE');
    expect(byCode.get('ST-MARSEILLE')).toMatchObject({ capabilities: { ships: false, pickup: true, shipFromStore: true } });
    expect(byCode.get('ST-MARSEILLE')?.channels).toEqual(['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE']);
    for (const store of data.locations.filter((location) => location.type === 'STORE')) {
      expect(store.dailyOrderCapacity).toBeGreaterThanOrEqual(40);
      expect(store.dailyOrderCapacity).toBeLessThanOrEqual(80);
    }
    const stores = await gql<{ locations: { code: string }[] }>(`{ locations(channel: STORE, activeOnly: true) { code } }`);
    expect(stores.locations.map((location) => location.code)).toEqual(['ST-BORDEAUX', 'ST-LYON-PARTDIEU', 'ST-MARSEILLE', 'ST-PARIS-RIVOLI']);
  });

  it('prices every SKU in every channel, with the documented demo prices', async () => {
    const expected: Record<string, number> = {
      'TSHIRT-CLASSIC-WHT-M': 1990, 'JEANS-SLIM-IND-32': 5990, 'SNEAKER-RUN-BLK-42': 8990, 'HOODIE-ZIP-GRY-L': 4990, 'CAP-BASE-NVY': 1490,
      'JACKET-RAIN-YEL-M': 7990, 'SOCKS-WOOL-GRY-39': 990, 'SCARF-WOOL-RED': 2990, 'BAG-TOTE-CNV': 3490, 'DRESS-LINEN-BLU-S': 6990,
    };
    for (const channel of ['WEB', 'MARKETPLACE']) {
      const quotes = await orders.request<{ quoteLines: { sku: string; amount: number | null; currency: string }[] }>(
        `query($skus: [String!]!, $channel: SalesChannel!) { quoteLines(skus: $skus, channel: $channel, currency: "EUR") { sku amount currency } }`,
        { skus: [...Object.keys(expected), 'NO-SUCH-SKU'], channel },
      );
      expect(Object.fromEntries(quotes.quoteLines.map((quote) => [quote.sku, quote.amount]))).toEqual({ ...expected, 'NO-SUCH-SKU': null });
      expect(new Set(quotes.quoteLines.map((quote) => quote.currency))).toEqual(new Set(['EUR']));
    }
    const lists = await gql<{ priceLists: { channel: string; validTo: string | null; entries: { sku: string; price: { amount: number } }[] }[] }>(
      `{ priceLists(currency: "EUR") { channel validTo entries { sku price { amount } } } }`,
    );
    expect(lists.priceLists.map((list) => list.channel).sort()).toEqual(['CALL_CENTER', 'MARKETPLACE', 'MOBILE', 'STORE', 'WEB']);
    for (const list of lists.priceLists) expect(list.entries).toHaveLength(50);
  });

  it('pages through the item master by code', async () => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: { skus: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
        `query($after: String) { skus(first: 20, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      codes.push(...data.skus.edges.map((edge) => edge.node.code));
      if (!data.skus.pageInfo.hasNextPage) break;
      after = data.skus.pageInfo.endCursor;
    }
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain('CAP-BASE-NVY');
    expect(errorCode(await system.query(`{ skus(first: 2, after: "nope") { edges { cursor } } }`, {}, ADMIN))).toBe('BAD_USER_INPUT');
  });

  it('describes SKUs for shipping, and prices them through Sku.price', async () => {
    const data = await gql<{ sku: { attributes: { name: string; value: string }[]; weightGrams: number; dimensions: Record<string, number>; returnable: boolean; price: { amount: number; currency: string } } ; socks: { returnable: boolean } }>(
      `{ sku(code: "JEANS-SLIM-IND-32") { attributes { name value } weightGrams dimensions { lengthMm widthMm heightMm } returnable price(channel: WEB) { amount currency } }
         socks: sku(code: "SOCKS-WOOL-GRY-39") { returnable } }`,
    );
    expect(data.sku.attributes).toContainEqual({ name: 'colour', value: 'indigo' });
    expect(data.sku.weightGrams).toBeGreaterThan(0);
    expect(data.sku.dimensions['lengthMm']).toBeGreaterThan(0);
    expect(data.sku.returnable).toBe(true);
    expect(data.sku.price).toEqual({ amount: 5990, currency: 'EUR' });
    expect(data.socks.returnable).toBe(false);
  });

  it('holds the demo orders’ stock as allocations, so reserved matches what is held', async () => {
    expect(await reservedInvariantViolations(system)).toEqual([]);
    const data = await gql<{ order: { allocations: { sku: string; quantity: number; status: string; location: { code: string } }[] } }>(
      `query($id: ID!) { order(id: $id) { allocations { sku quantity status location { code } } } }`,
      { id: demoId('order', 4) },
    );
    expect(data.order.allocations).toEqual([{ sku: 'SOCKS-WOOL-GRY-39', quantity: 3, status: 'ALLOCATED', location: { code: 'WH-LYON' } }]);
    const lyon = await levelOf(system, 'SOCKS-WOOL-GRY-39', demoId('location', 'WH-LYON'));
    expect(lyon!.reserved).toBe(3);
    expect(lyon!.onHand).toBeGreaterThanOrEqual(3);
  });

  it('contributes Order.allocations to many orders with one SQL statement', async () => {
    system.statements.reset();
    const data = await gql<{ orders: { edges: { node: { number: string; allocations: { sku: string; status: string }[] | null } }[] } }>(
      `{ orders(first: 9) { edges { node { number allocations { sku status } } } } }`,
    );
    const byNumber = new Map(data.orders.edges.map((edge) => [edge.node.number, edge.node.allocations]));
    expect(byNumber.get('OMS-100005')).toEqual([{ sku: 'SOCKS-WOOL-GRY-39', status: 'ALLOCATED' }]);
    // The cancelled order's hold was released, and its allocation says so.
    expect(byNumber.get('OMS-100007')).toEqual([{ sku: 'BAG-TOTE-CNV', status: 'RELEASED' }]);
    expect(system.statements.get('inventory')).toBe(1);
  });

  it('has presell SKUs out of stock everywhere with inbound supply, and a transfer in transit', async () => {
    const [jacket] = await availability(['JACKET-RAIN-NVY-M']);
    expect(jacket!.availableToSell).toBe(0);
    expect(jacket!.presellAvailable).toBeGreaterThan(0);
    expect(new Date(jacket!.earliestPromiseDate!).getTime()).toBeGreaterThan(Date.now());
    const transfers = await gql<{ transfers: { status: string; lines: { inTransit: number }[] }[] }>(`{ transfers(status: [SHIPPED]) { status lines { inTransit } } }`);
    expect(transfers.transfers).toHaveLength(1);
    expect(transfers.transfers[0]!.lines.every((line) => line.inTransit > 0)).toBe(true);
  });
});

describe('cart holds', () => {
  it('holds stock for a cart, nearest location first, and releases it', async () => {
    const lyon = await createTestLocation(system, { latitude: 45.76, longitude: 4.84 });
    const lille = await createTestLocation(system, { latitude: 50.63, longitude: 3.06 });
    const sku = await createTestSku(system, { stock: { [lyon.id]: 10, [lille.id]: 10 } });
    const hold = await reserve({ lines: [{ sku, quantity: 4 }], near: { latitude: 50.6, longitude: 3.0 } });
    expect(hold).toMatchObject({ __typename: 'Reservation', status: 'ACTIVE', lines: [{ sku, quantity: 4, location: { id: lille.id } }] });
    const expiresIn = new Date((hold as ReservationView).expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(890_000);
    expect(expiresIn).toBeLessThanOrEqual(900_000);
    expect(await levelOf(system, sku, lille.id)).toMatchObject({ onHand: 10, reserved: 4 });
    expect((await availability([sku]))[0]!.availableToSell).toBe(16);

    const released = await gql<{ releaseReservation: { status: string } }>(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: (hold as ReservationView).id });
    expect(released.releaseReservation.status).toBe('RELEASED');
    expect(await levelOf(system, sku, lille.id)).toMatchObject({ onHand: 10, reserved: 0 });
    // Releasing again changes nothing.
    await gql(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: (hold as ReservationView).id });
    expect(await levelOf(system, sku, lille.id)).toMatchObject({ reserved: 0 });
    expect((await movementsOf(system, sku)).map((movement) => [movement.kind, movement.reserved_before, movement.reserved_after])).toEqual([
      ['RESERVATION', 0, 4],
      ['RELEASE', 4, 0],
    ]);
    const events = await eventsFor(system, 'StockChanged', sku);
    expect(events.map((event) => event.payload['reserved'])).toEqual([4, 0]);
    expect(events[0]!.payload).toMatchObject({ sku, locationId: lille.id, onHand: 10, availableToSell: 6 });
  });

  it('holds all lines or none, answering InsufficientStock with what is available', async () => {
    const warehouse = await createTestLocation(system);
    const plenty = await createTestSku(system, { stock: { [warehouse.id]: 50 } });
    const scarce = await createTestSku(system, { stock: { [warehouse.id]: 2 } });
    const result = await reserve({ lines: [{ sku: plenty, quantity: 5 }, { sku: scarce, quantity: 3 }] });
    expect(result).toEqual({ __typename: 'InsufficientStock', lines: [{ sku: scarce, requested: 3, available: 2 }] });
    expect(await levelOf(system, plenty, warehouse.id)).toMatchObject({ reserved: 0 });
    expect(await movementsOf(system, plenty)).toEqual([]);
  });

  it('holds at a named location only, and splits a line when no location has it all', async () => {
    const a = await createTestLocation(system, { latitude: 45.7, longitude: 4.8 });
    const b = await createTestLocation(system, { latitude: 48.8, longitude: 2.3 });
    const sku = await createTestSku(system, { stock: { [a.id]: 3, [b.id]: 4 } });
    expect(await reserve({ lines: [{ sku, quantity: 4, locationId: a.id }] })).toMatchObject({ __typename: 'InsufficientStock', lines: [{ available: 3 }] });
    const split = (await reserve({ lines: [{ sku, quantity: 6 }], near: { latitude: 45.7, longitude: 4.8 } })) as ReservationView;
    expect(split.lines.map((line) => [line.location.id, line.quantity]).sort()).toEqual([[a.id, 3], [b.id, 3]].sort());
  });

  it('validates its input', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 5 } });
    for (const ttlSeconds of [0, -5, 14_401]) {
      const response = await system.query(RESERVE, { input: { cartId: 'c', channel: 'WEB', ttlSeconds, lines: [{ sku, quantity: 1 }] } }, ADMIN);
      expect(errorCode(response), `ttl ${ttlSeconds}`).toBe('BAD_USER_INPUT');
    }
    const maxTtl = (await reserve({ ttlSeconds: 14_400, lines: [{ sku, quantity: 1 }] })) as ReservationView;
    expect(new Date(maxTtl.expiresAt).getTime() - Date.now()).toBeGreaterThan(14_390_000);
    expect(errorCode(await system.query(RESERVE, { input: { cartId: 'c', channel: 'WEB', lines: [{ sku: 'NOPE', quantity: 1 }] } }, ADMIN))).toBe('UNKNOWN_SKU');
    expect(errorCode(await system.query(RESERVE, { input: { cartId: 'c', channel: 'WEB', lines: [{ sku, quantity: 0 }] } }, ADMIN))).toBe('INVALID_QUANTITY');
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ reserved: 1 });
  });

  it('extends an active hold, up to 4 hours', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 5 } });
    const hold = (await reserve({ lines: [{ sku, quantity: 1 }] })) as ReservationView;
    const extended = await gql<{ extendReservation: { expiresAt: string } }>(`mutation($id: ID!) { extendReservation(id: $id, ttlSeconds: 3600) { expiresAt } }`, { id: hold.id });
    expect(new Date(extended.extendReservation.expiresAt).getTime() - Date.now()).toBeGreaterThan(3_590_000);
    const tooLong = await system.query(`mutation($id: ID!) { extendReservation(id: $id, ttlSeconds: 20000) { expiresAt } }`, { id: hold.id }, ADMIN);
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    await gql(`mutation($id: ID!) { releaseReservation(id: $id) { id } }`, { id: hold.id });
    const afterRelease = await system.query(`mutation($id: ID!) { extendReservation(id: $id, ttlSeconds: 60) { expiresAt } }`, { id: hold.id }, ADMIN);
    expect(errorCode(afterRelease)).toBe('RESERVATION_NOT_ACTIVE');
  });

  it('50 concurrent holds for 20 units hold exactly 20, never negative', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 20 } });
    const results = await Promise.all(Array.from({ length: 50 }, () => reserve({ lines: [{ sku, quantity: 1 }] })));
    expect(results.filter((result) => result.__typename === 'Reservation')).toHaveLength(20);
    expect(results.filter((result) => result.__typename === 'InsufficientStock')).toHaveLength(30);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 20, reserved: 20 });
    expect((await availability([sku]))[0]!.availableToSell).toBe(0);
    expect(await reservedInvariantViolations(system)).toEqual([]);
  });
});

describe('expiry of cart holds', () => {
  async function expireNow(reservationIds: string[]): Promise<void> {
    await inventoryEm(system).execute(`update inventory.reservation set expires_at = now() - interval '1 second' where id = any(?::uuid[])`, [
      `{${reservationIds.join(',')}}`,
    ]);
  }

  it('releases expired holds and marks them EXPIRED; live holds stay', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const expiring = (await reserve({ lines: [{ sku, quantity: 3 }] })) as ReservationView;
    const live = (await reserve({ lines: [{ sku, quantity: 2 }] })) as ReservationView;
    await expireNow([expiring.id]);
    expect(await sweepExpiredReservations(system.subgraphs.inventory.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 10, reserved: 2 });
    const statuses = await gql<{ a: { status: string }; b: { status: string } }>(`query($a: ID!, $b: ID!) { a: reservation(id: $a) { status } b: reservation(id: $b) { status } }`, {
      a: expiring.id,
      b: live.id,
    });
    expect(statuses).toEqual({ a: { status: 'EXPIRED' }, b: { status: 'ACTIVE' } });
    expect((await movementsOf(system, sku)).at(-1)).toMatchObject({ kind: 'EXPIRY', reserved_before: 5, reserved_after: 2, reference: expiring.id });
    expect(await eventsFor(system, 'ReservationExpired', expiring.id)).toHaveLength(1);
    // An expired hold cannot become an order.
    const converted = await serviceError(allocate({ reservationId: expiring.id, lines: [{ sku, quantity: 3 }] }));
    expect(converted).toBe('RESERVATION_INVALID');
  });

  it('concurrent sweepers never release a hold twice', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 100 } });
    const holds = await Promise.all(Array.from({ length: 30 }, () => reserve({ lines: [{ sku, quantity: 2 }] })));
    await expireNow(holds.map((hold) => (hold as ReservationView).id));
    const swept = await Promise.all([1, 2, 3].map(() => sweepExpiredReservations(system.subgraphs.inventory.orm.em.fork(), { batchSize: 7 })));
    expect(swept.reduce((a, b) => a + b, 0)).toBe(30);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 100, reserved: 0 });
    expect((await movementsOf(system, sku)).filter((movement) => movement.kind === 'EXPIRY')).toHaveLength(30);
  });

  it('runs as a background worker every RESERVATION_SWEEP_INTERVAL_MS', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 5 } });
    const hold = (await reserve({ lines: [{ sku, quantity: 5 }] })) as ReservationView;
    await expireNow([hold.id]);
    const previous = process.env['RESERVATION_SWEEP_INTERVAL_MS'];
    process.env['RESERVATION_SWEEP_INTERVAL_MS'] = '100';
    const stop = startReservationSweeper({
      orm: system.subgraphs.inventory.orm,
      logger: createLogger('sweeper-test', 'silent'),
      services: system.subgraphs.inventory.services,
      bus: undefined,
    });
    try {
      await expect.poll(async () => (await levelOf(system, sku, warehouse.id))?.reserved, { timeout: 5000, interval: 50 }).toBe(0);
    } finally {
      await stop();
      if (previous === undefined) delete process.env['RESERVATION_SWEEP_INTERVAL_MS'];
      else process.env['RESERVATION_SWEEP_INTERVAL_MS'] = previous;
    }
  });
});

describe('inventory feeds', () => {
  it('a snapshot replaces on hand and keeps reservations', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    await reserve({ lines: [{ sku, quantity: 3 }] });
    const report = await feed({ feedId: uniqueCode('FEED'), mode: 'SNAPSHOT', lines: [{ sku, location: warehouse.code, quantity: 7 }] });
    expect(report).toMatchObject({ receivedLines: 1, appliedLines: 1, rejectedLines: [], replayed: false });
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 7, reserved: 3 });
    expect((await availability([sku]))[0]!.availableToSell).toBe(4);
    // A count below what is held: allowed, nothing left to sell, holds untouched.
    await feed({ feedId: uniqueCode('FEED'), mode: 'SNAPSHOT', lines: [{ sku, location: warehouse.code, quantity: 1 }] });
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 1, reserved: 3 });
    expect((await availability([sku]))[0]!.availableToSell).toBe(0);
    expect((await movementsOf(system, sku)).filter((movement) => movement.kind === 'FEED_SYNC').map((movement) => [movement.on_hand_before, movement.on_hand_after, movement.reserved_after])).toEqual([
      [10, 7, 3],
      [7, 1, 3],
    ]);
    expect(await eventsFor(system, 'StockChanged', sku)).toHaveLength(3);
    expect(await reservedInvariantViolations(system)).toEqual([]);
  });

  it('is applied once per feed id, replays its report, and reports invalid lines while applying the valid ones', async () => {
    const warehouse = await createTestLocation(system, { defaultSafetyStock: 2 });
    const store = await createTestLocation(system, { type: 'STORE' });
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 4 } });
    const fresh = await createTestSku(system);
    const feedId = uniqueCode('FEED');
    const input = {
      feedId,
      mode: 'DELTA',
      lines: [
        { sku, location: warehouse.code, quantity: 5 },
        { sku: 'NO-SUCH-SKU', location: warehouse.code, quantity: 1 },
        { sku, location: 'NO-SUCH-LOCATION', quantity: 1 },
        { sku, location: warehouse.code, quantity: 2 },
        { sku, location: store.code, quantity: -1 },
        { sku: fresh, location: store.code, quantity: 6 },
      ],
    };
    const first = await feed(input);
    expect(first.replayed).toBe(false);
    expect(first.receivedLines).toBe(6);
    expect(first.appliedLines).toBe(2);
    expect(first.rejectedLines.map((line) => [line.line, line.reason])).toEqual([
      [2, 'UNKNOWN_SKU'],
      [3, 'UNKNOWN_LOCATION'],
      [4, 'DUPLICATE_LINE'],
      [5, 'NEGATIVE_RESULT'],
    ]);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 9 });
    expect(await levelOf(system, sku, store.id)).toBeUndefined();
    // A level created by a feed takes the location's default safety stock.
    expect(await levelOf(system, fresh, store.id)).toMatchObject({ onHand: 6, safetyStock: 0 });

    const again = await feed(input);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 9 });
    const stored = await gql<{ inventoryFeed: { appliedLines: number; replayed: boolean } }>(`query($id: String!) { inventoryFeed(feedId: $id) { appliedLines replayed } }`, { id: feedId });
    expect(stored.inventoryFeed).toEqual({ appliedLines: 2, replayed: true });

    const created = await feed({ feedId: uniqueCode('FEED'), mode: 'SNAPSHOT', lines: [{ sku: fresh, location: warehouse.code, quantity: 8 }, { sku, location: warehouse.code, quantity: -3 }] });
    expect(created.rejectedLines).toMatchObject([{ line: 2, reason: 'NEGATIVE_COUNT' }]);
    expect(await levelOf(system, fresh, warehouse.id)).toMatchObject({ onHand: 8, safetyStock: 2 });
  });

  it('concurrent imports of one feed id apply it once', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const input = { feedId: uniqueCode('FEED'), mode: 'DELTA', lines: [{ sku, location: warehouse.code, quantity: 5 }] };
    const reports = await Promise.all(Array.from({ length: 8 }, () => feed(input)));
    expect(reports.filter((report) => !report.replayed)).toHaveLength(1);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 15 });
  });

  it('refuses a feed over the line limit, and an empty feed id', async () => {
    const base = { em: system.subgraphs.inventory.orm.em.fork(), principal: { kind: 'service', service: 'test' }, requestId: 'test', logger: createLogger('test', 'silent') };
    const ctx = createInventoryContext(base as unknown as Parameters<typeof createInventoryContext>[0]);
    const tooMany = Array.from({ length: MAX_FEED_LINES + 1 }, () => ({ sku: 'X', location: 'Y', quantity: 1 }));
    await expect(importInventoryFeed(ctx, { feedId: 'too-big', source: 'ERP', mode: 'DELTA', lines: tooMany })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const blank = await system.query(FEED, { input: { feedId: ' ', source: 'ERP', mode: 'DELTA', lines: [] } }, ADMIN);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
  });
});

describe('transfers', () => {
  const TRANSFER = 'id status shippedAt receivedAt from { code } to { code } lines { sku quantity receivedQuantity inTransit }';

  it('move stock through in-transit, sellable nowhere between ship and receipt, with partial receipts', async () => {
    const origin = await createTestLocation(system);
    const destination = await createTestLocation(system, { type: 'STORE', shipFromStore: true });
    const sku = await createTestSku(system, { stock: { [origin.id]: 10 } });
    const created = await gql<{ createTransfer: { id: string; status: string } }>(
      `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { ${TRANSFER} } }`,
      { input: { fromLocationId: origin.id, toLocationId: destination.id, lines: [{ sku, quantity: 6 }], reference: 'replenishment' } },
    );
    expect(created.createTransfer.status).toBe('REQUESTED');
    expect((await availability([sku]))[0]!.availableToSell).toBe(10);

    const shipped = await gql<{ shipTransfer: { status: string; lines: { inTransit: number }[] } }>(`mutation($id: ID!) { shipTransfer(id: $id) { ${TRANSFER} } }`, { id: created.createTransfer.id });
    expect(shipped.shipTransfer).toMatchObject({ status: 'SHIPPED', lines: [{ inTransit: 6 }] });
    expect(await levelOf(system, sku, origin.id)).toMatchObject({ onHand: 4 });
    // In transit: neither location can sell the 6 units.
    expect((await availability([sku]))[0]!.availableToSell).toBe(4);

    const again = await system.query(`mutation($id: ID!) { shipTransfer(id: $id) { id } }`, { id: created.createTransfer.id }, ADMIN);
    expect(errorCode(again)).toBe('INVALID_STATE_TRANSITION');

    const partial = await gql<{ receiveTransfer: { status: string; receivedAt: string | null; lines: { receivedQuantity: number; inTransit: number }[] } }>(
      `mutation($input: ReceiveTransferInput!) { receiveTransfer(input: $input) { ${TRANSFER} } }`,
      { input: { transferId: created.createTransfer.id, lines: [{ sku, quantity: 4 }] } },
    );
    expect(partial.receiveTransfer).toMatchObject({ status: 'PARTIALLY_RECEIVED', receivedAt: null, lines: [{ receivedQuantity: 4, inTransit: 2 }] });
    expect(await levelOf(system, sku, destination.id)).toMatchObject({ onHand: 4, reserved: 0 });
    expect((await availability([sku]))[0]!.availableToSell).toBe(8);

    const over = await system.query(`mutation($input: ReceiveTransferInput!) { receiveTransfer(input: $input) { id } }`, { input: { transferId: created.createTransfer.id, lines: [{ sku, quantity: 3 }] } }, ADMIN);
    expect(errorCode(over)).toBe('OVER_RECEIPT');

    const rest = await gql<{ receiveTransfer: { status: string; receivedAt: string | null; lines: { inTransit: number }[] } }>(
      `mutation($input: ReceiveTransferInput!) { receiveTransfer(input: $input) { ${TRANSFER} } }`,
      { input: { transferId: created.createTransfer.id, lines: [{ sku, quantity: 2 }] } },
    );
    expect(rest.receiveTransfer).toMatchObject({ status: 'RECEIVED', lines: [{ inTransit: 0 }] });
    expect(rest.receiveTransfer.receivedAt).not.toBeNull();
    expect((await availability([sku]))[0]!.availableToSell).toBe(10);
    expect((await movementsOf(system, sku)).map((movement) => movement.kind)).toEqual(['TRANSFER_OUT', 'TRANSFER_IN', 'TRANSFER_IN']);
    const listed = await gql<{ transfers: { id: string }[]; received: { id: string }[] }>(
      `query($location: ID!) { transfers(locationId: $location) { id } received: transfers(locationId: $location, status: [SHIPPED]) { id } }`,
      { location: destination.id },
    );
    expect(listed).toEqual({ transfers: [{ id: created.createTransfer.id }], received: [] });
  });

  it('refuse the same location, units the origin does not have free, and unknown SKUs', async () => {
    const origin = await createTestLocation(system);
    const other = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [origin.id]: 3 } });
    await reserve({ lines: [{ sku, quantity: 2, locationId: origin.id }] });
    const create = (input: Record<string, unknown>) => system.query(`mutation($input: CreateTransferInput!) { createTransfer(input: $input) { id } }`, { input }, ADMIN);
    expect(errorCode(await create({ fromLocationId: origin.id, toLocationId: origin.id, lines: [{ sku, quantity: 1 }] }))).toBe('SAME_LOCATION');
    expect(errorCode(await create({ fromLocationId: origin.id, toLocationId: other.id, lines: [{ sku, quantity: 2 }] }))).toBe('INSUFFICIENT_STOCK');
    expect(errorCode(await create({ fromLocationId: origin.id, toLocationId: other.id, lines: [{ sku: 'NOPE', quantity: 1 }] }))).toBe('UNKNOWN_SKU');
    expect(errorCode(await create({ fromLocationId: origin.id, toLocationId: other.id, lines: [{ sku, quantity: 0 }] }))).toBe('INVALID_QUANTITY');
  });
});

describe('stock adjustments and the ledger', () => {
  it('adjusts with a reason, refuses negative stock, and pages the history newest first', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const adjust = (input: Record<string, unknown>) =>
      system.query<{ adjustStock: { onHand: number; safetyStock: number; availableToSell: number } }>(
        `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand safetyStock availableToSell } }`,
        { input: { sku, locationId: warehouse.id, reason: 'cycle count', ...input } },
        ADMIN,
      );
    expect((await adjust({ delta: -2, reason: 'damaged' })).data?.adjustStock).toEqual({ onHand: 8, safetyStock: 0, availableToSell: 8 });
    expect((await adjust({ setOnHand: 12, reference: 'COUNT-1' })).data?.adjustStock).toEqual({ onHand: 12, safetyStock: 0, availableToSell: 12 });
    expect((await adjust({ safetyStock: 3 })).data?.adjustStock).toEqual({ onHand: 12, safetyStock: 3, availableToSell: 9 });
    expect(errorCode(await adjust({ delta: -13 }))).toBe('NEGATIVE_STOCK');
    expect(errorCode(await adjust({ delta: 1, setOnHand: 1 }))).toBe('BAD_USER_INPUT');

    const page = await gql<{ stockMovements: { edges: { node: { kind: string; onHandBefore: number; onHandAfter: number; reason: string; reference: string | null; location: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `query($sku: String) { stockMovements(sku: $sku, first: 2) { edges { node { kind onHandBefore onHandAfter reason reference location { id } } } pageInfo { hasNextPage endCursor } } }`,
      { sku },
    );
    expect(page.stockMovements.edges.map((edge) => [edge.node.onHandBefore, edge.node.onHandAfter])).toEqual([
      [12, 12],
      [8, 12],
    ]);
    expect(page.stockMovements.edges[1]!.node).toMatchObject({ kind: 'ADJUSTMENT', reference: 'COUNT-1', location: { id: warehouse.id } });
    expect(page.stockMovements.pageInfo.hasNextPage).toBe(true);
    const history = await gql<{ sku: { stock: { history: { edges: { node: { reason: string } }[]; pageInfo: { hasNextPage: boolean } } }[] } }>(
      `query($code: String!, $after: String) { sku(code: $code) { stock { history(first: 5, after: $after) { edges { node { reason } } pageInfo { hasNextPage } } } } }`,
      { code: sku, after: page.stockMovements.pageInfo.endCursor },
    );
    expect(history.sku.stock[0]!.history.edges.map((edge) => edge.node.reason)).toEqual(['damaged']);
    expect(history.sku.stock[0]!.history.pageInfo.hasNextPage).toBe(false);
  });

  it('pages the history of many levels in one statement', async () => {
    const locations = await Promise.all([1, 2, 3, 4].map(() => createTestLocation(system)));
    const sku = await createTestSku(system, { stock: Object.fromEntries(locations.map((location) => [location.id, 10])) });
    for (const location of locations) await reserve({ lines: [{ sku, quantity: 1, locationId: location.id }] });
    await reserve({ lines: [{ sku, quantity: 2, locationId: locations[0]!.id }] });
    system.statements.reset();
    const data = await gql<{ sku: { stock: { location: { id: string }; history: { edges: { node: { kind: string; reservedAfter: number } }[]; pageInfo: { hasNextPage: boolean } } }[] } }>(
      `query($code: String!) { sku(code: $code) { stock { location { id } history(first: 1) { edges { node { kind reservedAfter } } pageInfo { hasNextPage } } } } }`,
      { code: sku },
    );
    // SKU, its levels, their locations, one page of history for all of them.
    expect(system.statements.get('inventory')).toBe(4);
    const first = data.sku.stock.find((level) => level.location.id === locations[0]!.id)!;
    expect(first.history).toEqual({ edges: [{ node: { kind: 'RESERVATION', reservedAfter: 3 } }], pageInfo: { hasNextPage: true } });
    expect(data.sku.stock.filter((level) => !level.history.pageInfo.hasNextPage)).toHaveLength(3);
  });
});

describe('order allocation (internal API)', () => {
  it('is not part of the public API', async () => {
    const response = await system.query(ALLOCATE, { input: { orderId: randomUUID(), channel: 'WEB', delivery: { method: 'SHIP' }, lines: [] } }, ADMIN);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    const quote = await system.query(`{ quoteLines(skus: ["CAP-BASE-NVY"], channel: WEB, currency: "EUR") { amount } }`, {}, ADMIN);
    expect(errorCode(quote)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers only the internal service principal', async () => {
    const variables = { input: { orderId: randomUUID(), channel: 'WEB', delivery: { method: 'SHIP' }, lines: [{ lineId: randomUUID(), sku: 'CAP-BASE-NVY', quantity: 1 }] } };
    const response = await fetch(system.subgraphs.inventory.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signPrincipal({ kind: 'anonymous' }, DEVELOPMENT_INTERNAL_SECRET, { audience: 'inventory', operation: operationBinding(ALLOCATE, variables) }) },
      body: JSON.stringify({ query: ALLOCATE, variables }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('holds each line at the nearest location that has all of it, idempotently per order, and releases it', async () => {
    const marseille = await createTestLocation(system, { latitude: 43.3, longitude: 5.37 });
    const paris = await createTestLocation(system, { latitude: 48.85, longitude: 2.35 });
    const shirt = await createTestSku(system, { stock: { [marseille.id]: 1, [paris.id]: 10 } });
    const cap = await createTestSku(system, { stock: { [marseille.id]: 5, [paris.id]: 5 } });
    const orderId = randomUUID();
    const lines = [
      { lineId: randomUUID(), sku: shirt, quantity: 2 },
      { lineId: randomUUID(), sku: cap, quantity: 1 },
    ];
    const delivery = { method: 'SHIP', country: 'FR', postalCode: '13008' };
    const result = await allocate({ orderId, delivery, lines });
    expect(result.__typename).toBe('StockAllocated');
    const allocations = (result as Extract<AllocateResult, { __typename: 'StockAllocated' }>).allocations;
    expect(allocations.map((allocation) => [allocation.sku, allocation.location.id, allocation.quantity, allocation.kind, allocation.status])).toEqual([
      [shirt, paris.id, 2, 'STOCK', 'ALLOCATED'],
      [cap, marseille.id, 1, 'STOCK', 'ALLOCATED'],
    ]);
    expect(allocations[1]!.distanceKm).toBeLessThan(20);
    expect(allocations[0]!.distanceKm).toBeGreaterThan(600);
    expect(await levelOf(system, shirt, paris.id)).toMatchObject({ reserved: 2 });

    const replay = await allocate({ orderId, delivery, lines });
    expect(replay).toEqual(result);
    expect(await levelOf(system, shirt, paris.id)).toMatchObject({ reserved: 2 });

    const partly = await releaseOrder(orderId, [lines[1]!.lineId]);
    expect(partly.map((allocation) => allocation.status)).toEqual(['RELEASED']);
    expect(await levelOf(system, cap, marseille.id)).toMatchObject({ reserved: 0 });
    expect(await levelOf(system, shirt, paris.id)).toMatchObject({ reserved: 2 });
    const all = await releaseOrder(orderId);
    expect(all.map((allocation) => allocation.status)).toEqual(['RELEASED', 'RELEASED']);
    await releaseOrder(orderId);
    expect(await levelOf(system, shirt, paris.id)).toMatchObject({ onHand: 10, reserved: 0 });
    expect((await movementsOf(system, shirt)).map((movement) => movement.kind)).toEqual(['ALLOCATION', 'RELEASE']);
    expect(await eventsFor(system, 'StockReleased', orderId)).toHaveLength(2);
    expect(await eventsFor(system, 'StockAllocated', orderId)).toHaveLength(1);
  });

  it('splits a line across locations when none has it all, or reports the shortage and holds nothing', async () => {
    const a = await createTestLocation(system, { latitude: 45.7, longitude: 4.9 });
    const b = await createTestLocation(system, { latitude: 44.8, longitude: -0.6 });
    const sku = await createTestSku(system, { stock: { [a.id]: 3, [b.id]: 3 } });
    const other = await createTestSku(system, { stock: { [a.id]: 10 } });
    const short = await allocate({ lines: [{ sku: other, quantity: 1 }, { sku, quantity: 7 }] });
    expect(short).toEqual({ __typename: 'StockShortage', lines: [{ sku, requested: 7, available: 6 }] });
    expect(await levelOf(system, other, a.id)).toMatchObject({ reserved: 0 });
    const split = await allocate({ delivery: { method: 'SHIP', latitude: 45.75, longitude: 4.85 }, lines: [{ sku, quantity: 5 }] });
    expect(split.__typename).toBe('StockAllocated');
    const allocations = (split as Extract<AllocateResult, { __typename: 'StockAllocated' }>).allocations;
    expect(allocations.map((allocation) => [allocation.location.id, allocation.quantity])).toEqual([
      [a.id, 3],
      [b.id, 2],
    ]);
  });

  it('serves pickups only from the chosen pickup store', async () => {
    const warehouse = await createTestLocation(system);
    const store = await createTestLocation(system, { type: 'STORE' });
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10, [store.id]: 1 } });
    const pickup = { method: 'PICKUP', pickupLocationId: store.id };
    const held = await allocate({ delivery: pickup, lines: [{ sku, quantity: 1 }] });
    expect(held).toMatchObject({ __typename: 'StockAllocated', allocations: [{ location: { id: store.id }, distanceKm: 0 }] });
    expect(await allocate({ delivery: pickup, lines: [{ sku, quantity: 1 }] })).toEqual({ __typename: 'StockShortage', lines: [{ sku, requested: 1, available: 0 }] });
    expect(await serviceError(allocate({ delivery: { method: 'PICKUP', pickupLocationId: warehouse.id }, lines: [{ sku, quantity: 1 }] }))).toBe('PICKUP_LOCATION_INVALID');
    expect(await serviceError(allocate({ delivery: { method: 'RESERVE_IN_STORE' }, lines: [{ sku, quantity: 1 }] }))).toBe('PICKUP_LOCATION_INVALID');
    const closed = await createTestLocation(system, { type: 'STORE', active: false });
    expect(await serviceError(allocate({ delivery: { method: 'PICKUP', pickupLocationId: closed.id }, lines: [{ sku, quantity: 1 }] }))).toBe('PICKUP_LOCATION_INVALID');
    expect(await serviceError(allocate({ lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] }))).toBe('UNKNOWN_SKU');
    expect(await serviceError(allocate({ lines: [{ sku, quantity: 0 }] }))).toBe('INVALID_QUANTITY');
    expect(await serviceError(allocate({ lines: [{ sku, quantity: -2 }] }))).toBe('INVALID_QUANTITY');
  });

  it('honours which locations serve the channel and the channel buffer', async () => {
    const webOnly = await createTestLocation(system, { channels: ['WEB'] });
    const sku = await createTestSku(system, { stock: { [webOnly.id]: 5 } });
    expect(await allocate({ channel: 'MOBILE', lines: [{ sku, quantity: 1 }] })).toMatchObject({ __typename: 'StockShortage', lines: [{ available: 0 }] });
    const marketplace = await createTestLocation(system, { channels: ['MARKETPLACE', 'WEB'] });
    const buffered = await createTestSku(system, { stock: { [marketplace.id]: 3 } });
    // The demo data keeps 1 unit back per location for the marketplace.
    expect((await availability([buffered], 'MARKETPLACE'))[0]!.availableToSell).toBe(2);
    expect((await availability([buffered], 'WEB'))[0]!.availableToSell).toBe(3);
    expect(await allocate({ channel: 'MARKETPLACE', lines: [{ sku: buffered, quantity: 3 }] })).toMatchObject({ __typename: 'StockShortage', lines: [{ available: 2 }] });
    expect(await allocate({ channel: 'MARKETPLACE', lines: [{ sku: buffered, quantity: 2 }] })).toMatchObject({ __typename: 'StockAllocated' });
    const skuView = await gql<{ sku: { web: number; marketplace: number; all: number } }>(
      `query($code: String!) { sku(code: $code) { web: availableToSell(channel: WEB) marketplace: availableToSell(channel: MARKETPLACE) all: availableToSell } }`,
      { code: buffered },
    );
    expect(skuView.sku).toEqual({ web: 1, marketplace: 0, all: 1 });
  });

  it('converts a cart hold into the allocation atomically, without counting it twice', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const extra = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const hold = (await reserve({ lines: [{ sku, quantity: 3 }, { sku: extra, quantity: 1 }] })) as ReservationView;
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ reserved: 3 });
    const orderId = randomUUID();
    const result = await allocate({ orderId, reservationId: hold.id, lines: [{ sku, quantity: 2 }] });
    expect(result).toMatchObject({ __typename: 'StockAllocated', allocations: [{ sku, quantity: 2, location: { id: warehouse.id } }] });
    // The 2 units held by the cart now belong to the order; the unneeded unit and the other SKU are free again.
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 10, reserved: 2 });
    expect(await levelOf(system, extra, warehouse.id)).toMatchObject({ reserved: 0 });
    const status = await gql<{ reservation: { status: string } }>(`query($id: ID!) { reservation(id: $id) { status } }`, { id: hold.id });
    expect(status.reservation.status).toBe('CONVERTED');
    expect(await reservedInvariantViolations(system)).toEqual([]);
    expect(await serviceError(allocate({ reservationId: hold.id, lines: [{ sku, quantity: 1 }] }))).toBe('RESERVATION_INVALID');
    const small = (await reserve({ lines: [{ sku, quantity: 1 }] })) as ReservationView;
    expect(await serviceError(allocate({ reservationId: small.id, lines: [{ sku, quantity: 2 }] }))).toBe('RESERVATION_INVALID');
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ reserved: 3 });
    const released = await gql<{ releaseReservation: { status: string } | null }>(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: small.id });
    expect(released.releaseReservation?.status).toBe('RELEASED');
    const convertedRelease = await system.query(`mutation($id: ID!) { releaseReservation(id: $id) { status } }`, { id: hold.id }, ADMIN);
    expect(errorCode(convertedRelease)).toBe('INVALID_STATE_TRANSITION');
  });

  it('never oversells under a concurrent race across locations', async () => {
    const a = await createTestLocation(system, { latitude: 45.7, longitude: 4.9 });
    const b = await createTestLocation(system, { latitude: 48.8, longitude: 2.3 });
    const sku = await createTestSku(system, { stock: { [a.id]: 6, [b.id]: 6 } });
    const second = await createTestSku(system, { stock: { [a.id]: 100, [b.id]: 100 } });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        allocate({
          delivery: index % 2 ? { method: 'SHIP', postalCode: '69001' } : { method: 'SHIP', postalCode: '75001' },
          lines: [{ sku: second, quantity: 1 }, { sku, quantity: index % 3 === 0 ? 2 : 1 }],
        }),
      ),
    );
    const won = results.filter((result): result is Extract<AllocateResult, { __typename: 'StockAllocated' }> => result.__typename === 'StockAllocated');
    const sold = won.flatMap((result) => result.allocations).filter((allocation) => allocation.sku === sku).reduce((total, allocation) => total + allocation.quantity, 0);
    expect(sold).toBeGreaterThan(0);
    expect(sold).toBeLessThanOrEqual(12);
    const levels = [...(await levelsOf(system, sku)).values()];
    expect(levels.reduce((total, level) => total + level.reserved, 0)).toBe(sold);
    for (const level of levels) expect(level.reserved).toBeLessThanOrEqual(level.onHand);
    const secondReserved = [...(await levelsOf(system, second)).values()].reduce((total, level) => total + level.reserved, 0);
    expect(secondReserved).toBe(won.length);
    expect(await reservedInvariantViolations(system)).toEqual([]);
  });

  it("holds an order's lines in one statement, one ledger row per line, as many statements for four lines as for one", async () => {
    const here = await createTestLocation(system, { latitude: 45.76, longitude: 4.84 });
    const skus = await Promise.all([0, 1, 2].map(() => createTestSku(system, { stock: { [here.id]: 50 } })));
    const [first, second, third] = skus as [string, string, string];
    const result = await allocate({ lines: [{ sku: first, quantity: 3 }, { sku: second, quantity: 1 }, { sku: first, quantity: 2 }] });
    expect(result.__typename).toBe('StockAllocated');
    expect((await levelOf(system, first, here.id))!.reserved).toBe(5);
    const ledger = (await movementsOf(system, first)).filter((movement) => movement.kind === 'ALLOCATION');
    expect(ledger.map((movement) => [movement.reserved_before, movement.reserved_after]).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 3],
      [3, 5],
    ]);

    const statementsFor = (lines: { sku: string; quantity: number }[]) =>
      ownStatements(async () => {
        system.statements.reset();
        expect((await allocate({ lines })).__typename).toBe('StockAllocated');
        return { inventory: system.statements.get('inventory') };
      });
    const one = await statementsFor([{ sku: third, quantity: 1 }]);
    const four = await statementsFor([{ sku: first, quantity: 1 }, { sku: second, quantity: 1 }, { sku: third, quantity: 1 }, { sku: first, quantity: 1 }]);
    expect(four['inventory']).toBe(one['inventory']);
    expect(await reservedInvariantViolations(system)).toEqual([]);
  });

  it('concurrent calls for one order allocate it once', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { stock: { [warehouse.id]: 10 } });
    const orderId = randomUUID();
    const lineId = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => allocate({ orderId, lines: [{ lineId, sku, quantity: 2 }] })));
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ reserved: 2 });
  });
});

describe('inbound supply and presell', () => {
  it('promises an out-of-stock SKU against a purchase order, within its presell limit, and converts it on receipt', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { presellLimit: 5 });
    const expectedAt = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    const po = await gql<{ createPurchaseOrder: { id: string; status: string; lines: { sku: string; quantityOrdered: number }[] } }>(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id status lines { sku quantityOrdered } } }`,
      { input: { number: uniqueCode('PO'), supplier: 'Test supplier', locationId: warehouse.id, expectedAt: expectedAt.toISOString(), lines: [{ sku, quantity: 8 }] } },
    );
    expect(po.createPurchaseOrder).toMatchObject({ status: 'OPEN', lines: [{ sku, quantityOrdered: 8 }] });
    const [before] = await availability([sku]);
    expect(before).toMatchObject({ availableToSell: 0, presellAvailable: 5, earliestPromiseDate: expectedAt.toISOString() });

    expect(await allocate({ lines: [{ sku, quantity: 3 }] })).toMatchObject({ __typename: 'StockShortage' });
    const orderId = randomUUID();
    const presold = await allocate({ orderId, allowPresell: true, lines: [{ sku, quantity: 3 }] });
    expect(presold).toMatchObject({
      __typename: 'StockAllocated',
      allocations: [{ sku, quantity: 3, kind: 'PRESELL', status: 'ALLOCATED', promisedAt: expectedAt.toISOString(), location: { id: warehouse.id } }],
    });
    expect(await levelOf(system, sku, warehouse.id)).toBeUndefined();
    expect((await availability([sku]))[0]!.presellAvailable).toBe(2);
    // Beyond the presell limit: a shortage, nothing promised.
    expect(await allocate({ allowPresell: true, lines: [{ sku, quantity: 3 }] })).toMatchObject({ __typename: 'StockShortage' });

    const received = await gql<{ receivePurchaseOrder: { status: string; lines: { quantityReceived: number; quantityPromised: number }[] } }>(
      `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { status lines { quantityReceived quantityPromised } } }`,
      { input: { purchaseOrderId: po.createPurchaseOrder.id, lines: [{ sku, quantity: 2 }] } },
    );
    expect(received.receivePurchaseOrder).toEqual({ status: 'PARTIALLY_RECEIVED', lines: [{ quantityReceived: 2, quantityPromised: 1 }] });
    // The two units that arrived cover the promise: held for the order, nothing left to sell.
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 2, reserved: 2 });
    const kinds = await inventoryEm(system).execute<{ kind: string; quantity: number }[]>(
      `select kind, quantity from inventory.allocation where order_id = ? and status = 'ALLOCATED' order by kind`,
      [orderId],
    );
    expect(kinds).toEqual([{ kind: 'PRESELL', quantity: 1 }, { kind: 'STOCK', quantity: 2 }]);
    expect(await reservedInvariantViolations(system)).toEqual([]);

    const over = await system.query(`mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { id } }`, { input: { purchaseOrderId: po.createPurchaseOrder.id, lines: [{ sku, quantity: 7 }] } }, ADMIN);
    expect(errorCode(over)).toBe('OVER_RECEIPT');
    const rest = await gql<{ receivePurchaseOrder: { status: string } }>(
      `mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { status } }`,
      { input: { purchaseOrderId: po.createPurchaseOrder.id, lines: [{ sku, quantity: 6 }] } },
    );
    expect(rest.receivePurchaseOrder.status).toBe('RECEIVED');
    expect(await levelOf(system, sku, warehouse.id)).toMatchObject({ onHand: 8, reserved: 3 });
    expect((await availability([sku]))[0]).toMatchObject({ availableToSell: 5, presellAvailable: 0 });
    expect(await reservedInvariantViolations(system)).toEqual([]);
    const again = await system.query(`mutation($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { id } }`, { input: { purchaseOrderId: po.createPurchaseOrder.id, lines: [{ sku, quantity: 1 }] } }, ADMIN);
    expect(['OVER_RECEIPT', 'INVALID_STATE_TRANSITION']).toContain(errorCode(again));
  });

  it('never presells beyond the limit under concurrency', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { presellLimit: 4 });
    await gql(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, {
      input: { number: uniqueCode('PO'), supplier: 'Test supplier', locationId: warehouse.id, expectedAt: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ sku, quantity: 20 }] },
    });
    const results = await Promise.all(Array.from({ length: 12 }, () => allocate({ allowPresell: true, lines: [{ sku, quantity: 1 }] })));
    expect(results.filter((result) => result.__typename === 'StockAllocated')).toHaveLength(4);
    const promised = await inventoryEm(system).execute<{ quantity_promised: number }[]>(`select quantity_promised from inventory.purchase_order_line where sku_code = ?`, [sku]);
    expect(promised).toEqual([{ quantity_promised: 4 }]);
  });

  it('gives a released presell promise back to the purchase order', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system, { presellLimit: 10 });
    await gql(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, {
      input: { number: uniqueCode('PO'), supplier: 'Test supplier', locationId: warehouse.id, expectedAt: new Date(Date.now() + 86_400_000).toISOString(), lines: [{ sku, quantity: 4 }] },
    });
    const orderId = randomUUID();
    await allocate({ orderId, allowPresell: true, lines: [{ sku, quantity: 4 }] });
    expect((await availability([sku]))[0]!.presellAvailable).toBe(0);
    await releaseOrder(orderId);
    expect((await availability([sku]))[0]!.presellAvailable).toBe(4);
  });

  it('lists purchase orders by location and status', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system);
    const created = await gql<{ createPurchaseOrder: { id: string; number: string } }>(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id number } }`,
      { input: { number: uniqueCode('PO'), supplier: 'S', locationId: warehouse.id, expectedAt: new Date().toISOString(), lines: [{ sku, quantity: 2 }, { sku, quantity: 3 }] } },
    );
    const listed = await gql<{ open: { number: string; location: { id: string }; lines: { quantityOrdered: number }[] }[]; received: unknown[] }>(
      `query($location: ID!) { open: purchaseOrders(locationId: $location, status: [OPEN]) { number location { id } lines { quantityOrdered } } received: purchaseOrders(locationId: $location, status: [RECEIVED]) { number } }`,
      { location: warehouse.id },
    );
    expect(listed).toEqual({ open: [{ number: created.createPurchaseOrder.number, location: { id: warehouse.id }, lines: [{ quantityOrdered: 5 }] }], received: [] });
  });

  it('refuses a duplicate purchase order number', async () => {
    const warehouse = await createTestLocation(system);
    const sku = await createTestSku(system);
    const input = { number: uniqueCode('PO'), supplier: 'S', locationId: warehouse.id, expectedAt: new Date().toISOString(), lines: [{ sku, quantity: 1 }] };
    await gql(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, { input });
    const duplicate = await system.query(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`, { input }, ADMIN);
    expect(errorCode(duplicate)).toBe('PURCHASE_ORDER_EXISTS');
  });
});

describe('availability', () => {
  it('lists pickup stores near a point, nearest first, within the radius', async () => {
    const near = await createTestLocation(system, { type: 'STORE', latitude: 45.76, longitude: 4.84 });
    const further = await createTestLocation(system, { type: 'STORE', latitude: 45.9, longitude: 4.9 });
    const far = await createTestLocation(system, { type: 'STORE', latitude: 48.85, longitude: 2.35 });
    const empty = await createTestLocation(system, { type: 'STORE', latitude: 45.76, longitude: 4.85 });
    const sku = await createTestSku(system, { stock: { [near.id]: 2, [further.id]: 3, [far.id]: 4, [empty.id]: 0 } });
    const [result] = await availability([sku, 'NO-SUCH-SKU'], 'WEB', { latitude: 45.75, longitude: 4.83 }, 30);
    expect(result!.pickupStores.map((store) => [store.location.code, store.availableToSell])).toEqual([
      [near.code, 2],
      [further.code, 3],
    ]);
    expect(result!.pickupStores[0]!.distanceKm).toBeLessThan(2);
    expect(result!.availableToSell).toBe(9);
    expect(result!.locations[0]!.location.id).toBe(near.id);
    const unknown = (await availability(['NO-SUCH-SKU']))[0];
    expect(unknown).toEqual({ sku: 'NO-SUCH-SKU', availableToSell: 0, earliestPromiseDate: null, presellAvailable: 0, locations: [], pickupStores: [] });
    const tooMany = await system.query(AVAILABILITY, { skus: Array.from({ length: 201 }, (_, index) => `S${index}`), channel: 'WEB' }, ADMIN);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('answers 100 SKUs × 50 locations with the same handful of SQL statements as 10 SKUs', async () => {
    const locations = await Promise.all(Array.from({ length: 50 }, (_, index) => createTestLocation(system, { latitude: 43 + index * 0.1, longitude: 2 + index * 0.05, type: index % 2 ? 'STORE' : 'WAREHOUSE' })));
    const em = inventoryEm(system);
    const codes = Array.from({ length: 100 }, () => uniqueCode('BULK'));
    await em.execute(`insert into inventory.sku (code, name, created_at) select c, c, now() from unnest(?::text[]) as c`, [`{${codes.join(',')}}`]);
    await em.execute(
      `insert into inventory.stock_level (id, sku_code, location_id, on_hand, reserved, safety_stock, updated_at)
       select gen_random_uuid(), c, l, 5, 0, 1, now() from unnest(?::text[]) as c cross join unnest(?::uuid[]) as l`,
      [`{${codes.join(',')}}`, `{${locations.map((location) => location.id).join(',')}}`],
    );
    const count = async (skus: string[]) => {
      system.statements.reset();
      const result = await availability(skus, 'WEB', { latitude: 45, longitude: 4 }, 100);
      expect(result).toHaveLength(skus.length);
      return { statements: system.statements.get('inventory'), result };
    };
    const ten = await count(codes.slice(0, 10));
    const hundred = await count(codes);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(5);
    expect(hundred.result[0]!.availableToSell).toBe(50 * 4);
    expect(hundred.result[0]!.locations).toHaveLength(50);
  });
});

describe('the reserved invariant', () => {
  it('holds after every operation of this file', async () => {
    expect(await reservedInvariantViolations(system)).toEqual([]);
    const negative = await inventoryEm(system).execute(`select count(*)::int as n from inventory.stock_level where on_hand < 0 or reserved < 0`);
    expect(negative).toEqual([{ n: 0 }]);
  });
});

describe('item master import', () => {
  it('creates and updates items in bulk, reports invalid ones, and changes nothing for them', async () => {
    const system = await startTestSystem({ seedDemoData: false, runWorkers: false });
    try {
      const IMPORT = `mutation($input: [SkuInput!]!) { importSkus(input: $input) { received created updated rejected { position code message } } }`;
      const first = await system.query<{ importSkus: { received: number; created: number; updated: number; rejected: { position: number; code: string }[] } }>(
        IMPORT,
        {
          input: [
            { code: 'TEE-IMPORT-1', name: 'Imported tee', weightGrams: 180, dimensions: { lengthMm: 300, widthMm: 200, heightMm: 20 } },
            { code: 'bad code', name: 'Rejected' },
            { code: 'TEE-IMPORT-2', name: 'Another tee', attributes: [{ name: 'colour', value: 'green' }] },
          ],
        },
        ADMIN,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data?.importSkus).toMatchObject({ received: 3, created: 2, updated: 0, rejected: [{ position: 2, code: 'bad code' }] });
      const second = await system.query<{ importSkus: { created: number; updated: number } }>(IMPORT, { input: [{ code: 'TEE-IMPORT-1', name: 'Renamed tee' }] }, ADMIN);
      expect(second.data?.importSkus).toMatchObject({ created: 0, updated: 1 });
      const sku = await system.query<{ sku: { name: string; weightGrams: number | null; attributes: unknown[] } }>(
        '{ sku(code: "TEE-IMPORT-1") { name weightGrams attributes { name } } }',
      );
      expect(sku.data?.sku).toEqual({ name: 'Renamed tee', weightGrams: null, attributes: [] });
      const anonymous = await system.query(IMPORT, { input: [{ code: 'TEE-IMPORT-3', name: 'x' }] });
      expect(anonymous.status).toBe(401);
    } finally {
      await system.close();
    }
  });
});
