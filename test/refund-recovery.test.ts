// A return's refund is decided in the orders database first and made at the payment provider only
// once that decision is committed (an after-commit effect of the command layer). Here the provider
// fails the first refund of the payment: the return stays REFUNDED, its refund PENDING, and the
// command recovery worker makes the refund later, once, under the same idempotency key; retrying
// the refund changes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { testPayments } from '../subgraphs/orders/src/domain/payments/test-payment-provider.ts';
import { ADMIN, customerToken } from './support/auth.ts';
import { eventually, ok } from './support/graphql.ts';
import { createLocation, createSku } from './support/order-fixtures.ts';
import { shipWholeOrder } from './support/shipping-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

// Released at once; the recovery worker looks often.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';
process.env['ORDER_COMMAND_RECOVERY_INTERVAL_MS'] = '300';

let system: TestSystem;
let warehouse: string;
const customer = customerToken(demoId('customer', 3));

const RETURN_FIELDS = 'id status lines { id } refund { id status amount { amount } providerReference }';

interface ReturnView {
  id: string;
  status: string;
  lines: { id: string }[];
  refund: { id: string; status: string; amount: { amount: number }; providerReference: string | null } | null;
}

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system, { type: 'WAREHOUSE' });
}, 120_000);

afterAll(async () => {
  await system?.close();
});

function sql<T = Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
  return system.subgraphs.orders.orm.em.fork().execute<T[]>(statement, params as never[]);
}

async function returnStep(mutation: string, input: Record<string, unknown>): Promise<ReturnView> {
  const answer = ok(await system.query<Record<string, ReturnView>>(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${RETURN_FIELDS} } }`, { input }, ADMIN));
  return answer[mutation]!;
}

async function refundRow(returnId: string) {
  const [row] = await sql<{ id: string; status: string; provider_reference: string | null }>(`select id, status, provider_reference from orders.refund where source_key = ?`, [`return:${returnId}`]);
  return row;
}

describe('a return refund the payment provider fails at first', () => {
  it('stands, and the command recovery worker makes the refund later, exactly once', async () => {
    const code = await createSku(system, { price: 2_700, stock: { [warehouse]: 5 } });
    const placed = ok(
      await system.query<{ placeOrder: { id: string; lines: { id: string }[] } }>(
        `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on Order { id lines { id } } } }`,
        {
          input: {
            idempotencyKey: randomUUID(),
            channel: 'WEB',
            lines: [{ sku: code, quantity: 2 }],
            delivery: { method: 'SHIP', address: { name: 'Ada Martin', line1: '3 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } },
            payment: { token: 'tok_visaRefundOutage' },
          },
        },
        customer,
      ),
    ).placeOrder;
    await shipWholeOrder(system, placed.id);
    const [payment] = await sql<{ reference: string; amount_captured: number }>(`select reference, amount_captured from orders.payment where order_id = ?`, [placed.id]);
    // The shipment's capture was made after its event's commit, under the event's key.
    await eventually('the capture at the provider', () => (testPayments.operationsOn(payment!.reference).some((operation) => operation.operation === 'CAPTURE') ? true : undefined));

    const requested = ok(
      await system.query<{ requestReturn: ReturnView }>(
        `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { ... on Return { ${RETURN_FIELDS} } } }`,
        { input: { orderId: placed.id, channel: 'WEB', lines: [{ orderLineId: placed.lines[0]!.id, quantity: 2, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }] } },
        customer,
      ),
    ).requestReturn;
    expect(requested.status).toBe('APPROVED');
    const received = await returnStep('receiveReturn', { returnId: requested.id, locationId: warehouse });
    await returnStep('inspectReturn', { returnId: requested.id, lines: received.lines.map((line) => ({ returnLineId: line.id, disposition: 'RESTOCK' })) });

    // The provider is away for the refund: the return is refunded in the OMS, the money is owed.
    const refunded = await returnStep('refundReturn', { returnId: requested.id });
    expect(refunded).toMatchObject({ status: 'REFUNDED', refund: { status: 'PENDING', amount: { amount: 5_400 }, providerReference: null } });
    const refunds = () => testPayments.operationsOn(payment!.reference).filter((operation) => operation.operation === 'REFUND');
    expect(refunds()).toEqual([{ operation: 'REFUND', amount: 5_400, idempotencyKey: expect.stringMatching(new RegExp(`^return:${requested.id}:refund:`)), outcome: 'UNAVAILABLE' }]);

    // The recovery worker makes it, under the same key: refunded once at the provider.
    const done = await eventually('the recovery worker to make the refund', async () => {
      const row = await refundRow(requested.id);
      return row?.status === 'SUCCEEDED' ? row : undefined;
    });
    expect(done.provider_reference).toMatch(/^test_re_/);
    const [failed, made] = refunds();
    expect(refunds()).toHaveLength(2);
    expect(made).toMatchObject({ operation: 'REFUND', amount: 5_400, outcome: 'PERFORMED', idempotencyKey: failed!.idempotencyKey });

    // Asked again: the same refund, nothing more at the provider, one ReturnRefunded event.
    const again = await returnStep('refundReturn', { returnId: requested.id });
    expect(again).toMatchObject({ status: 'REFUNDED', refund: { id: refunded.refund!.id, status: 'SUCCEEDED', providerReference: done.provider_reference } });
    expect(refunds()).toHaveLength(2);
    const [{ count }] = (await sql<{ count: string }>(`select count(*)::text as count from orders.outbox_event where type = 'ReturnRefunded' and payload->>'returnId' = ?`, [requested.id])) as [{ count: string }];
    expect(count).toBe('1');
    const [journaled] = await sql<{ amount_refunded: number; operations: string }>(
      `select p.amount_refunded, string_agg(po.operation || ':' || po.outcome, ',' order by po.at) as operations
         from orders.payment p join orders.payment_operation po on po.payment_id = p.id where p.order_id = ? and po.operation = 'REFUND' group by p.amount_refunded`,
      [placed.id],
    );
    expect(journaled).toMatchObject({ amount_refunded: 5_400, operations: 'REFUND:SUCCEEDED' });
    // The command's row is gone once its effect is made.
    expect(await sql(`select id from orders.command where effects::text like ?`, [`%${done.id}%`])).toEqual([]);
  }, 120_000);
});
