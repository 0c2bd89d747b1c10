import type { EntityManager } from '@oms/platform';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';
import type { Order } from '../../entities/order.entity.ts';

/** Journals a call the provider answered for `payment` (under the payment's own reference). */
export function journal(em: EntityManager, payment: Payment, operation: PaymentOperation['operation'], amount: number, at: Date): void {
  em.create(PaymentOperation, { payment, operation, amount, currency: payment.currency, outcome: 'SUCCEEDED', providerReference: payment.reference, at });
}

/**
 * A payment taken at once, authorized and captured in full (an exchange's difference, paid by card
 * or with store credit), with both calls journaled, in the caller's transaction. With
 * `captureOwed`, only the authorization is journaled: the caller owes the capture after the commit
 * (owed-operations.ts).
 */
export function recordChargedPayment(em: EntityManager, order: Order, charge: { provider: string; reference: string; amount: number; at: Date; captureOwed?: boolean }): Payment {
  const payment = em.create(Payment, {
    order,
    provider: charge.provider,
    reference: charge.reference,
    status: 'CAPTURED',
    currency: order.currency,
    amountAuthorized: charge.amount,
    amountCaptured: charge.amount,
    amountRefunded: 0,
    createdAt: charge.at,
    updatedAt: charge.at,
  });
  for (const operation of charge.captureOwed ? (['AUTHORIZE'] as const) : (['AUTHORIZE', 'CAPTURE'] as const)) journal(em, payment, operation, charge.amount, charge.at);
  return payment;
}
