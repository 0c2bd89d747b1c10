import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@oms/platform';
import type { AuthorizationRequest, AuthorizationResult, PaymentOperationRequest, PaymentProvider, RefundResult } from './payment-provider.ts';

/** Test tokens in the manner of card processors' test cards: the token decides the outcome. */
const DECLINES: Readonly<Record<string, { declineCode: string; message: string }>> = {
  tok_chargeDeclined: { declineCode: 'card_declined', message: 'The card was declined.' },
  tok_insufficientFunds: { declineCode: 'insufficient_funds', message: 'The card has insufficient funds.' },
};
const APPROVED = new Set(['tok_visa', 'tok_mastercard', 'tok_amex', 'tok_visaSlow']);
const OUTAGE = 'tok_processingError';
/** Authorizes like tok_visa, but only after this many ms: a processor under load, for tests of what overlaps an authorization. */
const SLOW = { token: 'tok_visaSlow', delayMs: 250 };
/** Increases of an authorization of this amount (minor units) or more are declined. */
export const INCREMENT_DECLINED_ABOVE = 1_000_000;

/**
 * The built-in provider for development and tests: `tok_visa`, `tok_mastercard` and `tok_amex`
 * authorize (`tok_visaSlow` too, after 250 ms); `tok_chargeDeclined` and `tok_insufficientFunds`
 * decline; `tok_processingError` fails like an outage; any other token is declined as invalid. Captures, voids and refunds succeed.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test';

  async authorize(request: AuthorizationRequest): Promise<AuthorizationResult> {
    if (request.token === OUTAGE) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', 'The payment provider could not process the payment; nothing was charged.', { provider: this.name });
    }
    const decline = DECLINES[request.token];
    if (decline) return { outcome: 'DECLINED', ...decline };
    if (!APPROVED.has(request.token)) return { outcome: 'DECLINED', declineCode: 'invalid_token', message: 'Unknown payment token.' };
    if (request.token === SLOW.token) await new Promise((resolve) => setTimeout(resolve, SLOW.delayMs));
    return { outcome: 'AUTHORIZED', reference: `test_ch_${randomBytes(12).toString('hex')}` };
  }

  async capture(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
  }

  async void(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
  }

  /** Raises the authorization; increases of INCREMENT_DECLINED_ABOVE or more are declined, to exercise the refusal. */
  async incrementAuthorization(request: PaymentOperationRequest & { idempotencyKey: string }): Promise<AuthorizationResult> {
    this.#assertReference(request);
    if (request.amount >= INCREMENT_DECLINED_ABOVE) return { outcome: 'DECLINED', declineCode: 'insufficient_funds', message: 'The card has insufficient funds for the increase.' };
    return { outcome: 'AUTHORIZED', reference: request.reference };
  }

  async refund(request: PaymentOperationRequest): Promise<RefundResult> {
    this.#assertReference(request);
    // Like a real processor: a retry under the same idempotency key answers the first refund.
    const key = request.idempotencyKey ?? randomBytes(12).toString('hex');
    return { reference: `test_re_${createHash('sha256').update(`${request.reference}\n${key}`).digest('hex').slice(0, 24)}` };
  }

  #assertReference(request: PaymentOperationRequest): void {
    if (!request.reference.startsWith('test_ch_')) throw new Error(`Not a test provider reference: ${request.reference}`);
  }
}
