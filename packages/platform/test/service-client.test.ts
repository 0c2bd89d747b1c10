import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TransactionContext, type EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceClient } from '../src/service-client.ts';

let calls = 0;
const server = createServer((request, response) => {
  calls++;
  request.resume();
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { ok: true } }));
  });
});
let client: ServiceClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new ServiceClient({ service: 'orders', callee: 'inventory', url: `http://127.0.0.1:${port}/graphql`, secret: 'a-secret-of-enough-length-for-tests' });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What MikroORM's `em.transactional` leaves in the async context while its callback runs. */
function transactionContext(open: boolean): EntityManager {
  return { name: 'default', _id: 1, isInTransaction: () => open } as unknown as EntityManager;
}

describe('calls between services', () => {
  it('are refused inside an open database transaction, before anything is sent', async () => {
    calls = 0;
    const inside = TransactionContext.create(transactionContext(true), () => client.request('{ ok }', {}));
    await expect(inside).rejects.toThrow(/call to inventory was made inside an open database transaction/);
    expect(calls).toBe(0);
  });

  it('are made outside one, and after it has ended', async () => {
    calls = 0;
    await expect(client.request('{ ok }', {})).resolves.toEqual({ ok: true });
    await expect(TransactionContext.create(transactionContext(false), () => client.request('{ ok }', {}))).resolves.toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
