// A cancellation voids the order's authorization (by the lowered total, or all of it) only once the
// cancellation is committed. These tests break the order's write on purpose (a trigger the test
// creates in the orders schema refuses the order's update, as a failing disk or a lost connection
// would) and check that the provider was asked nothing; and, with a provider that fails the first
// void, that the cancellation stands and the command recovery worker makes the void later, once.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testPayments } from '../subgraphs/orders/src/domain/payments/test-payment-provider.ts';
import { ADMIN, staffToken } from './support/auth.ts';
import { createLocation, createSku } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// Orders stay cancellable throughout (no release), and the command recovery worker looks often.
process.env['ORDER_RELEASE_DELAY_MS'] = '600000';
process.env['ORDER_COMMAND_RECOVERY_INTERVAL_MS'] = '300';

let system: TestSystem;
let warehouse: string;
const CARE = staffToken(['CARE_AGENT'], { staffId: 'care-cancel-recovery' });

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system);
});

afterEach(async () => {
  await sql(`drop trigger if exists test_fail_order_write on orders."order"`);
  await sql(`drop function if exists orders.test_fail_order_write()`);
});

afterAll(async () => {
  await system?.close();
});

/** Raw SQL in the orders database, as an operator (or a fault) would act on it. */
function sql<T = Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
  return system.subgraphs.orders.orm.em.fork().execute<T[]>(statement, params as never[]);
}

/** From now on, writing this order's row fails (its update raises), as a failing order write would. */
async function failOrderWrites(orderId: string): Promise<void> {
  await sql(
    `create function orders.test_fail_order_write() returns trigger language plpgsql as 'begin
       if new.id = ''${orderId}''::uuid then raise exception ''injected fault: order % cannot be written'', new.id; end if;
       return new;
     end'`,
  );
  await sql(`create trigger test_fail_order_write before update on orders."order" for each row execute function orders.test_fail_order_write()`);
}

interface OrderView {
  id: string;
  status: string;
  total: { amount: number };
  lines: { id: string; status: string }[];
  payments: { status: string; authorized: { amount: number } }[];
}

const ORDER_FIELDS = 'id status total { amount } lines { id status } payments { status authorized { amount } }';
const CANCEL_ORDER = `mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ORDER_FIELDS} } }`;

async function place(lines: { sku: string; quantity: number }[], token = 'tok_visa'): Promise<OrderView> {
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
          payment: { token },
        },
      },
      ADMIN,
    ),
  ).placeOrder;
  expect(placed).toMatchObject({ __typename: 'Order', status: 'ALLOCATED' });
  return placed;
}

async function orderOf(id: string): Promise<OrderView> {
  return ok(await system.query<{ order: OrderView }>(`query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id }, ADMIN)).order;
}

async function paymentOperationsOf(orderId: string) {
  return sql<{ id: string; operation: string; amount: number; outcome: string }>(
    `select po.id, po.operation, po.amount, po.outcome from orders.payment_operation po join orders.payment p on p.id = po.payment_id where p.order_id = ? order by po.at, po.operation`,
    [orderId],
  );
}

/** What the payment provider was asked to do on the order's (one) card authorization. */
async function providerOperationsOf(orderId: string) {
  const [payment] = await sql<{ reference: string }>(`select reference from orders.payment where order_id = ?`, [orderId]);
  return testPayments.operationsOn(payment!.reference);
}

describe('a cancellation whose order cannot be written', () => {
  it('leaves the whole authorization untouched at the payment provider', async () => {
    const a = await createSku(system, { price: 1800, stock: { [warehouse]: 4 } });
    const order = await place([{ sku: a, quantity: 2 }]);
    const authorized = order.payments[0]!.authorized.amount;

    await failOrderWrites(order.id);
    const failed = await system.query(CANCEL_ORDER, { input: { orderId: order.id, reason: 'Ordered twice' } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');

    // No void was asked of the provider, none journaled; the order and its payment are as they were.
    expect(await providerOperationsOf(order.id)).toEqual([]);
    expect((await paymentOperationsOf(order.id)).map((operation) => operation.operation)).toEqual(['AUTHORIZE']);
    expect(await orderOf(order.id)).toMatchObject({ status: 'ALLOCATED', total: order.total, payments: [{ status: 'AUTHORIZED', authorized: { amount: authorized } }] });
  });

  it('of some lines voids nothing of the lowered total', async () => {
    const a = await createSku(system, { price: 1100, stock: { [warehouse]: 4 } });
    const b = await createSku(system, { price: 2600, stock: { [warehouse]: 4 } });
    const order = await place([{ sku: a, quantity: 1 }, { sku: b, quantity: 1 }]);

    await failOrderWrites(order.id);
    const failed = await system.query(CANCEL_ORDER, { input: { orderId: order.id, lineIds: [order.lines[1]!.id], reason: 'No longer wanted' } }, CARE);
    expect(failed.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');

    expect(await providerOperationsOf(order.id)).toEqual([]);
    expect(await orderOf(order.id)).toMatchObject({ total: order.total, lines: [{ status: 'OPEN' }, { status: 'OPEN' }], payments: [{ authorized: { amount: order.total.amount } }] });
  });
});

describe('a cancellation whose void the provider fails at first', () => {
  it('stands, and the command recovery worker makes the void later, once', async () => {
    const a = await createSku(system, { price: 2100, stock: { [warehouse]: 4 } });
    const order = await place([{ sku: a, quantity: 2 }], 'tok_visaVoidOutage');
    const authorized = order.payments[0]!.authorized.amount;

    // The provider is unavailable for the void: the cancellation stands, the void is owed (journaled PENDING).
    const cancelled = ok(await system.query<{ cancelOrder: OrderView }>(CANCEL_ORDER, { input: { orderId: order.id, reason: 'Ordered twice' } }, CARE)).cancelOrder;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', payments: [{ status: 'VOIDED', authorized: { amount: authorized } }] });
    const [owed] = (await paymentOperationsOf(order.id)).filter((operation) => operation.operation === 'VOID');
    expect(owed).toMatchObject({ amount: authorized });

    // The recovery worker makes it, under the operation's key, so the provider releases the funds once.
    await eventually('the recovery worker to make the void', async () => ((await paymentOperationsOf(order.id)).find((operation) => operation.id === owed!.id)?.outcome === 'SUCCEEDED' ? true : undefined));
    expect(await providerOperationsOf(order.id)).toEqual([
      { operation: 'VOID', amount: authorized, idempotencyKey: `void:${owed!.id}`, outcome: 'UNAVAILABLE' },
      { operation: 'VOID', amount: authorized, idempotencyKey: `void:${owed!.id}`, outcome: 'PERFORMED' },
    ]);
    expect(await orderOf(order.id)).toMatchObject({ status: 'CANCELLED', payments: [{ status: 'VOIDED', authorized: { amount: authorized } }] });
  });
});
