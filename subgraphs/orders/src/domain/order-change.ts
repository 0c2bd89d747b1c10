/**
 * What an order change (an edit, an accepted alternative) does outside this database, as intents of
 * its command (order-commands.ts: runOrderChange), and how each is undone: the stock swapped at
 * inventory is reverted, the authorization raised for the change is voided.
 * They run outside any transaction (the command runner calls them when the change did not commit:
 * in the request, in a retry that takes the change over, or in the recovery worker), and each is
 * idempotent: inventory replays a revert by the swap's reference, the provider a void by its key.
 * What was undone is then written on the order in one short transaction of its own.
 */
import { createHash, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { DomainError, inTransaction, type EntityManager, type RecordedIntent, type RequestContext, type RunningCommand } from '@oms/platform';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { revertOrderAllocationSwap, swapOrderAllocations, type AllocationOutcome, type AllocationSwapRequest, type AllocationSwapRevert } from './inventory.client.ts';
import { PIPELINE_ACTOR, recordShortageHold } from './order-pipeline.ts';
import { orderLineStateMachine } from './order-state.ts';
import { OrderTimeline } from './order-timeline.ts';
import type { PaymentProviderRegistry } from './payments/payment-provider.ts';

/** What a change swapped at inventory, recorded before the swap is asked for (`stock-swap`). */
export interface StockSwapIntent {
  orderId: string;
  orderNumber: string;
  /** The swap's reference at inventory: one per attempt (a retry swaps afresh under another). */
  reference: string;
  /** How the order's timeline names the change: "edit", "accepted alternative". */
  change: string;
}

/** An authorization raised for a change, recorded with the provider's answer (`authorization-raise`). */
export interface RaiseIntent {
  provider: string;
  reference: string;
  amount: number;
  currency: string;
  /** The order's payment raised in place (incremental authorization); null for a new authorization. */
  paymentId: string | null;
  /** The void's key at the provider: the same for every attempt of this compensation. */
  voidKey: string;
}

/**
 * Swaps the order's stock at inventory (released lines and new holds in one transaction there) as an
 * intent recorded before the call, under a reference of this attempt: when the change is not
 * written, the swap is reverted (and a swap still on its way is refused by inventory once reverted).
 */
export function swapOrderStock(
  caller: Pick<RequestContext, 'services' | 'requestId'>,
  command: RunningCommand,
  order: Pick<Order, 'id' | 'number'>,
  change: string,
  request: Omit<AllocationSwapRequest, 'orderId' | 'reference'>,
): Promise<AllocationOutcome> {
  const reference = `${change === 'edit' ? 'edit' : 'alternative'}:${command.subjectId}`;
  const intent: StockSwapIntent = { orderId: order.id, orderNumber: order.number, reference, change };
  return command.intent('stock-swap', () => swapOrderAllocations(caller, { ...request, orderId: order.id, reference }), { before: { ...intent } });
}

/**
 * What a change is planned on, read without a lock: the order's status, destination and totals, its
 * lines and its payments. The change is written only if it is found the same under the order's lock
 * (other writers, e.g. the release or fulfillment, do not take the order's command claim).
 */
export async function orderStateOf(em: EntityManager, order: Order): Promise<string> {
  const [lines, payments] = await Promise.all([
    em.find(OrderLine, { order }, { orderBy: { id: 'asc' }, refresh: true }),
    em.find(Payment, { order }, { orderBy: { id: 'asc' }, refresh: true }),
  ]);
  const state = [
    [order.status, order.releasedAt?.toISOString() ?? '', order.deliveryMethod, order.pickupLocationId ?? '', order.shipToPostalCode ?? '', order.shipToCountry ?? '', order.total].join('|'),
    ...lines.map((line) => [line.id, line.skuCode, line.quantity, line.status, line.shippedQuantity, line.cancelledQuantity].join('|')),
    ...payments.map((payment) => [payment.id, payment.status, payment.amountAuthorized, payment.amountCaptured].join('|')),
  ];
  return createHash('sha256').update(state.join('\n')).digest('base64url');
}

/** Under the order's lock: the order must be as the change found it, or nothing is written (the runner undoes its intents). */
export async function assertOrderUnchanged(em: EntityManager, order: Order, planned: string): Promise<void> {
  if ((await orderStateOf(em, order)) === planned) return;
  throw new DomainError('CONFLICT', `Order ${order.number} changed while this change was being made: nothing was changed; send it again`, { orderId: order.id });
}

const describeUnits = (units: AllocationSwapRevert['unrestored']) => units.map((unit) => `${unit.quantity} × ${unit.sku}`).join(', ');

/**
 * Reverts the swap at inventory (a swap that never committed is spent there, so it never will), then
 * says on the order what happened. Units inventory could not hold again (taken in between) leave
 * their lines waiting for stock and the order on hold, as after a failed re-sourcing.
 */
export async function undoStockSwap(caller: Pick<RequestContext, 'services'>, em: EntityManager, intent: RecordedIntent): Promise<void> {
  const swap = intent.data as unknown as StockSwapIntent;
  const reverted = await revertOrderAllocationSwap(
    { services: caller.services, requestId: randomUUID() },
    { orderId: swap.orderId, reference: swap.reference, reason: `order ${swap.orderNumber}: ${swap.change} not written, stock given back as it was` },
  );
  if (!reverted.reverted) return;
  await inTransaction(em, async (tx) => {
    const order = await tx.findOne(Order, { id: swap.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (order) await recordUndoneChange(tx, order, swap.change, reverted);
  });
}

/** The timeline says what happened; units that could not be held again wait for stock, the order on hold. */
async function recordUndoneChange(tx: EntityManager, order: Order, change: string, reverted: AllocationSwapRevert): Promise<void> {
  const timeline = await OrderTimeline.of(tx, order);
  if (reverted.unrestored.length === 0) {
    timeline.note(PIPELINE_ACTOR, `${change} could not be saved: stock and payment are as they were`);
    return;
  }
  const lineIds = [...new Set(reverted.unrestored.map((unit) => unit.orderLineId))];
  for (const line of await tx.find(OrderLine, { order, id: { $in: lineIds } })) {
    if (line.status === 'BACKORDERED') continue;
    orderLineStateMachine.assertTransition(line.status, 'BACKORDERED');
    line.status = 'BACKORDERED';
  }
  const reason = `${change} could not be saved, and ${describeUnits(reverted.unrestored)} could not be held again (taken meanwhile): waiting for stock`;
  if (order.status === 'ON_HOLD') timeline.note(PIPELINE_ACTOR, reason);
  else timeline.move('ON_HOLD', PIPELINE_ACTOR, reason);
  recordShortageHold(tx, order, PIPELINE_ACTOR, reason);
}

/**
 * Voids what was raised for a change that was not written. A raise in place is journaled on its
 * payment with the void that gave it back: the journal lists every call made to the provider.
 */
export async function undoRaise(payments: PaymentProviderRegistry, em: EntityManager, intent: RecordedIntent): Promise<void> {
  const raise = intent.data as unknown as RaiseIntent;
  await payments.get(raise.provider).void({ reference: raise.reference, amount: raise.amount, currency: raise.currency, idempotencyKey: raise.voidKey });
  if (!raise.paymentId) return;
  const paymentId = raise.paymentId;
  await inTransaction(em, async (tx) => {
    const payment = await tx.findOne(Payment, { id: paymentId });
    if (!payment) return;
    const at = new Date();
    const journaled = { payment, amount: raise.amount, currency: raise.currency, outcome: 'SUCCEEDED' as const, providerReference: raise.reference, at };
    tx.create(PaymentOperation, { ...journaled, operation: 'AUTHORIZE' });
    tx.create(PaymentOperation, { ...journaled, operation: 'VOID' });
  });
}
