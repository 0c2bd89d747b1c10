import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { inventoryEm, levelOf } from './support/inventory-fixtures.ts';
import { createLocation, createSku, errorCode } from './support/order-fixtures.ts';
import { SALE_ALTERNATIVE_FIELDS, type SaleAlternative as Alternative } from './support/sale-alternative-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

// Orders go to fulfillment as soon as they are allocated (no cancellation window) in these tests.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
const CUSTOMER = demoId('customer', 0);
const OTHER_CUSTOMER = demoId('customer', 1);
const CARE_AGENT = staffToken(['CARE_AGENT'], { staffId: 'care-agent-7' });
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

const ORDER_FIELDS = /* GraphQL */ `
  id number status releasedAt deliveryMethod pickupLocation { id }
  total { amount } shippingTotal { amount }
  lines { id status quantity cancelledQuantity unitPrice { amount } sku { code } }
  payments { status authorized { amount } }
  holds { reason releasedAt releasedBy releaseNote }
  pipeline { step outcome actor detail }
  timeline { from to actor reason }
  allocations { location { id } quantity sku status }
`;

const ALTERNATIVES = /* GraphQL */ `
  query Alternatives($id: ID!) {
    order(id: $id) {
      status
      saleAlternatives { ${SALE_ALTERNATIVE_FIELDS} }
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptOrderAlternativeInput!) { acceptOrderAlternative(input: $input) { ${ORDER_FIELDS} } }
`;

interface OrderView {
  id: string;
  number: string;
  status: string;
  releasedAt: string | null;
  deliveryMethod: string;
  pickupLocation: { id: string } | null;
  total: { amount: number };
  shippingTotal: { amount: number };
  lines: { id: string; status: string; quantity: number; cancelledQuantity: number; unitPrice: { amount: number }; sku: { code: string } }[];
  payments: { status: string; authorized: { amount: number } }[];
  holds: { reason: string; releasedAt: string | null; releasedBy: string | null; releaseNote: string | null }[];
  pipeline: { step: string; outcome: string; actor: string; detail: string | null }[];
  timeline: { from: string | null; to: string; actor: string; reason: string | null }[];
  allocations: { location: { id: string }; quantity: number; sku: string; status: string }[];
}

interface ReleasedAllocation {
  allocationId: string;
  orderLineId: string;
  sku: string;
  locationId: string;
  quantity: number;
}

async function placeOrder(input: Record<string, unknown>, auth = ADMIN): Promise<OrderView> {
  const data = ok(await system.query<{ placeOrder: OrderView & { __typename: string } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } } }`,
    { input: { idempotencyKey: randomUUID(), channel: 'WEB', payment: { token: 'tok_visa' }, ...input } },
    auth,
  ));
  expect(data.placeOrder.__typename).toBe('Order');
  return data.placeOrder;
}

async function orderOf(id: string): Promise<OrderView> {
  return ok(await system.query<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id }, ADMIN)).order;
}

async function alternativesOf(id: string, auth = ADMIN): Promise<Alternative[]> {
  return ok(await system.query<{ order: { saleAlternatives: Alternative[] } }>(ALTERNATIVES, { id }, auth)).order.saleAlternatives;
}

function accept(input: Record<string, unknown>, auth = ADMIN): Promise<GraphQLResponse<{ acceptOrderAlternative: OrderView }>> {
  return system.query<{ acceptOrderAlternative: OrderView }>(ACCEPT, { input: { idempotencyKey: randomUUID(), ...input } }, auth);
}

/** OrderReleased payloads of an order in the orders outbox (what fulfillment receives), oldest first. */
async function releases(orderId: string): Promise<ReleasedAllocation[][]> {
  const rows = await system.subgraphs.orders.orm.em
    .fork()
    .execute<{ payload: { allocations: ReleasedAllocation[] } }[]>("select payload from orders.outbox_event where aggregate_id = ? and type = 'OrderReleased' order by position", [orderId]);
  return rows.map((row) => row.payload.allocations);
}

async function outboxEvents(orderId: string, type: string): Promise<Record<string, unknown>[]> {
  const rows = await system.subgraphs.orders.orm.em
    .fork()
    .execute<{ payload: Record<string, unknown> }[]>('select payload from orders.outbox_event where aggregate_id = ? and type = ? order by position', [orderId, type]);
  return rows.map((row) => row.payload);
}

/** The allocations of the order's first release, once it is in the outbox. */
async function firstRelease(orderId: string, what: string): Promise<ReleasedAllocation[]> {
  const [first] = await waitFor(what, async () => {
    const found = await releases(orderId);
    return found.length > 0 ? found : undefined;
  });
  return first!;
}

/** Plays the fulfillment service: `shortQuantity` units of each allocation were missing at the pick at `locationId`. */
async function publishShortPick(orderId: string, locationId: string, lines: readonly (ReleasedAllocation & { shortQuantity: number })[]): Promise<void> {
  await system.bus.publish([
    {
      id: randomUUID(),
      source: 'fulfillment',
      type: 'FulfillmentLinesShortPicked',
      aggregateType: 'FulfillmentOrder',
      aggregateId: randomUUID(),
      payload: {
        fulfillmentOrderId: randomUUID(),
        orderId,
        locationId,
        lines: lines.map((line) => ({ orderLineId: line.orderLineId, allocationId: line.allocationId, sku: line.sku, shortQuantity: line.shortQuantity })),
      },
      occurredAt: new Date().toISOString(),
    },
  ]);
}

/** Every unit of the order's first release is missing at the pick. */
async function shortPickEverything(order: OrderView): Promise<OrderView> {
  const first = await firstRelease(order.id, `order ${order.number} released`);
  await publishShortPick(order.id, first[0]!.locationId, first.map((allocation) => ({ ...allocation, shortQuantity: allocation.quantity })));
  return waitFor(`order ${order.number} on hold for stock`, async () => {
    const current = await orderOf(order.id);
    return current.status === 'ON_HOLD' && current.holds.some((hold) => hold.reason === 'STOCK_SHORTAGE' && !hold.releasedAt) ? current : undefined;
  });
}

let storeA: string;
let storeB: string;
let warehouse: string;

beforeAll(async () => {
  system = await startTestSystem();
  // Two stores in Lyon 1.2 km apart; a warehouse outside town (stores do not ship).
  storeA = await createLocation(system, { type: 'STORE', latitude: 45.7605, longitude: 4.8495 });
  storeB = await createLocation(system, { type: 'STORE', latitude: 45.7672, longitude: 4.8357 });
  warehouse = await createLocation(system, { type: 'WAREHOUSE', latitude: 45.696, longitude: 4.944 });
});

afterAll(async () => {
  await system?.close();
});

describe('save the sale after placement', () => {
  it('a pickup short-picked at its store waits for stock with alternatives; the customer takes another store and the order goes on', async () => {
    const sku = await createSku(system, { price: 2500, stock: { [storeA]: 2, [storeB]: 5 } });
    const placed = await placeOrder({ lines: [{ sku, quantity: 2 }], delivery: { method: 'PICKUP', pickupLocationId: storeA } }, customerToken(CUSTOMER));
    const held = await shortPickEverything(placed);
    expect(held.lines).toMatchObject([{ status: 'BACKORDERED', quantity: 2 }]);

    // The order's customer and care agents see the same ranked alternatives; another store comes first.
    const alternatives = await alternativesOf(placed.id, customerToken(CUSTOMER));
    expect(await alternativesOf(placed.id, CARE_AGENT)).toEqual(alternatives);
    expect(alternatives[0]).toMatchObject({ kind: 'PICKUP_ELSEWHERE', rank: 1, deliveryMethod: 'PICKUP', pickupLocation: { id: storeB }, lines: [{ sku, quantity: 2, replacesSku: null }] });
    expect(alternatives[0]!.distanceKm).toBeGreaterThan(0.5);
    expect(alternatives.map((alternative) => alternative.kind)).not.toContain('PRESELL');

    // Someone else's order: neither visible nor acceptable.
    const foreign = await system.query<{ order: { saleAlternatives: Alternative[] } | null }>(ALTERNATIVES, { id: placed.id }, customerToken(OTHER_CUSTOMER));
    expect(foreign.data?.order?.saleAlternatives).toBeUndefined();
    expect(errorCode(await accept({ orderId: placed.id, alternativeId: alternatives[0]!.id }, customerToken(OTHER_CUSTOMER)))).toBe('NOT_FOUND');
    // A made-up id is not an alternative.
    expect(errorCode(await accept({ orderId: placed.id, alternativeId: 'oa1.made-up' }, customerToken(CUSTOMER)))).toBe('ALTERNATIVE_INVALID');
    expect((await orderOf(placed.id)).status).toBe('ON_HOLD');

    const key = randomUUID();
    const accepted = ok(await accept({ orderId: placed.id, alternativeId: alternatives[0]!.id, idempotencyKey: key }, customerToken(CUSTOMER))).acceptOrderAlternative;
    expect(accepted).toMatchObject({ status: 'RELEASED', deliveryMethod: 'PICKUP', pickupLocation: { id: storeB }, total: { amount: 5000 }, lines: [{ status: 'OPEN', quantity: 2, cancelledQuantity: 0 }] });
    expect(accepted.holds).toMatchObject([{ reason: 'STOCK_SHORTAGE', releasedBy: `customer:${CUSTOMER}` }]);
    expect(accepted.holds[0]!.releasedAt).not.toBeNull();
    expect(accepted.holds[0]!.releaseNote).toContain('PICKUP_ELSEWHERE');
    expect(accepted.allocations.filter((allocation) => allocation.status === 'ALLOCATED')).toEqual([{ location: { id: storeB }, quantity: 2, sku, status: 'ALLOCATED' }]);
    expect(await levelOf(system, sku, storeB)).toMatchObject({ onHand: 5, reserved: 2 });
    expect(accepted.timeline.at(-1)).toMatchObject({ from: 'ON_HOLD', to: 'RELEASED', actor: `customer:${CUSTOMER}` });
    expect(accepted.pipeline.map((step) => [step.step, step.outcome]).slice(-2)).toEqual([['SOURCE_AND_ALLOCATE', 'PASSED'], ['RELEASE', 'PASSED']]);

    // Fulfillment gets the units at the new store; the acceptance is an event of its own.
    const [, again] = await releases(placed.id);
    expect(again).toMatchObject([{ locationId: storeB, quantity: 2, sku }]);
    expect(await outboxEvents(placed.id, 'OrderAlternativeAccepted')).toMatchObject([{ orderId: placed.id, kind: 'PICKUP_ELSEWHERE', status: 'RELEASED', total: { amount: 5000 } }]);
    expect(await outboxEvents(placed.id, 'OrderHoldReleased')).toHaveLength(1);

    // The same key replays; another alternative now finds nothing waiting.
    const replay = ok(await accept({ orderId: placed.id, alternativeId: alternatives[0]!.id, idempotencyKey: key }, customerToken(CUSTOMER))).acceptOrderAlternative;
    expect(replay.status).toBe('RELEASED');
    expect(await releases(placed.id)).toHaveLength(2);
    expect(errorCode(await accept({ orderId: placed.id, alternativeId: alternatives[0]!.id }, customerToken(CUSTOMER)))).toBe('ORDER_NOT_WAITING_FOR_STOCK');
    expect(await alternativesOf(placed.id)).toEqual([]);
  });

  it('refuses a stale alternative (the other store sold out meanwhile) and changes nothing', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [storeA]: 1, [storeB]: 1 } });
    const placed = await placeOrder({ customerId: CUSTOMER, lines: [{ sku, quantity: 1 }], delivery: { method: 'PICKUP', pickupLocationId: storeA } });
    await shortPickEverything(placed);
    const [elsewhere] = await alternativesOf(placed.id, CARE_AGENT);
    expect(elsewhere).toMatchObject({ kind: 'PICKUP_ELSEWHERE', pickupLocation: { id: storeB } });

    await inventoryEm(system).execute('update inventory.stock_level set on_hand = 0 where location_id = ? and sku_code = ?', [storeB, sku]);
    const refused = await accept({ orderId: placed.id, alternativeId: elsewhere!.id }, CARE_AGENT);
    expect(errorCode(refused)).toBe('ALTERNATIVE_INVALID');
    const after = await orderOf(placed.id);
    expect(after).toMatchObject({ status: 'ON_HOLD', pickupLocation: { id: storeA }, lines: [{ status: 'BACKORDERED' }] });
    expect(after.holds.filter((hold) => !hold.releasedAt)).toHaveLength(1);
    expect(await alternativesOf(placed.id)).toEqual([]);
  });

  it('takes a configured substitute at its own price: the payment is raised by the difference and the new line goes to fulfillment', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 2 } });
    const substitute = await createSku(system, { price: 1500, stock: { [warehouse]: 5 } });
    ok(await system.query(`mutation S($sku: String!, $substitutes: [String!]!) { setSkuSubstitutes(sku: $sku, substitutes: $substitutes) { code } }`, { sku, substitutes: [substitute] }, ADMIN));
    const placed = await placeOrder({ customerId: CUSTOMER, lines: [{ sku, quantity: 2 }], delivery: { method: 'SHIP', address: ADDRESS } });
    expect(placed.total.amount).toBe(2000 + 490);
    await shortPickEverything(placed);

    const alternatives = await alternativesOf(placed.id, CARE_AGENT);
    const swap = alternatives.find((alternative) => alternative.kind === 'SUBSTITUTE');
    expect(swap).toMatchObject({ lines: [{ sku: substitute, quantity: 2, replacesSku: sku }] });
    // Nothing else of the order is left, so going on without the units is no alternative.
    expect(alternatives.map((alternative) => alternative.kind)).not.toContain('PARTIAL');

    const accepted = ok(await accept({ orderId: placed.id, alternativeId: swap!.id }, CARE_AGENT)).acceptOrderAlternative;
    expect(accepted).toMatchObject({
      status: 'RELEASED',
      total: { amount: 3000 + 490 },
      shippingTotal: { amount: 490 },
      lines: [
        { status: 'CANCELLED', quantity: 2, cancelledQuantity: 2, sku: { code: sku } },
        { status: 'OPEN', quantity: 2, cancelledQuantity: 0, unitPrice: { amount: 1500 }, sku: { code: substitute } },
      ],
      payments: [{ status: 'AUTHORIZED', authorized: { amount: 3490 } }],
    });
    expect(accepted.pipeline.some((step) => step.step === 'PAYMENT_AUTHORIZATION' && step.detail?.includes('10.00 EUR more'))).toBe(true);
    const [, again] = await releases(placed.id);
    expect(again).toMatchObject([{ orderLineId: accepted.lines[1]!.id, sku: substitute, locationId: warehouse, quantity: 2 }]);
    expect(await levelOf(system, substitute, warehouse)).toMatchObject({ onHand: 5, reserved: 2 });
  });

  it('goes on with what is held and refunds the units that wait', async () => {
    const kept = await createSku(system, { price: 3000, stock: { [warehouse]: 1 } });
    const short = await createSku(system, { price: 2000, stock: { [warehouse]: 1 } });
    const placed = await placeOrder({ customerId: CUSTOMER, lines: [{ sku: kept, quantity: 1 }, { sku: short, quantity: 1 }], delivery: { method: 'SHIP', address: ADDRESS } });
    expect(placed.total.amount).toBe(5000);
    const missing = (await firstRelease(placed.id, 'the release')).find((allocation) => allocation.sku === short)!;
    await publishShortPick(placed.id, warehouse, [{ ...missing, shortQuantity: 1 }]);
    await waitFor('the hold', async () => ((await orderOf(placed.id)).status === 'ON_HOLD' ? true : undefined));
    const partial = (await alternativesOf(placed.id)).find((alternative) => alternative.kind === 'PARTIAL');
    expect(partial).toMatchObject({ lines: [{ sku: short, quantity: 0 }] });

    const accepted = ok(await accept({ orderId: placed.id, alternativeId: partial!.id })).acceptOrderAlternative;
    // 30.00 left, below the free-shipping threshold, but a cancellation never raises shipping.
    expect(accepted).toMatchObject({ status: 'RELEASED', total: { amount: 3000 }, lines: [{ status: 'OPEN' }, { status: 'CANCELLED', cancelledQuantity: 1 }] });
    expect(accepted.payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: 3000 } }]);
    const voided = await system.subgraphs.orders.orm.em
      .fork()
      .execute<{ amount: number }[]>("select po.amount from orders.payment_operation po join orders.payment p on p.id = po.payment_id where p.order_id = ? and po.operation = 'VOID'", [placed.id]);
    expect(voided.map((row) => Number(row.amount))).toEqual([2000]);
    expect(await outboxEvents(placed.id, 'OrderLinesCancelled')).toMatchObject([{ lineIds: [accepted.lines[1]!.id] }]);
  });
});

describe('editOrder changes how an order is delivered', () => {
  const EDIT = /* GraphQL */ `
    mutation Edit($input: EditOrderInput!) {
      editOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} shipTo { city postalCode } } }
    }
  `;
  const edit = async (input: Record<string, unknown>) =>
    system.query<{ editOrder: OrderView & { __typename: string; shipTo: { city: string; postalCode: string } | null } }>(EDIT, { input }, CARE_AGENT);
  const setCountryMismatch = (enabled: boolean) =>
    system.query(`mutation ($input: SetRiskRulesInput!) { setRiskRules(input: $input) { holdExpirySeconds } }`, { input: { countryMismatch: { enabled } } }, ADMIN);

  it('ships a collected order instead (shipping charged, payment raised), then has it collected again (shipping voided)', async () => {
    // A risk hold keeps the order before its release, where it can be edited.
    ok(await setCountryMismatch(true));
    try {
      const sku = await createSku(system, { price: 1000, stock: { [storeA]: 3, [warehouse]: 3 } });
      const placed = await placeOrder({
        customerId: CUSTOMER,
        lines: [{ sku, quantity: 1 }],
        delivery: { method: 'PICKUP', pickupLocationId: storeA },
        billingAddress: { ...ADDRESS, city: 'Bruxelles', postalCode: '1000', country: 'BE' },
      });
      expect(placed).toMatchObject({ status: 'ON_HOLD', total: { amount: 1000 } });

      const shipped = ok(await edit({ orderId: placed.id, shipTo: ADDRESS, reason: 'customer cannot come to the store' })).editOrder;
      expect(shipped).toMatchObject({ __typename: 'Order', deliveryMethod: 'SHIP', pickupLocation: null, shipTo: { city: 'Lyon', postalCode: '69002' }, shippingTotal: { amount: 490 }, total: { amount: 1490 } });
      expect(shipped.payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: 1490 } }]);
      expect(shipped.allocations.filter((allocation) => allocation.status === 'ALLOCATED')).toEqual([{ location: { id: warehouse }, quantity: 1, sku, status: 'ALLOCATED' }]);

      const collected = ok(await edit({ orderId: placed.id, pickupLocationId: storeA })).editOrder;
      expect(collected).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocation: { id: storeA }, shipTo: null, shippingTotal: { amount: 0 }, total: { amount: 1000 } });
      expect(collected.payments).toMatchObject([{ authorized: { amount: 1000 } }]);
      expect(collected.allocations.filter((allocation) => allocation.status === 'ALLOCATED')).toEqual([{ location: { id: storeA }, quantity: 1, sku, status: 'ALLOCATED' }]);

      expect(errorCode(await edit({ orderId: placed.id, pickupLocationId: storeB, shipTo: ADDRESS }))).toBe('BAD_USER_INPUT');
    } finally {
      ok(await setCountryMismatch(false));
    }
  });
});
