import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ADMIN } from './support/auth.ts';
import { levelOf } from './support/inventory-fixtures.ts';
import { createLocation, createSku, errorCode } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;

// A week of November 2026 without public holidays: Thursday 19, Friday 20, Monday 23, Tuesday 24.
// Paris is UTC+1 then, so 09:00Z is 10:00 local.
const THURSDAY_10H = '2026-11-19T09:00:00.000Z';
const THURSDAY_16H = '2026-11-19T15:00:00.000Z';
const LYON_3E = { country: 'FR', postalCode: '69003', latitude: 45.7605, longitude: 4.8495 };

const PROMISE = /* GraphQL */ `
  query Promise($input: DeliveryPromiseInput!) {
    deliveryPromise(input: $input) {
      promisedAt
      ruleSetVersion
      shortfalls { sku requested available }
      options {
        method serviceLevel carrierCode price { amount currency }
        dispatchDate earliestDeliveryDate latestDeliveryDate
        shipsFrom { id code } pickupLocation { id } distanceKm readyAt label
      }
    }
  }
`;

const UPSERT_CARRIER = /* GraphQL */ `
  mutation Carrier($input: CarrierServiceInput!) {
    upsertCarrierService(input: $input) { id carrierCode serviceLevel active deliveryDays lanes { country minDays maxDays } rates { country amount } }
  }
`;

const SET_PROFILE = /* GraphQL */ `
  mutation Profile($input: LocationDeliveryProfileInput!) {
    setLocationDeliveryProfile(input: $input) { id deliveryProfile { timeZone processingHours cutoffTime shipDays openingTime closingTime pickupPreparationMinutes isDefault } }
  }
`;

interface Option {
  method: string;
  serviceLevel: string | null;
  carrierCode: string | null;
  price: { amount: number; currency: string };
  dispatchDate: string;
  earliestDeliveryDate: string;
  latestDeliveryDate: string;
  shipsFrom: { id: string; code: string }[];
  pickupLocation: { id: string } | null;
  distanceKm: number | null;
  readyAt: string | null;
  label: string;
}

interface PromiseView {
  promisedAt: string;
  ruleSetVersion: number;
  shortfalls: { sku: string; requested: number; available: number }[];
  options: Option[];
}

let warehouse: string;
let nearStore: string;
let farStore: string;
let emptyStore: string;
let sku: string;

async function promise(now: string, quantity = 1, extra: Record<string, unknown> = {}): Promise<PromiseView> {
  const response = await system.query<{ deliveryPromise: PromiseView }>(PROMISE, {
    input: { lines: [{ sku, quantity }], destination: LYON_3E, channel: 'WEB', now, ...extra },
  });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.deliveryPromise;
}

async function mutate(query: string, input: Record<string, unknown>): Promise<void> {
  const response = await system.query(query, { input }, ADMIN);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
}

const ship = (result: PromiseView, level: string) => result.options.find((option) => option.method === 'SHIP' && option.serviceLevel === level);

beforeAll(async () => {
  system = await startTestSystem();
  // Only this file's carriers: the demo services are switched off.
  const demo = await system.query<{ carrierServices: { carrierCode: string; carrierName: string; serviceLevel: string; deliveryDays: number[]; lanes: unknown[] }[] }>(
    `{ carrierServices { carrierCode carrierName serviceLevel deliveryDays lanes { country postalCodePrefix minDays maxDays } } }`,
    {},
    ADMIN,
  );
  expect(demo.errors).toBeUndefined();
  for (const service of demo.data!.carrierServices) await mutate(UPSERT_CARRIER, { ...service, active: false });
  const weekdays = [1, 2, 3, 4, 5];
  await mutate(UPSERT_CARRIER, {
    carrierCode: 'TESTPOST', carrierName: 'Test Post', serviceLevel: 'STANDARD', deliveryDays: weekdays,
    lanes: [{ country: 'FR', minDays: 2, maxDays: 3 }], rates: [{ country: 'FR', amount: 490 }],
  });
  await mutate(UPSERT_CARRIER, {
    carrierCode: 'TESTPOST', carrierName: 'Test Post', serviceLevel: 'EXPRESS', deliveryDays: weekdays,
    lanes: [{ country: 'FR', minDays: 1, maxDays: 1 }], rates: [{ country: 'FR', amount: 990 }],
  });

  warehouse = await createLocation(system, { type: 'WAREHOUSE', latitude: 45.696, longitude: 4.944 });
  nearStore = await createLocation(system, { type: 'STORE', latitude: 45.7628, longitude: 4.8357 });
  farStore = await createLocation(system, { type: 'STORE', latitude: 48.8606, longitude: 2.347 });
  emptyStore = await createLocation(system, { type: 'STORE', latitude: 45.758, longitude: 4.852 });
  await mutate(SET_PROFILE, { locationId: warehouse, timeZone: 'Europe/Paris', processingHours: 2, cutoffTime: '15:00', shipDays: weekdays });
  for (const store of [nearStore, farStore, emptyStore]) {
    await mutate(SET_PROFILE, { locationId: store, timeZone: 'Europe/Paris', openingTime: '10:00', closingTime: '19:00', openDays: [1, 2, 3, 4, 5, 6], pickupPreparationMinutes: 120 });
  }
  sku = await createSku(system, { stock: { [warehouse]: 10, [nearStore]: 3, [farStore]: 5, [emptyStore]: 0 } });
});

afterAll(async () => {
  await system?.close();
});

describe('deliveryPromise', () => {
  it('before the cut-off: ships today, express tomorrow, standard in two to three delivery days', async () => {
    const result = await promise(THURSDAY_10H);
    expect(result.promisedAt).toBe(THURSDAY_10H);
    expect(result.shortfalls).toEqual([]);
    const express = ship(result, 'EXPRESS')!;
    expect(express).toMatchObject({ carrierCode: 'TESTPOST', price: { amount: 990, currency: 'EUR' }, dispatchDate: '2026-11-19', earliestDeliveryDate: '2026-11-20', latestDeliveryDate: '2026-11-20' });
    expect(express.shipsFrom.map((location) => location.id)).toEqual([warehouse]);
    expect(express.label).toContain('arrives Fri 20 Nov');
    // Two and three delivery days after Thursday skip the weekend: Monday and Tuesday.
    expect(ship(result, 'STANDARD')).toMatchObject({ price: { amount: 490 }, dispatchDate: '2026-11-19', earliestDeliveryDate: '2026-11-23', latestDeliveryDate: '2026-11-24' });
    // Earliest arrival first.
    expect(result.options.filter((option) => option.method === 'SHIP').map((option) => option.serviceLevel)).toEqual(['EXPRESS', 'STANDARD']);
  });

  it('after the cut-off: leaves tomorrow, so express arrives after the weekend', async () => {
    const result = await promise(THURSDAY_16H);
    expect(ship(result, 'EXPRESS')).toMatchObject({ dispatchDate: '2026-11-20', earliestDeliveryDate: '2026-11-23' });
    expect(ship(result, 'STANDARD')).toMatchObject({ dispatchDate: '2026-11-20', earliestDeliveryDate: '2026-11-24', latestDeliveryDate: '2026-11-25' });
  });

  it('a holiday at the location, and one at the destination, push the dates', async () => {
    const add = await system.query<{ addDeliveryHoliday: { id: string } }>(
      `mutation Add($input: DeliveryHolidayInput!) { addDeliveryHoliday(input: $input) { id date location { id } } }`,
      { input: { date: '2026-11-20', locationId: warehouse, name: 'Stock count' } },
      ADMIN,
    );
    expect(add.errors, JSON.stringify(add.errors)).toBeUndefined();
    const again = await system.query(`mutation Add($input: DeliveryHolidayInput!) { addDeliveryHoliday(input: $input) { id } }`, { input: { date: '2026-11-20', locationId: warehouse, name: 'Twice' } }, ADMIN);
    expect(errorCode(again)).toBe('HOLIDAY_EXISTS');
    const country = await system.query<{ addDeliveryHoliday: { id: string } }>(
      `mutation Add($input: DeliveryHolidayInput!) { addDeliveryHoliday(input: $input) { id } }`,
      { input: { date: '2026-11-24', country: 'FR', name: 'Test holiday' } },
      ADMIN,
    );
    expect(country.errors, JSON.stringify(country.errors)).toBeUndefined();
    try {
      const result = await promise(THURSDAY_16H);
      // Friday is closed at the warehouse: it leaves Monday; Tuesday is a holiday in France: express arrives Wednesday.
      expect(ship(result, 'EXPRESS')).toMatchObject({ dispatchDate: '2026-11-23', earliestDeliveryDate: '2026-11-25' });
      expect(ship(result, 'STANDARD')).toMatchObject({ earliestDeliveryDate: '2026-11-26', latestDeliveryDate: '2026-11-27' });
    } finally {
      for (const id of [add.data!.addDeliveryHoliday.id, country.data!.addDeliveryHoliday.id]) {
        const removed = await system.query(`mutation Remove($id: ID!) { removeDeliveryHoliday(id: $id) { id } }`, { id }, ADMIN);
        expect(removed.errors).toBeUndefined();
      }
    }
  });

  it('offers pickup only at nearby stores that hold the whole order, ready after the preparation time', async () => {
    const result = await promise(THURSDAY_10H);
    const pickups = result.options.filter((option) => option.method === 'PICKUP');
    expect(pickups.map((option) => option.pickupLocation?.id)).toEqual([nearStore]);
    expect(pickups[0]).toMatchObject({ price: { amount: 0 }, earliestDeliveryDate: '2026-11-19', readyAt: '2026-11-19T11:00:00.000Z' });
    expect(pickups[0]!.distanceKm).toBeGreaterThan(0.5);
    expect(pickups[0]!.distanceKm).toBeLessThan(2);
    expect(pickups[0]!.label).toContain('ready today from 12:00');
    // After 17:00 the store cannot have it ready before closing: the next morning, two hours after opening.
    const late = await promise('2026-11-19T17:30:00.000Z');
    expect(late.options.find((option) => option.method === 'PICKUP')?.readyAt).toBe('2026-11-20T11:00:00.000Z');
    // More than the store holds: no pickup there.
    const big = await promise(THURSDAY_10H, 4);
    expect(big.options.filter((option) => option.method === 'PICKUP')).toEqual([]);
    expect(big.options.filter((option) => option.method === 'SHIP')).toHaveLength(2);
  });

  it('leaves out shipping the rules in force cannot source, and says what is short', async () => {
    const result = await promise(THURSDAY_10H, 25);
    expect(result.options).toEqual([]);
    expect(result.shortfalls).toEqual([{ sku, requested: 25, available: 0 }]);
  });

  it('refuses bad input and unknown SKUs without guessing', async () => {
    const unknown = await system.query(PROMISE, { input: { lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }], destination: LYON_3E, channel: 'WEB' } });
    expect(errorCode(unknown)).toBe('UNKNOWN_SKU');
    const badCountry = await system.query(PROMISE, { input: { lines: [{ sku, quantity: 1 }], destination: { country: 'France' }, channel: 'WEB' } });
    expect(errorCode(badCountry)).toBe('BAD_USER_INPUT');
    const badProfile = await system.query(SET_PROFILE, { input: { locationId: warehouse, timeZone: 'Mars/Olympus' } }, ADMIN);
    expect(errorCode(badProfile)).toBe('BAD_USER_INPUT');
    const anonymousAdmin = await system.query(UPSERT_CARRIER, { input: { carrierCode: 'X', carrierName: 'X', serviceLevel: 'STANDARD', deliveryDays: [1], lanes: [{ country: 'FR', minDays: 1, maxDays: 1 }] } });
    expect(anonymousAdmin.errors).toBeDefined();
  });
});

describe('the promise made is the promise kept', () => {
  const ADDRESS = { name: 'Camille Martin', line1: '3 rue Garibaldi', city: 'Lyon', postalCode: '69003', country: 'FR', latitude: 45.7605, longitude: 4.8495 };

  async function place(delivery: Record<string, unknown>, quantity = 1) {
    return system.query<{ placeOrder: { __typename: string; shippingTotal: { amount: number }; total: { amount: number }; promisedDelivery: { serviceLevel: string; carrierCode: string; earliest: string; latest: string } | null } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { shippingTotal { amount } total { amount } promisedDelivery { serviceLevel carrierCode earliest latest } } } }`,
      { input: { idempotencyKey: randomUUID(), channel: 'WEB', guestEmail: 'promise@example.com', lines: [{ sku, quantity }], delivery, payment: { token: 'tok_visa' } } },
      ADMIN,
    );
  }

  it('charges an order placed with a service level the price deliveryPromise quoted for it, and keeps the promised dates', async () => {
    const before = ship(await promise(new Date().toISOString()), 'EXPRESS')!;
    const response = await place({ method: 'SHIP', address: ADDRESS, serviceLevel: 'EXPRESS' });
    const after = ship(await promise(new Date().toISOString()), 'EXPRESS')!;
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const order = response.data!.placeOrder;
    expect(order.__typename).toBe('Order');
    // 9.90 quoted for express, not the flat 4.90 an order of 10.00 pays without a service level.
    expect(order.shippingTotal.amount).toBe(before.price.amount);
    expect(order.total.amount).toBe(1000 + before.price.amount);
    // The dates of the promise made just before (or just after, should a cut-off pass in between).
    const promised = [before, after].map((option) => ({ serviceLevel: 'EXPRESS', carrierCode: 'TESTPOST', earliest: option.earliestDeliveryDate, latest: option.latestDeliveryDate }));
    expect(promised).toContainEqual(order.promisedDelivery);

    // Above the free-shipping threshold the chosen service is still what it costs.
    const big = (await place({ method: 'SHIP', address: ADDRESS, serviceLevel: 'STANDARD' }, 6)).data!.placeOrder;
    expect(big).toMatchObject({ shippingTotal: { amount: 490 }, total: { amount: 6000 + 490 }, promisedDelivery: { serviceLevel: 'STANDARD' } });
    // Without a service level: today's flat fee, and no promise kept on the order.
    const flat = (await place({ method: 'SHIP', address: ADDRESS })).data!.placeOrder;
    expect(flat).toMatchObject({ shippingTotal: { amount: 490 }, promisedDelivery: null });
  });

  it('refuses a service level nothing offers (holding nothing) and one for a pickup', async () => {
    const held = (await levelOf(system, sku, warehouse))?.reserved;
    expect(errorCode(await place({ method: 'SHIP', address: ADDRESS, serviceLevel: 'ECONOMY' }))).toBe('SERVICE_LEVEL_UNAVAILABLE');
    expect((await levelOf(system, sku, warehouse))?.reserved).toBe(held);
    expect(errorCode(await place({ method: 'PICKUP', pickupLocationId: nearStore, serviceLevel: 'STANDARD' }))).toBe('BAD_USER_INPUT');
  });
});
