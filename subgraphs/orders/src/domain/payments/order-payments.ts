import type { EntityManager } from '@oms/platform';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';
import type { Order } from '../../entities/order.entity.ts';
import { journal } from './payment-journal.ts';
import type { PaymentProviderRegistry } from './payment-provider.ts';
import { oweProviderCall, type AfterCommit } from './owed-operations.ts';
import { creditFirst, creditLast, isStoreCredit, restoreStoreCredit } from './store-credit.ts';

/** Payments taken at the store's till (reserve online, pay in store): recorded, never sent to a provider. */
export const IN_STORE_PROVIDER = 'in-store';

export interface PaymentsContext {
  readonly payments: PaymentProviderRegistry;
}

/** An order's authorizations that still hold funds, oldest first. */
export function openPayments(em: EntityManager, order: Order): Promise<Payment[]> {
  return em.find(Payment, { order, status: { $in: ['AUTHORIZED', 'PARTIALLY_CAPTURED'] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Once everything authorized has been captured, the payment is CAPTURED. */
function settle(payment: Payment): void {
  if (payment.amountCaptured > 0) payment.status = payment.amountCaptured >= payment.amountAuthorized ? 'CAPTURED' : 'PARTIALLY_CAPTURED';
}

/**
 * Voids `amount` of the open authorizations (all of what they hold when null): cards first, store
 * credit last (given back to the customer's ledger in this transaction). A payment voided in full
 * keeps the amount it held on record (VOIDED); a partial void lowers it. The provider is not called
 * here: each card void is journaled PENDING and owed after the commit (owed-operations.ts), keyed
 * at the provider by its journal row (`void:<operation id>`), so `_ctx` and `_idempotencyKey` are
 * not needed (kept in the signature for the order changes that pass them).
 */
export async function voidPayments(
  _ctx: PaymentsContext,
  em: EntityManager,
  payments: readonly Payment[],
  amount: number | null,
  _idempotencyKey: string | undefined,
  afterCommit: AfterCommit,
): Promise<void> {
  let left = amount ?? Number.POSITIVE_INFINITY;
  for (const payment of creditLast(payments)) {
    const uncaptured = payment.amountAuthorized - payment.amountCaptured;
    const release = Math.min(left, uncaptured);
    if (release <= 0) continue;
    if (isStoreCredit(payment)) {
      // Credit held by the order goes back to the customer's balance, in this transaction.
      await restoreStoreCredit(em, payment, release, { reason: 'released: the order was cancelled or its total lowered' });
      journal(em, payment, 'VOID', release, new Date());
    } else {
      await oweProviderCall(em, afterCommit, payment, { operation: 'VOID', amount: release });
    }
    if (release === uncaptured && payment.amountCaptured === 0 && amount === null) {
      payment.status = 'VOIDED';
    } else {
      payment.amountAuthorized -= release;
      settle(payment);
    }
    left -= release;
  }
}

/**
 * Captures `amount` from the open authorizations, store credit first, then cards oldest first
 * (partial captures); returns what was captured (less than asked when the authorizations hold
 * less). The payments record it at once; each call is journaled PENDING and owed after the commit,
 * under `<idempotencyKey>:capture:<payment id>`.
 */
export async function capturePayments(em: EntityManager, payments: readonly Payment[], amount: number, idempotencyKey: string, afterCommit: AfterCommit): Promise<number> {
  let left = amount;
  for (const payment of creditFirst(payments)) {
    const take = Math.min(left, payment.amountAuthorized - payment.amountCaptured);
    if (take <= 0) continue;
    await oweProviderCall(em, afterCommit, payment, { operation: 'CAPTURE', amount: take, idempotencyKey: `${idempotencyKey}:capture:${payment.id}` });
    payment.amountCaptured += take;
    settle(payment);
    left -= take;
  }
  return amount - left;
}

/**
 * Records a payment the store's till took, captured in full: its reference is the collection (the
 * fulfillment order handed over), the till's own transaction reference is journaled with it.
 */
export function recordInStorePayment(em: EntityManager, order: Order, collection: { id: string; posReference: string | null; amount: number; at: Date }): Payment {
  const payment = em.create(Payment, {
    order,
    provider: IN_STORE_PROVIDER,
    reference: `collection:${collection.id}`,
    status: 'CAPTURED',
    currency: order.currency,
    amountAuthorized: collection.amount,
    amountCaptured: collection.amount,
    amountRefunded: 0,
    createdAt: collection.at,
    updatedAt: collection.at,
  });
  em.create(PaymentOperation, {
    payment,
    operation: 'CAPTURE',
    amount: collection.amount,
    currency: order.currency,
    outcome: 'SUCCEEDED',
    providerReference: collection.posReference?.slice(0, 100) ?? null,
    at: collection.at,
  });
  return payment;
}
