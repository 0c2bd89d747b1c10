// An order edit swaps the order's stock at inventory, then writes the order: two databases. These
// tests break the second step on purpose (a trigger the test creates in the orders schema refuses
// the order's update, as a failing disk or a lost connection would) and check through the gateway
// that inventory holds exactly what it held before and the payment authorization is back to its
// amount; then, with the fault gone, that the same edit retried goes through. A second fault (the
// revert refused at inventory, as when the service stops before it could undo) shows the recovery
// sweeper repairing what the request could not. When a change lowers the total, the payment provider
// is asked to void only once the order is committed (a failed write voids nothing; a void the
// provider fails at first is retried by the void sweeper), and accepting "keep what is held" of the
// save-the-sale alternatives gives the waiting units' presell promises back when its write fails.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testPayments } from '../subgraphs/orders/src/domain/payments/test-payment-provider.ts';
import { ADMIN, staffToken } from './support/auth.ts';
import { createLocation, createSku, reservedOf } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// Orders stay editable throughout (no release), and the recovery sweepers look often.
process.env['ORDER_RELEASE_DELAY_MS'] = '600000';
process.env['ORDER_SWAP_RECOVERY_INTERVAL_MS'] = '300';
process.env['ORDER_VOID_RETRY_INTERVAL_MS'] = '300';

let system: TestSystem;
let warehouse: string;
const CARE = staffToken(['CARE_AGENT'], { staffId: 'care-edit-recovery' });

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system);
});

afterEach(async () => {
  await sql('orders', `drop trigger if exists test_fail_order_write on orders."order"`);
  await sql('orders', `drop function if exists orders.test_fail_order_write()`);
  await sql('inventory', `drop trigger if exists test_fail_swap_revert on inventory.reallocation`);
  await sql('inventory', `drop function if exists inventory.test_fail_swap_revert()`);
});

afterAll(async () => {
  await system?.close();
});

/** Raw SQL in one service's database, as an operator (or a fault) would act on it. */
function sql<T = Record<string, unknown>>(service: 'orders' | 'inventory', statement: string, params: unknown[] = []): Promise<T[]> {
  return system.subgraphs[service].orm.em.fork().execute<T[]>(statement, params as never[]);
}

/** From now on, writing this order's row fails (its update raises), as a failing order write would. */
async function failOrderWrites(orderId: string): Promise<void> {
  await sql(
    'orders',
    `create function orders.test_fail_order_write() returns trigger language plpgsql as 'begin
       if new.id = ''${orderId}''::uuid then raise exception ''injected fault: order % cannot be written'', new.id; end if;
       return new;
     end'`,
  );
  await sql('orders', `create trigger test_fail_order_write before update on orders."order" for each row execute function orders.test_fail_order_write()`);
}

/** From now on, inventory refuses to record reverts of swaps (the request cannot undo; the sweeper must, later). */
async function failSwapReverts(): Promise<void> {
  await sql(
    'inventory',
    `create function inventory.test_fail_swap_revert() returns trigger language plpgsql as 'begin
       if new.reference like ''revert:%'' then raise exception ''injected fault: inventory unavailable''; end if;
       return new;
     end'`,
  );
  await sql('inventory', `create trigger test_fail_swap_revert before insert on inventory.reallocation for each row execute function inventory.test_fail_swap_revert()`);
}

interface Allocation {
  id: string;
  orderLineId: string;
  quantity: number;
  status: string;
  location: { id: string };
}

interface OrderView {
  id: string;
  number: string;
  status: string;
  total: { amount: number };
  lines: { id: string; quantity: number; status: string; sku: { code: string } }[];
  payments: { status: string; authorized: { amount: number } }[];
  timeline: { reason: string | null }[];
  allocations: Allocation[];
}

const ORDER_FIELDS = /* GraphQL */ `
  id number status total { amount }
  lines { id quantity status sku { code } }
  payments { status authorized { amount } }
  timeline { reason }
  allocations { id orderLineId quantity status location { id } }
`;
const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const EDIT_ORDER = /* GraphQL */ `
  mutation ($input: EditOrderInput!) {
    editOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } }
  }
`;

async function place(lines: { sku: string; quantity: number }[], options: { token?: string; allowBackorder?: boolean } = {}): Promise<OrderView> {
  const placed = ok(
    await system.query<{ placeOrder: OrderView & { __typename: string } }>(
      `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { ${ORDER_FIELDS} } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          guestEmail: `guest-${randomUUID().slice(0, 8)}@example.com`,
          lines,
          delivery: { method: 'SHIP', address: { name: 'Ada Martin', line1: '3 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } },
          payment: { token: options.token ?? 'tok_visa' },
          allowBackorder: options.allowBackorder ?? false,
        },
      },
      ADMIN,
    ),
  ).placeOrder;
  expect(placed).toMatchObject({ __typename: 'Order', status: options.allowBackorder ? 'BACKORDERED' : 'ALLOCATED' });
  return placed;
}

async function orderOf(id: string): Promise<OrderView> {
  return ok(await system.query<{ order: OrderView }>(ORDER, { id }, ADMIN)).order;
}

/** What the order holds at inventory: the allocations in force, comparable across reads. */
const held = (order: OrderView) =>
  order.allocations
    .filter((allocation) => allocation.status === 'ALLOCATED')
    .map((allocation) => ({ id: allocation.id, line: allocation.orderLineId, location: allocation.location.id, quantity: allocation.quantity }))
    .sort((a, b) => a.id.localeCompare(b.id));

async function swapsOf(orderId: string) {
  return sql<{ kind: string; status: string; raised_funds: { amount: number } | null; reference: string }>(
    'orders',
    `select kind, status, raised_funds, reference from orders.order_stock_swap where order_id = ? order by created_at`,
    [orderId],
  );
}

async function paymentOperationsOf(orderId: string) {
  return sql<{ id: string; operation: string; amount: number; outcome: string }>(
    'orders',
    `select po.id, po.operation, po.amount, po.outcome from orders.payment_operation po join orders.payment p on p.id = po.payment_id where p.order_id = ? order by po.at, po.operation`,
    [orderId],
  );
}

/** What the payment provider was asked to do on the order's (one) card authorization. */
async function providerOperationsOf(orderId: string) {
  const [payment] = await sql<{ reference: string }>('orders', `select reference from orders.payment where order_id = ?`, [orderId]);
  return testPayments.operationsOn(payment!.reference);
}

describe('an order edit whose order cannot be written', () => {
  it('gives the stock back as it was held and voids the raised authorization; the same edit retried later goes through', async () => {
    const a = await createSku(system, { price: 1000, stock: { [warehouse]: 6 } });
    const b = await createSku(system, { price: 2500, stock: { [warehouse]: 5 } });
    const order = await place([{ sku: a, quantity: 2 }]);
    const before = held(order);
    const authorized = order.payments[0]!.authorized.amount;
    expect(before).toHaveLength(1);
    expect([await reservedOf(system, a), await reservedOf(system, b)]).toEqual([2, 0]);

    await failOrderWrites(order.id);
    const edit = { orderId: order.id, idempotencyKey: `edit-${randomUUID()}`, addLines: [{ sku: b, quantity: 1 }], changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 3 }] };
    const failed = await system.query(EDIT_ORDER, { input: edit }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');

    // Inventory holds what it held before the edit: the same allocations, nothing of the new line.
    const after = await orderOf(order.id);
    expect(held(after)).toEqual(before);
    expect([await reservedOf(system, a), await reservedOf(system, b)]).toEqual([2, 0]);
    // The order and its payment are as they were; the raise was voided at the provider (journaled).
    expect(after).toMatchObject({ total: order.total, lines: [{ quantity: 2 }], payments: [{ status: 'AUTHORIZED', authorized: { amount: authorized } }] });
    const [swap] = await swapsOf(order.id);
    expect(swap).toMatchObject({ kind: 'EDIT', status: 'REVERTED' });
    const raised = swap!.raised_funds!.amount;
    expect(raised).toBeGreaterThan(0);
    expect((await paymentOperationsOf(order.id)).filter((operation) => operation.amount === raised).map((operation) => operation.operation)).toEqual(['AUTHORIZE', 'VOID']);
    expect(after.timeline.at(-1)?.reason).toBe('edit could not be saved: stock and payment are as they were');

    // The fault gone, the identical request (same key) goes through.
    await sql('orders', `drop trigger test_fail_order_write on orders."order"`);
    const retried = ok(await system.query<{ editOrder: OrderView }>(EDIT_ORDER, { input: edit }, CARE)).editOrder;
    expect(retried).toMatchObject({
      status: 'ALLOCATED',
      total: { amount: authorized + raised },
      lines: [{ sku: { code: a }, quantity: 3 }, { sku: { code: b }, quantity: 1 }],
      payments: [{ status: 'AUTHORIZED', authorized: { amount: authorized + raised } }],
    });
    expect([await reservedOf(system, a), await reservedOf(system, b)]).toEqual([3, 1]);
    expect(held(retried).map((allocation) => allocation.quantity).sort()).toEqual([1, 3]);
    expect((await swapsOf(order.id)).map((row) => row.status)).toEqual(['REVERTED', 'APPLIED']);
  });

  it('is repaired by the recovery sweeper when the request could not undo it itself', async () => {
    const a = await createSku(system, { price: 1200, stock: { [warehouse]: 4 } });
    const order = await place([{ sku: a, quantity: 1 }]);
    const before = held(order);
    const authorized = order.payments[0]!.authorized.amount;

    // The order write fails, and so does the request's own revert: inventory keeps the swap for now.
    await failOrderWrites(order.id);
    await failSwapReverts();
    const failed = await system.query(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 3 }] } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(await reservedOf(system, a)).toBe(3);
    expect((await swapsOf(order.id)).map((row) => row.status)).toEqual(['PENDING']);

    // Inventory answers again: the sweeper finds the change still pending and undoes it.
    await sql('inventory', `drop trigger test_fail_swap_revert on inventory.reallocation`);
    await eventually('the sweeper to revert the swap', async () => ((await swapsOf(order.id))[0]?.status === 'REVERTED' ? true : undefined));
    expect(await reservedOf(system, a)).toBe(1);
    const after = await orderOf(order.id);
    expect(held(after)).toEqual(before);
    expect(after).toMatchObject({ total: order.total, lines: [{ quantity: 1 }], payments: [{ authorized: { amount: authorized } }] });
  });
});

describe('an order change that lowers the total', () => {
  it('voids nothing at the payment provider when its order cannot be written', async () => {
    const a = await createSku(system, { price: 1500, stock: { [warehouse]: 6 } });
    const order = await place([{ sku: a, quantity: 3 }]);
    const authorized = order.payments[0]!.authorized.amount;

    await failOrderWrites(order.id);
    const failed = await system.query(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 1 }] } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');

    // The authorization holds what it held: no void was asked of the provider, none journaled.
    expect(await providerOperationsOf(order.id)).toEqual([]);
    expect((await paymentOperationsOf(order.id)).map((operation) => operation.operation)).toEqual(['AUTHORIZE']);
    const after = await orderOf(order.id);
    expect(after).toMatchObject({ total: order.total, lines: [{ quantity: 3 }], payments: [{ status: 'AUTHORIZED', authorized: { amount: authorized } }] });
    expect(await reservedOf(system, a)).toBe(3);
    expect((await swapsOf(order.id)).map((row) => row.status)).toEqual(['REVERTED']);
  });

  it('voids after the commit, and a void the provider fails at first is made by the sweeper, once', async () => {
    const a = await createSku(system, { price: 1500, stock: { [warehouse]: 6 } });
    const order = await place([{ sku: a, quantity: 3 }], { token: 'tok_visaVoidOutage' });
    const authorized = order.payments[0]!.authorized.amount;

    // The provider is unavailable for the void: the edit stands, the void is owed (journaled PENDING).
    const edited = ok(await system.query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 1 }] } }, CARE)).editOrder;
    const lowered = authorized - edited.total.amount;
    expect(lowered).toBeGreaterThan(0);
    expect(edited).toMatchObject({ lines: [{ quantity: 1 }], payments: [{ status: 'AUTHORIZED', authorized: { amount: edited.total.amount } }] });
    const [owed] = (await paymentOperationsOf(order.id)).filter((operation) => operation.operation === 'VOID');
    expect(owed).toMatchObject({ amount: lowered });

    // The sweeper makes it, under the operation's key, so the provider releases the funds once.
    await eventually('the sweeper to make the void', async () => ((await paymentOperationsOf(order.id)).find((operation) => operation.id === owed!.id)?.outcome === 'SUCCEEDED' ? true : undefined));
    expect(await providerOperationsOf(order.id)).toEqual([
      { operation: 'VOID', amount: lowered, idempotencyKey: `void:${owed!.id}`, outcome: 'UNAVAILABLE' },
      { operation: 'VOID', amount: lowered, idempotencyKey: `void:${owed!.id}`, outcome: 'PERFORMED' },
    ]);
    expect((await orderOf(order.id)).payments).toMatchObject([{ status: 'AUTHORIZED', authorized: { amount: edited.total.amount } }]);
  });
});

describe('keeping what is held of an order waiting for stock', () => {
  const ACCEPT = /* GraphQL */ `
    mutation ($input: AcceptOrderAlternativeInput!) { acceptOrderAlternative(input: $input) { ${ORDER_FIELDS} } }
  `;

  async function partialAlternativeOf(orderId: string): Promise<string> {
    const { order } = ok(await system.query<{ order: { saleAlternatives: { id: string; kind: string }[] } }>(`query ($id: ID!) { order(id: $id) { saleAlternatives { id kind } } }`, { id: orderId }, ADMIN));
    const partial = order.saleAlternatives.find((alternative) => alternative.kind === 'PARTIAL');
    expect(partial).toBeDefined();
    return partial!.id;
  }

  it('keeps the waiting units promised when the order cannot be written, and goes through once it can', async () => {
    const kept = await createSku(system, { price: 3000, stock: { [warehouse]: 3 } });
    const presold = await createSku(system, { price: 2000, presellLimit: 5, stock: { [warehouse]: 0 } });
    const purchaseOrder = await system.query(
      `mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`,
      { input: { number: `PO-${randomUUID().slice(0, 8)}`, supplier: 'Test supplier', locationId: warehouse, expectedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), lines: [{ sku: presold, quantity: 10 }] } },
      ADMIN,
    );
    expect(purchaseOrder.errors).toBeUndefined();
    const order = await place([{ sku: kept, quantity: 1 }, { sku: presold, quantity: 2 }], { allowBackorder: true });
    const before = held(order);
    expect(before).toHaveLength(2);
    const alternativeId = await partialAlternativeOf(order.id);

    await failOrderWrites(order.id);
    const failed = await system.query(ACCEPT, { input: { orderId: order.id, alternativeId, idempotencyKey: randomUUID() } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    // The presell promise is held again (the same allocation), the order and its payment as they were.
    const after = await orderOf(order.id);
    expect(held(after)).toEqual(before);
    expect(after).toMatchObject({ status: 'BACKORDERED', total: order.total, lines: [{ status: 'OPEN' }, { status: 'BACKORDERED' }], payments: [{ authorized: { amount: order.total.amount } }] });
    expect((await swapsOf(order.id)).map((row) => [row.kind, row.status])).toEqual([['ALTERNATIVE', 'REVERTED']]);
    expect(await providerOperationsOf(order.id)).toEqual([]);

    await sql('orders', `drop trigger test_fail_order_write on orders."order"`);
    const accepted = ok(await system.query<{ acceptOrderAlternative: OrderView }>(ACCEPT, { input: { orderId: order.id, alternativeId, idempotencyKey: randomUUID() } }, CARE)).acceptOrderAlternative;
    const lowered = order.total.amount - accepted.total.amount;
    expect(lowered).toBeGreaterThan(0);
    expect(accepted).toMatchObject({ status: 'ALLOCATED', lines: [{ status: 'OPEN' }, { status: 'CANCELLED' }], payments: [{ authorized: { amount: accepted.total.amount } }] });
    expect(held(accepted)).toEqual(before.filter((allocation) => allocation.line === order.lines[0]!.id));
    expect((await swapsOf(order.id)).map((row) => row.status)).toEqual(['REVERTED', 'APPLIED']);
    expect((await providerOperationsOf(order.id)).map(({ operation, amount, outcome }) => ({ operation, amount, outcome }))).toEqual([{ operation: 'VOID', amount: lowered, outcome: 'PERFORMED' }]);
  });
});
