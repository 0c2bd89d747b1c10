// Spending store credit through the real gateway and services: credit granted as an appeasement on
// a shipped order pays new orders, alone or beside a card; it is captured at shipment, given back
// (card first, credit last) by cancellations and refunds, never spent twice, and only by its owner.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { createLocation, createSku, reservedOf } from './support/order-fixtures.ts';
import { shipWholeOrder } from './support/shipping-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

// Release at once instead of after the cancellation window (orders are shipped for real).
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

const ALICE = demoId('customer', 3);
const BOB = demoId('customer', 4);
const CAROL = demoId('customer', 5);
const CARE = staffToken(['CARE_AGENT'], { staffId: 'test-care-credit' });
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

let system: TestSystem;
let warehouse: string;

interface PaymentView {
  provider: string;
  status: string;
  authorized: { amount: number };
  captured: { amount: number };
  refunded: { amount: number };
}

interface OrderView {
  id: string;
  number: string;
  status: string;
  total: { amount: number };
  lines: { id: string }[];
  payments: PaymentView[];
}

const ORDER_FIELDS = 'id number status total { amount } lines { id } payments { provider status authorized { amount } captured { amount } refunded { amount } }';

function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

async function sku(price: number, stock = 50): Promise<string> {
  return createSku(system, { price, stock: { [warehouse]: stock } });
}

function placeOrder(input: Record<string, unknown>, token: string) {
  return system.query<{ placeOrder: OrderView & { __typename: string } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } } }`,
    { input: { idempotencyKey: randomUUID(), channel: 'WEB', delivery: { method: 'SHIP', address: ADDRESS }, ...input } },
    token,
  );
}

async function orderOf(id: string): Promise<OrderView> {
  return ok(await system.query<{ order: OrderView }>(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id }, ADMIN)).order;
}

async function balanceOf(customerId: string): Promise<number> {
  const found = ok(await system.query<{ customer: { storeCreditBalance: { amount: number } } }>(
    `query($id: ID!) { customer(id: $id) { storeCreditBalance { amount } } }`, { id: customerId }, ADMIN));
  return found.customer.storeCreditBalance.amount;
}

/** The customer's ledger straight from the orders service's table: every entry, and whether the running balance ever dipped below zero. */
async function ledgerOf(customerId: string): Promise<{ amount: number; order_id: string | null }[]> {
  return system.subgraphs.orders.orm.em.fork().execute<{ amount: number; order_id: string | null }[]>(
    `select amount, order_id from orders.store_credit_entry where customer_id = ? and currency = 'EUR' order by created_at, id`, [customerId]);
}

function paymentBy(order: OrderView, provider: string): PaymentView {
  const payment = order.payments.find((candidate) => candidate.provider === provider);
  if (!payment) throw new Error(`order ${order.number} has no ${provider} payment: ${JSON.stringify(order.payments)}`);
  return payment;
}

/** Store credit for a customer as care gives it: an appeasement, as credit, on an order of theirs that shipped (so it was paid). */
async function grantCredit(customerId: string, amount: number): Promise<void> {
  const placed = ok(await placeOrder({ lines: [{ sku: await sku(amount), quantity: 1 }], payment: { token: 'tok_visa' } }, customerToken(customerId))).placeOrder;
  await shipWholeOrder(system, placed.id);
  ok(await system.query(
    `mutation($input: GrantAppeasementInput!) { grantAppeasement(input: $input) { id } }`,
    { input: { orderId: placed.id, amount, reason: 'Late delivery', method: 'STORE_CREDIT' } },
    ADMIN,
  ));
}

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system, { type: 'WAREHOUSE' });
  // 100.00 of credit for Alice and 50.00 for Bob, on top of whatever the demo data gave them.
  await Promise.all([grantCredit(ALICE, 10_000), grantCredit(BOB, 5_000)]);
}, 180_000);

afterAll(async () => {
  await system?.close();
});

describe('paying with store credit', () => {
  it('splits an order between credit and card, captures both at shipment, and refunds the card first', async () => {
    const before = await balanceOf(ALICE);
    const placed = ok(await placeOrder({ lines: [{ sku: await sku(6_000), quantity: 1 }], payment: { token: 'tok_visa', storeCredit: 2_500 } }, customerToken(ALICE))).placeOrder;
    expect(placed.__typename).toBe('Order');
    const card = placed.total.amount - 2_500;
    expect(paymentBy(placed, 'store-credit')).toMatchObject({ status: 'AUTHORIZED', authorized: { amount: 2_500 }, captured: { amount: 0 } });
    expect(paymentBy(placed, 'test')).toMatchObject({ status: 'AUTHORIZED', authorized: { amount: card }, captured: { amount: 0 } });
    expect(await balanceOf(ALICE)).toBe(before - 2_500);
    // The debit is a ledger entry of the order.
    expect((await ledgerOf(ALICE)).filter((entry) => entry.order_id === placed.id)).toEqual([{ amount: -2_500, order_id: placed.id }]);
    // The same answer is read back (not only the one primed at placement).
    expect((await orderOf(placed.id)).payments).toHaveLength(2);

    await shipWholeOrder(system, placed.id);
    const shipped = await orderOf(placed.id);
    expect(paymentBy(shipped, 'store-credit')).toMatchObject({ status: 'CAPTURED', captured: { amount: 2_500 } });
    expect(paymentBy(shipped, 'test')).toMatchObject({ status: 'CAPTURED', captured: { amount: card } });

    // A refund to the original payment larger than the card's part: the card in full, the rest back to the balance.
    const refund = ok(await system.query<{ grantAppeasement: { refund: { method: string; providerReference: string | null } } }>(
      `mutation($input: GrantAppeasementInput!) { grantAppeasement(input: $input) { refund { method providerReference } } }`,
      { input: { orderId: placed.id, amount: card + 1_000, reason: 'Damaged on arrival', method: 'REFUND' } },
      ADMIN,
    )).grantAppeasement.refund;
    expect(refund.method).toBe('ORIGINAL_PAYMENT');
    expect(refund.providerReference).toMatch(/^test_re_/);
    const refunded = await orderOf(placed.id);
    expect(paymentBy(refunded, 'test')).toMatchObject({ status: 'REFUNDED', refunded: { amount: card } });
    expect(paymentBy(refunded, 'store-credit')).toMatchObject({ status: 'CAPTURED', refunded: { amount: 1_000 } });
    expect(await balanceOf(ALICE)).toBe(before - 2_500 + 1_000);
  }, 60_000);

  it('places an order the credit covers without a card, and a whole cancellation gives the credit back', async () => {
    const before = await balanceOf(ALICE);
    const item = await sku(5_500);
    const placed = ok(await placeOrder({ lines: [{ sku: item, quantity: 1 }], payment: { useStoreCredit: true } }, customerToken(ALICE))).placeOrder;
    expect(placed.total.amount).toBeLessThanOrEqual(before);
    expect(placed.payments).toEqual([
      { provider: 'store-credit', status: 'AUTHORIZED', authorized: { amount: placed.total.amount }, captured: { amount: 0 }, refunded: { amount: 0 } },
    ]);
    expect(await balanceOf(ALICE)).toBe(before - placed.total.amount);

    const cancelled = ok(await system.query<{ cancelOrder: OrderView }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { orderId: placed.id, reason: 'Changed my mind' } },
      customerToken(ALICE),
    )).cancelOrder;
    expect(cancelled.status).toBe('CANCELLED');
    expect(paymentBy(cancelled, 'store-credit')).toMatchObject({ status: 'VOIDED', captured: { amount: 0 } });
    expect(await balanceOf(ALICE)).toBe(before);
    expect(await reservedOf(system, item)).toBe(0);
  });

  it('refuses a card-less order the credit does not cover, and an amount above the balance or the total, writing nothing', async () => {
    const before = await balanceOf(ALICE);
    const dear = await sku(before + 1_000);
    const cheap = await sku(1_000);
    expect(codeOf(await placeOrder({ lines: [{ sku: dear, quantity: 1 }], payment: { useStoreCredit: true } }, customerToken(ALICE)))).toBe('PAYMENT_REQUIRED');
    expect(codeOf(await placeOrder({ lines: [{ sku: dear, quantity: 1 }], payment: { token: 'tok_visa', storeCredit: before + 1 } }, customerToken(ALICE)))).toBe('INSUFFICIENT_STORE_CREDIT');
    expect(codeOf(await placeOrder({ lines: [{ sku: cheap, quantity: 1 }], payment: { token: 'tok_visa', storeCredit: 9_000 } }, customerToken(ALICE)))).toBe('STORE_CREDIT_EXCEEDS_TOTAL');
    expect(codeOf(await placeOrder({ lines: [{ sku: cheap, quantity: 1 }], payment: {} }, customerToken(ALICE)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await placeOrder({ lines: [{ sku: cheap, quantity: 1 }], payment: { token: 'tok_visa', storeCredit: 100, useStoreCredit: true } }, customerToken(ALICE)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await placeOrder({ lines: [{ sku: cheap, quantity: 1 }], payment: { token: 'x', provider: 'store-credit' } }, customerToken(ALICE)))).toBe('BAD_USER_INPUT');
    expect(await balanceOf(ALICE)).toBe(before);
    expect(await reservedOf(system, dear)).toBe(0);
    expect(await reservedOf(system, cheap)).toBe(0);
  });

  it('gives back the card first when lines are cancelled, and the credit once the order is cancelled', async () => {
    const before = await balanceOf(ALICE);
    const [first, second] = [await sku(3_000), await sku(3_000)];
    const placed = ok(await placeOrder({
      lines: [{ sku: first, quantity: 1 }, { sku: second, quantity: 1 }],
      payment: { token: 'tok_visa', storeCredit: 1_000 },
    }, customerToken(ALICE))).placeOrder;
    const card = placed.total.amount - 1_000;
    const cancel = (lineIds: string[] | null) => system.query<{ cancelOrder: OrderView }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { orderId: placed.id, lineIds, reason: 'Customer request' } },
      CARE,
    );
    const partly = ok(await cancel([placed.lines[0]!.id])).cancelOrder;
    const lowered = placed.total.amount - partly.total.amount;
    expect(lowered).toBeGreaterThan(0);
    expect(lowered).toBeLessThan(card);
    // Within the card's part: only the card authorization shrinks, the credit stays spent.
    expect(paymentBy(partly, 'test')).toMatchObject({ status: 'AUTHORIZED', authorized: { amount: card - lowered } });
    expect(paymentBy(partly, 'store-credit')).toMatchObject({ status: 'AUTHORIZED', authorized: { amount: 1_000 } });
    expect(await balanceOf(ALICE)).toBe(before - 1_000);

    const whole = ok(await cancel(null)).cancelOrder;
    expect(whole.status).toBe('CANCELLED');
    expect(paymentBy(whole, 'test').status).toBe('VOIDED');
    expect(paymentBy(whole, 'store-credit').status).toBe('VOIDED');
    expect(await balanceOf(ALICE)).toBe(before);
  });
});

describe('exchanges', () => {
  it('pays the difference of a dearer replacement with store credit', async () => {
    const placed = ok(await placeOrder({ lines: [{ sku: await sku(3_000), quantity: 1 }], payment: { token: 'tok_visa' } }, customerToken(ALICE))).placeOrder;
    await shipWholeOrder(system, placed.id);
    const before = await balanceOf(ALICE);
    const exchanged = ok(await system.query<{ createExchange: { __typename: string; settlement: string; priceDifference: { amount: number }; amountDue: { amount: number }; replacementOrder: OrderView } }>(
      `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { __typename ... on Exchange {
        settlement priceDifference { amount } amountDue { amount } replacementOrder { ${ORDER_FIELDS} } } } }`,
      {
        input: {
          orderId: placed.id,
          lines: [{ orderLineId: placed.lines[0]!.id, quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }],
          replacements: [{ orderLineId: placed.lines[0]!.id, sku: await sku(4_500), quantity: 1 }],
          useStoreCredit: true,
        },
      },
      customerToken(ALICE),
    )).createExchange;
    expect(exchanged.__typename).toBe('Exchange');
    const difference = exchanged.priceDifference.amount;
    expect(difference).toBeGreaterThan(0);
    expect(difference).toBeLessThanOrEqual(before);
    expect(exchanged).toMatchObject({ settlement: 'CHARGED', amountDue: { amount: 0 } });
    expect(paymentBy(exchanged.replacementOrder, 'store-credit')).toMatchObject({ status: 'CAPTURED', authorized: { amount: difference }, captured: { amount: difference } });
    expect(await balanceOf(ALICE)).toBe(before - difference);
  }, 60_000);
});

describe('who may spend it', () => {
  it('is the customer, or staff ordering for them by phone or in store; not another customer, a guest order or a web order by staff', async () => {
    const item = await sku(1_500);
    const before = await balanceOf(ALICE);
    const spend = { lines: [{ sku: item, quantity: 1 }], payment: { token: 'tok_visa', storeCredit: 500 } };
    // Another customer: not for Alice, and their own balance is empty.
    expect(codeOf(await placeOrder({ ...spend, customerId: ALICE }, customerToken(CAROL)))).toBe('FORBIDDEN');
    expect(await balanceOf(CAROL)).toBe(0);
    expect(codeOf(await placeOrder(spend, customerToken(CAROL)))).toBe('INSUFFICIENT_STORE_CREDIT');
    // A guest order has no credit.
    expect(codeOf(await placeOrder({ ...spend, guestEmail: 'guest@example.com' }, ADMIN))).toBe('STORE_CREDIT_NEEDS_CUSTOMER');
    // Staff through a channel where the customer is not with them.
    expect(codeOf(await placeOrder({ ...spend, customerId: ALICE }, CARE))).toBe('FORBIDDEN');
    // A partner key, whatever its scopes, never spends a customer's credit.
    const key = ok(await system.query<{ createApiKey: { token: string } }>(
      `mutation { createApiKey(input: { name: "credit test", scopes: ["orders:write", "orders:read"] }) { token } }`, {}, ADMIN)).createApiKey.token;
    expect(codeOf(await placeOrder({ ...spend, customerId: ALICE }, key))).toBe('FORBIDDEN');
    expect(await balanceOf(ALICE)).toBe(before);

    // A care agent on the phone with Alice.
    const byPhone = ok(await placeOrder({ ...spend, customerId: ALICE, channel: 'CALL_CENTER' }, CARE)).placeOrder;
    expect(paymentBy(byPhone, 'store-credit').authorized.amount).toBe(500);
    expect(await balanceOf(ALICE)).toBe(before - 500);
    // Spending a customer's credit for them is on the audit log.
    const audited = await waitFor('audit entry', async () => {
      const found = ok(await system.query<{ auditLog: { edges: { node: { actor: string; after: { amount: number; customerId: string } } }[] } }>(
        `query($filter: AuditFilter) { auditLog(first: 5, filter: $filter) { edges { node { actor after } } } }`,
        { filter: { action: 'spendStoreCredit', entityId: byPhone.id } },
        ADMIN,
      ));
      return found.auditLog.edges[0]?.node;
    });
    expect(audited).toMatchObject({ actor: 'staff:test-care-credit', after: { amount: 500, customerId: ALICE } });
  });
});

describe('concurrency and idempotency', () => {
  it('lets exactly the affordable number of concurrent orders spend the credit, never below zero', async () => {
    const balance = await balanceOf(BOB);
    const each = 1_500;
    const affordable = Math.floor(balance / each);
    const attempts = affordable + 5;
    // One SKU per order, so their stock is held side by side and they reach the credit together.
    const items = await Promise.all(Array.from({ length: attempts }, () => sku(2_000)));
    const outcomes = await Promise.all(
      // A slow card authorization (250 ms) widens the time between reading the balance and committing the debit.
      items.map((item) => placeOrder({ lines: [{ sku: item, quantity: 1 }], payment: { token: 'tok_visaSlow', storeCredit: each } }, customerToken(BOB))),
    );
    const placed = outcomes.filter((outcome) => outcome.data?.placeOrder.__typename === 'Order');
    const refused = outcomes.filter((outcome) => codeOf(outcome) === 'INSUFFICIENT_STORE_CREDIT');
    expect(placed).toHaveLength(affordable);
    expect(refused).toHaveLength(attempts - affordable);
    expect(await balanceOf(BOB)).toBe(balance - affordable * each);

    // The ledger never went negative: every running balance, in the order entries were written, is at least zero.
    let running = 0;
    for (const entry of await ledgerOf(BOB)) {
      running += entry.amount;
      expect(running).toBeGreaterThanOrEqual(0);
    }
    // Refused orders hold nothing: their stock was released.
    const reserved = await Promise.all(items.map((item) => reservedOf(system, item)));
    expect(reserved.reduce((total, units) => total + units, 0)).toBeLessThanOrEqual(affordable);
  }, 60_000);

  it('debits once when placeOrder is replayed, in sequence or concurrently', async () => {
    const before = await balanceOf(ALICE);
    const input = { idempotencyKey: randomUUID(), lines: [{ sku: await sku(2_000), quantity: 1 }], payment: { token: 'tok_visa', storeCredit: 700 } };
    const concurrent = await Promise.all([placeOrder(input, customerToken(ALICE)), placeOrder(input, customerToken(ALICE)), placeOrder(input, customerToken(ALICE))]);
    const again = await placeOrder(input, customerToken(ALICE));
    const ids = new Set([...concurrent, again].map((outcome) => ok(outcome).placeOrder.id));
    expect(ids.size).toBe(1);
    const [orderId] = [...ids];
    expect(await balanceOf(ALICE)).toBe(before - 700);
    expect((await ledgerOf(ALICE)).filter((entry) => entry.order_id === orderId)).toHaveLength(1);
    // Another spend under the same key is another request.
    expect(codeOf(await placeOrder({ ...input, payment: { token: 'tok_visa', storeCredit: 800 } }, customerToken(ALICE)))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await balanceOf(ALICE)).toBe(before - 700);
  });

  it('has the database refuse a debit beyond the balance, whatever wrote it', async () => {
    const balance = await balanceOf(CAROL);
    const em = system.subgraphs.orders.orm.em.fork();
    await expect(em.execute(
      `insert into orders.store_credit_entry (id, customer_id, currency, amount, source_key, order_id, reason, created_at) values (?, ?, 'EUR', ?, ?, null, 'test', now())`,
      [randomUUID(), CAROL, -(balance + 1), `test:${randomUUID()}`],
    )).rejects.toThrow(/below zero/);
    expect(await balanceOf(CAROL)).toBe(balance);
  });
});
