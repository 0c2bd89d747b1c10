/**
 * Spending store credit. Credit is a tender like a card: an order paid with it has a payment of the
 * provider `store-credit` whose authorization is a debit of the customer's ledger, written in the
 * order's transaction under a per-customer lock, so two orders never spend the same credit.
 *
 * The rule between tenders is "first in, last out": credit pays first (captures take it before the
 * card) and comes back last (cancellations, edits that lower the total and refunds to the original
 * payment release or refund the card first; credit goes back to the ledger only for what exceeds
 * the card's part).
 */
import { randomUUID } from 'node:crypto';
import { wrap } from '@mikro-orm/core';
import { DomainError, type EntityManager, type Principal } from '@oms/platform';
import { Order } from '../../entities/order.entity.ts';
import type { Payment } from '../../entities/payment.entity.ts';
import { StoreCreditEntry } from '../../entities/store-credit-entry.entity.ts';
import type { SalesChannel } from '../order-validation.ts';
import { recordChargedPayment } from './payment-journal.ts';
import type { AuthorizationResult, PaymentOperationRequest, PaymentProvider, RefundResult } from './payment-provider.ts';

export const STORE_CREDIT_PROVIDER = 'store-credit';

/** Channels where staff place orders for a customer who is with them (on the phone, in the store). */
const STAFF_CREDIT_CHANNELS: readonly SalesChannel[] = ['CALL_CENTER', 'STORE'];

/**
 * Registered so payments of the provider resolve like any other: capturing credit moves nothing
 * (the ledger was debited when the order was placed). Authorizing a token is refused: credit is
 * applied with `payment.storeCredit` / `useStoreCredit`. Voids and refunds write to the ledger in
 * the caller's transaction (`restoreStoreCredit`), never through here.
 */
export class StoreCreditProvider implements PaymentProvider {
  readonly name = STORE_CREDIT_PROVIDER;
  readonly local = true;

  async authorize(): Promise<AuthorizationResult> {
    return { outcome: 'DECLINED', declineCode: 'not_a_token_provider', message: 'Store credit is applied with payment.storeCredit or payment.useStoreCredit.' };
  }

  async capture(): Promise<void> {
    // Nothing to do: the credit left the ledger when the order was placed.
  }

  async void(request: PaymentOperationRequest): Promise<void> {
    throw new Error(`Store credit ${request.reference} is given back through the ledger (restoreStoreCredit), not the provider`);
  }

  async refund(request: PaymentOperationRequest): Promise<RefundResult> {
    throw new Error(`Store credit ${request.reference} is refunded through the ledger (restoreStoreCredit), not the provider`);
  }
}

export function isStoreCredit(payment: Pick<Payment, 'provider'>): boolean {
  return payment.provider === STORE_CREDIT_PROVIDER;
}

/** Credit first (what captures take first), cards in their own order after it. */
export function creditFirst<P extends Pick<Payment, 'provider'>>(payments: readonly P[]): P[] {
  return [...payments.filter(isStoreCredit), ...payments.filter((payment) => !isStoreCredit(payment))];
}

/** Cards first (what voids and refunds give back first), credit last. */
export function creditLast<P extends Pick<Payment, 'provider'>>(payments: readonly P[]): P[] {
  return [...payments.filter((payment) => !isStoreCredit(payment)), ...payments.filter(isStoreCredit)];
}

/**
 * Who may spend a customer's credit: the signed-in customer themself, or staff placing the order
 * for them on a channel where the customer is present (call centre, store). Guests have none.
 */
export function assertMaySpendStoreCredit(principal: Principal, order: { customerId: string | null; channel: SalesChannel }): void {
  if (!order.customerId) throw new DomainError('STORE_CREDIT_NEEDS_CUSTOMER', 'Store credit belongs to a customer: a guest order cannot use it');
  if (principal.kind === 'customer' && principal.customerId.toLowerCase() === order.customerId) return;
  if (principal.kind === 'staff' && STAFF_CREDIT_CHANNELS.includes(order.channel)) return;
  throw new DomainError('FORBIDDEN', `Only the customer, or staff ordering for them through ${STAFF_CREDIT_CHANNELS.join(' or ')}, may spend their store credit`, {
    channel: order.channel,
  });
}

function ledger(em: EntityManager): string {
  return em.getPlatform().quoteIdentifier(`${em.config.get('schema')}.store_credit_entry`);
}

/**
 * Takes the customer's credit lock for the rest of the transaction and answers the balance. Debits
 * queue on the lock, and the balance is read by a statement issued after it is granted, so it sees
 * the debit of the previous holder: read-then-write is safe here. (Credits need no lock: they only
 * raise the balance.) The two-key form keeps these locks apart from the idempotency keys' locks.
 */
export async function lockedStoreCreditBalance(em: EntityManager, customerId: string, currency: string): Promise<number> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('store-credit'), hashtext(?))`, [`${customerId}\n${currency}`]);
  return storeCreditBalance(em, customerId, currency);
}

/** The balance without the lock: what a spend may plan on before it takes the lock to debit. */
export async function storeCreditBalance(em: EntityManager, customerId: string, currency: string): Promise<number> {
  const rows = await em.execute<{ balance: string | null }[]>(
    `select sum(amount)::text as balance from ${ledger(em)} where customer_id = ? and currency = ?`,
    [customerId, currency],
  );
  return Number(rows[0]?.balance ?? 0);
}

/** What a spend asks for: an exact amount, or as much as the balance allows up to what is owed. */
export type StoreCreditRequest = { amount: number } | { upToBalance: true };

/**
 * The credit to apply to `owed` under the lock (`lockedStoreCreditBalance`): INSUFFICIENT_STORE_CREDIT
 * when an exact amount is more than the balance, STORE_CREDIT_EXCEEDS_TOTAL when it is more than owed.
 */
export function creditToApply(request: StoreCreditRequest, balance: number, owed: number, currency: string): number {
  if ('upToBalance' in request) return Math.max(0, Math.min(balance, owed));
  if (request.amount > owed) {
    throw new DomainError('STORE_CREDIT_EXCEEDS_TOTAL', `${request.amount} of store credit is more than the ${owed} to pay`, { requested: request.amount, total: owed, currency });
  }
  if (request.amount > balance) {
    throw new DomainError('INSUFFICIENT_STORE_CREDIT', `The customer has ${Math.max(0, balance)} of store credit in ${currency}, ${request.amount} was asked`, {
      balance: Math.max(0, balance),
      requested: request.amount,
      currency,
    });
  }
  return request.amount;
}

/** The ledger's debit for a spend; its source key is the payment's reference, which links the two. */
export function storeCreditDebit(
  em: EntityManager,
  spend: { customerId: string; currency: string; amount: number; reference: string; orderId: string; reason: string; at: Date },
  options?: { persist: false; processOnCreateHooksEarly: true },
): StoreCreditEntry {
  return em.create(
    StoreCreditEntry,
    {
      customerId: spend.customerId,
      currency: spend.currency,
      amount: -spend.amount,
      sourceKey: spend.reference,
      orderId: spend.orderId,
      reason: spend.reason.slice(0, 500),
      createdAt: spend.at,
    },
    options,
  );
}

/**
 * Gives `amount` of a store-credit payment back to the customer's ledger (a void of what it still
 * holds, or a refund of what it captured), in the caller's transaction: the entry commits or rolls
 * back with the change of the payment. `sourceKey` names the cause; a fresh one when there is none.
 */
export async function restoreStoreCredit(em: EntityManager, payment: Payment, amount: number, cause: { sourceKey?: string; reason: string }): Promise<StoreCreditEntry> {
  const order = wrap(payment.order).isInitialized() ? payment.order : await em.findOneOrFail(Order, { id: payment.order.id });
  if (!order.customerId) throw new Error(`Store-credit payment ${payment.id} belongs to an order without customer`);
  return em.create(StoreCreditEntry, {
    customerId: order.customerId,
    currency: payment.currency,
    amount,
    sourceKey: (cause.sourceKey ?? `${payment.reference}:restore:${randomUUID()}`).slice(0, 100),
    orderId: order.id,
    reason: cause.reason.slice(0, 500),
    createdAt: new Date(),
  });
}

/**
 * Pays up to `upTo` of what an order still owes (an exchange's difference) with the customer's
 * credit at once, authorized and captured: as much as the balance allows, under the credit lock,
 * in the caller's transaction. Answers the amount paid (0 without credit or customer).
 */
export async function chargeStoreCredit(em: EntityManager, order: Order, upTo: number, cause: { reference: string; reason: string }): Promise<number> {
  if (!order.customerId || upTo <= 0) return 0;
  const balance = await lockedStoreCreditBalance(em, order.customerId, order.currency);
  const amount = Math.max(0, Math.min(balance, upTo));
  if (amount === 0) return 0;
  const at = new Date();
  storeCreditDebit(em, { customerId: order.customerId, currency: order.currency, amount, reference: cause.reference, orderId: order.id, reason: cause.reason, at });
  recordChargedPayment(em, order, { provider: STORE_CREDIT_PROVIDER, reference: cause.reference, amount, at });
  return amount;
}
