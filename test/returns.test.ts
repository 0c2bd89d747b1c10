// Returns, exchanges, refunds and appeasements through the real gateway and services: orders are
// placed, released, picked, packed and shipped for real before anything comes back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { Sku } from '../subgraphs/inventory/src/entities/sku.entity.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { createLocation, createSku } from './support/order-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

// Release at once instead of after the cancellation window.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let warehouse: string;
let storeLyon: string;
let storeParis: string;
const CUSTOMER = demoId('customer', 1);
const OTHER_CUSTOMER = demoId('customer', 2);
const customer = customerToken(CUSTOMER);
const otherCustomer = customerToken(OTHER_CUSTOMER);
const CARE = staffToken(['CARE_AGENT'], { staffId: 'test-care' });
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

const RETURN_FIELDS = `id number status value { amount currency } trackingNumber receivedLocation { id }
  lines { id quantity receivedQuantity disposition value { amount } orderLine { id } }
  refund { id amount { amount } method status providerReference }`;

beforeAll(async () => {
  system = await startTestSystem();
  [warehouse, storeLyon, storeParis] = await Promise.all([
    createLocation(system, { type: 'WAREHOUSE' }),
    createLocation(system, { type: 'STORE' }),
    createLocation(system, { type: 'STORE', latitude: 48.86, longitude: 2.35 }),
  ]);
  await ok(system.query(
    `mutation($input: ReturnPolicyInput!) { setReturnPolicy(input: $input) { version } }`,
    {
      input: {
        defaultWindowDays: 30,
        categoryWindows: [{ category: 'Swimwear', days: 14 }],
        nonReturnableCategories: ['gift-card'],
        approvalThreshold: 50_000,
        appeasementLimits: [
          { role: 'ADMIN', maxAmount: null },
          { role: 'CARE_AGENT', maxAmount: 5_000 },
        ],
      },
    },
    ADMIN,
  ));
}, 120_000);

afterAll(async () => {
  await system?.close();
});

function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

/** A SKU with a price and stock at the test warehouse, optionally with an item-master category. */
async function sku(price: number, stock = 20, category?: string): Promise<string> {
  const code = await createSku(system, { price, stock: { [warehouse]: stock } });
  if (category) {
    const em = system.subgraphs.inventory.orm.em.fork();
    await em.nativeUpdate(Sku, { code }, { attributes: [{ name: 'category', value: category }] });
  }
  return code;
}

interface Shipped {
  id: string;
  number: string;
  total: number;
  lines: { id: string; sku: string; quantity: number }[];
}

/** Places an order for the customer and works it through the warehouse until it has SHIPPED. */
async function shippedOrder(lines: { sku: string; quantity: number }[], token = customer): Promise<Shipped> {
  const placed = await ok(system.query<{ placeOrder: { id: string; number: string; total: { amount: number }; lines: { id: string; sku: { code: string }; quantity: number }[] } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on Order { id number total { amount } lines { id quantity sku { code } } } } }`,
    { input: { idempotencyKey: randomUUID(), channel: 'WEB', lines, delivery: { method: 'SHIP', address: ADDRESS }, payment: { token: 'tok_visa' } } },
    token,
  ));
  const order = placed.placeOrder;
  const fulfillmentOrder = await waitFor('fulfillment order', async () => {
    const data = await ok(system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string; quantity: number }[] }[] | null } }>(
      `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id quantity } } } }`, { id: order.id }, ADMIN));
    return data.order.fulfillmentOrders?.[0];
  });
  const foLines = fulfillmentOrder.lines;
  await ok(system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fulfillmentOrder.id }, ADMIN));
  await ok(system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, lines: foLines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
  }, ADMIN));
  const packed = await ok(system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
    { input: { fulfillmentOrderId: fulfillmentOrder.id, parcels: [{ weightGrams: 900, lengthMm: 300, widthMm: 200, heightMm: 100, items: foLines.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
    ADMIN,
  ));
  await ok(system.query(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId: packed.packFulfillmentOrder.shipment.parcels[0]!.id, trackingNumber: `6A${randomUUID().slice(0, 12)}` }] },
  }, ADMIN));
  await waitFor('order shipped', async () => {
    const data = await ok(system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: order.id }, ADMIN));
    return data.order.status === 'SHIPPED';
  });
  return { id: order.id, number: order.number, total: order.total.amount, lines: order.lines.map((line) => ({ id: line.id, sku: line.sku.code, quantity: line.quantity })) };
}

interface ReturnView {
  id: string;
  number: string;
  status: string;
  value: { amount: number; currency: string };
  trackingNumber: string | null;
  receivedLocation: { id: string } | null;
  lines: { id: string; quantity: number; receivedQuantity: number; disposition: string | null; value: { amount: number }; orderLine: { id: string } }[];
  refund: { id: string; amount: { amount: number }; method: string; status: string; providerReference: string | null } | null;
}

function requestReturn(orderId: string, lines: { orderLineId: string; quantity: number }[], token: string, channel = 'WEB') {
  return system.query<{ requestReturn: ({ __typename: 'Return' } & ReturnView) | { __typename: 'ReturnRefused'; refusals: { orderLineId: string; sku: string; code: string; message: string; deadline: string | null }[] } }>(
    `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { ${RETURN_FIELDS} } ... on ReturnRefused { refusals { orderLineId sku code message deadline } } } }`,
    { input: { orderId, channel, lines: lines.map((line) => ({ ...line, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' })) } },
    token,
  );
}

async function approvedReturn(order: Shipped, quantities: number[], token = customer): Promise<ReturnView> {
  const answer = (await ok(requestReturn(order.id, order.lines.map((line, index) => ({ orderLineId: line.id, quantity: quantities[index] ?? line.quantity })).filter((line) => line.quantity > 0), token))).requestReturn;
  if (answer.__typename !== 'Return') throw new Error(`return refused: ${JSON.stringify(answer)}`);
  expect(answer.status).toBe('APPROVED');
  return answer;
}

async function receive(returnId: string, locationId: string, token = ADMIN): Promise<GraphQLResponse<{ receiveReturn: ReturnView }>> {
  return system.query(`mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { ${RETURN_FIELDS} } }`, { input: { returnId, locationId } }, token);
}

async function inspect(found: ReturnView, disposition: string): Promise<ReturnView> {
  return (await ok(system.query<{ inspectReturn: ReturnView }>(`mutation($input: InspectReturnInput!) { inspectReturn(input: $input) { ${RETURN_FIELDS} } }`, {
    input: { returnId: found.id, lines: found.lines.map((line) => ({ returnLineId: line.id, disposition })) },
  }, ADMIN))).inspectReturn;
}

function refund(returnId: string, method = 'ORIGINAL_PAYMENT') {
  return system.query<{ refundReturn: ReturnView }>(`mutation($input: RefundReturnInput!) { refundReturn(input: $input) { ${RETURN_FIELDS} } }`, { input: { returnId, method } }, ADMIN);
}

interface LevelView {
  location: { id: string };
  onHand: number;
  nonSellable: number;
  availableToSell: number;
  history: { edges: { node: { kind: string; reason: string | null; reference: string | null } }[] };
}

async function stockAt(code: string, locationId: string): Promise<LevelView | undefined> {
  const data = await ok(system.query<{ sku: { stock: LevelView[] } }>(
    `query($code: String!) { sku(code: $code) { stock { location { id } onHand nonSellable availableToSell history(first: 5) { edges { node { kind reason reference } } } } } }`,
    { code },
    ADMIN,
  ));
  return data.sku.stock.find((level) => level.location.id === locationId);
}

interface OrderMoney {
  payments: { provider: string; status: string; authorized: { amount: number }; captured: { amount: number }; refunded: { amount: number } }[];
  refunds: { id: string; amount: { amount: number }; method: string }[];
  timeline: { reason: string | null }[];
}

async function orderMoney(orderId: string): Promise<OrderMoney> {
  return (await ok(system.query<{ order: OrderMoney }>(
    `query($id: ID!) { order(id: $id) { payments { provider status authorized { amount } captured { amount } refunded { amount } } refunds { id amount { amount } method } timeline { reason } } }`,
    { id: orderId },
    ADMIN,
  ))).order;
}

describe('return policy', () => {
  it('refuses a return outside its window with the reason and writes nothing', async () => {
    const [regular, swimwear, giftCard] = await Promise.all([sku(2_000), sku(3_000, 20, 'swimwear'), sku(2_500, 20, 'gift-card')]);
    const order = await shippedOrder([{ sku: regular, quantity: 1 }, { sku: swimwear, quantity: 1 }, { sku: giftCard, quantity: 1 }]);
    // Delivered 20 days ago: inside the default 30 days, outside the 14 days of swimwear.
    await system.subgraphs.orders.orm.em.fork().execute(`update orders.order_transition set "at" = "at" - interval '20 days' where order_id = ?`, [order.id]);
    const [regularLine, swimwearLine, giftCardLine] = order.lines;

    const refused = (await ok(requestReturn(order.id, [{ orderLineId: regularLine!.id, quantity: 1 }, { orderLineId: swimwearLine!.id, quantity: 1 }, { orderLineId: giftCardLine!.id, quantity: 1 }], customer))).requestReturn;
    expect(refused.__typename).toBe('ReturnRefused');
    if (refused.__typename !== 'ReturnRefused') return;
    expect(refused.refusals).toHaveLength(2);
    const window = refused.refusals.find((refusal) => refusal.orderLineId === swimwearLine!.id)!;
    expect(window).toMatchObject({ code: 'OUTSIDE_WINDOW', sku: swimwear });
    expect(window.message).toContain('14 days');
    expect(new Date(window.deadline!).getTime()).toBeLessThan(Date.now());
    expect(refused.refusals.find((refusal) => refusal.orderLineId === giftCardLine!.id)).toMatchObject({ code: 'NON_RETURNABLE_CATEGORY', deadline: null });
    const after = await ok(system.query<{ order: { returns: unknown[] } }>(`query($id: ID!) { order(id: $id) { returns { id } } }`, { id: order.id }, ADMIN));
    expect(after.order.returns).toEqual([]);

    // The regular line alone is inside its window: accepted.
    const accepted = (await ok(requestReturn(order.id, [{ orderLineId: regularLine!.id, quantity: 1 }], customer))).requestReturn;
    expect(accepted).toMatchObject({ __typename: 'Return', status: 'APPROVED', value: { amount: 2_000, currency: 'EUR' } });

    // After 40 days, the default window is over too.
    await system.subgraphs.orders.orm.em.fork().execute(`update orders.order_transition set "at" = "at" - interval '20 days' where order_id = ?`, [order.id]);
    const late = (await ok(requestReturn(order.id, [{ orderLineId: swimwearLine!.id, quantity: 1 }], CARE, 'CALL_CENTER'))).requestReturn;
    expect(late).toMatchObject({ __typename: 'ReturnRefused', refusals: [{ code: 'OUTSIDE_WINDOW' }] });
  }, 60_000);

  it('lets a customer return only their own orders, and never more than shipped and not yet returned', async () => {
    const code = await sku(1_500);
    const order = await shippedOrder([{ sku: code, quantity: 2 }]);
    const line = { orderLineId: order.lines[0]!.id, quantity: 1 };

    // Someone else's order answers as one that does not exist.
    expect(codeOf(await requestReturn(order.id, [line], otherCustomer))).toBe('NOT_FOUND');
    const own = await approvedReturn(order, [1]);
    expect(own.value.amount).toBe(1_500);
    // One of two units is on its way back: two more is too many.
    const tooMany = await requestReturn(order.id, [{ ...line, quantity: 2 }], customer);
    expect(codeOf(tooMany)).toBe('RETURN_QUANTITY_EXCEEDED');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ returnable: 1 });
    // Customers ask; staff decide, receive and refund.
    expect(codeOf(await receive(own.id, storeLyon, customer))).toBe('FORBIDDEN');
    // Someone else's return answers as one that does not exist.
    const peek = await system.query<{ return: unknown }>(`query($id: ID!) { return(id: $id) { id } }`, { id: own.id }, otherCustomer);
    expect(peek.errors).toBeUndefined();
    expect(peek.data?.return).toBeNull();
    const mine = await ok(system.query<{ customer: { returns: { edges: { node: { id: string } }[] } } }>(
      `query($id: ID!) { customer(id: $id) { returns(first: 50) { edges { node { id } } } } }`, { id: CUSTOMER }, customer));
    expect(mine.customer.returns.edges.map((edge) => edge.node.id)).toContain(own.id);
  }, 60_000);
});

describe('a return from request to refund', () => {
  it('received at a different store restocks there and refunds once, even when the refund is retried concurrently', async () => {
    const code = await sku(2_400);
    const order = await shippedOrder([{ sku: code, quantity: 2 }]);
    const found = await approvedReturn(order, [2]);

    const inTransit = await ok(system.query<{ markReturnInTransit: { status: string; trackingNumber: string; carrier: string } }>(
      `mutation($input: MarkReturnInTransitInput!) { markReturnInTransit(input: $input) { status trackingNumber carrier } }`, { input: { returnId: found.id } }, customer));
    expect(inTransit.markReturnInTransit).toMatchObject({ status: 'IN_TRANSIT', carrier: 'OMS returns label' });
    expect(inTransit.markReturnInTransit.trackingNumber).toMatch(/^RT[0-9A-F]{14}$/);

    // Handed in at the Lyon store, not the warehouse it left from; a Paris associate cannot receive it there.
    expect(codeOf(await receive(found.id, storeLyon, staffToken(['STORE_ASSOCIATE'], { storeId: storeParis })))).toBe('NOT_FOUND');
    const received = (await ok(receive(found.id, storeLyon, staffToken(['STORE_ASSOCIATE'], { storeId: storeLyon })))).receiveReturn;
    expect(received).toMatchObject({ status: 'RECEIVED', receivedLocation: { id: storeLyon } });
    expect(received.lines[0]!.receivedQuantity).toBe(2);
    expect(codeOf(await refund(found.id))).toBe('INVALID_STATE_TRANSITION');

    const inspected = await inspect(received, 'RESTOCK');
    expect(inspected.lines[0]!.disposition).toBe('RESTOCK');
    const restocked = await waitFor('restock at the Lyon store', async () => {
      const level = await stockAt(code, storeLyon);
      return level && level.onHand === 2 ? level : undefined;
    });
    expect(restocked).toMatchObject({ nonSellable: 0, availableToSell: 2 });
    expect(restocked.history.edges[0]!.node).toMatchObject({ kind: 'RETURN', reference: found.id });
    expect(restocked.history.edges[0]!.node.reason).toContain('restocked');

    const attempts = await Promise.all([refund(found.id), refund(found.id), refund(found.id), refund(found.id)]);
    const refunds = attempts.map((attempt) => ok(attempt).refundReturn);
    expect(new Set(refunds.map((answer) => answer.refund?.id)).size).toBe(1);
    expect(refunds[0]).toMatchObject({ status: 'REFUNDED', refund: { amount: { amount: 4_800 }, method: 'ORIGINAL_PAYMENT', status: 'SUCCEEDED' } });
    expect(refunds[0]!.refund!.providerReference).toMatch(/^test_re_/);
    // And once more, later: still the same single refund.
    expect(ok(await refund(found.id)).refundReturn.refund?.id).toBe(refunds[0]!.refund!.id);

    const money = await orderMoney(order.id);
    expect(money.refunds).toHaveLength(1);
    expect(money.payments.reduce((total, payment) => total + payment.refunded.amount, 0)).toBe(4_800);
    const reasons = money.timeline.map((entry) => entry.reason ?? '');
    for (const step of ['requested', 'approved automatically', 'on its way back', 'received at', 'inspected', 'refunded']) {
      expect(reasons.some((reason) => reason.includes(found.number) && reason.includes(step))).toBe(true);
    }
    // The warehouse it left from got nothing back.
    await waitFor('the warehouse without the shipped units', async () => (await stockAt(code, warehouse))?.onHand === 18);
  }, 90_000);

  it('inspected DISPOSE or REFURBISH goods are non-sellable stock, never available to sell', async () => {
    const code = await sku(1_800);
    const order = await shippedOrder([{ sku: code, quantity: 2 }]);
    const found = await approvedReturn(order, [2]);
    const received = (await ok(receive(found.id, storeParis))).receiveReturn;
    await inspect(received, 'DISPOSE');
    const level = await waitFor('non-sellable units at the Paris store', async () => {
      const current = await stockAt(code, storeParis);
      return current && current.nonSellable === 2 ? current : undefined;
    });
    expect(level).toMatchObject({ onHand: 0, availableToSell: 0 });
    expect(level.history.edges[0]!.node).toMatchObject({ kind: 'RETURN', reference: found.id });
    expect(level.history.edges[0]!.node.reason).toContain('non-sellable (dispose)');
    // Sellable: what is left at the warehouse, nothing of what came back.
    await waitFor('availability without the returned units', async () => {
      const availability = await ok(system.query<{ sku: { availableToSell: number } }>(`query($code: String!) { sku(code: $code) { availableToSell } }`, { code }, ADMIN));
      return availability.sku.availableToSell === 18;
    });

    // Refunded as store credit: the customer's balance grows by the value.
    const before = await storeCredit();
    const refunded = ok(await refund(found.id, 'STORE_CREDIT')).refundReturn;
    expect(refunded.refund).toMatchObject({ method: 'STORE_CREDIT', amount: { amount: 3_600 }, providerReference: null });
    expect(await storeCredit()).toBe(before + 3_600);
  }, 90_000);
});

/** a / b rounded half to even, as every computed amount is. */
function halfEven(a: number, b: number): number {
  const quotient = Math.floor(a / b);
  const twice = (a - quotient * b) * 2;
  return twice > b || (twice === b && quotient % 2 === 1) ? quotient + 1 : quotient;
}

async function storeCredit(): Promise<number> {
  const data = await ok(system.query<{ customer: { storeCreditBalance: { amount: number } } }>(
    `query($id: ID!) { customer(id: $id) { storeCreditBalance { amount } } }`, { id: CUSTOMER }, ADMIN));
  return data.customer.storeCreditBalance.amount;
}

interface ExchangeView {
  __typename: string;
  id: string;
  status: string;
  settlement: string;
  credit: { amount: number };
  creditUsed: { amount: number };
  replacementTotal: { amount: number } | null;
  priceDifference: { amount: number } | null;
  amountDue: { amount: number };
  return: { id: string; exchangeOrder: { id: string } | null };
  replacementOrder: { id: string; status: string; channel: string; shipTo: { line1: string } | null; exchangeFor: { id: string } | null; lines: { sku: { code: string }; quantity: number }[] } | null;
}

function createExchange(input: Record<string, unknown>, token = customer) {
  return system.query<{ createExchange: ExchangeView }>(
    `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { __typename ... on Exchange {
      id status settlement credit { amount } creditUsed { amount } replacementTotal { amount } priceDifference { amount } amountDue { amount }
      return { id exchangeOrder { id } }
      replacementOrder { id status channel shipTo { line1 } exchangeFor { id } lines { sku { code } quantity } } } } }`,
    { input },
    token,
  );
}

describe('exchanges', () => {
  it('place a sourced replacement order and charge a dearer one’s difference, once', async () => {
    const [original, dearer] = await Promise.all([sku(6_000), sku(8_000)]);
    const order = await shippedOrder([{ sku: original, quantity: 1 }]);
    const found = await approvedReturn(order, [1]);
    const input = { returnId: found.id, replacements: [{ orderLineId: order.lines[0]!.id, sku: dearer, quantity: 1 }], payment: { token: 'tok_visa' } };
    const [first, retry] = [ok(await createExchange(input)).createExchange, ok(await createExchange(input)).createExchange];
    expect(retry.id).toBe(first.id);
    expect(first).toMatchObject({
      __typename: 'Exchange',
      status: 'COMPLETED',
      settlement: 'CHARGED',
      credit: { amount: 6_000 },
      creditUsed: { amount: 6_000 },
      replacementTotal: { amount: 8_000 },
      priceDifference: { amount: 2_000 },
      amountDue: { amount: 0 },
    });
    const replacement = first.replacementOrder!;
    expect(replacement).toMatchObject({ channel: 'WEB', shipTo: { line1: ADDRESS.line1 }, exchangeFor: { id: order.id }, lines: [{ sku: { code: dearer }, quantity: 1 }] });
    expect(['ALLOCATED', 'RELEASED']).toContain(replacement.status);
    expect(first.return.exchangeOrder?.id).toBe(replacement.id);
    // Sourced like any order: its unit is held at the warehouse.
    const sourced = await ok(system.query<{ order: { allocations: { location: { id: string }; quantity: number }[] } }>(
      `query($id: ID!) { order(id: $id) { allocations { location { id } quantity } } }`, { id: replacement.id }, ADMIN));
    expect(sourced.order.allocations).toEqual([{ location: { id: warehouse }, quantity: 1 }]);
    // Paid by the returned goods' value plus the difference, charged at once.
    const money = await orderMoney(replacement.id);
    const byProvider = Object.fromEntries(money.payments.map((payment) => [payment.provider, payment]));
    expect(byProvider['exchange-credit']).toMatchObject({ authorized: { amount: 6_000 } });
    expect(byProvider['test']).toMatchObject({ status: 'CAPTURED', captured: { amount: 2_000 } });
    const orders = await ok(system.query<{ orders: { edges: unknown[] } }>(`query($id: ID!) { orders(first: 100, filter: { customerId: $id }) { edges { cursor } } }`, { id: CUSTOMER }, ADMIN));
    expect(orders.orders.edges.length).toBeGreaterThan(0);

    // The return itself still comes back; its value paid for the exchange, so it closes without a refund.
    const received = (await ok(receive(found.id, warehouse))).receiveReturn;
    await inspect(received, 'RESTOCK');
    expect(ok(await refund(found.id)).refundReturn).toMatchObject({ status: 'CLOSED', refund: null });
  }, 90_000);

  it('refunds a cheaper replacement’s difference with the return', async () => {
    const [original, cheaper] = await Promise.all([sku(7_000), sku(5_500)]);
    const order = await shippedOrder([{ sku: original, quantity: 1 }]);
    // Asked in one go: the return is requested with the exchange.
    const exchange = ok(await createExchange({
      orderId: order.id,
      lines: [{ orderLineId: order.lines[0]!.id, quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }],
      replacements: [{ orderLineId: order.lines[0]!.id, sku: cheaper, quantity: 1 }],
    }, CARE)).createExchange;
    expect(exchange).toMatchObject({ status: 'COMPLETED', settlement: 'REFUND_WITH_RETURN', priceDifference: { amount: -1_500 }, creditUsed: { amount: 5_500 } });
    const received = (await ok(receive(exchange.return.id, warehouse))).receiveReturn;
    await inspect(received, 'RESTOCK');
    expect(ok(await refund(exchange.return.id)).refundReturn).toMatchObject({ status: 'REFUNDED', refund: { amount: { amount: 1_500 } } });
  }, 90_000);
});

describe('appeasements', () => {
  it('are limited per role, idempotent, and on the timeline', async () => {
    const code = await sku(9_000);
    const order = await shippedOrder([{ sku: code, quantity: 1 }]);
    const grant = (input: Record<string, unknown>, token: string) =>
      system.query<{ grantAppeasement: { id: string; amount: { amount: number }; method: string; refund: { id: string; method: string; amount: { amount: number } } } }>(
        `mutation($input: GrantAppeasementInput!) { grantAppeasement(input: $input) { id amount { amount } method refund { id method amount { amount } } } }`,
        { input: { orderId: order.id, reason: 'Parcel arrived late', ...input } },
        token,
      );
    const over = await grant({ amount: 6_000, method: 'REFUND' }, CARE);
    expect(codeOf(over)).toBe('APPEASEMENT_LIMIT_EXCEEDED');
    expect(over.errors?.[0]?.extensions).toMatchObject({ limit: 5_000, requested: 6_000 });
    expect(codeOf(await grant({ amount: 100, method: 'REFUND' }, customer))).toBe('FORBIDDEN');

    const key = randomUUID();
    const [first, again] = await Promise.all([grant({ amount: 3_000, method: 'REFUND', idempotencyKey: key }, CARE), grant({ amount: 3_000, method: 'REFUND', idempotencyKey: key }, CARE)]);
    expect(ok(first).grantAppeasement.id).toBe(ok(again).grantAppeasement.id);
    expect(ok(first).grantAppeasement.refund).toMatchObject({ method: 'ORIGINAL_PAYMENT', amount: { amount: 3_000 } });
    expect(codeOf(await grant({ amount: 2_000, method: 'REFUND', idempotencyKey: key }, CARE))).toBe('IDEMPOTENCY_KEY_REUSED');
    // An administrator has no limit (only what was paid bounds it).
    expect(ok(await grant({ amount: 6_000, method: 'STORE_CREDIT' }, ADMIN)).grantAppeasement.refund.method).toBe('STORE_CREDIT');
    expect(codeOf(await grant({ amount: 1_000, method: 'STORE_CREDIT', reason: 'More' }, ADMIN))).toBe('REFUND_EXCEEDS_PAYMENTS');

    const money = await orderMoney(order.id);
    expect(money.refunds.map((entry) => entry.amount.amount)).toEqual([3_000, 6_000]);
    expect(money.payments[0]!.refunded.amount).toBe(3_000);
    expect(money.timeline.filter((entry) => entry.reason?.startsWith('appeasement of'))).toHaveLength(2);
  }, 60_000);
});

describe('the customer’s computed figures', () => {
  it('agree with their orders and returns, and are batched for 50 customers', async () => {
    interface OrderRow { status: string; total: { amount: number; currency: string }; placedAt: string; exchangeFor: { id: string } | null; lines: { shippedQuantity: number }[]; returns: { lines: { receivedQuantity: number }[] }[]; refunds: { amount: { amount: number } }[] }
    const orders = await ok(system.query<{ orders: { edges: { node: OrderRow }[] } }>(
      `query($id: ID!) { orders(first: 100, filter: { customerId: $id }) { edges { node { status total { amount currency } placedAt exchangeFor { id }
        lines { shippedQuantity } returns { lines { receivedQuantity } } refunds { amount { amount } } } } } }`,
      { id: CUSTOMER },
      ADMIN,
    ));
    const nodes = orders.orders.edges.map((edge) => edge.node);
    expect(nodes.length).toBeLessThan(100);
    const live = nodes.filter((node) => node.status !== 'CANCELLED' && node.total.currency === 'EUR');
    const counted = live.filter((node) => !node.exchangeFor);
    const exchanges = await ok(system.query<{ customer: { returns: { edges: { node: { exchange: { status: string; creditUsed: { amount: number } } | null } }[] } } }>(
      `query($id: ID!) { customer(id: $id) { returns(first: 100) { edges { node { exchange { status creditUsed { amount } } } } } } }`, { id: CUSTOMER }, ADMIN));
    const creditUsed = exchanges.customer.returns.edges.reduce((total, edge) => total + (edge.node.exchange?.status === 'COMPLETED' ? edge.node.exchange.creditUsed.amount : 0), 0);
    const refunded = nodes.flatMap((node) => node.refunds).reduce((total, entry) => total + entry.amount.amount, 0);
    const lifetimeValue = live.reduce((total, node) => total + node.total.amount, 0) - refunded - creditUsed;
    const shipped = nodes.flatMap((node) => node.lines).reduce((total, line) => total + line.shippedQuantity, 0);
    const returned = nodes.flatMap((node) => node.returns.flatMap((found) => found.lines)).reduce((total, line) => total + line.receivedQuantity, 0);
    expect(returned).toBeGreaterThan(0);

    const figures = await ok(system.query<{ customer: { lifetimeValue: { amount: number }; orderCount: number; averageOrderValue: { amount: number }; returnRate: number; lastOrderAt: string } }>(
      `query($id: ID!) { customer(id: $id) { lifetimeValue { amount currency } orderCount averageOrderValue { amount } returnRate lastOrderAt } }`, { id: CUSTOMER }, ADMIN));
    expect(figures.customer).toMatchObject({ lifetimeValue: { amount: lifetimeValue }, orderCount: counted.length, returnRate: returned / shipped });
    expect(figures.customer.averageOrderValue.amount).toBe(halfEven(lifetimeValue, counted.length));
    expect(new Date(figures.customer.lastOrderAt).getTime()).toBe(Math.max(...live.map((node) => new Date(node.placedAt).getTime())));
    // A customer sees their own figures, not someone else's.
    expect(ok(await system.query<{ customer: { orderCount: number } }>(`query($id: ID!) { customer(id: $id) { orderCount } }`, { id: CUSTOMER }, customer)).customer.orderCount).toBe(counted.length);

    // The same figures for a page of customers cost the orders service a constant number of statements.
    const page = (first: number) => `{ customers(first: ${first}) { edges { node { id lifetimeValue { amount } orderCount averageOrderValue { amount } returnRate lastOrderAt storeCreditBalance { amount } returns(first: 5) { edges { node { number status } } } } } } }`;
    const statements = async (first: number) => {
      system.statements.reset();
      const data = ok(await system.query<{ customers: { edges: unknown[] } }>(page(first), {}, ADMIN));
      return { customers: data.customers.edges.length, orders: system.statements.get('orders') };
    };
    const few = await statements(5);
    const many = await statements(50);
    expect(many.customers).toBeGreaterThan(few.customers);
    expect(many.orders).toBe(few.orders);
    expect(many.orders).toBeLessThanOrEqual(3);
  }, 60_000);
});
