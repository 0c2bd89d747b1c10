import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import {
  allocatedOf,
  createLocation,
  createSku,
  errorCode,
  orderCount,
  orderLinesOf,
  reservedOf,
  stockOf,
  uniqueCode,
} from './support/order-fixtures.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

let system: TestSystem;
/** A warehouse for tests that only need some stock somewhere. */
let warehouse: string;

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system);
});

afterAll(async () => {
  await system?.close();
});

/** Through the gateway, as an admin unless another caller's token is given. */
function query<T = Record<string, unknown>>(gql: string, variables?: Record<string, unknown>, auth: string = ADMIN): Promise<GraphQLResponse<T>> {
  return system.query<T>(gql, variables, auth);
}

const ORDER_FIELDS = /* GraphQL */ `
  id number status channel email deliveryMethod
  pickupLocation { id }
  shipTo { name postalCode country }
  subtotal { amount currency } discountTotal { amount } shippingTotal { amount } taxTotal { amount } total { amount }
  promotionCodes
  lines { id lineNumber status quantity sku { code } unitPrice { amount } discount { amount } lineTotal { amount } }
  payments { provider reference status authorized { amount } captured { amount } }
  timeline { from to actor reason at }
`;

const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on Order { ${ORDER_FIELDS} }
      ... on OutOfStock { unavailable: lines { sku requested available } }
    }
  }
`;

const CANCEL_ORDER = /* GraphQL */ `
  mutation CancelOrder($input: CancelOrderInput!) {
    cancelOrder(input: $input) { ${ORDER_FIELDS} }
  }
`;

const CREATE_PROMOTION = /* GraphQL */ `
  mutation CreatePromotion($input: CreatePromotionInput!) {
    createPromotion(input: $input) { id code kind scope value currency skus minimumSubtotal usageLimit usageCount validFrom validTo }
  }
`;

interface PlacedOrder {
  __typename: 'Order';
  id: string;
  number: string;
  status: string;
  email: string;
  deliveryMethod: string;
  pickupLocation: { id: string } | null;
  shipTo: { name: string; postalCode: string; country: string } | null;
  subtotal: { amount: number; currency: string };
  discountTotal: { amount: number };
  shippingTotal: { amount: number };
  taxTotal: { amount: number };
  total: { amount: number };
  promotionCodes: string[];
  lines: { id: string; lineNumber: number; status: string; quantity: number; sku: { code: string }; unitPrice: { amount: number }; discount: { amount: number }; lineTotal: { amount: number } }[];
  payments: { provider: string; reference: string; status: string; authorized: { amount: number }; captured: { amount: number } }[];
  timeline: { from: string | null; to: string; actor: string; reason: string | null; at: string }[];
}

interface OutOfStock {
  __typename: 'OutOfStock';
  unavailable: { sku: string; requested: number; available: number }[];
}

type PlaceOrderResponse = GraphQLResponse<{ placeOrder: PlacedOrder | OutOfStock }>;

const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

function orderInput(lines: { sku: string; quantity: number; unitPrice?: number }[], overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    channel: 'WEB',
    guestEmail: 'guest@example.com',
    lines,
    delivery: { method: 'SHIP', address: ADDRESS },
    payment: { token: 'tok_visa' },
    ...overrides,
  };
}

function placeOrder(input: Record<string, unknown>, auth: string = ADMIN): Promise<PlaceOrderResponse> {
  return query(PLACE_ORDER, { input }, auth);
}

function placed(response: PlaceOrderResponse): PlacedOrder {
  expect(response.errors).toBeUndefined();
  const result = response.data?.placeOrder;
  if (result?.__typename !== 'Order') throw new Error(`expected an order, got ${JSON.stringify(response)}`);
  return result;
}

function cancelOrder(input: Record<string, unknown>, auth: string = ADMIN): Promise<GraphQLResponse<{ cancelOrder: PlacedOrder }>> {
  return query(CANCEL_ORDER, { input }, auth);
}

async function promotionUsage(code: string): Promise<number> {
  const response = await query<{ promotion: { usageCount: number } | null }>('query($code: String!) { promotion(code: $code) { usageCount } }', { code });
  return response.data?.promotion?.usageCount ?? -1;
}

async function availableToSell(sku: string): Promise<number> {
  const response = await query<{ sku: { availableToSell: number } }>('query($code: String!) { sku(code: $code) { availableToSell } }', { code: sku });
  expect(response.errors).toBeUndefined();
  return response.data?.sku.availableToSell ?? -1;
}

/** Every level of the SKU holds exactly what the placed orders were allocated, and nothing is negative. */
async function expectNoLeakedHolds(sku: string, orderIds: readonly string[]) {
  const levels = await stockOf(system, sku);
  for (const level of levels) {
    expect(level.onHand).toBeGreaterThanOrEqual(0);
    expect(level.reserved).toBeGreaterThanOrEqual(0);
    expect(level.reserved).toBeLessThanOrEqual(level.onHand);
  }
  const reserved = levels.reduce((total, level) => total + level.reserved, 0);
  expect(reserved).toBe(await allocatedOf(system, sku, orderIds));
  expect(reserved).toBe(await allocatedOf(system, sku));
}

function outcomes(responses: PlaceOrderResponse[]) {
  const errors = responses.flatMap((response) => response.errors ?? []);
  const orders = responses.map((response) => response.data?.placeOrder).filter((result): result is PlacedOrder => result?.__typename === 'Order');
  const outOfStock = responses.map((response) => response.data?.placeOrder).filter((result): result is OutOfStock => result?.__typename === 'OutOfStock');
  return { errors, orders, outOfStock };
}

describe('placeOrder never oversells', () => {
  it('200 concurrent orders for 50 units at one location sell exactly 50', async () => {
    const sku = await createSku(system, { stock: { [warehouse]: 50 } });
    const responses = await Promise.all(Array.from({ length: 200 }, () => placeOrder(orderInput([{ sku, quantity: 1 }]))));
    const { errors, orders, outOfStock } = outcomes(responses);
    expect(errors).toEqual([]);
    expect(orders).toHaveLength(50);
    expect(outOfStock).toHaveLength(150);
    expect(outOfStock[0]?.unavailable).toEqual([{ sku, requested: 1, available: 0 }]);
    expect(new Set(orders.map((order) => order.number)).size).toBe(50);
    expect(await availableToSell(sku)).toBe(0);
    expect(await stockOf(system, sku)).toEqual([{ locationId: warehouse, onHand: 50, reserved: 50 }]);
    expect(await orderLinesOf(system, sku)).toBe(50);
    await expectNoLeakedHolds(sku, orders.map((order) => order.id));
  });

  it('the same with the 50 units spread over 3 locations, and with 2 SKUs per order', async () => {
    const locations = [await createLocation(system, { latitude: 48.85, longitude: 2.35 }), await createLocation(system, { latitude: 43.3, longitude: 5.37 }), await createLocation(system)];
    const first = await createSku(system, { stock: { [locations[0]!]: 20, [locations[1]!]: 20, [locations[2]!]: 10 } });
    const second = await createSku(system, { stock: { [locations[0]!]: 10, [locations[1]!]: 15, [locations[2]!]: 25 } });
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => placeOrder(orderInput([{ sku: first, quantity: 1 }, { sku: second, quantity: 1 }]))),
    );
    const { errors, orders, outOfStock } = outcomes(responses);
    expect(errors).toEqual([]);
    expect(orders).toHaveLength(50);
    expect(outOfStock).toHaveLength(150);
    for (const sku of [first, second]) {
      expect(await availableToSell(sku)).toBe(0);
      const levels = await stockOf(system, sku);
      expect(levels).toHaveLength(3);
      for (const level of levels) expect(level.reserved).toBe(level.onHand);
      expect(await orderLinesOf(system, sku)).toBe(50);
      await expectNoLeakedHolds(sku, orders.map((order) => order.id));
    }
  });
});

describe('idempotency', () => {
  it('100 concurrent requests with one key make exactly one order, and all return it', async () => {
    const sku = await createSku(system, { stock: { [warehouse]: 500 } });
    const input = orderInput([{ sku, quantity: 2 }]);
    const before = await orderCount(system);
    const responses = await Promise.all(Array.from({ length: 100 }, () => placeOrder(input)));
    const { errors, orders } = outcomes(responses);
    expect(errors).toEqual([]);
    expect(orders).toHaveLength(100);
    expect(new Set(orders.map((order) => order.id)).size).toBe(1);
    expect(new Set(orders.map((order) => order.number)).size).toBe(1);
    expect(await orderCount(system)).toBe(before + 1);
    expect(await reservedOf(system, sku)).toBe(2);
    await expectNoLeakedHolds(sku, [orders[0]!.id]);
    // A later retry replays too.
    expect(placed(await placeOrder(input)).id).toBe(orders[0]!.id);
  });

  it('refuses the same key with a different request, and writes nothing', async () => {
    const sku = await createSku(system, { stock: { [warehouse]: 10 } });
    const input = orderInput([{ sku, quantity: 1 }]);
    placed(await placeOrder(input));
    const before = await orderCount(system);
    const reused = await placeOrder({ ...input, lines: [{ sku, quantity: 2 }] });
    expect(errorCode(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.data?.placeOrder ?? null).toBeNull();
    expect(await orderCount(system)).toBe(before);
    expect(await reservedOf(system, sku)).toBe(1);
  });

  it('replays an out-of-stock answer for its key, even after stock arrives', async () => {
    const sku = await createSku(system, { stock: { [warehouse]: 1 } });
    const input = orderInput([{ sku, quantity: 3 }]);
    const first = await placeOrder(input);
    expect(first.data?.placeOrder).toEqual({ __typename: 'OutOfStock', unavailable: [{ sku, requested: 3, available: 1 }] });
    await system.subgraphs.inventory.orm.em.fork().execute('update inventory.stock_level set on_hand = 10 where sku_code = ?', [sku]);
    expect((await placeOrder(input)).data?.placeOrder).toEqual(first.data?.placeOrder);
    expect(await reservedOf(system, sku)).toBe(0);
    // A new key is a new attempt.
    placed(await placeOrder({ ...input, idempotencyKey: randomUUID() }));
  });
});

describe('validation: each failure has its own code and writes nothing', () => {
  let sku: string;
  let unpriced: string;
  let promotion: string;
  let expired: string;

  beforeAll(async () => {
    sku = await createSku(system, { stock: { [warehouse]: 100 } });
    unpriced = await createSku(system, { price: null, stock: { [warehouse]: 100 } });
    promotion = uniqueCode('LIMITED');
    const created = await query(CREATE_PROMOTION, {
      input: { code: promotion, description: 'Two uses', kind: 'PERCENTAGE', value: 10, usageLimit: 2, minimumSubtotal: 1500 },
    });
    expect(created.errors).toBeUndefined();
    expired = uniqueCode('SUMMER');
    const past = await query(CREATE_PROMOTION, {
      input: { code: expired, description: 'Last summer', kind: 'PERCENTAGE', value: 10, validFrom: '2025-06-01T00:00:00Z', validTo: '2025-09-01T00:00:00Z' },
    });
    expect(past.errors).toBeUndefined();
  });

  const line = () => [{ sku, quantity: 1 }];
  const cases: [string, () => Record<string, unknown>][] = [
    ['INVALID_QUANTITY', () => orderInput([{ sku, quantity: 0 }])],
    ['INVALID_QUANTITY', () => orderInput([{ sku, quantity: 1001 }])],
    ['INVALID_QUANTITY', () => orderInput([])],
    ['INVALID_QUANTITY', () => orderInput(Array.from({ length: 101 }, () => ({ sku, quantity: 1 })))],
    ['UNKNOWN_SKU', () => orderInput([...line(), { sku: 'NO-SUCH-SKU', quantity: 1 }])],
    ['UNKNOWN_CUSTOMER', () => orderInput(line(), { guestEmail: null, customerId: randomUUID() })],
    ['UNKNOWN_CUSTOMER', () => orderInput(line(), { customerId: 'not-a-customer' })],
    ['GUEST_EMAIL_REQUIRED', () => orderInput(line(), { guestEmail: null })],
    ['INVALID_EMAIL', () => orderInput(line(), { guestEmail: 'camille@' })],
    ['INVALID_ADDRESS', () => orderInput(line(), { delivery: { method: 'SHIP' } })],
    ['INVALID_ADDRESS', () => orderInput(line(), { delivery: { method: 'SHIP', address: { ...ADDRESS, country: 'US', postalCode: '10001' } } })],
    ['INVALID_ADDRESS', () => orderInput(line(), { delivery: { method: 'SHIP', address: { ...ADDRESS, postalCode: '6900' } } })],
    ['INVALID_ADDRESS', () => orderInput(line(), { delivery: { method: 'SHIP', address: { ...ADDRESS, country: 'NL', postalCode: '1012' } } })],
    ['PICKUP_LOCATION_REQUIRED', () => orderInput(line(), { delivery: { method: 'PICKUP' } })],
    ['PICKUP_LOCATION_INVALID', () => orderInput(line(), { delivery: { method: 'PICKUP', pickupLocationId: randomUUID() } })],
    ['PICKUP_LOCATION_INVALID', () => orderInput(line(), { delivery: { method: 'RESERVE_IN_STORE', pickupLocationId: warehouse } })],
    ['PRICE_NOT_ALLOWED', () => orderInput([{ sku, quantity: 1, unitPrice: 1 }])],
    ['UNPRICED_SKU', () => orderInput([{ sku: unpriced, quantity: 1 }])],
    ['UNSUPPORTED_CURRENCY', () => orderInput(line(), { currency: 'USD' })],
    ['PROMOTION_INVALID', () => orderInput(line(), { promotionCodes: ['NO-SUCH-CODE'] })],
    ['PROMOTION_INVALID', () => orderInput(line(), { promotionCodes: [promotion] })], // below its minimum subtotal
    ['PROMOTION_INVALID', () => orderInput([{ sku, quantity: 2 }], { promotionCodes: [expired] })],
    // A marketplace order in pounds, with its own prices, cannot use a euro promotion.
    ['PROMOTION_INVALID', () => orderInput([{ sku, quantity: 2, unitPrice: 1000 }], { channel: 'MARKETPLACE', currency: 'GBP', promotionCodes: [promotion] })],
    ['PAYMENT_DECLINED', () => orderInput(line(), { payment: { token: 'tok_chargeDeclined' } })],
    ['PAYMENT_DECLINED', () => orderInput(line(), { payment: { token: 'tok_insufficientFunds' } })],
    ['PAYMENT_PROVIDER_UNKNOWN', () => orderInput(line(), { payment: { token: 'tok_visa', provider: 'acme-pay' } })],
    ['DEPENDENCY_UNAVAILABLE', () => orderInput(line(), { payment: { token: 'tok_processingError' } })],
  ];

  it.each(cases)('%s', async (code, input) => {
    const [orders, reserved, usage] = await Promise.all([orderCount(system), reservedOf(system, sku), promotionUsage(promotion)]);
    const response = await placeOrder(input());
    expect(errorCode(response)).toBe(code);
    expect(response.data?.placeOrder ?? null).toBeNull();
    expect(await orderCount(system)).toBe(orders);
    expect(await reservedOf(system, sku)).toBe(reserved);
    expect(await promotionUsage(promotion)).toBe(usage);
    await expectNoLeakedHolds(sku, []);
  });

  it('records no idempotency outcome for a failure: the corrected request goes through under the same key', async () => {
    const input = orderInput(line(), { payment: { token: 'tok_chargeDeclined' } });
    expect(errorCode(await placeOrder(input))).toBe('PAYMENT_DECLINED');
    const order = placed(await placeOrder({ ...input, payment: { token: 'tok_visa' } }));
    expect(order.payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: order.total.amount } }]);
  });

  it('refuses a used-up promotion, leaving no hold behind', async () => {
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 2 }], { promotionCodes: [promotion.toLowerCase()] })));
    expect(order.promotionCodes).toEqual([promotion]);
    placed(await placeOrder(orderInput([{ sku, quantity: 2 }], { promotionCodes: [promotion] })));
    expect(await promotionUsage(promotion)).toBe(2);
    const reserved = await reservedOf(system, sku);
    const third = await placeOrder(orderInput([{ sku, quantity: 2 }], { promotionCodes: [promotion] }));
    expect(errorCode(third)).toBe('PROMOTION_INVALID');
    expect(third.errors?.[0]?.extensions?.['reason']).toBe('USAGE_LIMIT_REACHED');
    expect(await reservedOf(system, sku)).toBe(reserved);
  });
});

describe('pricing, delivery and the order record', () => {
  it('prices from the price list, with shipping and the VAT contained, and records payment, timeline and events', async () => {
    const sku = await createSku(system, { price: 1990, stock: { [warehouse]: 10 } });
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 2 }])));
    expect(order).toMatchObject({
      number: expect.stringMatching(/^OMS-1\d{5,}$/),
      status: 'ALLOCATED',
      email: 'guest@example.com',
      deliveryMethod: 'SHIP',
      pickupLocation: null,
      shipTo: { name: 'Camille Martin', postalCode: '69002', country: 'FR' },
      subtotal: { amount: 3980, currency: 'EUR' },
      discountTotal: { amount: 0 },
      shippingTotal: { amount: 490 },
      taxTotal: { amount: 663 + 82 },
      total: { amount: 4470 },
      lines: [{ lineNumber: 1, status: 'OPEN', quantity: 2, sku: { code: sku }, unitPrice: { amount: 1990 }, discount: { amount: 0 }, lineTotal: { amount: 3980 } }],
      payments: [{ provider: 'test', reference: expect.stringMatching(/^test_ch_/), status: 'AUTHORIZED', authorized: { amount: 4470 }, captured: { amount: 0 } }],
    });
    expect(Number(order.number.slice(4))).toBeGreaterThan(100009);
    expect(order.timeline.map((step) => [step.from, step.to, step.actor])).toEqual([
      [null, 'CREATED', 'staff:test-admin'],
      ['CREATED', 'CONFIRMED', 'staff:test-admin'],
      ['CONFIRMED', 'ALLOCATED', 'staff:test-admin'],
    ]);
    // The same order read back is the same order.
    const readBack = await query<{ orderByNumber: PlacedOrder }>(`query($number: String!) { orderByNumber(number: $number) { __typename ${ORDER_FIELDS} } }`, { number: order.number });
    expect(readBack.data?.orderByNumber).toEqual(order);
    const events = await system.subgraphs.orders.orm.em.fork().execute<{ type: string; payload: Record<string, unknown> }[]>(
      "select type, payload from orders.outbox_event where aggregate_id = ? and type <> 'AuditRecorded' order by position",
      [order.id],
    );
    expect(events.map((event) => event.type)).toEqual(['OrderPlaced', 'OrderStatusChanged', 'OrderStatusChanged']);
    expect(events[0]?.payload).toMatchObject({ orderId: order.id, number: order.number, channel: 'WEB', total: { amount: 4470, currency: 'EUR' } });
    expect(events[0]?.payload['allocations']).toMatchObject([{ orderLineId: order.lines[0]?.id, sku, locationId: warehouse, quantity: 2, kind: 'STOCK' }]);
    expect(events[2]?.payload).toEqual({ orderId: order.id, customerId: null, from: 'CONFIRMED', to: 'ALLOCATED' });
  });

  it('applies promotions: line discounts sum to the discount total, and free shipping follows the discounted subtotal', async () => {
    const socks = await createSku(system, { price: 990, stock: { [warehouse]: 10 } });
    const jacket = await createSku(system, { price: 7990, stock: { [warehouse]: 10 } });
    const lineCode = uniqueCode('SOCKS');
    const orderCode = uniqueCode('TENOFF');
    for (const input of [
      { code: lineCode, description: '2 € off socks', kind: 'FIXED_AMOUNT', scope: 'LINE', value: 200, skus: [socks] },
      { code: orderCode, description: '10 % off', kind: 'PERCENTAGE', value: 10 },
    ]) {
      expect((await query(CREATE_PROMOTION, { input })).errors).toBeUndefined();
    }
    const order = placed(await placeOrder(orderInput([{ sku: socks, quantity: 3 }, { sku: jacket, quantity: 1 }], { promotionCodes: [orderCode, lineCode] })));
    // Socks 2970 − 600 = 2370; then 10 % of 2370 + 7990 = 1036, spread 237 / 799.
    expect(order.lines.map((line) => line.discount.amount)).toEqual([837, 799]);
    expect(order.discountTotal.amount).toBe(1636);
    expect(order.subtotal.amount).toBe(10960);
    expect(order.shippingTotal.amount).toBe(0);
    expect(order.total.amount).toBe(10960 - 1636);
    expect(order.payments[0]?.authorized.amount).toBe(order.total.amount);
    expect(await promotionUsage(orderCode)).toBe(1);
    expect(await promotionUsage(lineCode)).toBe(1);
  });

  it('takes pickup orders at a pickup store, free of shipping, taxed at the store', async () => {
    const store = await createLocation(system, { type: 'STORE', pickup: true });
    const sku = await createSku(system, { price: 1200, stock: { [store]: 5 } });
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 1 }], { delivery: { method: 'PICKUP', pickupLocationId: store } })));
    expect(order).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocation: { id: store }, shipTo: null, shippingTotal: { amount: 0 }, taxTotal: { amount: 200 }, total: { amount: 1200 } });
    expect(await stockOf(system, sku)).toEqual([{ locationId: store, onHand: 5, reserved: 1 }]);
  });

  it('lets a marketplace send its own prices, and defaults a customer order to the customer email', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 5 } });
    const order = placed(
      await placeOrder(orderInput([{ sku, quantity: 1, unitPrice: 850 }], { channel: 'MARKETPLACE', guestEmail: null, customerId: demoId('customer', 0) })),
    );
    expect(order.lines[0]?.unitPrice.amount).toBe(850);
    expect(order.email).toBe('camille.martin@example.com');
  });
});

describe('cancelOrder', () => {
  it('cancels a whole order: stock released, authorization voided, timeline recorded; a second cancel is refused', async () => {
    const first = await createSku(system, { price: 2500, stock: { [warehouse]: 10 } });
    const second = await createSku(system, { price: 1500, stock: { [warehouse]: 10 } });
    const order = placed(await placeOrder(orderInput([{ sku: first, quantity: 2 }, { sku: second, quantity: 1 }])));
    expect(await reservedOf(system, first)).toBe(2);

    const response = await cancelOrder({ orderId: order.id, reason: 'customer changed their mind' });
    expect(response.errors).toBeUndefined();
    const cancelled = response.data!.cancelOrder;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.lines.map((line) => line.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(cancelled.total).toEqual(order.total);
    expect(cancelled.payments).toMatchObject([{ status: 'VOIDED' }]);
    expect(cancelled.timeline.at(-1)).toMatchObject({ from: 'ALLOCATED', to: 'CANCELLED', actor: 'staff:test-admin', reason: 'customer changed their mind' });
    expect(await reservedOf(system, first)).toBe(0);
    expect(await reservedOf(system, second)).toBe(0);
    await expectNoLeakedHolds(first, []);

    const again = await cancelOrder({ orderId: order.id, reason: 'twice' });
    expect(errorCode(again)).toBe('INVALID_STATE_TRANSITION');
    const partialAgain = await cancelOrder({ orderId: order.id, lineIds: [order.lines[0]!.id], reason: 'twice' });
    expect(errorCode(partialAgain)).toBe('INVALID_STATE_TRANSITION');
  });

  it('cancels some lines: their stock released, totals recomputed, the difference voided; the last line cancels the order', async () => {
    const first = await createSku(system, { price: 4000, stock: { [warehouse]: 10 } });
    const second = await createSku(system, { price: 1000, stock: { [warehouse]: 10 } });
    const order = placed(await placeOrder(orderInput([{ sku: first, quantity: 1 }, { sku: second, quantity: 2 }])));
    expect(order).toMatchObject({ subtotal: { amount: 6000 }, shippingTotal: { amount: 0 }, total: { amount: 6000 } });

    const response = await cancelOrder({ orderId: order.id, lineIds: [order.lines[1]!.id], reason: 'out of budget' });
    expect(response.errors).toBeUndefined();
    const partly = response.data!.cancelOrder;
    expect(partly.status).toBe('ALLOCATED');
    expect(partly.lines.map((line) => line.status)).toEqual(['OPEN', 'CANCELLED']);
    // Shipping is never raised by a cancellation, even below the free-shipping threshold.
    expect(partly).toMatchObject({ subtotal: { amount: 4000 }, shippingTotal: { amount: 0 }, taxTotal: { amount: 667 }, total: { amount: 4000 } });
    expect(partly.payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: 4000 } }]);
    expect(await reservedOf(system, first)).toBe(1);
    expect(await reservedOf(system, second)).toBe(0);

    const rest = await cancelOrder({ orderId: order.id, lineIds: [order.lines[0]!.id], reason: 'no longer needed' });
    expect(rest.data?.cancelOrder).toMatchObject({ status: 'CANCELLED', payments: [{ status: 'VOIDED' }] });
    expect(await reservedOf(system, first)).toBe(0);
    const events = await system.subgraphs.orders.orm.em.fork().execute<{ type: string }[]>(
      'select type from orders.outbox_event where aggregate_id = ? order by position',
      [order.id],
    );
    // Staff changes are audited too (the customers service files them in the audit log).
    expect(events.map((event) => event.type)).toEqual([
      'OrderPlaced',
      'OrderStatusChanged',
      'OrderStatusChanged',
      'AuditRecorded',
      'OrderLinesCancelled',
      'OrderStatusChanged',
      'AuditRecorded',
      'OrderLinesCancelled',
    ]);
  });

  it('refuses shipped and delivered orders, unknown orders and lines, and a missing reason', async () => {
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 0), reason: 'too late' }))).toBe('INVALID_STATE_TRANSITION');
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 1), reason: 'too late' }))).toBe('INVALID_STATE_TRANSITION');
    // OMS-100003 is partially shipped: its shipped line cannot be cancelled, nor the whole order.
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 2), reason: 'x' }))).toBe('INVALID_STATE_TRANSITION');
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 2), lineIds: [demoId('order-line', '2:1')], reason: 'x' }))).toBe('INVALID_STATE_TRANSITION');
    expect(errorCode(await cancelOrder({ orderId: randomUUID(), reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 4), lineIds: [randomUUID()], reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await cancelOrder({ orderId: demoId('order', 4), reason: '  ' }))).toBe('BAD_USER_INPUT');
    const unchanged = await query<{ order: { status: string; timeline: unknown[] } }>('query($id: ID!) { order(id: $id) { status timeline { to } } }', { id: demoId('order', 4) });
    expect(unchanged.data?.order).toEqual({ status: 'ALLOCATED', timeline: [{ to: 'CREATED' }, { to: 'CONFIRMED' }, { to: 'ALLOCATED' }] });
  });

  it('cancels the rest of a partially shipped order line by line, which leaves it shipped', async () => {
    const response = await cancelOrder({ orderId: demoId('order', 2), lineIds: [demoId('order-line', '2:2')], reason: 'caps out of stock in store' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.cancelOrder).toMatchObject({ status: 'SHIPPED', lines: [{ status: 'SHIPPED' }, { status: 'CANCELLED' }], total: { amount: 4990 + 490 } });
  });
});

describe('promotions', () => {
  it('never exceed their usage limit under concurrency, and the orders refused hold nothing', async () => {
    const sku = await createSku(system, { price: 2000, stock: { [warehouse]: 100 } });
    const code = uniqueCode('FIRST5');
    const created = await query<{ createPromotion: { usageLimit: number; usageCount: number } }>(CREATE_PROMOTION, {
      input: { code, description: 'First five orders', kind: 'FIXED_AMOUNT', value: 500, usageLimit: 5 },
    });
    expect(created.data?.createPromotion).toMatchObject({ usageLimit: 5, usageCount: 0 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => placeOrder(orderInput([{ sku, quantity: 1 }], { promotionCodes: [code] }))));
    const { orders } = outcomes(responses);
    expect(orders).toHaveLength(5);
    expect(responses.filter((response) => errorCode(response) === 'PROMOTION_INVALID')).toHaveLength(15);
    expect(await promotionUsage(code)).toBe(5);
    for (const order of orders) expect(order.discountTotal.amount).toBe(500);
    expect(await reservedOf(system, sku)).toBe(5);
    await expectNoLeakedHolds(sku, orders.map((order) => order.id));
  });

  it('validates new promotions and refuses a taken code', async () => {
    const code = uniqueCode('DUP');
    const input = { code, description: 'Once', kind: 'PERCENTAGE', value: 15 };
    expect((await query(CREATE_PROMOTION, { input })).errors).toBeUndefined();
    expect(errorCode(await query(CREATE_PROMOTION, { input: { ...input, code: code.toLowerCase() } }))).toBe('CONFLICT');
    expect(errorCode(await query(CREATE_PROMOTION, { input: { ...input, code: uniqueCode('P'), value: 101 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await query(CREATE_PROMOTION, { input: { ...input, code: uniqueCode('P'), kind: 'FIXED_AMOUNT', value: 0 } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await query(CREATE_PROMOTION, { input: { ...input, code: 'no spaces allowed' } }))).toBe('BAD_USER_INPUT');
    const listed = await query<{ promotions: { code: string }[] }>('query($at: DateTime) { promotions(activeAt: $at) { code } }', { at: new Date().toISOString() });
    expect(listed.data?.promotions.map((promotion) => promotion.code)).toContain(code);
  });
});

describe('stock held at placement', () => {
  it('sells ahead of inbound supply when asked: the line and the order are backordered', async () => {
    const sku = await createSku(system, { price: 3000, presellLimit: 5, stock: { [warehouse]: 0 } });
    const purchaseOrder = await query(
      `mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`,
      { input: { number: uniqueCode('PO'), supplier: 'Test Mills', locationId: warehouse, expectedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), lines: [{ sku, quantity: 20 }] } },
    );
    expect(purchaseOrder.errors).toBeUndefined();
    const refused = await placeOrder(orderInput([{ sku, quantity: 2 }]));
    expect(refused.data?.placeOrder).toEqual({ __typename: 'OutOfStock', unavailable: [{ sku, requested: 2, available: 0 }] });
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 2 }], { allowBackorder: true })));
    expect(order.status).toBe('BACKORDERED');
    expect(order.lines.map((line) => line.status)).toEqual(['BACKORDERED']);
    expect(order.timeline.map((step) => step.to)).toEqual(['CREATED', 'CONFIRMED', 'BACKORDERED']);
    expect(await reservedOf(system, sku)).toBe(0);
    // Cancelling gives the promise back to the purchase order.
    expect((await cancelOrder({ orderId: order.id, reason: 'cannot wait' })).data?.cancelOrder.status).toBe('CANCELLED');
    const again = placed(await placeOrder(orderInput([{ sku, quantity: 5 }], { allowBackorder: true })));
    expect(again.status).toBe('BACKORDERED');
  });

  it('turns a cart hold into the order allocation without holding the stock twice', async () => {
    const sku = await createSku(system, { price: 2500, stock: { [warehouse]: 10 } });
    const hold = await query<{ reserveStock: { __typename: string; id: string } }>(
      `mutation($input: ReserveStockInput!) { reserveStock(input: $input) { __typename ... on Reservation { id } } }`,
      { input: { cartId: uniqueCode('CART'), channel: 'WEB', lines: [{ sku, quantity: 3 }] } },
    );
    expect(hold.data?.reserveStock.__typename).toBe('Reservation');
    expect(await reservedOf(system, sku)).toBe(3);
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 3 }], { reservationId: hold.data?.reserveStock.id })));
    expect(order.status).toBe('ALLOCATED');
    expect(await reservedOf(system, sku)).toBe(3);
    await expectNoLeakedHolds(sku, [order.id]);
    // A hold is converted once.
    const reuse = await placeOrder(orderInput([{ sku, quantity: 3 }], { reservationId: hold.data?.reserveStock.id }));
    expect(errorCode(reuse)).toBe('RESERVATION_INVALID');
    expect(await reservedOf(system, sku)).toBe(3);
  });
});

describe('who may place, see and cancel an order', () => {
  it('lets a customer order for themselves only, never at their own prices, and see and cancel only their orders', async () => {
    const sku = await createSku(system, { price: 1500, stock: { [warehouse]: 10 } });
    const camille = demoId('customer', 0);
    const asCamille = customerToken(camille);
    const own = placed(await placeOrder(orderInput([{ sku, quantity: 1 }], { guestEmail: null }), asCamille));
    expect(own.email).toBe('camille.martin@example.com');
    expect(own.timeline[0]?.actor).toBe(`customer:${camille}`);
    const forOther = await placeOrder(orderInput([{ sku, quantity: 1 }], { customerId: demoId('customer', 1) }), asCamille);
    expect(errorCode(forOther)).toBe('FORBIDDEN');
    const priced = await placeOrder(orderInput([{ sku, quantity: 1, unitPrice: 1 }], { channel: 'MARKETPLACE' }), asCamille);
    expect(errorCode(priced)).toBe('PRICE_NOT_ALLOWED');

    const lucas = customerToken(demoId('customer', 1));
    const peek = await query<{ order: unknown }>('query($id: ID!) { order(id: $id) { number } }', { id: own.id }, lucas);
    // Someone else's order answers as one that does not exist.
    expect(peek.data?.order ?? null).toBeNull();
    expect(peek.errors).toBeUndefined();
    const list = await query<{ orders: { edges: { node: { number: string } }[] } }>('{ orders(first: 100) { edges { node { number } } } }', {}, lucas);
    expect(list.data?.orders.edges.map((edge) => edge.node.number)).toEqual(['OMS-100002']);
    // Cancelling it answers exactly as cancelling an order that does not exist.
    const notMine = await cancelOrder({ orderId: own.id, reason: 'not mine' }, lucas);
    const missing = await cancelOrder({ orderId: randomUUID(), reason: 'not mine' }, lucas);
    expect(errorCode(notMine)).toBe('NOT_FOUND');
    expect(notMine.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await reservedOf(system, sku)).toBe(1);
    const cancelled = await cancelOrder({ orderId: own.id, reason: 'changed my mind' }, asCamille);
    expect(cancelled.data?.cancelOrder.status).toBe('CANCELLED');
    expect(await reservedOf(system, sku)).toBe(0);
  });

  it('lets a care agent place and cancel orders for customers', async () => {
    const sku = await createSku(system, { price: 1500, stock: { [warehouse]: 10 } });
    const agent = staffToken(['CARE_AGENT'], { staffId: 'agent-7' });
    const order = placed(await placeOrder(orderInput([{ sku, quantity: 1 }], { channel: 'CALL_CENTER', guestEmail: null, customerId: demoId('customer', 3) }), agent));
    expect(order.timeline[0]?.actor).toBe('staff:agent-7');
    expect((await cancelOrder({ orderId: order.id, reason: 'duplicate call' }, agent)).data?.cancelOrder.status).toBe('CANCELLED');
  });
});

describe('demo orders', () => {
  it('have a delivery method, payments and a timeline that match their status', async () => {
    const response = await query<{ delivered: PlacedOrder; pickup: PlacedOrder; cancelled: PlacedOrder }>(`{
      delivered: orderByNumber(number: "OMS-100001") { ${ORDER_FIELDS} }
      pickup: orderByNumber(number: "oms-100006") { ${ORDER_FIELDS} }
      cancelled: orderByNumber(number: "OMS-100007") { ${ORDER_FIELDS} }
    }`);
    expect(response.errors).toBeUndefined();
    const { delivered, pickup, cancelled } = response.data!;
    expect(delivered.deliveryMethod).toBe('SHIP');
    expect(delivered.payments).toMatchObject([{ reference: 'test_ch_100001', status: 'CAPTURED', captured: { amount: delivered.total.amount } }]);
    expect(delivered.timeline.map((step) => step.to)).toEqual(['CREATED', 'CONFIRMED', 'ALLOCATED', 'RELEASED', 'SHIPPED', 'DELIVERED']);
    expect(delivered.lines.map((line) => [line.id, line.status])).toEqual([
      [demoId('order-line', '0:1'), 'SHIPPED'],
      [demoId('order-line', '0:2'), 'SHIPPED'],
    ]);
    expect(pickup).toMatchObject({ deliveryMethod: 'PICKUP', pickupLocation: { id: demoId('location', 'ST-LYON-PARTDIEU') }, shipTo: null });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', payments: [{ status: 'VOIDED' }], lines: [{ status: 'CANCELLED' }] });
  });
});
