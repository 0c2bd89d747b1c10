import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { loadGatewayConfig } from '@oms/gateway';
import { demoId, DEVELOPMENT_INTERNAL_SECRET, DEVELOPMENT_JWT_SECRET } from '@oms/platform';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ gatewayEnv: { QUOTA_BUCKET_POINTS: '1000', QUOTA_REFILL_PER_SECOND: '10' } });
});

afterAll(async () => {
  await system?.close();
});

async function createKey(scopes: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  const response = await system.query<{ createApiKey: { token: string; apiKey: { id: string } } }>(
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }`,
    { input: { name: `test key ${scopes.join(' ')}`, scopes, ...extra } },
    ADMIN,
  );
  expect(response.errors).toBeUndefined();
  return { id: response.data!.createApiKey.apiKey.id, token: response.data!.createApiKey.token };
}

describe('authentication and scopes at the gateway', () => {
  it('answers public fields without credentials and asks to sign in for the rest', async () => {
    const open = await system.query<{ locations: unknown[] }>('{ locations { code } }');
    expect(open.status).toBe(200);
    expect(open.data?.locations.length).toBeGreaterThan(0);
    const closed = await system.query('{ orders(first: 1) { edges { node { id } } } }');
    expect(closed.status).toBe(401);
    expect(closed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed or forged bearer token with 401', async () => {
    const forged = await system.query('{ viewer { kind } }', {}, `${ADMIN.slice(0, -4)}abcd`);
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('tells a caller who they are', async () => {
    const response = await system.query<{ viewer: { kind: string; scopes: string[]; roles: string[] } }>('{ viewer { kind scopes roles } }', {}, staffToken(['CARE_AGENT']));
    expect(response.data?.viewer).toMatchObject({ kind: 'STAFF', roles: ['CARE_AGENT'] });
    expect(response.data?.viewer.scopes).toContain('customers:read');
    expect(response.data?.viewer.scopes).not.toContain('admin');
  });

  it('forbids a partner key without orders:write to place orders', async () => {
    const key = await createKey(['orders:read']);
    const response = await system.query(
      `mutation { placeOrder(input: { idempotencyKey: "k", channel: MARKETPLACE, guestEmail: "a@example.com", lines: [{ sku: "CAP-BASE-NVY", quantity: 1 }], delivery: { method: SHIP }, payment: { token: "tok_visa" } }) { __typename } }`,
      {},
      key.token,
    );
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', denied: ['Mutation.placeOrder'] });
  });

  it('refuses revoked and expired keys', async () => {
    const key = await createKey(['orders:read']);
    expect((await system.query('{ viewer { id } }', {}, key.token)).status).toBe(200);
    await system.query(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: key.id }, ADMIN);
    const revoked = await system.query('{ viewer { id } }', {}, key.token);
    expect(revoked.status).toBe(401);
    const expired = await createKey(['orders:read'], { expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await system.query('{ viewer { id } }', {}, expired.token)).status).toBe(401);
  });

  it('shows a key restricted to MARKETPLACE only that channel’s orders', async () => {
    const key = await createKey(['orders:read'], { channel: 'MARKETPLACE' });
    const listed = await system.query<{ orders: { edges: { node: { number: string; channel: string } }[] } }>(
      '{ orders(first: 50) { edges { node { number channel } } } }',
      {},
      key.token,
    );
    expect(listed.errors).toBeUndefined();
    const channels = new Set(listed.data?.orders.edges.map((edge) => edge.node.channel));
    expect([...channels]).toEqual(['MARKETPLACE']);
    expect(listed.data?.orders.edges.map((edge) => edge.node.number)).toContain('OMS-100008');
    const webOrder = await system.query<{ order: unknown }>(`query($id: ID!) { order(id: $id) { number } }`, { id: demoId('order', 0) }, key.token);
    expect(webOrder.data?.order ?? null).toBeNull();
  });

  it('lets a customer read their own order and nobody else’s', async () => {
    const own = await system.query<{ order: { number: string } | null }>(`query($id: ID!) { order(id: $id) { number } }`, { id: demoId('order', 0) }, customerToken(demoId('customer', 0)));
    expect(own.data?.order?.number).toBe('OMS-100001');
    const other = await system.query<{ order: unknown }>(`query($id: ID!) { order(id: $id) { number } }`, { id: demoId('order', 1) }, customerToken(demoId('customer', 0)));
    // Someone else's order answers exactly as one that does not exist.
    expect(other.data?.order ?? null).toBeNull();
    expect(other.errors).toBeUndefined();
    const missing = await system.query<{ order: unknown }>(`query($id: ID!) { order(id: $id) { number } }`, { id: '00000000-0000-4000-8000-000000000000' }, customerToken(demoId('customer', 0)));
    expect({ status: missing.status, data: missing.data, errors: missing.errors }).toEqual({ status: other.status, data: other.data, errors: other.errors });
  });
});

describe('abuse corpus: refused before any resolver runs', () => {
  const requestsToServices = () => Object.values(system.subgraphs).reduce((sum, subgraph) => sum + subgraph.graphqlRequests, 0);

  async function refusedWithoutWork(body: unknown, auth = ADMIN) {
    const before = requestsToServices();
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    // Refused at the gateway: no service was asked anything.
    expect(requestsToServices()).toBe(before);
    return { status: response.status, code: json.errors?.[0]?.extensions?.code };
  }

  it('a query 20 levels deep', async () => {
    const deep = `{ locations { ${'stock { location { '.repeat(10)}id${' } }'.repeat(10)} } }`;
    expect(await refusedWithoutWork({ query: deep })).toEqual({ status: 400, code: 'QUERY_TOO_DEEP' });
  });

  it('1,000 aliases', async () => {
    // Refused by whichever limit it meets first: size, token count or alias count.
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}:__typename`).join(' ');
    const result = await refusedWithoutWork({ query: `{ ${aliases} }` });
    expect([400, 413]).toContain(result.status);
    expect(['TOO_MANY_ALIASES', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_LARGE']).toContain(result.code);
  });

  it('one alias more than allowed', async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: locations { id }`).join(' ');
    expect(await refusedWithoutWork({ query: `{ ${aliases} }` })).toEqual({ status: 400, code: 'TOO_MANY_ALIASES' });
  });

  it('a fragment cycle', async () => {
    const cyclic = 'query { locations { ...A } } fragment A on Location { stock { location { ...B } } } fragment B on Location { ...A }';
    expect(await refusedWithoutWork({ query: cyclic })).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('a 100 KB query', async () => {
    const huge = `{ locations { id ${' '.repeat(100_000)} } }`;
    expect(await refusedWithoutWork({ query: huge })).toEqual({ status: 413, code: 'QUERY_TOO_LARGE' });
  });

  it('a batched array of 100 operations', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ locations { id } }' }));
    const result = await refusedWithoutWork(batch);
    expect(result.status).toBe(400);
  });
});

describe('production hardening', () => {
  const PRODUCTION_INTERNAL_SECRET = 'a-production-internal-secret-0123456789ab';
  let production: TestSystem;
  beforeAll(async () => {
    production = await startTestSystem({
      seedDemoData: false,
      internalSecret: PRODUCTION_INTERNAL_SECRET,
      gatewayEnv: { NODE_ENV: 'production', INTERNAL_SECRET: PRODUCTION_INTERNAL_SECRET, JWT_SECRET: 'a-production-jwt-secret-0123456789abcdef' },
    });
  });
  afterAll(async () => {
    await production?.close();
  });

  it('refuses to start with the development secrets', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', INTERNAL_SECRET: DEVELOPMENT_INTERNAL_SECRET, JWT_SECRET: 'a-production-jwt-secret-0123456789abcdef' })).toThrow(
      /INTERNAL_SECRET: the development secret is refused/,
    );
    expect(() => loadGatewayConfig({ NODE_ENV: 'production', INTERNAL_SECRET: PRODUCTION_INTERNAL_SECRET, JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      /JWT_SECRET: the development secret is refused/,
    );
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const introspection = await production.query('{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await production.query('{ locationz { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('quotas', () => {
  it('throttles a key that drains its bucket while another key keeps working', async () => {
    const greedy = await createKey(['inventory:read']);
    const polite = await createKey(['inventory:read']);
    // 200 locations assumed (@listSize): 200 points per call, five calls per 100 s window.
    const query = '{ locations { id code } }';
    let throttled: { status: number; errors?: { extensions?: Record<string, unknown> }[] } | undefined;
    for (let attempt = 0; attempt < 20 && !throttled; attempt++) {
      const response = await system.query(query, {}, greedy.token);
      if (response.status === 429) throttled = response;
    }
    expect(throttled?.errors?.[0]?.extensions?.['code']).toBe('THROTTLED');
    expect(Number(throttled?.errors?.[0]?.extensions?.['retryAfter'])).toBeGreaterThan(0);
    const started = performance.now();
    const other = await system.query(query, {}, polite.token);
    expect(other.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('persisted operations', () => {
  it('restricts a key to the safelist: by id or exact text, nothing else', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-operations.json', import.meta.url), 'utf8')) as {
      operations: { id: string; name: string; body: string }[];
    };
    const availability = manifest.operations.find((operation) => operation.name === 'PartnerAvailability')!;
    const key = await createKey(['inventory:read'], { persistedOperationsOnly: true });
    const variables = { skus: ['CAP-BASE-NVY'], channel: 'MARKETPLACE' };

    const freeForm = await system.query('{ locations { code } }', {}, key.token);
    expect(freeForm.status).toBe(403);
    expect(freeForm.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_OPERATION_REQUIRED');

    const byText = await system.query<{ availability: unknown[] }>(availability.body, variables, key.token);
    expect(byText.errors).toBeUndefined();
    expect(byText.data?.availability).toHaveLength(1);

    const byId = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key.token}` },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: availability.id } } }),
    });
    const byIdBody = (await byId.json()) as { data?: { availability: unknown[] }; errors?: unknown[] };
    expect(byIdBody.errors).toBeUndefined();
    expect(byIdBody.data?.availability).toHaveLength(1);

    // An unrestricted key is not affected.
    const open = await createKey(['inventory:read']);
    expect((await system.query('{ locations { code } }', {}, open.token)).status).toBe(200);
  });
});
