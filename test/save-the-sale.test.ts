import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './support/auth.ts';
import { createLocation, createSku, errorCode, stockOf } from './support/order-fixtures.ts';
import { SALE_ALTERNATIVE_FIELDS, type SaleAlternative } from './support/sale-alternative-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;

const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on Order { id }
      ... on OutOfStock {
        lines { sku requested available }
        alternatives {
          ${SALE_ALTERNATIVE_FIELDS} allowBackorder earliestDeliveryDate readyAt availableFrom
        }
      }
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptAlternativeInput!) {
    acceptAlternative(input: $input) {
      __typename
      ... on Order {
        id status deliveryMethod pickupLocation { id }
        lines { status quantity sku { code } }
        allocations { location { id } quantity sku kind }
      }
      ... on OutOfStock { short: lines { sku requested available } }
    }
  }
`;

interface Alternative extends SaleAlternative {
  allowBackorder: boolean;
  earliestDeliveryDate: string | null;
  readyAt: string | null;
  availableFrom: string | null;
}

interface PlacedOrder {
  __typename: 'Order';
  id: string;
  status: string;
  deliveryMethod: string;
  pickupLocation: { id: string } | null;
  lines: { status: string; quantity: number; sku: { code: string } }[];
  allocations: { location: { id: string }; quantity: number; sku: string; kind: string }[];
}

let chosenStore: string;
let nearStore: string;
let fartherStore: string;
let warehouse: string;
let sku: string;
let substitute: string;

const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

function pickupInput(quantity = 2): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    channel: 'WEB',
    guestEmail: 'guest@example.com',
    lines: [{ sku, quantity }],
    delivery: { method: 'PICKUP', pickupLocationId: chosenStore },
    payment: { token: 'tok_visa' },
  };
}

async function outOfStock(input: Record<string, unknown>): Promise<{ lines: { sku: string; requested: number; available: number }[]; alternatives: Alternative[] }> {
  const response = await system.query<{ placeOrder: { __typename: string; lines: { sku: string; requested: number; available: number }[]; alternatives: Alternative[] } }>(
    PLACE_ORDER,
    { input },
    ADMIN,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data!.placeOrder.__typename).toBe('OutOfStock');
  return response.data!.placeOrder;
}

async function accept(input: Record<string, unknown>): Promise<PlacedOrder> {
  const response = await system.query<{ acceptAlternative: PlacedOrder }>(ACCEPT, { input }, ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data!.acceptAlternative.__typename).toBe('Order');
  return response.data!.acceptAlternative;
}

async function heldAt(code: string, locationId: string): Promise<number> {
  return (await stockOf(system, code)).find((level) => level.locationId === locationId)?.reserved ?? 0;
}

beforeAll(async () => {
  system = await startTestSystem();
  // Lyon: the chosen store has none of the item; two other stores nearby have it (0.9 km and 3.4 km), a warehouse too.
  chosenStore = await createLocation(system, { type: 'STORE', latitude: 45.7605, longitude: 4.8495 });
  nearStore = await createLocation(system, { type: 'STORE', latitude: 45.7672, longitude: 4.8357 });
  fartherStore = await createLocation(system, { type: 'STORE', latitude: 45.7797, longitude: 4.8106 });
  warehouse = await createLocation(system, { type: 'WAREHOUSE', latitude: 45.696, longitude: 4.944 });
  sku = await createSku(system, { presellLimit: 10, stock: { [chosenStore]: 0, [nearStore]: 4, [fartherStore]: 6, [warehouse]: 20 } });
  substitute = await createSku(system, { stock: { [chosenStore]: 5 } });
  const substitutes = await system.query(`mutation S($sku: String!, $substitutes: [String!]!) { setSkuSubstitutes(sku: $sku, substitutes: $substitutes) { code substitutes { code } } }`, { sku, substitutes: [substitute] }, ADMIN);
  expect(substitutes.errors, JSON.stringify(substitutes.errors)).toBeUndefined();
  // Inbound to the chosen store in ten days: it can be presold there.
  const po = await system.query(
    `mutation PO($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`,
    { input: { number: `PO-${randomUUID().slice(0, 8)}`, supplier: 'Test supplier', locationId: chosenStore, expectedAt: new Date(Date.now() + 10 * 86_400_000).toISOString(), lines: [{ sku, quantity: 8 }] } },
    ADMIN,
  );
  expect(po.errors, JSON.stringify(po.errors)).toBeUndefined();
});

afterAll(async () => {
  await system?.close();
});

describe('save the sale', () => {
  it('a pickup order at a store without stock answers ranked alternatives', async () => {
    const answer = await outOfStock(pickupInput());
    expect(answer.lines).toEqual([{ sku, requested: 2, available: 0 }]);
    const kinds = answer.alternatives.map((alternative) => alternative.kind);
    expect(kinds).toEqual(['PICKUP_ELSEWHERE', 'PICKUP_ELSEWHERE', 'SHIP_TO_HOME', 'PRESELL', 'SUBSTITUTE']);
    expect(answer.alternatives.map((alternative) => alternative.rank)).toEqual([1, 2, 3, 4, 5]);
    const [first, second, ship, presell, swap] = answer.alternatives as [Alternative, Alternative, Alternative, Alternative, Alternative];
    // Other stores nearest first.
    expect([first.pickupLocation?.id, second.pickupLocation?.id]).toEqual([nearStore, fartherStore]);
    expect(first.distanceKm!).toBeLessThan(second.distanceKm!);
    expect(first.readyAt).not.toBeNull();
    expect(ship).toMatchObject({ deliveryMethod: 'SHIP', requiresAddress: true, lines: [{ sku, quantity: 2, replacesSku: null }] });
    expect(presell).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocation: { id: chosenStore }, allowBackorder: true });
    expect(new Date(presell.availableFrom!).getTime()).toBeGreaterThan(Date.now() + 9 * 86_400_000);
    expect(swap).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocation: { id: chosenStore }, lines: [{ sku: substitute, quantity: 2, replacesSku: sku }] });
    // The same alternatives from the public query, for storefronts and care.
    const publicView = await system.query<{ saleAlternatives: { kind: string }[] }>(
      `query A($input: SaleAlternativesInput!) { saleAlternatives(input: $input) { kind rank } }`,
      { input: { channel: 'WEB', lines: [{ sku, quantity: 2 }], delivery: { method: 'PICKUP', pickupLocationId: chosenStore } } },
    );
    expect(publicView.errors, JSON.stringify(publicView.errors)).toBeUndefined();
    expect(publicView.data!.saleAlternatives.map((alternative) => alternative.kind)).toEqual(kinds);
  });

  it('accepting another store places a valid order with the stock held there, idempotently', async () => {
    const input = pickupInput();
    const answer = await outOfStock(input);
    const best = answer.alternatives[0]!;
    const before = await heldAt(sku, nearStore);
    const key = randomUUID();
    const order = await accept({ idempotencyKey: key, alternativeId: best.id, order: input });
    expect(order).toMatchObject({ status: 'ALLOCATED', deliveryMethod: 'PICKUP', pickupLocation: { id: nearStore } });
    expect(order.allocations).toEqual([{ location: { id: nearStore }, quantity: 2, sku, kind: 'STOCK' }]);
    expect(await heldAt(sku, nearStore)).toBe(before + 2);
    // The same key replays the same order and holds nothing more.
    const again = await accept({ idempotencyKey: key, alternativeId: best.id, order: input });
    expect(again.id).toBe(order.id);
    expect(await heldAt(sku, nearStore)).toBe(before + 2);
  });

  it('switching to shipping needs an address, then ships from the warehouse', async () => {
    const input = pickupInput(1);
    const ship = (await outOfStock(input)).alternatives.find((alternative) => alternative.kind === 'SHIP_TO_HOME')!;
    const missing = await system.query(ACCEPT, { input: { idempotencyKey: randomUUID(), alternativeId: ship.id, order: input } }, ADMIN);
    expect(errorCode(missing)).toBe('ADDRESS_REQUIRED');
    const order = await accept({ idempotencyKey: randomUUID(), alternativeId: ship.id, order: input, address: ADDRESS });
    expect(order.deliveryMethod).toBe('SHIP');
    // Stores here do not ship parcels: under the default rules the warehouse does.
    expect(order.allocations).toEqual([{ location: { id: warehouse }, quantity: 1, sku, kind: 'STOCK' }]);
  });

  it('a substitute and a presell are orders too', async () => {
    const input = pickupInput(1);
    const answer = await outOfStock(input);
    const swap = answer.alternatives.find((alternative) => alternative.kind === 'SUBSTITUTE')!;
    const swapped = await accept({ idempotencyKey: randomUUID(), alternativeId: swap.id, order: input });
    expect(swapped.lines.map((line) => line.sku.code)).toEqual([substitute]);
    expect(swapped.allocations).toEqual([{ location: { id: chosenStore }, quantity: 1, sku: substitute, kind: 'STOCK' }]);
    const presell = answer.alternatives.find((alternative) => alternative.kind === 'PRESELL')!;
    const presold = await accept({ idempotencyKey: randomUUID(), alternativeId: presell.id, order: input });
    expect(presold.status).toBe('BACKORDERED');
    expect(presold.allocations).toEqual([{ location: { id: chosenStore }, quantity: 1, sku, kind: 'PRESELL' }]);
  });

  it('an alternative only applies to the input it was offered for', async () => {
    const input = pickupInput(2);
    const best = (await outOfStock(input)).alternatives[0]!;
    const other = { ...input, lines: [{ sku, quantity: 3 }] };
    const refused = await system.query(ACCEPT, { input: { idempotencyKey: randomUUID(), alternativeId: best.id, order: other } }, ADMIN);
    expect(errorCode(refused)).toBe('ALTERNATIVE_INVALID');
    const garbage = await system.query(ACCEPT, { input: { idempotencyKey: randomUUID(), alternativeId: 'not-a-token', order: input } }, ADMIN);
    expect(errorCode(garbage)).toBe('ALTERNATIVE_INVALID');
  });
});
