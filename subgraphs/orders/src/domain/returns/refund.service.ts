/**
 * Money going back to a customer: to the payment the order was paid with (partial refunds through
 * the PaymentProvider, oldest capture first; store credit the order was paid with goes back to the
 * ledger last) or as store credit. Each refund pays one source
 * (a return, an appeasement) once: the source key is unique, the order row is locked while it is
 * decided, and provider calls carry idempotency keys derived from it, so a retried or concurrent
 * call refunds once.
 */
import { eventPayload, type AppeasementGranted, type EventContract, type ReturnRefunded } from '@oms/contracts';
import { DomainError, recordEvent, type EntityManager } from '@oms/platform';
import type { z } from 'zod';
import type { OrderProcessContext } from '../../context.ts';
import type { Order } from '../../entities/order.entity.ts';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';
import { Refund, type RefundMethod } from '../../entities/refund.entity.ts';
import { StoreCreditEntry } from '../../entities/store-credit-entry.entity.ts';
import { EXCHANGE_CREDIT_PROVIDER } from '../payments/exchange-credit-provider.ts';
import { IN_STORE_PROVIDER } from '../payments/order-payments.ts';
import { creditLast, isStoreCredit, restoreStoreCredit } from '../payments/store-credit.ts';

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
 * customer's ledger): credit paid first, so it comes back last. Answers the providers' references.
 */
async function refundPayments(ctx: Pick<OrderProcessContext, 'payments'>, em: EntityManager, payments: readonly Payment[], amount: number, sourceKey: string, reason: string): Promise<string[]> {
  const references: string[] = [];
  let left = amount;
  for (const payment of creditLast(payments)) {
    const take = Math.min(left, refundableOnline(payment));
    if (take <= 0) continue;
    let reference: string | null = null;
    if (isStoreCredit(payment)) {
      await restoreStoreCredit(em, payment, take, { sourceKey: `${sourceKey}:${payment.id}`, reason });
    } else {
      reference = (
        await ctx.payments.get(payment.provider).refund({
          reference: payment.reference,
          amount: take,
          currency: payment.currency,
          idempotencyKey: `${sourceKey}:refund:${payment.id}`,
        })
      ).reference;
      references.push(reference);
    }
    em.create(PaymentOperation, {
      payment,
      operation: 'REFUND',
      amount: take,
      currency: payment.currency,
      outcome: 'SUCCEEDED',
      providerReference: reference?.slice(0, 100) ?? null,
      at: new Date(),
    });
    payment.amountRefunded += take;
    if (payment.amountRefunded === payment.amountCaptured && payment.status === 'CAPTURED') payment.status = 'REFUNDED';
    left -= take;
    if (left === 0) break;
  }
  return references;
}

/**
 * Pays a refund inside the caller's transaction (the order row must be locked): the existing refund
 * of the same source when there is one, else a new one. Never more than the customer paid.
 */
export async function issueRefund(ctx: Pick<OrderProcessContext, 'payments'>, em: EntityManager, request: RefundRequest): Promise<Refund> {
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
  let providerReference: string | null = null;
  if (method === 'ORIGINAL_PAYMENT') {
    const online = payments.reduce((total, payment) => total + refundableOnline(payment), 0);
    if (online < amount) {
      throw new DomainError('REFUND_EXCEEDS_PAYMENTS', `Only ${online} can go back to the original payment of order ${order.number}; refund the rest as store credit`, {
        refundable: online,
        requested: amount,
      });
    }
    // Null when it all went back as store credit (no provider was involved).
    providerReference = (await refundPayments(ctx, em, payments, amount, request.sourceKey, request.reason)).join(',').slice(0, 500) || null;
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
  return em.create(Refund, {
    order,
    customerId: order.customerId ?? null,
    sourceKey: request.sourceKey,
    amount,
    currency: order.currency,
    method,
    status: 'SUCCEEDED',
    providerReference,
    reason: request.reason.slice(0, 500),
    createdBy: request.actor,
    createdAt: new Date(),
  });
}

/**
 * The notification contract of refunds (ReturnRefunded, AppeasementGranted): orderId, customerId,
 * email, amount (minor units), currency, returnId (null for an appeasement), plus the method and ids.
 */
export function recordRefundEvent(em: EntityManager, event: typeof ReturnRefunded | typeof AppeasementGranted, order: Order, refund: Refund, extra: Record<string, unknown>): void {
  const contract: EventContract<string, z.ZodType> = event;
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
