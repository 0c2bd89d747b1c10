import { randomBytes } from 'node:crypto';
import { DomainError } from '@oms/platform';
import type { AuthorizationRequest, AuthorizationResult, PaymentOperationRequest, PaymentProvider, RefundResult } from './payment-provider.ts';

/** The provider name of replacement orders' payments: the value of the goods sent back. */
export const EXCHANGE_CREDIT_PROVIDER = 'exchange-credit';

const REFERENCE_PREFIX = 'exch_';

/**
 * Pays an exchange's replacement order with the value of the returned goods. It authorizes only
 * tokens the exchange service announced a moment before placing that order (one-time, random, in
 * this process), so nobody can pay an ordinary order with it. Captures and voids move no money:
 * the credit was paid for with the original order.
 */
export class ExchangeCreditProvider implements PaymentProvider {
  readonly name = EXCHANGE_CREDIT_PROVIDER;
  readonly local = true;
  readonly #expected = new Map<string, string>();

  /** A fresh token for an exchange (stored with it, so a retry places the same request). */
  static newToken(): string {
    return `exchange_${randomBytes(18).toString('hex')}`;
  }

  /** Accepts one authorization with `token`, under the given reference, until `forget`. */
  expect(token: string, reference: string): void {
    this.#expected.set(token, `${REFERENCE_PREFIX}${reference}`.slice(0, 100));
  }

  forget(token: string): void {
    this.#expected.delete(token);
  }

  async authorize(request: AuthorizationRequest): Promise<AuthorizationResult> {
    const reference = this.#expected.get(request.token);
    if (!reference) return { outcome: 'DECLINED', declineCode: 'invalid_token', message: 'Exchange credit is only for replacement orders.' };
    this.#expected.delete(request.token);
    return { outcome: 'AUTHORIZED', reference };
  }

  async capture(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
  }

  async void(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
  }

  async refund(request: PaymentOperationRequest): Promise<RefundResult> {
    this.#assertReference(request);
    // The credit paid for goods of another order: money goes back through that order, never from here.
    throw new DomainError('REFUND_NOT_POSSIBLE', 'A replacement paid with exchange credit is refunded as store credit', { reference: request.reference });
  }

  #assertReference(request: PaymentOperationRequest): void {
    if (!request.reference.startsWith(REFERENCE_PREFIX)) throw new Error(`Not an exchange credit reference: ${request.reference}`);
  }
}

/** The process's one instance: the exchange service announces tokens to the same object the registry uses. */
export const exchangeCredit = new ExchangeCreditProvider();
