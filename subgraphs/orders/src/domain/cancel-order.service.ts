import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { OrderTransition } from '../entities/order-transition.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { releaseOrderStock } from './inventory.client.ts';
import { assertMayAccessOrder } from './order-access.ts';
import { linesCancellableIn, orderLineStateMachine, orderStateMachine } from './order-state.ts';
import { lineGross, repriceAfterCancellation } from './pricing.ts';
import { HOME_TAX_COUNTRY } from './tax.ts';

export interface CancelOrderCommand {
  orderId: string;
  /** Only these lines; the whole order when absent or empty. */
  lineIds?: readonly string[] | null;
  reason: string;
}

const MAX_REASON_LENGTH = 500;

/** The status an order moves to once some of its lines are cancelled, from what is left of it. */
function statusAfterCancellation(current: OrderStatus, remaining: readonly OrderLine[]): OrderStatus {
  const open = remaining.filter((line) => line.status === 'OPEN' || line.status === 'BACKORDERED');
  if (open.length === 0) return remaining.some((line) => line.status === 'SHIPPED') ? 'SHIPPED' : 'CANCELLED';
  if (current === 'BACKORDERED' && !open.some((line) => line.status === 'BACKORDERED')) return 'ALLOCATED';
  return current;
}

function linesToCancel(order: Order, lines: readonly OrderLine[], lineIds: readonly string[]): OrderLine[] {
  if (!linesCancellableIn(order.status)) {
    throw new DomainError('INVALID_STATE_TRANSITION', `Lines of a ${order.status} order cannot be cancelled`, { from: order.status, to: 'CANCELLED' });
  }
  return [...new Set(lineIds)].map((lineId) => {
    const line = lines.find((candidate) => candidate.id === lineId.toLowerCase());
    if (!line) throw new DomainError('NOT_FOUND', `Order ${order.number} has no line ${lineId}`, { lineId });
    orderLineStateMachine.assertTransition(line.status, 'CANCELLED');
    return line;
  });
}

/**
 * Cancels a whole order, or some of its lines: the lines' stock is released, totals are recomputed
 * over what remains, and the payment's authorization is voided by the difference (all of it when
 * the order ends up cancelled). The order row is locked, so concurrent cancellations serialize.
 */
export async function cancelOrder(ctx: OrdersContext, command: CancelOrderCommand): Promise<Order> {
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `A reason of 1 to ${MAX_REASON_LENGTH} characters is required`, { field: 'reason' });
  }
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  const actor = actorOf(ctx.principal);
  const order = await ctx.em.transactional(async (em) => {
    const order = await em.findOne(Order, { id: command.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
    assertMayAccessOrder(ctx.principal, order);
    const [lines, payments, lastTransition] = await Promise.all([
      em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } }),
      em.find(Payment, { order, status: { $in: ['AUTHORIZED', 'PARTIALLY_CAPTURED'] } }, { orderBy: { createdAt: 'asc' } }),
      em.findOne(OrderTransition, { order }, { orderBy: { position: 'desc' } }),
    ]);
    const whole = !command.lineIds || command.lineIds.length === 0;
    if (whole) orderStateMachine.assertTransition(order.status, 'CANCELLED');
    const cancelled = whole
      ? lines.filter((line) => line.status === 'OPEN' || line.status === 'BACKORDERED')
      : linesToCancel(order, lines, command.lineIds ?? []);
    const remaining = lines.filter((line) => line.status !== 'CANCELLED' && !cancelled.includes(line));
    const from = order.status;
    const to = whole ? 'CANCELLED' : statusAfterCancellation(from, remaining);
    if (to !== from) orderStateMachine.assertTransition(from, to);

    const totalBefore = order.total;
    if (to !== 'CANCELLED') {
      // A cancelled order keeps its last totals for the record; otherwise totals cover what remains.
      const totals = repriceAfterCancellation({
        remaining: remaining.map((line) => ({ gross: lineGross(line), discount: line.discount })),
        deliveryMethod: order.deliveryMethod,
        shippingCharged: order.shippingTotal,
        taxDestination: { country: order.taxCountry ?? order.shipToCountry ?? HOME_TAX_COUNTRY },
        taxCalculator: ctx.tax,
      });
      Object.assign(order, totals);
    }

    // Other systems first: a failure here rolls the whole cancellation back.
    await releaseOrderStock(ctx, { orderId: order.id, lineIds: whole ? null : cancelled.map((line) => line.id), reason });
    await voidPayments(ctx, em, payments, to === 'CANCELLED' ? null : totalBefore - order.total);

    for (const line of cancelled) line.status = 'CANCELLED';
    const now = new Date();
    if (to !== from) {
      order.status = to;
      em.create(OrderTransition, { order, position: (lastTransition?.position ?? 0) + 1, fromStatus: from, toStatus: to, actor, reason, at: now });
      recordEvent(em, {
        type: 'OrderStatusChanged',
        aggregateType: 'Order',
        aggregateId: order.id,
        payload: { orderId: order.id, customerId: order.customerId ?? null, from, to },
      });
    }
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId },
      {
        action: 'cancelOrder',
        entityType: 'Order',
        entityId: order.id,
        before: { status: from, total: totalBefore },
        after: { status: order.status, total: order.total, cancelledLineIds: cancelled.map((line) => line.id), reason },
      },
    );
    if (!whole) {
      recordEvent(em, {
        type: 'OrderLinesCancelled',
        aggregateType: 'Order',
        aggregateId: order.id,
        payload: {
          orderId: order.id,
          customerId: order.customerId ?? null,
          lineIds: cancelled.map((line) => line.id),
          reason,
          total: { amount: order.total, currency: order.currency },
        },
      });
    }
    return order;
  });
  // The answer shows the order as it now is: drop anything the loaders cached before the change.
  ctx.loaders.linesByOrderId.clear(order.id);
  ctx.loaders.paymentsByOrderId.clear(order.id);
  ctx.loaders.timelineByOrderId.clear(order.id);
  return order;
}

/** Voids `amount` of the open authorizations (all of what they hold when null), journaling each call. */
async function voidPayments(ctx: OrdersContext, em: EntityManager, payments: readonly Payment[], amount: number | null): Promise<void> {
  let left = amount ?? Number.POSITIVE_INFINITY;
  for (const payment of payments) {
    const uncaptured = payment.amountAuthorized - payment.amountCaptured;
    const release = Math.min(left, uncaptured);
    if (release <= 0) continue;
    await ctx.payments.get(payment.provider).void({ reference: payment.reference, amount: release, currency: payment.currency });
    em.create(PaymentOperation, {
      payment,
      operation: 'VOID',
      amount: release,
      currency: payment.currency,
      outcome: 'SUCCEEDED',
      providerReference: payment.reference,
      at: new Date(),
    });
    if (release === uncaptured && payment.amountCaptured === 0 && amount === null) {
      // Voided in full: the amount it held stays on record.
      payment.status = 'VOIDED';
    } else {
      payment.amountAuthorized -= release;
    }
    left -= release;
  }
}
