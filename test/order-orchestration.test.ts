import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { eventually } from './support/graphql.ts';
import { createLocation, createSku, errorCode, orderCount, reservedOf } from './support/order-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

// A short cancellation window, so orders reach fulfillment within the test; holds are swept often.
process.env['ORDER_RELEASE_DELAY_MS'] = '4000';
process.env['ORDER_HOLD_SWEEP_INTERVAL_MS'] = '200';

let system: TestSystem;
let warehouse: string;
const CARE = staffToken(['CARE_AGENT'], { staffId: 'care-orchestration' });
const CUSTOMER_ID = demoId('customer', 0);
const CUSTOMER = customerToken(CUSTOMER_ID);

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system);
});

afterAll(async () => {
  await system?.close();
});

function query<T = Record<string, unknown>>(gql: string, variables?: Record<string, unknown>, auth: string = ADMIN): Promise<GraphQLResponse<T>> {
  return system.query<T>(gql, variables, auth);
}

interface OrderView {
  id: string;
  number: string;
  status: string;
  releasedAt: string | null;
  total: { amount: number };
  taxTotal: { amount: number };
  shipTo: { city: string; country: string } | null;
  lines: { id: string; status: string; quantity: number; sku: { code: string }; cancelledQuantity: number }[];
  payments: { status: string; authorized: { amount: number } }[];
  timeline: { from: string | null; to: string; actor: string; reason: string | null }[];
  pipeline: { step: string; outcome: string; actor: string; detail: string | null }[];
  holds: { id: string; reason: string; detail: string; placedBy: string; expiresAt: string | null; releasedAt: string | null; releasedBy: string | null; releaseNote: string | null }[];
}

const ORDER_FIELDS = /* GraphQL */ `
  id number status releasedAt total { amount } taxTotal { amount } shipTo { city country }
  lines { id status quantity cancelledQuantity sku { code } }
  payments { status authorized { amount } }
  timeline { from to actor reason }
  pipeline { step outcome actor detail at }
  holds { id reason detail placedBy expiresAt releasedAt releasedBy releaseNote }
`;

const PLACE_ORDER = /* GraphQL */ `
  mutation ($input: PlaceOrderInput!) {
    placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } }
  }
`;
const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const SET_RISK_RULES = /* GraphQL */ `
  mutation ($input: SetRiskRulesInput!) {
    setRiskRules(input: $input) {
      orderValue { enabled thresholds { amount currency } }
      countryMismatch { enabled }
      velocity { enabled maxOrders windowMinutes }
      holdExpirySeconds updatedBy
    }
  }
`;
const RELEASE_HOLD = `mutation ($input: ReleaseOrderHoldInput!) { releaseOrderHold(input: $input) { ${ORDER_FIELDS} } }`;
const PLACE_HOLD = `mutation ($input: PlaceOrderHoldInput!) { placeOrderHold(input: $input) { ${ORDER_FIELDS} } }`;
const EDIT_ORDER = /* GraphQL */ `
  mutation ($input: EditOrderInput!) {
    editOrder(input: $input) {
      __typename
      ... on Order { ${ORDER_FIELDS} }
      ... on EditOutOfStock { unavailable: lines { sku requested available } }
    }
  }
`;

const ADDRESS = { name: 'Ada Martin', line1: '3 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

function orderInput(lines: { sku: string; quantity: number }[], extra: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    channel: 'WEB',
    guestEmail: `guest-${randomUUID().slice(0, 8)}@example.com`,
    lines,
    delivery: { method: 'SHIP', address: ADDRESS },
    payment: { token: 'tok_visa' },
    ...extra,
  };
}

async function place(input: Record<string, unknown>, auth: string = ADMIN): Promise<OrderView> {
  const response = await query<{ placeOrder: OrderView & { __typename: string } }>(PLACE_ORDER, { input }, auth);
  expect(response.errors).toBeUndefined();
  expect(response.data?.placeOrder.__typename).toBe('Order');
  return response.data!.placeOrder;
}

async function orderOf(id: string): Promise<OrderView> {
  const response = await query<{ order: OrderView }>(ORDER, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.order;
}

async function until(id: string, predicate: (order: OrderView) => boolean, timeoutMs = 15_000): Promise<OrderView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const order = await orderOf(id);
    if (predicate(order)) return order;
    if (Date.now() > deadline) throw new Error(`order ${order.number} still ${order.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function setRiskRules(input: Record<string, unknown>) {
  const response = await query<{ setRiskRules: Record<string, unknown> }>(SET_RISK_RULES, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.setRiskRules;
}

async function outboxTypes(orderId: string): Promise<string[]> {
  const rows = await system.subgraphs.orders.orm.em
    .fork()
    .execute<{ type: string }[]>(`select type from orders.outbox_event where aggregate_id = ? order by occurred_at, id`, [orderId]);
  return rows.map((row) => row.type);
}

async function auditActions(orderId: string): Promise<string[]> {
  const rows = await system.subgraphs.orders.orm.em
    .fork()
    .execute<{ action: string }[]>(`select payload->>'action' as action from orders.outbox_event where aggregate_id = ? and type = 'AuditRecorded'`, [orderId]);
  return rows.map((row) => row.action);
}

const steps = (order: OrderView) => order.pipeline.map((step) => `${step.step}:${step.outcome}`);

afterEach(async () => {
  // Every test starts with the rules off, as a fresh installation has them.
  await setRiskRules({ orderValue: { enabled: false, thresholds: [] }, countryMismatch: { enabled: false }, velocity: { enabled: false, maxOrders: 5 } });
});

describe('risk rules', () => {
  it('are data admins change at runtime, audited; care agents cannot', async () => {
    const rules = await setRiskRules({ orderValue: { enabled: true, thresholds: [{ amount: 5000, currency: 'eur' }] }, holdExpirySeconds: 3600 });
    expect(rules).toMatchObject({
      orderValue: { enabled: true, thresholds: [{ amount: 5000, currency: 'EUR' }] },
      countryMismatch: { enabled: false },
      velocity: { enabled: false, maxOrders: 5, windowMinutes: 60 },
      holdExpirySeconds: 3600,
      updatedBy: 'staff:test-admin',
    });
    const read = await query<{ riskRules: { holdExpirySeconds: number } }>('{ riskRules { holdExpirySeconds } }');
    expect(read.data?.riskRules.holdExpirySeconds).toBe(3600);
    expect(errorCode(await query(SET_RISK_RULES, { input: { countryMismatch: { enabled: true } } }, CARE))).toBe('FORBIDDEN');
    expect(errorCode(await query(SET_RISK_RULES, { input: { velocity: { enabled: true, maxOrders: 0 } } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await query(SET_RISK_RULES, { input: { orderValue: { enabled: true, thresholds: [{ amount: 1, currency: 'XYZ' }] } } }))).toBe('BAD_USER_INPUT');
    const audited = await system.subgraphs.orders.orm.em
      .fork()
      .execute<{ count: number }[]>(`select count(*)::int as count from orders.outbox_event where type = 'AuditRecorded' and payload->>'action' = 'setRiskRules'`);
    expect(audited[0]?.count).toBeGreaterThanOrEqual(1);
    await setRiskRules({ holdExpirySeconds: 72 * 3600 });
  });

  it('holds an order over the value threshold with its stock; only staff release it, and the pipeline goes on to fulfillment', async () => {
    await setRiskRules({ orderValue: { enabled: true, thresholds: [{ amount: 5000, currency: 'EUR' }] } });
    const sku = await createSku(system, { price: 3000, stock: { [warehouse]: 10 } });
    const order = await place(orderInput([{ sku, quantity: 2 }], { guestEmail: null, customerId: CUSTOMER_ID }), CUSTOMER);
    expect(order.status).toBe('ON_HOLD');
    expect(order.holds).toMatchObject([{ reason: 'RISK_ORDER_VALUE', placedBy: 'service:orders', releasedAt: null }]);
    expect(order.holds[0]?.detail).toContain('60.00 EUR is over 50.00 EUR');
    expect(new Date(order.holds[0]!.expiresAt!).getTime() - Date.now()).toBeGreaterThan(71 * 3600_000);
    expect(steps(order)).toEqual(['VALIDATE:PASSED', 'RISK_CHECK:HELD', 'PAYMENT_AUTHORIZATION:PASSED', 'SOURCE_AND_ALLOCATE:PASSED', 'RELEASE:HELD']);
    expect(order.timeline.map((entry) => entry.to)).toEqual(['CREATED', 'CONFIRMED', 'ALLOCATED', 'ON_HOLD']);
    expect(order.timeline.at(-1)?.reason).toContain('risk check');
    expect(order.payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: 6000 } }]);
    expect(await reservedOf(system, sku)).toBe(2);
    expect(await outboxTypes(order.id)).toContain('OrderHeld');

    // The customer owns the order and may write orders, but a hold is staff's decision.
    const release = { orderId: order.id, reason: 'called the customer, all good' };
    expect(errorCode(await query(RELEASE_HOLD, { input: release }, CUSTOMER))).toBe('FORBIDDEN');
    expect(errorCode(await query(PLACE_HOLD, { input: { orderId: order.id, reason: 'CUSTOMER_REQUEST', detail: 'wait' } }, CUSTOMER))).toBe('FORBIDDEN');

    // Past its cancellation window it is still held: nothing goes to fulfillment.
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(await orderOf(order.id)).toMatchObject({ status: 'ON_HOLD', releasedAt: null });

    const released = await query<{ releaseOrderHold: OrderView }>(RELEASE_HOLD, { input: release }, CARE);
    expect(released.errors).toBeUndefined();
    expect(released.data?.releaseOrderHold).toMatchObject({
      status: 'ALLOCATED',
      holds: [{ reason: 'RISK_ORDER_VALUE', releasedBy: 'staff:care-orchestration', releaseNote: 'called the customer, all good' }],
    });
    expect(released.data?.releaseOrderHold.timeline.at(-1)).toMatchObject({ from: 'ON_HOLD', to: 'ALLOCATED', actor: 'staff:care-orchestration' });
    expect(errorCode(await query(RELEASE_HOLD, { input: release }, CARE))).toBe('ORDER_NOT_ON_HOLD');

    const done = await until(order.id, (current) => current.status === 'RELEASED');
    expect(done.releasedAt).not.toBeNull();
    expect(steps(done).slice(4)).toEqual(['RELEASE:HELD', 'RELEASE:SCHEDULED', 'RELEASE:PASSED']);
    expect(await reservedOf(system, sku)).toBe(2);
    const events = await outboxTypes(order.id);
    expect(events).toEqual(expect.arrayContaining(['OrderHeld', 'OrderHoldReleased', 'OrderReleased']));
    expect(events.indexOf('OrderHoldReleased')).toBeLessThan(events.indexOf('OrderReleased'));
    expect(await auditActions(order.id)).toContain('releaseOrderHold');

    // Released to fulfillment: too late to edit.
    const edit = await query(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: done.lines[0]!.id, quantity: 1 }] } }, CARE);
    expect(errorCode(edit)).toBe('ORDER_NOT_EDITABLE');
  });

  it('holds the third order of one email within the hour (velocity), not another customer', async () => {
    await setRiskRules({ velocity: { enabled: true, maxOrders: 2, windowMinutes: 60 } });
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 20 } });
    const email = `Fast-${randomUUID().slice(0, 8)}@example.com`;
    const first = await place(orderInput([{ sku, quantity: 1 }], { guestEmail: email }));
    const second = await place(orderInput([{ sku, quantity: 1 }], { guestEmail: email.toLowerCase() }));
    const third = await place(orderInput([{ sku, quantity: 1 }], { guestEmail: email }));
    const someoneElse = await place(orderInput([{ sku, quantity: 1 }]));
    expect([first.status, second.status, third.status, someoneElse.status]).toEqual(['ALLOCATED', 'ALLOCATED', 'ON_HOLD', 'ALLOCATED']);
    expect(third.holds).toMatchObject([{ reason: 'RISK_VELOCITY', detail: '3 orders within 60 min (at most 2)' }]);
    expect(first.pipeline.find((step) => step.step === 'RISK_CHECK')).toMatchObject({ outcome: 'PASSED', detail: 'no risk rule matched' });
  });

  it('holds an order billed in another country than it ships to', async () => {
    await setRiskRules({ countryMismatch: { enabled: true } });
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 10 } });
    const billing = { name: 'Ada Martin', line1: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'de' };
    const mismatched = await place(orderInput([{ sku, quantity: 1 }], { billingAddress: billing }));
    expect(mismatched.status).toBe('ON_HOLD');
    expect(mismatched.holds).toMatchObject([{ reason: 'RISK_COUNTRY_MISMATCH', detail: 'billing country DE, delivery country FR' }]);
    const matching = await place(orderInput([{ sku, quantity: 1 }], { billingAddress: { ...billing, city: 'Lyon', postalCode: '69002', country: 'FR' } }));
    expect(matching.status).toBe('ALLOCATED');
    const billTo = await query<{ order: { billTo: { country: string } } }>('query ($id: ID!) { order(id: $id) { billTo { country } } }', { id: mismatched.id });
    expect(billTo.data?.order.billTo.country).toBe('DE');
  });

  it('a declined payment leaves no order and no held stock, rules or not (see also test/order-capture.test.ts)', async () => {
    await setRiskRules({ orderValue: { enabled: true, thresholds: [{ amount: 100, currency: 'EUR' }] } });
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 5 } });
    const orders = await orderCount(system);
    const response = await query(PLACE_ORDER, { input: orderInput([{ sku, quantity: 2 }], { payment: { token: 'tok_chargeDeclined' } }) });
    expect(errorCode(response)).toBe('PAYMENT_DECLINED');
    expect(await orderCount(system)).toBe(orders);
    expect(await reservedOf(system, sku)).toBe(0);
  });
});

describe('holds placed by staff', () => {
  it('keep the stock until they expire; then the order is cancelled, its stock released and its payment voided', async () => {
    const sku = await createSku(system, { price: 1500, stock: { [warehouse]: 4 } });
    const order = await place(orderInput([{ sku, quantity: 3 }]));
    expect(order.status).toBe('ALLOCATED');
    expect(steps(order).at(-1)).toBe('RELEASE:SCHEDULED');
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    expect(errorCode(await query(PLACE_HOLD, { input: { orderId: order.id, reason: 'RISK_VELOCITY', detail: 'x' } }, CARE))).toBe('BAD_USER_INPUT');
    const held = await query<{ placeOrderHold: OrderView }>(
      PLACE_HOLD,
      { input: { orderId: order.id, reason: 'CUSTOMER_REQUEST', detail: 'customer is away until Friday', expiresAt } },
      CARE,
    );
    expect(held.errors).toBeUndefined();
    expect(held.data?.placeOrderHold).toMatchObject({ status: 'ON_HOLD', holds: [{ reason: 'CUSTOMER_REQUEST', placedBy: 'staff:care-orchestration', expiresAt }] });
    expect(await reservedOf(system, sku)).toBe(3);

    const cancelled = await until(order.id, (current) => current.status === 'CANCELLED');
    expect(cancelled.timeline.at(-1)).toMatchObject({ from: 'ON_HOLD', to: 'CANCELLED', actor: 'service:orders' });
    expect(cancelled.timeline.at(-1)?.reason).toContain('hold expired (CUSTOMER_REQUEST)');
    expect(cancelled.holds[0]).toMatchObject({ releasedBy: 'service:orders' });
    expect(cancelled.holds[0]?.releaseNote).toContain('order cancelled');
    expect(cancelled.payments).toMatchObject([{ status: 'VOIDED' }]);
    expect(steps(cancelled).at(-1)).toBe('RELEASE:FAILED');
    // The stock release is the cancellation's after-commit effect: it follows the CANCELLED status.
    await eventually('the held stock released', async () => ((await reservedOf(system, sku)) === 0 ? true : undefined));
    expect(await outboxTypes(order.id)).toEqual(expect.arrayContaining(['OrderHeld', 'OrderStatusChanged']));
    expect(await auditActions(order.id)).toContain('placeOrderHold');
  });

  it('a held order can be cancelled with cancelOrder, its holds closed', async () => {
    const sku = await createSku(system, { price: 1500, stock: { [warehouse]: 4 } });
    const order = await place(orderInput([{ sku, quantity: 1 }]));
    await query(PLACE_HOLD, { input: { orderId: order.id, reason: 'PAYMENT_REVIEW', detail: 'card flagged by the bank' } }, CARE);
    const response = await query<{ cancelOrder: OrderView }>(`mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ORDER_FIELDS} } }`, {
      input: { orderId: order.id, reason: 'fraud confirmed' },
    }, CARE);
    expect(response.errors).toBeUndefined();
    expect(response.data?.cancelOrder).toMatchObject({ status: 'CANCELLED', holds: [{ reason: 'PAYMENT_REVIEW', releaseNote: 'order cancelled: fraud confirmed' }] });
    expect(await reservedOf(system, sku)).toBe(0);
  });
});

describe('editOrder', () => {
  it('re-prices, re-holds and adjusts the payment for added lines, new quantities and a new address; a shortage changes nothing', async () => {
    const a = await createSku(system, { price: 1000, stock: { [warehouse]: 6 } });
    const b = await createSku(system, { price: 2500, stock: { [warehouse]: 5 } });
    const order = await place(orderInput([{ sku: a, quantity: 2 }]));
    expect(order).toMatchObject({ status: 'ALLOCATED', total: { amount: 2490 } });
    const lineA = order.lines[0]!.id;

    // Within the cancellation window: a line added, paid by raising the authorization.
    const added = await query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, addLines: [{ sku: b, quantity: 1 }], reason: 'customer called' } }, CARE);
    expect(added.errors).toBeUndefined();
    expect(added.data?.editOrder).toMatchObject({
      status: 'ALLOCATED',
      total: { amount: 4990 },
      lines: [{ sku: { code: a }, quantity: 2 }, { sku: { code: b }, quantity: 1, status: 'OPEN' }],
      payments: [{ status: 'AUTHORIZED', authorized: { amount: 4990 } }],
    });
    expect(added.data?.editOrder.timeline.at(-1)?.reason).toContain(`${b} × 1 added`);
    expect(await reservedOf(system, b)).toBe(1);

    // Kept from release while the customer decides (edits go on while held).
    await query(PLACE_HOLD, { input: { orderId: order.id, reason: 'CUSTOMER_REQUEST', detail: 'changing the order' } }, CARE);

    const more = await query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: lineA, quantity: 5 }] } }, CARE);
    expect(more.data?.editOrder).toMatchObject({ status: 'ON_HOLD', total: { amount: 7500 }, payments: [{ authorized: { amount: 7500 } }] });
    expect(await reservedOf(system, a)).toBe(5);

    // Stock the order does not get: nothing changes, and the answer says what is missing.
    const short = await query<{ editOrder: { __typename: string; unavailable: { sku: string; requested: number; available: number }[] } }>(
      EDIT_ORDER,
      { input: { orderId: order.id, changeQuantities: [{ lineId: lineA, quantity: 9 }] } },
      CARE,
    );
    expect(short.data?.editOrder).toMatchObject({ __typename: 'EditOutOfStock', unavailable: [{ sku: a, requested: 9, available: 1 }] });
    expect(await reservedOf(system, a)).toBe(5);
    expect(await orderOf(order.id)).toMatchObject({ total: { amount: 7500 }, payments: [{ authorized: { amount: 7500 } }] });

    // Fewer units and a line removed: the authorization is voided down to the new total.
    const less = await query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: lineA, quantity: 1 }], removeLineIds: [added.data!.editOrder.lines[1]!.id] } }, CARE);
    expect(less.data?.editOrder).toMatchObject({
      total: { amount: 1490 },
      lines: [{ quantity: 1, status: 'OPEN' }, { status: 'CANCELLED', cancelledQuantity: 1 }],
      payments: [{ status: 'AUTHORIZED', authorized: { amount: 1490 } }],
    });
    expect([await reservedOf(system, a), await reservedOf(system, b)]).toEqual([1, 0]);

    // Another address, abroad: re-held for the new destination and taxed at its rate.
    const before = less.data!.editOrder;
    const moved = await query<{ editOrder: OrderView }>(
      EDIT_ORDER,
      { input: { orderId: order.id, idempotencyKey: 'move-1', shipTo: { name: 'Ada Martin', line1: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'DE' } } },
      CARE,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.editOrder.shipTo).toEqual({ city: 'Berlin', country: 'DE' });
    expect(moved.data?.editOrder.taxTotal.amount).not.toBe(before.taxTotal.amount);
    expect(await reservedOf(system, a)).toBe(1);
    // The same edit again under its key changes nothing more.
    const replayed = await query<{ editOrder: OrderView }>(
      EDIT_ORDER,
      { input: { orderId: order.id, idempotencyKey: 'move-1', shipTo: { name: 'Ada Martin', line1: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'DE' } } },
      CARE,
    );
    expect(replayed.data?.editOrder.timeline.length).toBe(moved.data?.editOrder.timeline.length);
    expect(steps(moved.data!.editOrder).filter((step) => step === 'SOURCE_AND_ALLOCATE:PASSED').length).toBe(5);
    expect(await auditActions(order.id)).toContain('editOrder');
  });

  it('refuses a customer editing someone else’s order, and edits that make no sense', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 3 } });
    const order = await place(orderInput([{ sku, quantity: 1 }]));
    expect(errorCode(await query(EDIT_ORDER, { input: { orderId: order.id, addLines: [{ sku, quantity: 1 }] } }, CUSTOMER))).toBe('NOT_FOUND');
    expect(errorCode(await query(EDIT_ORDER, { input: { orderId: order.id } }, CARE))).toBe('BAD_USER_INPUT');
    expect(errorCode(await query(EDIT_ORDER, { input: { orderId: order.id, removeLineIds: [order.lines[0]!.id] } }, CARE))).toBe('BAD_USER_INPUT');
    // A store would switch the shipped order to collection; a warehouse takes no pickups.
    expect(errorCode(await query(EDIT_ORDER, { input: { orderId: order.id, pickupLocationId: warehouse } }, CARE))).toBe('PICKUP_LOCATION_INVALID');
  });
});
