import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '@oms/platform';
import type { AuthorizationRequest, AuthorizationResult, PaymentOperationRequest, PaymentProvider, RefundResult } from './payment-provider.ts';

/** Test tokens in the manner of card processors' test cards: the token decides the outcome. */
const DECLINES: Readonly<Record<string, { declineCode: string; message: string }>> = {
  tok_chargeDeclined: { declineCode: 'card_declined', message: 'The card was declined.' },
  tok_insufficientFunds: { declineCode: 'insufficient_funds', message: 'The card has insufficient funds.' },
};
const APPROVED = new Set(['tok_visa', 'tok_mastercard', 'tok_amex', 'tok_visaSlow', 'tok_visaVoidOutage', 'tok_visaRefundOutage']);
const OUTAGE = 'tok_processingError';
/** Authorizes like tok_visa, but only after this many ms: a processor under load, for tests of what overlaps an authorization. */
const SLOW = { token: 'tok_visaSlow', delayMs: 250 };
/** Authorize like tok_visa, but the first void (or refund) of the authorization fails like an outage: for tests of calls retried later. */
const OUTAGES: Readonly<Record<string, 'VOID' | 'REFUND'>> = { tok_visaVoidOutage: 'VOID', tok_visaRefundOutage: 'REFUND' };
/** How many authorizations' operations the provider remembers (oldest forgotten first). */
const LEDGER_SIZE = 10_000;

/** An operation asked of the provider on an authorization, as tests inspect it: performed, or failed as in an outage. */
export interface TestProviderOperation {
  operation: 'CAPTURE' | 'VOID' | 'INCREMENT' | 'REFUND';
  amount: number;
  idempotencyKey: string | null;
  outcome: 'PERFORMED' | 'UNAVAILABLE';
}

/** Increases of an authorization of this amount (minor units) or more are declined. */
export const INCREMENT_DECLINED_ABOVE = 1_000_000;

/**
 * The built-in provider for development and tests: `tok_visa`, `tok_mastercard` and `tok_amex`
 * authorize (`tok_visaSlow` too, after 250 ms); `tok_chargeDeclined` and `tok_insufficientFunds`
 * decline; `tok_processingError` fails like an outage; any other token is declined as invalid.
 * Captures, voids and refunds succeed, except the first void of a `tok_visaVoidOutage`
 * authorization and the first refund of a `tok_visaRefundOutage` one (an outage). Like a real processor, it performs an operation repeated under the same
 * idempotency key once; it keeps what was asked of it per authorization (`operationsOn`).
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test';
  readonly #ledger = new Map<string, TestProviderOperation[]>();
  /** Authorizations whose next void or refund fails like an outage. */
  readonly #outages = new Map<string, 'VOID' | 'REFUND'>();

  /** What was asked of the provider on the authorization `reference`, oldest first. */
  operationsOn(reference: string): readonly TestProviderOperation[] {
    return this.#ledger.get(reference) ?? [];
  }

  async authorize(request: AuthorizationRequest): Promise<AuthorizationResult> {
    if (request.token === OUTAGE) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', 'The payment provider could not process the payment; nothing was charged.', { provider: this.name });
    }
    const decline = DECLINES[request.token];
    if (decline) return { outcome: 'DECLINED', ...decline };
    if (!APPROVED.has(request.token)) return { outcome: 'DECLINED', declineCode: 'invalid_token', message: 'Unknown payment token.' };
    if (request.token === SLOW.token) await new Promise((resolve) => setTimeout(resolve, SLOW.delayMs));
    const reference = `test_ch_${randomBytes(12).toString('hex')}`;
    const outage = OUTAGES[request.token];
    if (outage) this.#outages.set(reference, outage);
    return { outcome: 'AUTHORIZED', reference };
  }

  async capture(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
    this.#perform('CAPTURE', request);
  }

  async void(request: PaymentOperationRequest): Promise<void> {
    this.#assertReference(request);
    this.#failIfOutage('VOID', request);
    this.#perform('VOID', request);
  }

  /** Raises the authorization; increases of INCREMENT_DECLINED_ABOVE or more are declined, to exercise the refusal. */
  async incrementAuthorization(request: PaymentOperationRequest & { idempotencyKey: string }): Promise<AuthorizationResult> {
    this.#assertReference(request);
    if (request.amount >= INCREMENT_DECLINED_ABOVE) return { outcome: 'DECLINED', declineCode: 'insufficient_funds', message: 'The card has insufficient funds for the increase.' };
    this.#perform('INCREMENT', request);
    return { outcome: 'AUTHORIZED', reference: request.reference };
  }

  async refund(request: PaymentOperationRequest): Promise<RefundResult> {
    this.#assertReference(request);
    this.#failIfOutage('REFUND', request);
    this.#perform('REFUND', request);
    // Like a real processor: a retry under the same idempotency key answers the first refund.
    const key = request.idempotencyKey ?? randomBytes(12).toString('hex');
    return { reference: `test_re_${createHash('sha256').update(`${request.reference}\n${key}`).digest('hex').slice(0, 24)}` };
  }

  /** The first void or refund of an authorization made with an outage token fails, as in an outage: nothing is performed. */
  #failIfOutage(operation: 'VOID' | 'REFUND', request: PaymentOperationRequest): void {
    if (this.#outages.get(request.reference) !== operation) return;
    this.#outages.delete(request.reference);
    this.#record(operation, request, 'UNAVAILABLE');
    throw new DomainError('DEPENDENCY_UNAVAILABLE', `The payment provider could not process the ${operation.toLowerCase()}; no money moved.`, { provider: this.name });
  }

  /** Performs the operation once per idempotency key: a retry under a key already performed changes nothing. */
  #perform(operation: TestProviderOperation['operation'], request: PaymentOperationRequest): void {
    const key = request.idempotencyKey ?? null;
    const done = this.operationsOn(request.reference).some((entry) => entry.outcome === 'PERFORMED' && entry.operation === operation && entry.idempotencyKey === key);
    if (key === null || !done) this.#record(operation, request, 'PERFORMED');
  }

  #record(operation: TestProviderOperation['operation'], request: PaymentOperationRequest, outcome: TestProviderOperation['outcome']): void {
    const asked = this.#ledger.get(request.reference) ?? [];
    asked.push({ operation, amount: request.amount, idempotencyKey: request.idempotencyKey ?? null, outcome });
    // Most recently used last, so the oldest authorization is forgotten first.
    this.#ledger.delete(request.reference);
    this.#ledger.set(request.reference, asked);
    const oldest = this.#ledger.size > LEDGER_SIZE ? this.#ledger.keys().next().value : undefined;
    if (oldest !== undefined) this.#ledger.delete(oldest);
  }

  #assertReference(request: PaymentOperationRequest): void {
    if (!request.reference.startsWith('test_ch_')) throw new Error(`Not a test provider reference: ${request.reference}`);
  }
}

/** The process's one instance (tests read what it performed). */
export const testPayments = new TestPaymentProvider();
