import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, operationBinding, signPrincipal, DEVELOPMENT_INTERNAL_SECRET } from '@oms/platform';
import { OrderLine } from '../subgraphs/orders/src/entities/order-line.entity.ts';
import { Order } from '../subgraphs/orders/src/entities/order.entity.ts';
import { ADMIN } from './support/auth.ts';
import { ownStatements, startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const ORDER_OVERVIEW = /* GraphQL */ `
  query OrderOverview($id: ID!) {
    order(id: $id) {
      number
      status
      total { amount currency }
      customer { name email }
      lines {
        quantity
        sku { code name stock { location { code name } onHand reserved safetyStock availableToSell } }
      }
      shipments { carrier trackingNumber status location { code } }
    }
  }
`;

interface OrderOverview {
  order: {
    number: string;
    status: string;
    total: { amount: number; currency: string };
    customer: { name: string; email: string };
    lines: {
      quantity: number;
      sku: {
        code: string;
        name: string;
        stock: { location: { code: string; name: string }; onHand: number; reserved: number; safetyStock: number; availableToSell: number }[];
      };
    }[];
    shipments: { carrier: string | null; trackingNumber: string | null; status: string; location: { code: string } }[] | null;
  } | null;
}

describe('one query through the gateway spans all four subgraphs', () => {
  it('returns an order with its customer (customers), stock per location (inventory) and shipments (fulfillment)', async () => {
    const response = await system.query<OrderOverview>(ORDER_OVERVIEW, { id: demoId('order', 0) }, ADMIN);
    expect(response.errors).toBeUndefined();
    const order = response.data?.order;
    expect(order).toMatchObject({
      number: 'OMS-100001',
      status: 'DELIVERED',
      total: { amount: 2 * 1990 + 5990 + 490, currency: 'EUR' },
      customer: { name: 'Camille Martin', email: 'camille.martin@example.com' },
      // Sourced by the engine to the Lyon store nearest the customer, shipped from there.
      shipments: [{ carrier: 'Colissimo', trackingNumber: '6A12345678901', status: 'DELIVERED', location: { code: 'ST-LYON-PARTDIEU' } }],
    });
    expect(order?.lines.map((line) => [line.sku.code, line.quantity])).toEqual([
      ['TSHIRT-CLASSIC-WHT-M', 2],
      ['JEANS-SLIM-IND-32', 1],
    ]);
    for (const line of order?.lines ?? []) {
      expect(line.sku.name).not.toBe('');
      expect(line.sku.stock.length).toBeGreaterThan(0);
      for (const level of line.sku.stock) {
        expect(level.location.name).not.toBe('');
        expect(level.availableToSell).toBe(Math.max(0, level.onHand - level.reserved - level.safetyStock));
      }
    }
  });

  it('lets the orders subgraph contribute Customer.orders', async () => {
    const response = await system.query<{ customer: { name: string; orders: { edges: { node: { number: string } }[] } } }>(
      `query($id: ID!) { customer(id: $id) { name orders(first: 10) { edges { node { number } } } } }`,
      { id: demoId('customer', 0) },
      ADMIN,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.customer.name).toBe('Camille Martin');
    expect(response.data?.customer.orders.edges.map((edge) => edge.node.number).sort()).toEqual(['OMS-100001', 'OMS-100008']);
  });

  it('answers null for unknown and malformed ids, never an error', async () => {
    const response = await system.query(
      `{ order(id: "${demoId('order', 999)}") { id } badOrder: order(id: "42") { id } customer(id: "nope") { id } location(id: "x") { id } sku(code: "NO-SUCH-SKU") { code } }`,
      {},
      ADMIN,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ order: null, badOrder: null, customer: null, location: null, sku: null });
  });

  it('answers malformed GraphQL with HTTP 400 and a clear message', async () => {
    const response = await system.query('{ orders(first: 2) { edges { node { number }', {}, ADMIN);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('rejects invalid pagination arguments with BAD_USER_INPUT', async () => {
    const tooMany = await system.query('{ orders(first: 1000) { edges { cursor } } }', {}, ADMIN);
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badCursor = await system.query('{ customers(first: 2, after: "not-a-cursor") { edges { cursor } } }', {}, ADMIN);
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pages through orders with cursors, newest first, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: Awaited<ReturnType<typeof system.query<{ orders: { edges: { node: { number: string; placedAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await system.query(`query($after: String) { orders(first: 4, after: $after) { edges { node { number placedAt } } pageInfo { hasNextPage endCursor } } }`, { after }, ADMIN);
      expect(response.errors).toBeUndefined();
      const connection = response.data!.orders;
      seen.push(...connection.edges.map((edge) => edge.node.number));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);
  });
});

describe('N+1 guard', () => {
  const PAGE = /* GraphQL */ `
    query Page($first: Int!) {
      orders(first: $first) {
        edges { node {
          number
          customer { name email addresses { city } }
          lines { quantity sku { code name stock { location { name } onHand availableToSell } } }
          shipments { status }
        } }
      }
    }
  `;

  beforeAll(async () => {
    // 50 more orders spread over the demo customers and SKUs.
    const em = system.subgraphs.orders.orm.em.fork();
    const skus = ['TSHIRT-CLASSIC-WHT-M', 'JEANS-SLIM-IND-32', 'SNEAKER-RUN-BLK-42', 'HOODIE-ZIP-GRY-L', 'CAP-BASE-NVY', 'SCARF-WOOL-RED'];
    for (let index = 0; index < 50; index++) {
      const order = em.create(Order, {
        number: `OMS-9${String(index).padStart(5, '0')}`,
        status: 'CONFIRMED',
        channel: 'WEB',
        customerId: demoId('customer', index % 10),
        email: `n-plus-one-${index}@example.com`,
        currency: 'EUR',
        subtotal: 1000,
        shippingTotal: 0,
        taxTotal: 167,
        total: 1000,
        placedAt: new Date(Date.now() + index * 1000),
        createdAt: new Date(Date.now() + index * 1000),
      });
      for (let line = 0; line < 2; line++) {
        em.create(OrderLine, { order, lineNumber: line + 1, skuCode: skus[(index + line) % skus.length]!, quantity: 1, unitPrice: 500, currency: 'EUR' });
      }
    }
    await em.flush();
  });

  async function statementsOnce(first: number) {
    system.statements.reset();
    const response = await system.query<{ orders: { edges: unknown[] } }>(PAGE, { first }, ADMIN);
    expect(response.errors).toBeUndefined();
    expect(response.data?.orders.edges).toHaveLength(first);
    return system.statements.snapshot();
  }

  function statementsFor(first: number) {
    return ownStatements(() => statementsOnce(first));
  }

  it('50 orders with customers, lines, stock and shipments cost the same small number of SQL statements as 5', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toEqual(five);
    // orders: page + lines; customers: customers + addresses; inventory: skus + stock + locations; fulfillment: shipments.
    expect(fifty['orders']).toBeLessThanOrEqual(2);
    expect(fifty['customers']).toBeLessThanOrEqual(2);
    expect(fifty['inventory']).toBeLessThanOrEqual(3);
    expect(fifty['fulfillment']).toBeLessThanOrEqual(1);
  });
});

describe('subgraphs trust only the gateway', () => {
  const query = JSON.stringify({ query: '{ locations { code } }' });

  it('refuse a request without the signed principal header', async () => {
    const response = await fetch(system.subgraphs.inventory.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a principal signed with another secret', async () => {
    const forged = signPrincipal({ kind: 'service', service: 'intruder' }, 'a-guessed-secret-that-is-long-enough-0000', { audience: 'orders', operation: operationBinding('{ locations { code } }', undefined) });
    const response = await fetch(system.subgraphs.orders.url, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body: query });
    expect(response.status).toBe(401);
  });

  it('accept the gateway-signed principal', async () => {
    const signed = signPrincipal({ kind: 'anonymous' }, DEVELOPMENT_INTERNAL_SECRET, { audience: 'inventory', operation: operationBinding('{ locations { code } }', undefined) });
    const response = await fetch(system.subgraphs.inventory.url, { method: 'POST', headers: { 'content-type': 'application/json', ...signed }, body: query });
    expect(response.status).toBe(200);
  });

  it('refuse a captured header replayed at another subgraph, for another operation, or signed in the future', async () => {
    const captured = signPrincipal({ kind: 'service', service: 'orders' }, DEVELOPMENT_INTERNAL_SECRET, { audience: 'inventory', operation: operationBinding('{ locations { code } }', undefined) });
    const send = (url: string, headers: Record<string, string>, body = query) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const retargeted = await send(system.subgraphs.customers.url, captured);
    expect(retargeted.status).toBe(401);
    expect(((await retargeted.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/another service/);
    const replayed = await send(system.subgraphs.inventory.url, captured, JSON.stringify({ query: '{ locations { code name } }' }));
    expect(replayed.status).toBe(401);
    expect(((await replayed.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/another operation/);
    const future = signPrincipal({ kind: 'anonymous' }, DEVELOPMENT_INTERNAL_SECRET, { audience: 'inventory', operation: operationBinding('{ locations { code } }', undefined), now: Date.now() + 600_000 });
    expect((await send(system.subgraphs.inventory.url, future)).status).toBe(401);
  });
});

describe('health and faults', () => {
  const base = () => new URL('/', system.gatewayUrl).toString();

  it('reports process health and readiness of every subgraph', async () => {
    expect((await fetch(new URL('/healthz', base()))).status).toBe(200);
    const ready = await fetch(new URL('/readyz', base()));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { orders: 'ready', inventory: 'ready', fulfillment: 'ready', customers: 'ready' },
    });
  });

  it('answers with the data it could get and names a subgraph that is down', async () => {
    await system.stopSubgraph('fulfillment');
    const response = await system.query<OrderOverview>(ORDER_OVERVIEW, { id: demoId('order', 0) }, ADMIN);
    expect(response.status).toBe(200);
    expect(response.data?.order?.number).toBe('OMS-100001');
    expect(response.data?.order?.customer.name).toBe('Camille Martin');
    expect(response.data?.order?.lines).toHaveLength(2);
    expect(response.data?.order?.shipments).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', service: 'fulfillment' }) }),
    ]);
    const ready = await fetch(new URL('/readyz', base()));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', subgraphs: { fulfillment: 'unreachable', orders: 'ready' } });
  });
});
