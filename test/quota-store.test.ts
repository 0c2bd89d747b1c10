import { createIsolatedDatabase, createLogger } from '@oms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Quotas, type QuotaPolicies } from '../gateway/src/admission/quota.ts';

const policies: QuotaPolicies = {
  partner: { points: 1_000, perSecond: 10 },
  user: { points: 1_000, perSecond: 10 },
  anonymous: { points: 500, perSecond: 5 },
  anonymousRequests: { points: 3, perSecond: 0.1 },
};
const logger = createLogger('test', 'silent');
let database: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  database = await createIsolatedDatabase(inject('databaseServerUrl'));
});

afterAll(async () => {
  await database?.drop();
});

describe('quotas in a store shared by gateway replicas', () => {
  it('two replicas on one PostgreSQL spend one budget, charged the full cost', async () => {
    const [a, b] = await Promise.all([Quotas.open({ kind: 'postgres', url: database.url }, policies, logger), Quotas.open({ kind: 'postgres', url: database.url }, policies, logger)]);
    try {
      const partner = { kind: 'partner' as const, keyId: 'k-shared', scopes: [] };
      expect(await a.charge(partner, '10.0.0.1', 600)).toEqual({ ok: true, remaining: 400 });
      const refused = await b.charge(partner, '10.0.0.2', 600);
      expect(refused).toMatchObject({ ok: false, remaining: 0 });
      if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('limits signed-in customers and staff too, each on their own budget', async () => {
    const quotas = await Quotas.open({ kind: 'memory' }, policies, logger);
    const staff = { kind: 'staff' as const, staffId: 's-1', roles: ['ADMIN' as const], scopes: [] };
    const customer = { kind: 'customer' as const, customerId: 'c-1', scopes: [] };
    expect((await quotas.charge(staff, 'ip', 900)).ok).toBe(true);
    expect((await quotas.charge(staff, 'ip', 200)).ok).toBe(false);
    expect((await quotas.charge(customer, 'ip', 900)).ok).toBe(true);
    const tooBig = await quotas.charge(customer, 'ip', 5_000);
    expect(tooBig.ok).toBe(false);
    if (!tooBig.ok) expect(tooBig.message).toMatch(/more than the whole quota/);
  });

  it('counts an address’s requests whatever the transport', async () => {
    const quotas = await Quotas.open({ kind: 'memory' }, policies, logger);
    const taken = [];
    for (let index = 0; index < 4; index++) taken.push((await quotas.takeRequest('192.0.2.1')).ok);
    expect(taken).toEqual([true, true, true, false]);
    expect((await quotas.takeRequest('192.0.2.2')).ok).toBe(true);
  });
});
