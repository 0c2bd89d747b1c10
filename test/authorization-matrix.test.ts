import { demoId } from '@oms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

/**
 * Every kind of principal × the sensitive operations: which cells are allowed, and how the denied
 * ones answer (401 without credentials, 403 without the scope, not found for a record out of reach).
 */
let system: TestSystem;
let callers: Record<string, string | undefined>;

const LYON_STORE = demoId('location', 'ST-LYON-PARTDIEU');
const PARIS_STORE = demoId('location', 'ST-PARIS-RIVOLI');

async function createKey(scopes: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const response = await system.query<{ createApiKey: { token: string } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    { input: { name: `matrix ${scopes.join(' ')}`, scopes, ...extra } },
    ADMIN,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.createApiKey.token;
}

beforeAll(async () => {
  system = await startTestSystem();
  callers = {
    anonymous: undefined,
    customer: customerToken(demoId('customer', 0)),
    careAgent: staffToken(['CARE_AGENT'], { staffId: 'matrix-care' }),
    lyonAssociate: staffToken(['STORE_ASSOCIATE'], { staffId: 'matrix-lyon', storeId: LYON_STORE }),
    admin: ADMIN,
    marketplacePartner: await createKey(['orders:read', 'fulfillment:read'], { channel: 'MARKETPLACE' }),
  };
});

afterAll(async () => {
  await system?.close();
});

type Outcome = 'allowed' | string;

/** The outcome of a cell: 'allowed', or the error code. */
function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
  const code = response.errors?.[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : 'allowed';
}

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown>; expected: Record<string, Outcome> }> = {
  'list orders': {
    query: '{ orders(first: 5) { edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'allowed', careAgent: 'allowed', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'allowed' },
  },
  'read the audit log': {
    query: '{ auditLog(first: 1) { edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'FORBIDDEN', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'create an API key': {
    query: 'mutation { createApiKey(input: { name: "matrix probe", scopes: ["orders:read"] }) { token } }',
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'FORBIDDEN', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'adjust stock at the Paris store': {
    query: 'mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }',
    variables: { input: { sku: 'CAP-BASE-NVY', locationId: PARIS_STORE, delta: 0, reason: 'matrix count' } },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'UNKNOWN_LOCATION', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'adjust stock at the Lyon store': {
    query: 'mutation($input: AdjustStockInput!) { adjustStock(input: $input) { onHand } }',
    variables: { input: { sku: 'CAP-BASE-NVY', locationId: LYON_STORE, delta: 0, reason: 'matrix count' } },
    expected: { anonymous: 'UNAUTHENTICATED', customer: 'FORBIDDEN', careAgent: 'FORBIDDEN', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
  'read a customer’s profile': {
    query: 'query($id: ID!) { customer(id: $id) { email } }',
    variables: { id: demoId('customer', 1) },
    expected: { anonymous: 'UNAUTHENTICATED', careAgent: 'allowed', lyonAssociate: 'allowed', admin: 'allowed', marketplacePartner: 'FORBIDDEN' },
  },
};

describe('authorization matrix', () => {
  for (const [operation, { query, variables, expected }] of Object.entries(OPERATIONS)) {
    it(operation, async () => {
      const outcomes: Record<string, Outcome> = {};
      for (const caller of Object.keys(expected)) outcomes[caller] = outcomeOf(await system.query(query, variables ?? {}, callers[caller]));
      expect(outcomes).toEqual(expected);
    });
  }

  it('a MARKETPLACE-bound key lists MARKETPLACE fulfillment orders only, in fulfillment too', async () => {
    const listed = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; order: { channel: string } } }[] } }>(
      '{ fulfillmentOrders(first: 100) { edges { node { id order { channel } } } } }',
      {},
      callers['marketplacePartner'],
    );
    expect(listed.errors).toBeUndefined();
    const all = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; order: { channel: string } } }[] } }>(
      '{ fulfillmentOrders(first: 100) { edges { node { id order { channel } } } } }',
      {},
      ADMIN,
    );
    const channels = new Set(all.data?.fulfillmentOrders.edges.map((edge) => edge.node.order.channel));
    expect(channels.size).toBeGreaterThan(1);
    const seen = new Set(listed.data?.fulfillmentOrders.edges.map((edge) => edge.node.order.channel));
    expect([...seen].every((channel) => channel === 'MARKETPLACE')).toBe(true);
    // One out of reach answers as one that does not exist.
    const web = all.data?.fulfillmentOrders.edges.find((edge) => edge.node.order.channel === 'WEB');
    const single = await system.query<{ fulfillmentOrder: unknown }>('query($id: ID!) { fulfillmentOrder(id: $id) { id } }', { id: web?.node.id }, callers['marketplacePartner']);
    expect(single.errors).toBeUndefined();
    expect(single.data?.fulfillmentOrder).toBeNull();
  });
});
