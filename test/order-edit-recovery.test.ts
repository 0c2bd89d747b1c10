// An order edit swaps the order's stock at inventory, then writes the order: two databases. It runs
// as a command of the order: the raise and the swap are intents recorded on the command's row, the
// order written last. These tests break the second step on purpose (a trigger the test creates in
// the orders schema refuses the order's update, as a failing disk or a lost connection would) and
// check through the gateway that inventory holds exactly what it held before and the payment
// authorization is back to its amount; then, with the fault gone, that the same edit retried goes
// through. A second fault (the revert refused at inventory, so the request cannot compensate: what
// a service killed between the swap and the commit leaves behind, its command row with its intents)
// shows the command recovery worker repairing it, and a client retry under the same key taking it
// over without ever holding the stock twice. When a change lowers the total, the payment provider
// is asked to void only once the order is committed (a failed write voids nothing; a void the
// provider fails at first is made by the command recovery worker), and accepting "keep what is held" of the
// save-the-sale alternatives gives the waiting units' presell promises back when its write fails.
// No command is left behind once a change is written or undone.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testPayments } from '../subgraphs/orders/src/domain/payments/test-payment-provider.ts';
import { ADMIN, staffToken } from './support/auth.ts';
import { createLocation, createSku, reservedOf } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// Orders stay editable throughout (no release); the command recovery worker looks often. A
// command the request could not compensate has its lease ended at once (left to recovery), so the
// lease stays long: changes of one order waiting for each other are never taken over.
process.env['ORDER_RELEASE_DELAY_MS'] = '600000';
process.env['ORDER_COMMAND_LEASE_MS'] = '15000';
process.env['ORDER_COMMAND_RECOVERY_INTERVAL_MS'] = '300';

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

/** From now on, inventory refuses to record reverts of swaps (the request cannot undo; the recovery worker must, later). */
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

/** The order's change in flight (its command row: not committed, or not yet compensated), with the kinds of its intents. */
async function commandsOf(orderId: string) {
  const rows = await sql<{ phase: string; intents: { kind: string }[] }>('orders', `select phase, intents from orders.command where name = 'changeOrder' and key = ?`, [orderId]);
  return rows.map((row) => ({ phase: row.phase, intents: row.intents.map((intent) => intent.kind) }));
}

/**
 * The swaps inventory recorded for the order, oldest first, as `swap` or `revert` of a change
 * (`edit`, `alternative`): each swap under its own attempt's reference, a revert under `revert:` + it.
 */
async function swapsOf(orderId: string) {
  const rows = await sql<{ reference: string }>('inventory', `select reference from inventory.reallocation where order_id = ? order by created_at, reference`, [orderId]);
  const attempts = rows.filter((row) => !row.reference.startsWith('revert:')).map((row) => row.reference);
  return attempts.map((reference) => ({ change: reference.split(':')[0], reverted: rows.some((row) => row.reference === `revert:${reference}`) }));
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
    expect(await swapsOf(order.id)).toEqual([{ change: 'edit', reverted: true }]);
    expect(await commandsOf(order.id)).toEqual([]);
    const voided = (await paymentOperationsOf(order.id)).filter((operation) => operation.operation === 'VOID');
    expect(voided).toHaveLength(1);
    const raised = voided[0]!.amount;
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
    expect(await swapsOf(order.id)).toEqual([
      { change: 'edit', reverted: true },
      { change: 'edit', reverted: false },
    ]);
    expect(await commandsOf(order.id)).toEqual([]);
  });

  /** The order write fails, and so does the request's own revert: inventory keeps the swap, the command its intents. */
  async function editLeftToRecovery(order: OrderView, sku: string, edit: Record<string, unknown>): Promise<void> {
    await failOrderWrites(order.id);
    await failSwapReverts();
    const failed = await system.query(EDIT_ORDER, { input: { orderId: order.id, ...edit } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    // What a service killed between the swap and the commit leaves: the swap held at inventory, the command not committed.
    expect(await reservedOf(system, sku)).toBe(3);
    expect(await swapsOf(order.id)).toEqual([{ change: 'edit', reverted: false }]);
    expect(await commandsOf(order.id)).toEqual([{ phase: 'RUNNING', intents: ['authorization-raise', 'stock-swap'] }]);
  }

  it('is repaired by the command recovery worker when the request could not undo it itself', async () => {
    const a = await createSku(system, { price: 1200, stock: { [warehouse]: 4 } });
    const order = await place([{ sku: a, quantity: 1 }]);
    const before = held(order);
    const authorized = order.payments[0]!.authorized.amount;
    await editLeftToRecovery(order, a, { changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 3 }] });

    // Inventory answers again: the recovery worker compensates the command, newest intent first.
    await sql('inventory', `drop trigger test_fail_swap_revert on inventory.reallocation`);
    await eventually('the recovery worker to compensate the edit', async () => ((await commandsOf(order.id)).length === 0 ? true : undefined));
    expect(await swapsOf(order.id)).toEqual([{ change: 'edit', reverted: true }]);
    // The old line held once (its same allocation again), the new quantity not at all, the raise voided.
    expect(await reservedOf(system, a)).toBe(1);
    const after = await orderOf(order.id);
    expect(held(after)).toEqual(before);
    expect(after).toMatchObject({ total: order.total, lines: [{ quantity: 1 }], payments: [{ authorized: { amount: authorized } }] });
    expect((await paymentOperationsOf(order.id)).map((operation) => operation.operation)).toEqual(['AUTHORIZE', 'AUTHORIZE', 'VOID']);
    expect(after.timeline.at(-1)?.reason).toBe('edit could not be saved: stock and payment are as they were');
  });

  it('is taken over by a client retry under the same key, which holds the new quantity once', async () => {
    const a = await createSku(system, { price: 1300, stock: { [warehouse]: 5 } });
    const order = await place([{ sku: a, quantity: 1 }]);
    const authorized = order.payments[0]!.authorized.amount;
    const edit = { idempotencyKey: `edit-${randomUUID()}`, changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 3 }] };
    await editLeftToRecovery(order, a, edit);

    // Both faults gone, the client sends the same request again: the change left behind is undone
    // first (by the retry taking it over, or by the recovery worker if it came first), then made afresh.
    await sql('orders', `drop trigger test_fail_order_write on orders."order"`);
    await sql('inventory', `drop trigger test_fail_swap_revert on inventory.reallocation`);
    const retried = ok(await system.query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, ...edit } }, CARE)).editOrder;
    expect(retried).toMatchObject({ lines: [{ quantity: 3 }] });
    expect(await reservedOf(system, a)).toBe(3);
    expect(held(retried).map((allocation) => allocation.quantity)).toEqual([3]);
    expect(await swapsOf(order.id)).toEqual([
      { change: 'edit', reverted: true },
      { change: 'edit', reverted: false },
    ]);
    expect(await commandsOf(order.id)).toEqual([]);
    // One raise stands (the first was voided), and the same key again replays without touching stock or payment.
    const raised = retried.total.amount - authorized;
    expect(retried.payments).toMatchObject([{ authorized: { amount: authorized + raised } }]);
    const replayed = ok(await system.query<{ editOrder: OrderView }>(EDIT_ORDER, { input: { orderId: order.id, ...edit } }, CARE)).editOrder;
    expect(replayed).toMatchObject({ total: retried.total, lines: [{ quantity: 3 }] });
    expect(await reservedOf(system, a)).toBe(3);
    // Placement, the first raise and its void (journaled when compensated), the raise that stands.
    const operations = await paymentOperationsOf(order.id);
    expect(operations.map((operation) => `${operation.operation} ${operation.amount}`).sort()).toEqual([`AUTHORIZE ${authorized}`, `AUTHORIZE ${raised}`, `AUTHORIZE ${raised}`, `VOID ${raised}`].sort());
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
    expect(await swapsOf(order.id)).toEqual([{ change: 'edit', reverted: true }]);
    expect(await commandsOf(order.id)).toEqual([]);
  });

  it('voids after the commit, and a void the provider fails at first is made by the recovery worker, once', async () => {
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

    // The recovery worker makes it, under the operation's key, so the provider releases the funds once.
    await eventually('the recovery worker to make the void', async () => ((await paymentOperationsOf(order.id)).find((operation) => operation.id === owed!.id)?.outcome === 'SUCCEEDED' ? true : undefined));
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
    expect(await swapsOf(order.id)).toEqual([{ change: 'alternative', reverted: true }]);
    expect(await commandsOf(order.id)).toEqual([]);
    expect(await providerOperationsOf(order.id)).toEqual([]);

    await sql('orders', `drop trigger test_fail_order_write on orders."order"`);
    const accepted = ok(await system.query<{ acceptOrderAlternative: OrderView }>(ACCEPT, { input: { orderId: order.id, alternativeId, idempotencyKey: randomUUID() } }, CARE)).acceptOrderAlternative;
    const lowered = order.total.amount - accepted.total.amount;
    expect(lowered).toBeGreaterThan(0);
    expect(accepted).toMatchObject({ status: 'ALLOCATED', lines: [{ status: 'OPEN' }, { status: 'CANCELLED' }], payments: [{ authorized: { amount: accepted.total.amount } }] });
    expect(held(accepted)).toEqual(before.filter((allocation) => allocation.line === order.lines[0]!.id));
    expect(await swapsOf(order.id)).toEqual([
      { change: 'alternative', reverted: true },
      { change: 'alternative', reverted: false },
    ]);
    expect(await commandsOf(order.id)).toEqual([]);
    expect((await providerOperationsOf(order.id)).map(({ operation, amount, outcome }) => ({ operation, amount, outcome }))).toEqual([{ operation: 'VOID', amount: lowered, outcome: 'PERFORMED' }]);
  });
});

describe('changes of one order at once', () => {
  const CANCEL = `mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { id status } }`;

  it('are made one after the other: inventory holds exactly what the order says, and a cancellation releases it all', async () => {
    const a = await createSku(system, { price: 1000, stock: { [warehouse]: 20 } });
    const b = await createSku(system, { price: 1100, stock: { [warehouse]: 20 } });
    const order = await place([{ sku: a, quantity: 1 }]);
    const line = order.lines[0]!.id;
    const edits = await Promise.all([
      system.query(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: line, quantity: 4 }] } }, CARE),
      system.query(EDIT_ORDER, { input: { orderId: order.id, addLines: [{ sku: b, quantity: 2 }] } }, CARE),
      system.query(EDIT_ORDER, { input: { orderId: order.id, changeQuantities: [{ lineId: line, quantity: 2 }] } }, CARE),
    ]);
    // Each change is planned on what the one before it wrote: all of them go through.
    expect(edits.map((answer) => answer.errors?.map((error) => `${String(error.extensions?.["code"])}: ${error.message}`))).toEqual([undefined, undefined, undefined]);
    const after = await orderOf(order.id);
    const quantityOf = (sku: string) => after.lines.filter((candidate) => candidate.sku.code === sku && candidate.status !== 'CANCELLED').reduce((total, candidate) => total + candidate.quantity, 0);
    expect(quantityOf(b)).toBe(2);
    expect([await reservedOf(system, a), await reservedOf(system, b)]).toEqual([quantityOf(a), 2]);
    for (const candidate of after.lines) {
      expect(held(after).filter((allocation) => allocation.line === candidate.id).reduce((total, allocation) => total + allocation.quantity, 0)).toBe(candidate.quantity);
    }
    expect(await commandsOf(order.id)).toEqual([]);

    // An edit and a cancellation at once: whichever comes second works on what the first left.
    const [edited, cancelled] = await Promise.all([
      system.query(EDIT_ORDER, { input: { orderId: order.id, addLines: [{ sku: b, quantity: 3 }] } }, CARE),
      system.query<{ cancelOrder: { status: string } }>(CANCEL, { input: { orderId: order.id, reason: 'changed my mind' } }, CARE),
    ]);
    expect(cancelled.data?.cancelOrder.status).toBe('CANCELLED');
    expect([undefined, 'ORDER_NOT_EDITABLE']).toContain(edited.errors?.[0]?.extensions?.['code']);
    await eventually('the cancellation to release the stock', async () => ((await reservedOf(system, a)) + (await reservedOf(system, b)) === 0 ? true : undefined));
    expect(held(await orderOf(order.id))).toEqual([]);
    expect(await commandsOf(order.id)).toEqual([]);
  });
});
