import { assertNoOpenTransaction, DomainError } from '@oms/platform';

export interface AuthorizationRequest {
  /** The provider's token for the card or wallet; the OMS never sees card data. */
  token: string;
  amount: number;
  currency: string;
  /** The provider deduplicates retries of one authorization with it. */
  idempotencyKey: string;
}

/** An authorization either holds the funds (reference to act on later) or is declined with the provider's reason. */
export type AuthorizationResult =
  | { outcome: 'AUTHORIZED'; reference: string }
  | { outcome: 'DECLINED'; declineCode: string; message: string };

export interface PaymentOperationRequest {
  reference: string;
  amount: number;
  currency: string;
  /**
   * The provider deduplicates retries of one operation with it (captures driven by events, which
   * arrive at least once, always send one).
   */
  idempotencyKey?: string;
}

/**
 * A payment service provider (PSP). Funds are authorized when an order is placed, captured when it
 * ships, the authorization voided (in whole or in part) when it is cancelled, and captured funds
 * refunded later. A provider that cannot be reached throws DEPENDENCY_UNAVAILABLE; any other
 * outcome is returned.
 */
export interface PaymentProvider {
  readonly name: string;
  /**
   * True for a provider kept in this database (store credit, exchange credit), which may be used
   * inside a transaction; any other is a remote service, never called while one is open.
   */
  readonly local?: boolean;
  authorize(request: AuthorizationRequest): Promise<AuthorizationResult>;
  capture(request: PaymentOperationRequest): Promise<void>;
  /** Releases `amount` of the authorization; the whole of it when amount equals what is held. */
  void(request: PaymentOperationRequest): Promise<void>;
  /**
   * Raises an authorization by `amount` (incremental authorization, for an order edited upwards);
   * providers that cannot leave it out, and the order needs a new authorization instead.
   */
  incrementAuthorization?(request: PaymentOperationRequest & { idempotencyKey: string }): Promise<AuthorizationResult>;
  /** Gives back `amount` of what was captured; retries with the same idempotency key refund once and answer the same reference. */
  refund(request: PaymentOperationRequest): Promise<RefundResult>;
}

/** The provider's reference of a refund (shown to care agents and customers to trace it). */
export interface RefundResult {
  reference: string;
}

/** The providers payments can go through, by the name clients give in `PaymentInput.provider`. */
export class PaymentProviderRegistry {
  readonly #providers = new Map<string, PaymentProvider>();

  constructor(providers: readonly PaymentProvider[] = []) {
    for (const provider of providers) this.register(provider);
  }

  register(provider: PaymentProvider): void {
    if (this.#providers.has(provider.name)) throw new Error(`Payment provider ${provider.name} is already registered`);
    this.#providers.set(provider.name, provider.local ? provider : outsideTransactions(provider));
  }

  get(name: string): PaymentProvider {
    const provider = this.#providers.get(name);
    if (!provider) {
      throw new DomainError('PAYMENT_PROVIDER_UNKNOWN', `Unknown payment provider "${name}"`, { provider: name, known: [...this.#providers.keys()] });
    }
    return provider;
  }
}

const OPERATIONS: ReadonlySet<PropertyKey> = new Set(['authorize', 'capture', 'void', 'incrementAuthorization', 'refund']);

/** A remote provider whose operations refuse to be called while a database transaction is open (assertNoOpenTransaction). */
function outsideTransactions(provider: PaymentProvider): PaymentProvider {
  return new Proxy(provider, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !OPERATIONS.has(property)) return value;
      return async (...args: unknown[]) => {
        assertNoOpenTransaction(`the payment provider ${target.name}'s ${String(property)}`);
        return (value as (...args: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
}
