import { TransactionContext, type EntityManager } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { PaymentProviderRegistry, type PaymentProvider } from '../src/domain/payments/payment-provider.ts';

/** What MikroORM's `em.transactional` leaves in the async context while its callback runs. */
const openTransaction = { name: 'default', _id: 1, isInTransaction: () => true } as unknown as EntityManager;

function provider(name: string, local: boolean, calls: string[]): PaymentProvider {
  return {
    name,
    ...(local ? { local: true } : {}),
    authorize: async () => (calls.push(`${name} authorize`), { outcome: 'AUTHORIZED', reference: 'ref' }),
    capture: async () => void calls.push(`${name} capture`),
    void: async () => void calls.push(`${name} void`),
    refund: async () => (calls.push(`${name} refund`), { reference: 'refund' }),
  };
}

describe('the payment provider registry', () => {
  it('refuses a remote provider inside an open transaction, before it is called, and lets a local one be', async () => {
    const calls: string[] = [];
    const payments = new PaymentProviderRegistry([provider('card', false, calls), provider('credit', true, calls)]);
    const request = { reference: 'ref', amount: 100, currency: 'EUR' };
    await expect(TransactionContext.create(openTransaction, () => payments.get('card').capture(request))).rejects.toThrow(/card's capture was made inside an open database transaction/);
    await TransactionContext.create(openTransaction, () => payments.get('credit').capture(request));
    await payments.get('card').capture(request);
    expect(calls).toEqual(['credit capture', 'card capture']);
    expect(payments.get('card').name).toBe('card');
  });
});
