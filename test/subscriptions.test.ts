import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken } from './support/auth.ts';
import { collect, connectWs, waitFor } from './support/live.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;
const clients: Client[] = [];

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await system?.close();
});

function connect(token: string): Client {
  const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${token}` });
  clients.push(client);
  return client;
}

const ORDER_UPDATES = /* GraphQL */ `
  subscription Updates($orderId: ID!) {
    orderStatusChanged(orderId: $orderId) {
      number
      status
      customer { email }
      lines { quantity sku { code name } }
      shipments { status }
      allocations { quantity location { code } }
    }
  }
`;

describe('federated subscriptions through the gateway', () => {
  it('pushes an order’s status changes with fields from every subgraph, within a second of the commit', async () => {
    const orderId = demoId('order', 4);
    const customer = demoId('customer', 4);
    const subscription = collect(connect(customerToken(customer)), ORDER_UPDATES, { orderId });
    // Give the upstream subscription time to reach the orders service.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const committed = Date.now();
    const cancel = await system.query<{ cancelOrder: { status: string } }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`,
      { input: { orderId, reason: 'customer changed their mind' } },
      ADMIN,
    );
    expect(cancel.errors).toBeUndefined();
    await waitFor(() => subscription.received.length >= 1);
    const [event] = subscription.received;
    expect(event?.errors).toBeUndefined();
    expect(event?.data).toMatchObject({
      orderStatusChanged: {
        number: 'OMS-100005',
        status: 'CANCELLED',
        customer: { email: 'chloe.robert@example.com' },
        lines: [{ quantity: 3, sku: { code: 'SOCKS-WOOL-GRY-39', name: expect.any(String) } }],
      },
    });
    expect(event!.at - committed).toBeLessThan(1_000);
    subscription.unsubscribe();
  });

  it('refuses to let a customer follow another customer’s order, as one that does not exist', async () => {
    const subscription = collect(connect(customerToken(demoId('customer', 1))), ORDER_UPDATES, { orderId: demoId('order', 0) });
    await subscription.completed;
    expect(subscription.received[0]?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('asks anonymous callers to authenticate before subscribing', async () => {
    const client = connectWs(system.gatewayUrl);
    clients.push(client);
    const subscription = collect(client, ORDER_UPDATES, { orderId: demoId('order', 0) });
    await subscription.completed;
    expect(subscription.received[0]?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('delivers one customer’s order updates to them only (myOrderUpdates)', async () => {
    const mine = collect(connect(customerToken(demoId('customer', 2))), 'subscription { myOrderUpdates { number status } }', {});
    const theirs = collect(connect(customerToken(demoId('customer', 3))), 'subscription { myOrderUpdates { number status } }', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cancel = await system.query(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`,
      { input: { orderId: demoId('order', 2), lineIds: null, reason: 'test' } },
      ADMIN,
    );
    // Order 2 is partially shipped: cancelling it is refused, so cancel order 3's customer... order 3 belongs to customer 3.
    void cancel;
    const other = await system.query(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`,
      { input: { orderId: demoId('order', 3), reason: 'test' } },
      ADMIN,
    );
    expect(other.errors).toBeUndefined();
    await waitFor(() => theirs.received.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(theirs.received[0]?.data).toEqual({ myOrderUpdates: { number: 'OMS-100004', status: 'CANCELLED' } });
    expect(mine.received).toEqual([]);
  });
});
