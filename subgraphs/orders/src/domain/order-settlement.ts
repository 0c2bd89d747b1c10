import type { EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import type { OrderLine } from '../entities/order-line.entity.ts';
import type { Order } from '../entities/order.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { amountDue, openQuantity, pricedRemainder } from './order-progress.ts';
import { capturePayments, IN_STORE_PROVIDER, voidPayments } from './payments/order-payments.ts';
import type { AfterCommit } from './payments/owed-operations.ts';
import { repriceAfterCancellation } from './pricing.ts';
import { HOME_TAX_COUNTRY } from './tax.ts';

const HOLDING = new Set<Payment['status']>(['AUTHORIZED', 'PARTIALLY_CAPTURED']);

/** Order totals over what is left of it (units not cancelled); shipping is recomputed, never raised. */
export function repriceRemainder(ctx: Pick<OrderProcessContext, 'tax'>, order: Order, lines: readonly OrderLine[]): void {
  const remaining = lines.flatMap((line) => pricedRemainder(line) ?? []);
  const totals = repriceAfterCancellation({
    remaining,
    deliveryMethod: order.deliveryMethod,
    shippingCharged: order.shippingTotal,
    quotedShipping: order.serviceLevel != null,
    taxDestination: { country: order.taxCountry ?? order.shipToCountry ?? HOME_TAX_COUNTRY },
    taxCalculator: ctx.tax,
  });
  Object.assign(order, totals);
}

/**
 * Brings the order's payments in line with its lines, after units shipped, were collected or were
 * cancelled: what is owed for the goods that left is captured (not for reserve-in-store orders,
 * paid at the till), and authorizations never hold more than is still to be paid: the excess is
 * voided; all of it (VOIDED) once nothing is open and nothing was captured. The payments change in
 * the caller's transaction; the provider is called only once it committed (`afterCommit`,
 * owed-operations.ts), captures under keys derived from `idempotencyKey`.
 */
export async function settlePayments(
  ctx: Pick<OrderProcessContext, 'payments'>,
  em: EntityManager,
  order: Order,
  lines: readonly OrderLine[],
  idempotencyKey: string,
  afterCommit: AfterCommit,
): Promise<void> {
  const payments = await em.find(Payment, { order }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const online = payments.filter((payment) => payment.provider !== IN_STORE_PROVIDER);
  const holding = online.filter((payment) => HOLDING.has(payment.status));
  const paidInStore = payments.filter((payment) => payment.provider === IN_STORE_PROVIDER).reduce((total, payment) => total + payment.amountCaptured, 0);
  const capturedOnline = () => online.reduce((total, payment) => total + payment.amountCaptured, 0);

  if (order.deliveryMethod !== 'RESERVE_IN_STORE') {
    const owed = amountDue(order, lines) - capturedOnline();
    if (owed > 0) await capturePayments(em, holding, owed, idempotencyKey, afterCommit);
  }
  const open = lines.some((line) => openQuantity(line) > 0);
  const stillToPay = open ? Math.max(0, order.total - paidInStore - capturedOnline()) : 0;
  const held = holding.reduce((total, payment) => total + payment.amountAuthorized - payment.amountCaptured, 0);
  if (held > stillToPay) {
    const voidAll = stillToPay === 0 && capturedOnline() === 0;
    await voidPayments(ctx, em, holding, voidAll ? null : held - stillToPay, idempotencyKey, afterCommit);
  }
}
