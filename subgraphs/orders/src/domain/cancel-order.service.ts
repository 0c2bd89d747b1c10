import { eventPayload, OrderCancelled, OrderLinesCancelled } from '@oms/contracts';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { runOrderChange } from './order-commands.ts';
import { assertMayAccessOrder, orderAccessOf, type OrderAccess } from './order-access.ts';
import { lineStatusAfter, openQuantity, orderStatusAfter } from './order-progress.ts';
import { repriceRemainder, settlePayments } from './order-settlement.ts';
import { owedThroughCommand, type DeclareEffect } from './payments/owed-operations.ts';
import { linesCancellableIn, orderLineStateMachine, orderStateMachine } from './order-state.ts';
import { closeHoldsOnCancellation } from './order-pipeline.ts';
import { OrderTimeline } from './order-timeline.ts';

export interface CancelOrderCommand {
  orderId: string;
  /** Only these lines; the whole order when absent or empty. */
  lineIds?: readonly string[] | null;
  reason: string;
  /**
   * A condition checked under the order's lock (e.g. a sweeper's: its holds are all still expired);
   * when it fails, nothing is written and NOT_DUE is thrown.
   */
  onlyIf?: (em: EntityManager, order: Order) => Promise<boolean>;
}

/** The code of a cancellation whose `onlyIf` no longer held under the lock. */
export const CANCELLATION_NOT_DUE = 'CANCELLATION_NOT_DUE';

const MAX_REASON_LENGTH = 500;

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
 * Cancels a whole order, or some of its lines (what of them has not left yet): the lines' stock is
 * released, totals are recomputed over what remains, and the payment's authorization is voided by
 * the difference (all of it when the order ends up cancelled). An order already released to
 * fulfillment also gets OrderCancelled, so fulfillment stops its work. The order row is locked, so
 * concurrent cancellations (and the release) serialize. It runs as a command: nothing outside this
 * database is touched while the order is locked, and it is one change of the order at a time
 * (runOrderChange): it waits for an edit in flight, and compensates one whose owner stopped, before
 * it is written. The stock release at inventory is an effect recorded
 * with the cancellation and made once it is committed (by the recovery worker if the service stops
 * first), and so is the void at the payment provider (payments/owed-operations.ts): a cancellation
 * that cannot be written releases and voids nothing.
 */
export async function cancelOrder(ctx: OrdersContext, command: CancelOrderCommand): Promise<Order> {
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `A reason of 1 to ${MAX_REASON_LENGTH} characters is required`, { field: 'reason' });
  }
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  const actor = actorOf(ctx.principal);
  const access = await orderAccessOf(ctx);
  // A cancellation carries no idempotency key (cancelling twice is refused by the state machine); as a
  // change of the order it waits for another change in flight, or compensates one whose owner stopped.
  const outcome = await runOrderChange(ctx, {
    orderId: command.orderId.toLowerCase(),
    idempotency: null,
    perform: (running) => running.commit((em, effect) => writeCancellation(ctx, em, command, { actor, access, reason, effect })),
  });
  if (outcome.kind !== 'DONE') throw new Error('A cancellation has no outcome to replay');
  const order = outcome.value;
  // The answer shows the order as it now is: drop anything the loaders cached before the change.
  ctx.loaders.linesByOrderId.clear(order.id);
  ctx.loaders.paymentsByOrderId.clear(order.id);
  ctx.loaders.timelineByOrderId.clear(order.id);
  ctx.loaders.pipelineByOrderId.clear(order.id);
  ctx.loaders.holdsByOrderId.clear(order.id);
  return order;
}

/** The cancellation's writes, under the order's row lock; the stock release is declared as an effect. */
async function writeCancellation(
  ctx: OrdersContext,
  em: EntityManager,
  command: CancelOrderCommand,
  { actor, access, reason, effect }: { actor: string; access: OrderAccess; reason: string; effect: DeclareEffect },
): Promise<Order> {
  const order = await em.findOne(Order, { id: command.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  assertMayAccessOrder(access, order);
  if (command.onlyIf && !(await command.onlyIf(em, order))) {
    throw new DomainError(CANCELLATION_NOT_DUE, `Order ${order.number} is no longer to be cancelled`, { orderId: order.id });
  }
  const [lines, timeline] = await Promise.all([em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } }), OrderTimeline.of(em, order)]);
  const whole = !command.lineIds || command.lineIds.length === 0;
  if (whole) {
    orderStateMachine.assertTransition(order.status, 'CANCELLED');
    if (lines.some((line) => line.shippedQuantity > 0)) {
      throw new DomainError('INVALID_STATE_TRANSITION', `Part of order ${order.number} has left: cancel its open lines instead`, { from: order.status, to: 'CANCELLED' });
    }
  }
  const cancelled = whole ? lines.filter((line) => openQuantity(line) > 0) : linesToCancel(order, lines, command.lineIds ?? []);
  for (const line of cancelled) {
    line.cancelledQuantity = line.quantity - line.shippedQuantity;
    line.status = lineStatusAfter(line);
  }
  const from = order.status;
  const to = whole ? 'CANCELLED' : orderStatusAfter(order, lines);
  if (to !== from) orderStateMachine.assertTransition(from, to);
  const totalBefore = order.total;
  // A cancelled order keeps its last totals for the record; otherwise totals cover what remains.
  if (to !== 'CANCELLED') repriceRemainder(ctx, order, lines);
  const lineIds = cancelled.map((line) => line.id);

  // Outside this database, only after the commit: the stock release and the voids are effects of the
  // command (store credit goes back to its ledger at once: same database).
  effect('stock-release', { orderId: order.id, lineIds: whole ? null : lineIds, reason });
  await settlePayments(ctx, em, order, lines, `cancel:${ctx.requestId}`, owedThroughCommand(effect));

  timeline.move(to, actor, reason);
  if (to === 'CANCELLED') {
    order.releaseAt = null;
    await closeHoldsOnCancellation(em, order, actor, reason);
  }
  recordAudit(
    { em, principal: ctx.principal, requestId: ctx.requestId },
    {
      action: 'cancelOrder',
      entityType: 'Order',
      entityId: order.id,
      before: { status: from, total: totalBefore },
      after: { status: order.status, total: order.total, cancelledLineIds: lineIds, reason },
    },
  );
  if (!whole) {
    recordEvent(em, {
      type: OrderLinesCancelled.type,
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: eventPayload(OrderLinesCancelled, { orderId: order.id, customerId: order.customerId ?? null, lineIds, reason, total: { amount: order.total, currency: order.currency } }),
    });
  }
  // Fulfillment has work only for released orders: tell it to stop.
  if (order.releasedAt) {
    recordEvent(em, {
      type: OrderCancelled.type,
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: eventPayload(OrderCancelled, { orderId: order.id, lineIds: whole ? null : lineIds, reason }),
    });
  }
  return order;
}
