/**
 * Money going back to a customer: to the payment the order was paid with (partial refunds through
 * the PaymentProvider, oldest capture first; store credit the order was paid with goes back to the
 * ledger last) or as store credit. Each refund pays one source
 * (a return, an appeasement) once: the source key is unique, the order row is locked while it is
 * decided, and provider calls carry idempotency keys derived from it, so a retried or concurrent
 * call refunds once.
 *
 * The provider is never called inside the transaction that decides the refund: the refund is
 * written PENDING with its calls journaled, and a `refund` effect of the command that wrote it
 * makes them once it committed (at once, or through the command recovery worker when the provider
 * fails or the service stops), then marks the refund SUCCEEDED and records its event, once.
 */
import { AppeasementGranted, eventPayload, ReturnRefunded, type EventContract } from '@oms/contracts';
import type { z } from 'zod';
import { DomainError, inTransaction, recordEvent, type EntityManager } from '@oms/platform';
import { LockMode } from '@mikro-orm/core';
import type { OrderProcessContext } from '../../context.ts';
import type { Order } from '../../entities/order.entity.ts';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';
import { Refund, type RefundMethod } from '../../entities/refund.entity.ts';
import { StoreCreditEntry } from '../../entities/store-credit-entry.entity.ts';
import { EXCHANGE_CREDIT_PROVIDER } from '../payments/exchange-credit-provider.ts';
import { IN_STORE_PROVIDER } from '../payments/order-payments.ts';
import { journalOwedCall, makeOwedProviderCall, type DeclareEffect, type OwedCall } from '../payments/owed-operations.ts';
import { creditLast, isStoreCredit, restoreStoreCredit } from '../payments/store-credit.ts';

/** The effect kind that makes a refund's provider calls and completes it (order-commands.ts). */
export const REFUND_EFFECT = 'refund';

/** The event a refund is announced with once it is made (the notification contract, `recordRefundEvent`). */
export interface RefundAnnouncement {
  type: typeof ReturnRefunded.type | typeof AppeasementGranted.type;
  extra: Record<string, unknown>;
}

/** Payments a refund can go back to: through their provider, or to the ledger for store credit (not the till, not exchange credit). */
function refundableOnline(payment: Payment): number {
  if (payment.provider === IN_STORE_PROVIDER || payment.provider === EXCHANGE_CREDIT_PROVIDER) return 0;
  return payment.amountCaptured - payment.amountRefunded;
}

export interface RefundRequest {
  order: Order;
  amount: number;
  method: RefundMethod;
  /** What the refund pays for, e.g. `return:<id>`; one refund per source. */
  sourceKey: string;
  reason: string;
  actor: string;
  announce: RefundAnnouncement;
}

/** What the order's customer paid and has not had back yet, whatever the method. */
async function stillRefundable(em: EntityManager, order: Order): Promise<{ payments: Payment[]; captured: number; refunded: number }> {
  const [payments, refunds] = await Promise.all([
    em.find(Payment, { order }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true }),
    em.find(Refund, { order }, { refresh: true }),
  ]);
  const captured = payments.reduce((total, payment) => total + payment.amountCaptured, 0);
  const refunded = refunds.reduce((total, refund) => total + refund.amount, 0);
  return { payments, captured, refunded };
}

/**
 * Refunds `amount` to the order's payments, cards first and store credit last (back to the
 * customer's ledger at once): credit paid first, so it comes back last. Card refunds are journaled
 * PENDING, keyed `<sourceKey>:refund:<payment id>`; answers those calls, to make after the commit.
 */
async function refundPayments(em: EntityManager, payments: readonly Payment[], amount: number, sourceKey: string, reason: string): Promise<OwedCall[]> {
  const owed: OwedCall[] = [];
  let left = amount;
  for (const payment of creditLast(payments)) {
    const take = Math.min(left, refundableOnline(payment));
    if (take <= 0) continue;
    if (isStoreCredit(payment)) {
      await restoreStoreCredit(em, payment, take, { sourceKey: `${sourceKey}:${payment.id}`, reason });
      em.create(PaymentOperation, { payment, operation: 'REFUND', amount: take, currency: payment.currency, outcome: 'SUCCEEDED', providerReference: null, at: new Date() });
    } else {
      owed.push(journalOwedCall(em, payment, { operation: 'REFUND', amount: take, idempotencyKey: `${sourceKey}:refund:${payment.id}` }));
    }
    payment.amountRefunded += take;
    if (payment.amountRefunded === payment.amountCaptured && payment.status === 'CAPTURED') payment.status = 'REFUNDED';
    left -= take;
    if (left === 0) break;
  }
  return owed;
}

/**
 * Decides a refund inside the caller's transaction (the order row must be locked): the existing
 * refund of the same source when there is one, else a new one. Never more than the customer paid.
 * Store credit is given at once and the refund announced; calls at the provider are owed through
 * `effect`, and the refund stays PENDING until they are made (`completeRefund`).
 */
export async function issueRefund(em: EntityManager, request: RefundRequest, effect: DeclareEffect): Promise<Refund> {
  const existing = await em.findOne(Refund, { sourceKey: request.sourceKey }, { refresh: true });
  if (existing) return existing;
  const { order, amount, method } = request;
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new DomainError('BAD_USER_INPUT', 'A refund is an amount above 0 in minor units', { field: 'amount' });
  const { payments, captured, refunded } = await stillRefundable(em, order);
  if (refunded + amount > captured) {
    throw new DomainError('REFUND_EXCEEDS_PAYMENTS', `Order ${order.number} has ${Math.max(0, captured - refunded)} left to refund, ${amount} was asked`, {
      refundable: Math.max(0, captured - refunded),
      requested: amount,
    });
  }
  let owed: OwedCall[] = [];
  if (method === 'ORIGINAL_PAYMENT') {
    const online = payments.reduce((total, payment) => total + refundableOnline(payment), 0);
    if (online < amount) {
      throw new DomainError('REFUND_EXCEEDS_PAYMENTS', `Only ${online} can go back to the original payment of order ${order.number}; refund the rest as store credit`, {
        refundable: online,
        requested: amount,
      });
    }
    owed = await refundPayments(em, payments, amount, request.sourceKey, request.reason);
  } else {
    if (!order.customerId) throw new DomainError('STORE_CREDIT_NEEDS_CUSTOMER', `Order ${order.number} was placed by a guest: refund to the original payment`);
    em.create(StoreCreditEntry, {
      customerId: order.customerId,
      currency: order.currency,
      amount,
      sourceKey: request.sourceKey,
      orderId: order.id,
      reason: request.reason.slice(0, 500),
      createdAt: new Date(),
    });
  }
  const refund = em.create(Refund, {
    order,
    customerId: order.customerId ?? null,
    sourceKey: request.sourceKey,
    amount,
    currency: order.currency,
    method,
    // Made when nothing goes through a provider (store credit); else once the provider made it.
    status: owed.length === 0 ? 'SUCCEEDED' : 'PENDING',
    providerReference: null,
    reason: request.reason.slice(0, 500),
    createdBy: request.actor,
    createdAt: new Date(),
  });
  if (owed.length === 0) recordRefundEvent(em, request.announce.type, order, refund, request.announce.extra);
  else effect(REFUND_EFFECT, { refundId: refund.id, calls: owed.map((call) => ({ ...call })), announce: { ...request.announce } });
  return refund;
}

function owedCallsOf(data: Record<string, unknown>): OwedCall[] {
  const calls = data['calls'];
  return Array.isArray(calls) ? calls.map((call: Record<string, unknown>) => ({ operationId: String(call['operationId']), idempotencyKey: String(call['idempotencyKey']) })) : [];
}

/**
 * The `refund` effect: makes the refund's calls at the provider (each once: see
 * makeOwedProviderCall), then, once, marks the refund SUCCEEDED with the providers' references and
 * records its event. Safe to run again after any failure.
 */
export async function completeRefund(ctx: Pick<OrderProcessContext, 'em' | 'payments'>, data: Record<string, unknown>): Promise<void> {
  const calls = owedCallsOf(data);
  for (const call of calls) await makeOwedProviderCall(ctx, { ...call });
  const announce = data['announce'] as RefundAnnouncement;
  await inTransaction(ctx.em, async (tx) => {
    const refund = await tx.findOne(Refund, { id: String(data['refundId']), status: 'PENDING' }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['order'] });
    if (!refund) return;
    const operations = await tx.find(PaymentOperation, { id: { $in: calls.map((call) => call.operationId) } });
    const references = calls.flatMap((call) => operations.find((operation) => operation.id === call.operationId)?.providerReference ?? []);
    refund.status = 'SUCCEEDED';
    refund.providerReference = references.join(',').slice(0, 500) || null;
    recordRefundEvent(tx, announce.type, refund.order, refund, announce.extra);
  });
}

/**
 * The notification contract of refunds (ReturnRefunded, AppeasementGranted): orderId, customerId,
 * email, amount (minor units), currency, returnId (null for an appeasement), plus the method and ids.
 */
export function recordRefundEvent(em: EntityManager, type: RefundAnnouncement['type'], order: Order, refund: Refund, extra: Record<string, unknown>): void {
  const contract: EventContract<string, z.ZodType> = type === ReturnRefunded.type ? ReturnRefunded : AppeasementGranted;
  recordEvent(em, {
    type: contract.type,
    aggregateType: 'Order',
    aggregateId: order.id,
    payload: eventPayload(contract, {
      orderId: order.id,
      orderNumber: order.number,
      customerId: order.customerId ?? null,
      email: order.email,
      amount: refund.amount,
      currency: refund.currency,
      method: refund.method,
      refundId: refund.id,
      providerReference: refund.providerReference ?? null,
      returnId: null,
      ...extra,
    }),
  });
}
