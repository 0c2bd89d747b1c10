import { describe, expect, it } from 'vitest';
import { PaymentProviderRegistry } from '../src/domain/payments/payment-provider.ts';
import { TestPaymentProvider } from '../src/domain/payments/test-payment-provider.ts';

const provider = new TestPaymentProvider();
const request = { amount: 1990, currency: 'EUR', idempotencyKey: 'order-1' };

describe('TestPaymentProvider', () => {
  it('authorizes the approved test tokens with a provider reference', async () => {
    for (const token of ['tok_visa', 'tok_mastercard', 'tok_amex']) {
      const result = await provider.authorize({ ...request, token });
      expect(result).toMatchObject({ outcome: 'AUTHORIZED', reference: expect.stringMatching(/^test_ch_[0-9a-f]{24}$/) });
    }
  });

  it('declines the decline tokens and unknown tokens', async () => {
    expect(await provider.authorize({ ...request, token: 'tok_chargeDeclined' })).toMatchObject({ outcome: 'DECLINED', declineCode: 'card_declined' });
    expect(await provider.authorize({ ...request, token: 'tok_insufficientFunds' })).toMatchObject({ outcome: 'DECLINED', declineCode: 'insufficient_funds' });
    expect(await provider.authorize({ ...request, token: '4242424242424242' })).toMatchObject({ outcome: 'DECLINED', declineCode: 'invalid_token' });
  });

  it('fails like an outage for tok_processingError', async () => {
    await expect(provider.authorize({ ...request, token: 'tok_processingError' })).rejects.toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
  });
});

describe('PaymentProviderRegistry', () => {
  it('finds providers by name and refuses unknown ones', async () => {
    const registry = new PaymentProviderRegistry([provider]);
    // A remote provider is answered behind its transaction guard: the same provider, the same operations.
    const found = registry.get('test');
    expect(found.name).toBe('test');
    const authorized = await found.authorize({ ...request, token: 'tok_visa', idempotencyKey: 'registry-1' });
    if (authorized.outcome !== 'AUTHORIZED') throw new Error('tok_visa was declined');
    await found.capture({ reference: authorized.reference, amount: 1990, currency: 'EUR', idempotencyKey: 'order-1:capture' });
    expect(provider.operationsOn(authorized.reference).map((operation) => operation.operation)).toEqual(['CAPTURE']);
    expect(() => registry.get('stripe')).toThrow(expect.objectContaining({ code: 'PAYMENT_PROVIDER_UNKNOWN' }));
    expect(() => registry.register(provider)).toThrow(/already registered/);
  });
});
