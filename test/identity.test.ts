import { createHash, randomUUID } from 'node:crypto';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecorded } from '@oms/contracts';
import {
  demoId,
  DEVELOPMENT_INTERNAL_SECRET,
  DEVELOPMENT_JWT_SECRET,
  isDomainError,
  scopesForRoles,
  ServiceClient,
  operationBinding,
  signPrincipal,
  type Principal,
} from '@oms/platform';
import { fileAuditEntry } from '../subgraphs/customers/src/domain/audit-log.service.ts';
import { DEMO_STAFF_PASSWORD } from '../subgraphs/customers/src/demo-data.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

let system: TestSystem;
let identity: ServiceClient;

beforeAll(async () => {
  system = await startTestSystem();
  identity = new ServiceClient({ service: 'gateway', callee: 'customers', url: system.subgraphs.customers.url, secret: DEVELOPMENT_INTERNAL_SECRET });
});

afterAll(async () => {
  await system?.close();
});

const ADMIN_ID = demoId('staff', 'admin@oms.example');
const ADMIN: Principal = { kind: 'staff', staffId: ADMIN_ID, roles: ['ADMIN'], scopes: scopesForRoles(['ADMIN']) };
const CARE_AGENT: Principal = {
  kind: 'staff',
  staffId: demoId('staff', 'care@oms.example'),
  roles: ['CARE_AGENT'],
  scopes: scopesForRoles(['CARE_AGENT']),
};
const PARTNER: Principal = { kind: 'partner', keyId: randomUUID(), scopes: ['orders:read', 'admin'], channel: 'MARKETPLACE' };

/** Calls the customers subgraph as the gateway would after authenticating `principal`. */
async function as<T = Record<string, unknown>>(principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(system.subgraphs.customers.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `identity-test-${randomUUID()}`, ...signPrincipal(principal, DEVELOPMENT_INTERNAL_SECRET, { audience: 'customers', operation: operationBinding(query, variables), clientIp: '203.0.113.7' }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

function sql<T = Record<string, unknown>>(statement: string, params: unknown[] = []): Promise<T[]> {
  return system.subgraphs.customers.orm.em.fork().execute<T[]>(statement, params as never[]);
}

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.['code'];

interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  channel: string | null;
  locationIds: string[];
  expiresAt: string | null;
  revokedAt: string | null;
  retiresAt: string | null;
  lastUsedAt: string | null;
  usageCount: number;
  createdAt: string;
}

interface Grant {
  keyId: string;
  name: string;
  scopes: string[];
  channel: string | null;
  locationIds: string[];
  validUntil: string | null;
}

const API_KEY_FIELDS = 'id name prefix scopes channel locationIds expiresAt revokedAt retiresAt lastUsedAt usageCount createdAt';

const CREATE_API_KEY = /* GraphQL */ `
  mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { ${API_KEY_FIELDS} } } }
`;
const REVOKE_API_KEY = /* GraphQL */ `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { ${API_KEY_FIELDS} } }`;
const ROTATE_API_KEY = /* GraphQL */ `
  mutation Rotate($id: ID!, $overlap: Int) { rotateApiKey(id: $id, overlapSeconds: $overlap) { token apiKey { ${API_KEY_FIELDS} } } }
`;
const GRANT = /* GraphQL */ `
  query Grant($token: String!) { apiKeyByToken(token: $token) { keyId name scopes channel locationIds validUntil } }
`;
const AUDIT_LOG = /* GraphQL */ `
  query Audit($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id at actor action service entityType entityId before after clientIp requestId } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

async function createKey(input: Record<string, unknown>): Promise<{ token: string; apiKey: ApiKeyView }> {
  const response = await as<{ createApiKey: { token: string; apiKey: ApiKeyView } }>(ADMIN, CREATE_API_KEY, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.createApiKey;
}

async function grantOf(token: string): Promise<Grant | null> {
  return (await identity.request<{ apiKeyByToken: Grant | null }>(GRANT, { token })).apiKeyByToken;
}

const secretOf = (token: string) => token.split('_').slice(2).join('_');

describe('partner API keys', () => {
  it('creates a key whose token the gateway can verify, with its scopes, channel and locations', async () => {
    const location = demoId('location', 'WH-LYON');
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    const { token, apiKey } = await createKey({
      name: 'Marketplace connector',
      scopes: ['orders:read', 'orders:write', 'orders:read'],
      channel: 'MARKETPLACE',
      locationIds: [location],
      expiresAt,
    });
    expect(token).toMatch(/^oms_[a-z0-9]{8,12}_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({ name: 'Marketplace connector', scopes: ['orders:read', 'orders:write'], channel: 'MARKETPLACE', locationIds: [location], usageCount: 0, revokedAt: null });

    expect(await grantOf(token)).toEqual({
      keyId: apiKey.id,
      name: 'Marketplace connector',
      scopes: ['orders:read', 'orders:write'],
      channel: 'MARKETPLACE',
      locationIds: [location],
      validUntil: expiresAt,
    });
  });

  it('stores only a hash of the secret', async () => {
    const { token, apiKey } = await createKey({ name: 'ERP', scopes: ['inventory:read'] });
    const secret = secretOf(token);
    const [row] = await sql<Record<string, unknown>>('select * from customers.api_key where id = ?', [apiKey.id]);
    expect(row).toBeDefined();
    for (const value of Object.values(row!)) {
      expect(JSON.stringify(value) ?? '').not.toContain(secret);
    }
    expect(row!['secret_hash']).toBe(createHash('sha256').update(secret).digest('hex'));
    // Nor is it anywhere in the outbox (the audit event).
    const events = await sql<{ payload: unknown }>('select payload from customers.outbox_event');
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it('answers null for malformed tokens, unknown prefixes and wrong secrets', async () => {
    const { token } = await createKey({ name: 'Probe', scopes: ['orders:read'] });
    const [, prefix] = token.split('_');
    expect(await grantOf('not-a-token')).toBeNull();
    expect(await grantOf(`oms_zzzzzzzzzz_${'A'.repeat(43)}`)).toBeNull();
    expect(await grantOf(`oms_${prefix}_${'A'.repeat(43)}`)).toBeNull();
    expect(await grantOf(`${token}x`)).toBeNull();
  });

  it('refuses a revoked key at once; revoking again changes nothing', async () => {
    const { token, apiKey } = await createKey({ name: 'Dropship vendor', scopes: ['fulfillment:write'] });
    expect(await grantOf(token)).not.toBeNull();
    const revoked = await as<{ revokeApiKey: ApiKeyView }>(ADMIN, REVOKE_API_KEY, { id: apiKey.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    expect(await grantOf(token)).toBeNull();

    const again = await as<{ revokeApiKey: ApiKeyView }>(ADMIN, REVOKE_API_KEY, { id: apiKey.id });
    expect(again.data?.revokeApiKey.revokedAt).toBe(revoked.data?.revokeApiKey.revokedAt);

    const listed = await as<{ apiKeys: { id: string }[] }>(ADMIN, '{ apiKeys { id } }');
    expect(listed.data?.apiKeys.map((key) => key.id)).not.toContain(apiKey.id);
    const all = await as<{ apiKeys: { id: string }[] }>(ADMIN, '{ apiKeys(includeRevoked: true) { id } }');
    expect(all.data?.apiKeys.map((key) => key.id)).toContain(apiKey.id);
  });

  it('refuses an expired key', async () => {
    const { token, apiKey } = await createKey({ name: 'Short-lived', scopes: ['orders:read'], expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await grantOf(token)).not.toBeNull();
    await sql(`update customers.api_key set expires_at = now() - interval '1 second' where id = ?`, [apiKey.id]);
    expect(await grantOf(token)).toBeNull();
    const stillborn = await createKey({ name: 'Already expired', scopes: ['orders:read'], expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(await grantOf(stillborn.token)).toBeNull();
  });

  it('rotates: old and new secrets both work during the overlap, only the new one after it', async () => {
    const { token: oldToken, apiKey } = await createKey({ name: '3PL', scopes: ['fulfillment:write'] });
    const rotated = await as<{ rotateApiKey: { token: string; apiKey: ApiKeyView } }>(ADMIN, ROTATE_API_KEY, { id: apiKey.id, overlap: 3600 });
    expect(rotated.errors).toBeUndefined();
    const { token: newToken, apiKey: after } = rotated.data!.rotateApiKey;
    expect(newToken).not.toBe(oldToken);
    expect(newToken.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(Date.parse(after.retiresAt!) - Date.now()).toBeGreaterThan(3500_000);

    const oldGrant = await grantOf(oldToken);
    const newGrant = await grantOf(newToken);
    expect(oldGrant).toMatchObject({ keyId: apiKey.id, validUntil: after.retiresAt });
    expect(newGrant).toMatchObject({ keyId: apiKey.id, validUntil: null });

    await sql(`update customers.api_key set retires_at = now() - interval '1 second' where id = ?`, [apiKey.id]);
    expect(await grantOf(oldToken)).toBeNull();
    expect(await grantOf(newToken)).not.toBeNull();
  });

  it('rotates with no overlap, refuses overlaps beyond 30 days and rotating a revoked key', async () => {
    const { token, apiKey } = await createKey({ name: 'Leaked', scopes: ['orders:read'] });
    const rotated = await as<{ rotateApiKey: { token: string } }>(ADMIN, ROTATE_API_KEY, { id: apiKey.id, overlap: 0 });
    expect(rotated.errors).toBeUndefined();
    expect(await grantOf(token)).toBeNull();
    expect(await grantOf(rotated.data!.rotateApiKey.token)).not.toBeNull();

    expect(codeOf(await as(ADMIN, ROTATE_API_KEY, { id: apiKey.id, overlap: 31 * 24 * 3600 }))).toBe('BAD_USER_INPUT');
    await as(ADMIN, REVOKE_API_KEY, { id: apiKey.id });
    expect(codeOf(await as(ADMIN, ROTATE_API_KEY, { id: apiKey.id }))).toBe('CONFLICT');
    expect(codeOf(await as(ADMIN, ROTATE_API_KEY, { id: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('refuses unknown scopes and channels, naming them, and writes nothing', async () => {
    const [{ count: before }] = (await sql<{ count: string }>('select count(*) from customers.api_key')) as [{ count: string }];
    const unknownScope = await as(ADMIN, CREATE_API_KEY, { input: { name: 'Bad', scopes: ['orders:read', 'orders:delete'] } });
    expect(codeOf(unknownScope)).toBe('BAD_USER_INPUT');
    expect(unknownScope.errors?.[0]?.message).toContain('orders:delete');
    expect(unknownScope.errors?.[0]?.extensions?.['scope']).toBe('orders:delete');
    expect(codeOf(await as(ADMIN, CREATE_API_KEY, { input: { name: 'Bad', scopes: ['admin'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as(ADMIN, CREATE_API_KEY, { input: { name: 'Bad', scopes: ['orders:read'], channel: 'FAX' } }))).toBe('BAD_USER_INPUT');
    const [{ count: afterwards }] = (await sql<{ count: string }>('select count(*) from customers.api_key')) as [{ count: string }];
    expect(afterwards).toBe(before);
  });

  it('lets only administrators manage keys', async () => {
    const input = { name: 'Sneaky', scopes: ['orders:read'] };
    expect(codeOf(await as(CARE_AGENT, CREATE_API_KEY, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as(PARTNER, CREATE_API_KEY, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as({ kind: 'anonymous' }, CREATE_API_KEY, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as(CARE_AGENT, '{ apiKeys { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await as(CARE_AGENT, REVOKE_API_KEY, { id: randomUUID() }))).toBe('FORBIDDEN');
  });

  it('answers token lookups and usage reports only for internal services', async () => {
    const { token } = await createKey({ name: 'Internal only', scopes: ['orders:read'] });
    expect(codeOf(await as(ADMIN, GRANT, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await as(PARTNER, 'mutation { recordApiKeyUsage(usages: []) }'))).toBe('FORBIDDEN');
  });

  it('records usage in bulk: counts add up, lastUsedAt only moves forward', async () => {
    const { apiKey: first } = await createKey({ name: 'Busy', scopes: ['orders:read'] });
    const { apiKey: second } = await createKey({ name: 'Quiet', scopes: ['orders:read'] });
    const usage = /* GraphQL */ `mutation Usage($usages: [ApiKeyUsageInput!]!) { recordApiKeyUsage(usages: $usages) }`;
    const t1 = new Date(Date.now() - 60_000).toISOString();
    const t2 = new Date(Date.now() - 30_000).toISOString();
    await identity.request(usage, {
      usages: [
        { keyId: first.id, count: 5, lastUsedAt: t1 },
        { keyId: first.id, count: 2, lastUsedAt: t2 },
        { keyId: second.id, count: 1, lastUsedAt: t1 },
        { keyId: randomUUID(), count: 9, lastUsedAt: t1 },
      ],
    });
    // A late batch with an older time adds its count but does not move lastUsedAt back.
    await identity.request(usage, { usages: [{ keyId: first.id, count: 3, lastUsedAt: t1 }] });
    const keys = await as<{ apiKeys: ApiKeyView[] }>(ADMIN, '{ apiKeys { id usageCount lastUsedAt } }');
    const byId = new Map(keys.data!.apiKeys.map((key) => [key.id, key]));
    expect(byId.get(first.id)).toMatchObject({ usageCount: 10, lastUsedAt: t2 });
    expect(byId.get(second.id)).toMatchObject({ usageCount: 1, lastUsedAt: t1 });
    await expect(identity.request(usage, { usages: [{ keyId: first.id, count: -1, lastUsedAt: t2 }] })).rejects.toSatisfy(
      (error: unknown) => isDomainError(error) && error.code === 'BAD_USER_INPUT',
    );
  });

  it('is not part of the public API: the gateway refuses the internal fields', async () => {
    const lookup = await system.query(GRANT, { token: 'oms_abcdefghij_x' });
    expect(codeOf(lookup)).toBe('GRAPHQL_VALIDATION_FAILED');
    const usage = await system.query('mutation { recordApiKeyUsage(usages: []) }');
    expect(codeOf(usage)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { token expiresAt staff { id email name roles storeId approvalLimit active } }
  }
`;

interface Session {
  token: string;
  expiresAt: string;
  staff: { id: string; email: string; name: string; roles: string[]; storeId: string | null; approvalLimit: number; active: boolean };
}

describe('staff sign-in', () => {
  it('issues an 8-hour HS256 token with the staff claims, through the public gateway', async () => {
    const response = await system.query<{ signIn: Session }>(SIGN_IN, { email: ' Store.Lyon@OMS.example ', password: DEMO_STAFF_PASSWORD });
    expect(response.errors).toBeUndefined();
    const session = response.data!.signIn;
    const storeId = demoId('location', 'ST-LYON-PARTDIEU');
    expect(session.staff).toMatchObject({ email: 'store.lyon@oms.example', roles: ['STORE_ASSOCIATE'], storeId, approvalLimit: 5_000, active: true });
    const { payload: claims } = await jwtVerify(session.token, new TextEncoder().encode(DEVELOPMENT_JWT_SECRET), { issuer: 'oms', audience: 'oms-api' });
    expect(claims).toMatchObject({ sub: session.staff.id, kind: 'staff', roles: ['STORE_ASSOCIATE'], storeId, email: 'store.lyon@oms.example', iss: 'oms' });
    expect(claims['name']).toBe(session.staff.name);
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(60);
    expect(Date.parse(session.expiresAt)).toBe(claims.exp! * 1000);
    await expect(jwtVerify(session.token, new TextEncoder().encode('another-secret-of-at-least-32-characters'))).rejects.toThrow();
  });

  it('gives the same answer for an unknown email, a wrong password and a deactivated member', async () => {
    const unknown = await system.query(SIGN_IN, { email: 'nobody@oms.example', password: DEMO_STAFF_PASSWORD });
    const wrong = await system.query(SIGN_IN, { email: 'admin@oms.example', password: 'not-the-password-2026' });
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.data?.['signIn'] ?? null).toBeNull();

    await sql(`update customers.staff_member set active = false where email = 'care@oms.example'`);
    try {
      expect(codeOf(await system.query(SIGN_IN, { email: 'care@oms.example', password: DEMO_STAFF_PASSWORD }))).toBe('INVALID_CREDENTIALS');
    } finally {
      await sql(`update customers.staff_member set active = true where email = 'care@oms.example'`);
    }
  });
});

const CREATE_STAFF = /* GraphQL */ `
  mutation CreateStaff($input: CreateStaffMemberInput!) {
    createStaffMember(input: $input) { id email name roles storeId approvalLimit active }
  }
`;

describe('staff members', () => {
  it('creates a member who can sign in; checks password strength, store binding and duplicates', async () => {
    const input = { email: 'Agent.Two@OMS.example', name: 'Nadia Lambert', password: 'correct-horse-battery', roles: ['CARE_AGENT'] };
    expect(codeOf(await as(ADMIN, CREATE_STAFF, { input: { ...input, password: 'short-pass' } }))).toBe('WEAK_PASSWORD');
    expect(codeOf(await as(ADMIN, CREATE_STAFF, { input: { ...input, roles: ['STORE_ASSOCIATE'] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as(CARE_AGENT, CREATE_STAFF, { input }))).toBe('FORBIDDEN');

    const created = await as<{ createStaffMember: Session['staff'] }>(ADMIN, CREATE_STAFF, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createStaffMember).toMatchObject({ email: 'agent.two@oms.example', roles: ['CARE_AGENT'], approvalLimit: 10_000, active: true });

    const [row] = await sql<{ password_hash: string }>(`select password_hash from customers.staff_member where email = 'agent.two@oms.example'`);
    expect(row?.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
    expect(row?.password_hash).not.toContain('correct-horse-battery');

    expect(codeOf(await as(ADMIN, CREATE_STAFF, { input: { ...input, email: 'agent.two@oms.example' } }))).toBe('CONFLICT');

    const session = await system.query<{ signIn: Session }>(SIGN_IN, { email: 'agent.two@oms.example', password: 'correct-horse-battery' });
    expect(session.data?.signIn.staff.id).toBe(created.data?.createStaffMember.id);

    const listed = await as<{ staffMembers: { email: string }[] }>(ADMIN, '{ staffMembers { email } }');
    expect(listed.data?.staffMembers.map((member) => member.email)).toEqual(
      expect.arrayContaining(['admin@oms.example', 'care@oms.example', 'store.lyon@oms.example', 'agent.two@oms.example']),
    );
    expect(codeOf(await as(CARE_AGENT, '{ staffMembers { email } }'))).toBe('FORBIDDEN');
  });
});

describe('through the gateway', () => {
  it('an admin signs in, creates a partner key, and the partner is recognised by it', async () => {
    const session = await system.query<{ signIn: Session }>(SIGN_IN, { email: 'admin@oms.example', password: DEMO_STAFF_PASSWORD });
    const bearer = session.data!.signIn.token;
    const created = await system.query<{ createApiKey: { token: string; apiKey: ApiKeyView } }>(
      CREATE_API_KEY,
      { input: { name: 'End to end', scopes: ['orders:read'], channel: 'MARKETPLACE' } },
      bearer,
    );
    expect(created.errors).toBeUndefined();
    const { token, apiKey } = created.data!.createApiKey;
    const viewer = await system.query<{ viewer: { kind: string; id: string; scopes: string[]; channel: string } }>('{ viewer { kind id scopes channel } }', {}, token);
    expect(viewer.data?.viewer).toEqual({ kind: 'PARTNER', id: apiKey.id, scopes: ['orders:read'], channel: 'MARKETPLACE' });
    const entries = await auditEntriesFor(apiKey.id, 1);
    expect(entries[0]).toMatchObject({ action: 'createApiKey', actor: `staff:${session.data!.signIn.staff.id}` });
  });
});

describe('viewer', () => {
  const VIEWER = '{ viewer { kind id scopes roles storeId channel customer { name } } }';

  it('describes anonymous callers through the gateway', async () => {
    // Without `customer`: reading a Customer needs customers:read, which anonymous callers lack.
    const response = await system.query('{ viewer { kind id scopes roles storeId channel } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.['viewer']).toEqual({ kind: 'ANONYMOUS', id: null, scopes: [], roles: [], storeId: null, channel: null });
  });

  it('describes staff, partners and customers (with their profile)', async () => {
    const store = demoId('location', 'ST-LYON-PARTDIEU');
    const associate = await as(
      { kind: 'staff', staffId: randomUUID(), roles: ['STORE_ASSOCIATE'], scopes: scopesForRoles(['STORE_ASSOCIATE']), storeId: store },
      VIEWER,
    );
    expect(associate.data?.['viewer']).toMatchObject({ kind: 'STAFF', roles: ['STORE_ASSOCIATE'], storeId: store, customer: null });
    const partner = await as(PARTNER, VIEWER);
    expect(partner.data?.['viewer']).toMatchObject({ kind: 'PARTNER', id: PARTNER.kind === 'partner' ? PARTNER.keyId : '', channel: 'MARKETPLACE' });
    const customer = await as({ kind: 'customer', customerId: demoId('customer', 0), scopes: ['orders:read'] }, VIEWER);
    expect(customer.data?.['viewer']).toMatchObject({ kind: 'CUSTOMER', id: demoId('customer', 0), scopes: ['orders:read'], customer: { name: 'Camille Martin' } });
  });
});

interface AuditNode {
  id: string;
  at: string;
  actor: string;
  action: string;
  service: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  clientIp: string | null;
  requestId: string | null;
}

async function auditEntriesFor(entityId: string, expected: number): Promise<AuditNode[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const response = await as<{ auditLog: { edges: { node: AuditNode }[] } }>(ADMIN, AUDIT_LOG, { filter: { entityId } });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.auditLog.edges.map((edge) => edge.node);
    if (nodes.length >= expected || Date.now() > deadline) return nodes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('audit log', () => {
  it('files key creation and revocation with before/after, who and from where, and no secret', async () => {
    const { token, apiKey } = await createKey({ name: 'Audited', scopes: ['orders:read'], channel: 'WEB' });
    await as(ADMIN, REVOKE_API_KEY, { id: apiKey.id });
    const entries = await auditEntriesFor(apiKey.id, 2);
    expect(entries.map((entry) => entry.action)).toEqual(['revokeApiKey', 'createApiKey']);
    const [revoked, created] = entries as [AuditNode, AuditNode];
    expect(created).toMatchObject({
      actor: `staff:${ADMIN_ID}`,
      service: 'customers',
      entityType: 'ApiKey',
      before: null,
      after: { name: 'Audited', scopes: ['orders:read'], channel: 'WEB', revokedAt: null },
      clientIp: '203.0.113.7',
    });
    expect(created.requestId).toMatch(/^identity-test-/);
    expect(revoked.before).toMatchObject({ revokedAt: null });
    expect(revoked.after?.['revokedAt']).toEqual(expect.any(String));
    const everything = JSON.stringify(entries);
    expect(everything).not.toContain(secretOf(token));
    expect(everything).not.toMatch(/hash/i);
  });

  it('filters, pages newest first, and is readable only with audit:read or admin', async () => {
    const { apiKey } = await createKey({ name: 'Paged', scopes: ['orders:read'] });
    await as(ADMIN, ROTATE_API_KEY, { id: apiKey.id, overlap: 60 });
    await as(ADMIN, REVOKE_API_KEY, { id: apiKey.id });
    expect(await auditEntriesFor(apiKey.id, 3)).toHaveLength(3);

    const page1 = await as<{ auditLog: { edges: { node: AuditNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(ADMIN, AUDIT_LOG, {
      filter: { entityId: apiKey.id },
      first: 2,
    });
    expect(page1.data?.auditLog.edges.map((edge) => edge.node.action)).toEqual(['revokeApiKey', 'rotateApiKey']);
    expect(page1.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await as<{ auditLog: { edges: { node: AuditNode }[] } }>(ADMIN, AUDIT_LOG, {
      filter: { entityId: apiKey.id },
      first: 2,
      after: page1.data?.auditLog.pageInfo.endCursor,
    });
    expect(page2.data?.auditLog.edges.map((edge) => edge.node.action)).toEqual(['createApiKey']);

    const byAction = await as<{ auditLog: { edges: { node: AuditNode }[] } }>(ADMIN, AUDIT_LOG, {
      filter: { action: 'rotateApiKey', actor: `staff:${ADMIN_ID}`, entityType: 'ApiKey', since: new Date(Date.now() - 60_000).toISOString() },
    });
    expect(byAction.data?.auditLog.edges.length).toBeGreaterThan(0);
    expect(byAction.data?.auditLog.edges.every((edge) => edge.node.action === 'rotateApiKey')).toBe(true);
    const future = await as<{ auditLog: { edges: unknown[] } }>(ADMIN, AUDIT_LOG, { filter: { since: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.data?.auditLog.edges).toEqual([]);

    expect(codeOf(await as(CARE_AGENT, AUDIT_LOG))).toBe('FORBIDDEN');
    expect(codeOf(await as({ kind: 'anonymous' }, AUDIT_LOG))).toBe('UNAUTHENTICATED');
    const auditor: Principal = { kind: 'staff', staffId: randomUUID(), roles: ['CARE_AGENT'], scopes: ['audit:read'] };
    expect((await as(auditor, AUDIT_LOG, { filter: { entityId: apiKey.id } })).errors).toBeUndefined();
  });

  it('files a redelivered event once', async () => {
    const event = {
      id: randomUUID(),
      source: 'inventory',
      type: AuditRecorded.type,
      aggregateType: 'SourcingRule',
      aggregateId: 'rule-1',
      occurredAt: new Date().toISOString(),
      payload: {
        actor: `staff:${ADMIN_ID}`,
        actorKind: 'staff',
        action: 'updateSourcingRule',
        entityType: 'SourcingRule',
        entityId: 'rule-1',
        before: { priority: 1 },
        after: { priority: 2 },
        requestId: 'req-1',
        clientIp: null,
        at: new Date().toISOString(),
      },
    };
    const em = system.subgraphs.customers.orm.em;
    expect(await fileAuditEntry(em.fork(), event)).toEqual({ filed: true });
    expect(await fileAuditEntry(em.fork(), event)).toEqual({ filed: true });
    const entries = await auditEntriesFor('rule-1', 1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: event.id, service: 'inventory', before: { priority: 1 }, after: { priority: 2 } });
  });
});
