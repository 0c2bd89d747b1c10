import { DEVELOPMENT_JWT_SECRET, signJwt } from '@oms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken } from './support/auth.ts';
import { collect, connectWs, waitFor } from './support/live.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

/**
 * What an attacker sends to the gateway, anonymous or with stolen/forged credentials: every request
 * is refused fast, with a stable code, and limit violations never reach a subgraph.
 */
let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ gatewayEnv: { ANONYMOUS_BURST: '100000', ANONYMOUS_REQUESTS_PER_SECOND: '100000', ANONYMOUS_QUOTA_POINTS: '10000000' } });
});

afterAll(async () => {
  await system?.close();
});

const subgraphCalls = () => Object.values(system.subgraphs).reduce((sum, subgraph) => sum + subgraph.graphqlRequests, 0);

interface Refusal {
  status: number;
  code: unknown;
  message: unknown;
  errors: number;
  ms: number;
}

/** Posts an operation and asserts that no subgraph was asked anything. */
async function refused(body: unknown, authorization?: string): Promise<Refusal> {
  const before = subgraphCalls();
  const started = performance.now();
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization: `Bearer ${authorization}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
  const ms = performance.now() - started;
  expect(subgraphCalls()).toBe(before);
  return { status: response.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message, errors: json.errors?.length ?? 0, ms };
}

describe('document limits, linear in the document', () => {
  it('refuses nesting through a chain of fragments as too deep', async () => {
    const chain = Array.from({ length: 30 }, (_, index) => `fragment F${index} on Location { stock { location { ...F${index + 1} ...F${index + 1} } } }`).join(' ');
    const query = `{ locations { ...F0 } } ${chain} fragment F30 on Location { code }`;
    const result = await refused({ query });
    expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
    expect(result.ms).toBeLessThan(500);
  });

  it('refuses a fragment fan-out of 2^40 fields as too expensive without expanding it', async () => {
    const chain = Array.from({ length: 40 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`).join(' ');
    const query = `{ ...F0 } ${chain} fragment F40 on Query { locations { code } }`;
    const result = await refused({ query });
    expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(result.ms).toBeLessThan(500);
  });

  it('refuses wide aliasing, also when hidden in fragments', async () => {
    const direct = Array.from({ length: 31 }, (_, index) => `a${index}: locations { code }`).join(' ');
    expect(await refused({ query: `{ ${direct} }` })).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
    const inFragment = Array.from({ length: 16 }, (_, index) => `b${index}: locations { code }`).join(' ');
    expect(await refused({ query: `{ ...A ...B } fragment A on Query { ${inFragment} } fragment B on Query { ${inFragment} }` })).toMatchObject({
      status: 400,
      code: 'TOO_MANY_ALIASES',
    });
  });

  it('refuses a directive flood', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    expect(await refused({ query: `{ locations ${directives} { code } }` })).toMatchObject({ status: 400, code: 'TOO_MANY_DIRECTIVES' });
  });

  it('refuses a document of more tokens than allowed before building it', async () => {
    const fields = Array.from({ length: 3_100 }, () => 'code').join(' ');
    const result = await refused({ query: `{ locations { ${fields} } }` });
    expect(result).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('returns at most 10 validation errors', async () => {
    const unknown = Array.from({ length: 500 }, (_, index) => `f${index}`).join(' ');
    const result = await refused({ query: `{ locations { ${unknown} } }` });
    expect(result).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(result.errors).toBeLessThanOrEqual(11);
  });
});

describe('cost from declared list sizes', () => {
  it('refuses the small anonymous query that used to exhaust the inventory service', async () => {
    // Every location's stock, each row's location's stock again: locations × stock × stock rows.
    // The old estimate (10 per list) admitted it; the declared sizes (200 locations, 5,000 rows) do not.
    const query = '{ locations { stock { location { stock { sku { stock { onHand } } } } } } }';
    expect(query.length).toBeLessThan(100);
    const result = await refused({ query });
    expect(result).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });

  it('costs a paginated field by its page size and reports the cost', async () => {
    const small = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query: 'query($n: Int) { orders(first: $n) { edges { node { id } } } }', variables: { n: 5 } }),
    });
    const body = (await small.json()) as { extensions?: { cost?: { requested: number } } };
    // orders (1) + 5 edges × (edge 1 + node 1)
    expect(body.extensions?.cost?.requested).toBe(1 + 5 * 2);
    const huge = await refused({ query: 'query($n: Int) { orders(first: $n) { edges { node { lines { sku { stock { location { code } } } } } } } }', variables: { n: 1_000 } }, ADMIN);
    expect(huge).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('variables', () => {
  it('refuses a 100,000-element list argument with one error, before coercion', async () => {
    const skus = Array.from({ length: 100_000 }, (_, index) => `SKU-${index}`);
    // Signed in: a megabyte body is within a signed-in caller's limit, so the list cap answers.
    const result = await refused({ query: 'query($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }', variables: { skus } }, customerToken('c-lists'));
    expect(result).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', errors: 1 });
    expect(result.message).toMatch(/100000 items, at most 1000/);
    expect(result.ms).toBeLessThan(1_000);
  });

  it('refuses a megabyte body from a caller without credentials unread, by its size', async () => {
    const skus = Array.from({ length: 100_000 }, (_, index) => `SKU-${index}`);
    const result = await refused({ query: 'query($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }', variables: { skus } });
    expect(result).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE', errors: 1, message: 'Request body too large: at most 262144 bytes' });
    expect(result.ms).toBeLessThan(1_000);
    // Within the limit, the same caller is answered as before.
    const small = await refused({ query: 'query($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }', variables: { skus: skus.slice(0, 2_000) } });
    expect(small).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', errors: 1 });
  });

  it('refuses megabytes of list items hidden inside an input object', async () => {
    const lines = Array.from({ length: 50_000 }, () => ({ sku: 'CAP-BASE-NVY', quantity: 1 }));
    const result = await refused(
      {
        query: 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename } }',
        variables: { input: { idempotencyKey: 'k', channel: 'WEB', guestEmail: 'a@example.com', lines, delivery: { method: 'SHIP' }, payment: { token: 'tok_visa' } } },
      },
      ADMIN,
    );
    expect(result).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', errors: 1 });
    expect(result.message).toMatch(/\$input\.lines holds 50000 items/);
  });
});

describe('input the services cannot take', () => {
  it('refuses text with the NUL character as BAD_USER_INPUT, in variables and in the query', async () => {
    const inVariable = await refused({ query: 'query($code: String!) { sku(code: $code) { name } }', variables: { code: 'CAP\u0000BASE' } });
    expect(inVariable).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(inVariable.message).toMatch(/NUL character.*variables\.code/);
    expect(await refused({ query: '{ sku(code: "CAP\\u0000BASE") { name } }' })).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('passes a subgraph\'s refusal of a malformed argument on as BAD_USER_INPUT with its message', async () => {
    const response = await system.query('{ priceLists(activeAt: "the day after tomorrow") { id } }');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/DateTime|date/i);
  });
});

describe('credentials', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, string][] = [
    ['expired', signJwt({ sub: 'c1', kind: 'customer', exp: now() - 120 }, DEVELOPMENT_JWT_SECRET)],
    ['without expiry', signJwt({ sub: 'c1', kind: 'customer' }, DEVELOPMENT_JWT_SECRET)],
    ['signed with another secret', signJwt({ sub: 'c1', kind: 'customer', exp: now() + 600 }, 'a-foreign-secret-of-at-least-32-characters!')],
    ['for another audience', signJwt({ sub: 'c1', kind: 'customer', aud: 'another-api', exp: now() + 600 }, DEVELOPMENT_JWT_SECRET)],
    ['from another issuer', signJwt({ sub: 'c1', kind: 'customer', iss: 'evil', exp: now() + 600 }, DEVELOPMENT_JWT_SECRET)],
    [
      'unsigned (alg none)',
      `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'c1', kind: 'staff', roles: ['ADMIN'], iss: 'oms', aud: 'oms-api', exp: now() + 600 })).toString('base64url')}.`,
    ],
  ];
  it.each(cases)('refuses a token %s with 401 before any subgraph is called', async (_name, token) => {
    expect(await refused({ query: '{ viewer { kind } }' }, token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('checks limits before credentials: a too-deep document with a forged token is refused for its depth', async () => {
    const deep = `{ locations { ${'stock { location { '.repeat(10)}id${' } }'.repeat(10)} } }`;
    expect(await refused({ query: deep }, 'forged.token.here')).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
  });
});

describe('WebSocket: the same admission, once per operation', () => {
  it('refuses an over-limit operation with the same code as HTTP, without calling a subgraph', async () => {
    const client = connectWs(system.gatewayUrl);
    try {
      const before = subgraphCalls();
      const subscriber = collect(client, '{ locations { stock { location { stock { onHand } } } } }');
      await subscriber.completed;
      expect(subscriber.received[0]?.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
      expect(subgraphCalls()).toBe(before);
    } finally {
      await client.dispose();
    }
  });

  it('closes a subscription when its token expires, saying so', async () => {
    const token = signJwt({ sub: 'c-expiring', kind: 'customer', exp: now() + 2 }, DEVELOPMENT_JWT_SECRET);
    let closed: { code: number; reason: string } | undefined;
    const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${token}` });
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      closed = { code, reason: String(reason) };
    });
    try {
      const subscriber = collect(client, 'subscription { myOrderUpdates { id } }');
      await waitFor(() => closed !== undefined, 40_000, 'the connection to close');
      expect(closed).toEqual({ code: 4401, reason: 'Unauthorized: token expired' });
      await subscriber.completed;
    } finally {
      await client.dispose();
    }
  }, 45_000);

  it('refuses to connect with a forged token, saying why', async () => {
    let closed: { code: number; reason: string } | undefined;
    const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${customerToken('c1').slice(0, -3)}abc` });
    client.on('closed', (event) => {
      const { code, reason } = event as { code: number; reason: string };
      closed = { code, reason: String(reason) };
    });
    const subscriber = collect(client, 'subscription { myOrderUpdates { id } }');
    await subscriber.completed;
    await waitFor(() => closed !== undefined, 5_000, 'the connection to close');
    expect(closed?.code).toBe(4401);
    expect(closed?.reason).toMatch(/^Unauthorized: .*invalid token signature/);
    await client.dispose();
  });

  function now(): number {
    return Math.floor(Date.now() / 1000);
  }
});
