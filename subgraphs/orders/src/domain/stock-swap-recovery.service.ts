/**
 * Changes that move an order's stock at inventory before the order is written (editOrder,
 * acceptOrderAlternative) span two databases: inventory commits the swap, then this service writes
 * the order. When that write fails, or the service stops in between, the swap must not stay:
 * inventory would hold the new lines while the order still shows the old ones, and the payment
 * raised for the change would stay authorized.
 *
 * So each such change is journaled (`OrderStockSwap`): PENDING, committed on its own connection
 * before the swap; APPLIED in the transaction that writes the order. When that transaction ends
 * without it, the request undoes the change at once: inventory reverts the swap (idempotent per
 * reference; a swap that never committed never will), the raised authorization is voided, and the
 * row is REVERTED. A request that could not (the service stopped, inventory or the payment provider
 * was unreachable) leaves the row PENDING for the recovery sweeper, which does the same later. Both
 * take the order's row lock first: the request that swapped holds it until its transaction ends,
 * so a row found PENDING under the lock belongs to an order write that will never happen.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { inTransaction, type EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { OrderStockSwap, type RaisedFunds, type StockSwapKind } from '../entities/order-stock-swap.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { revertOrderAllocationSwap, type AllocationSwapRevert } from './inventory.client.ts';
import { shortened } from './order-log.ts';
import { PIPELINE_ACTOR, recordShortageHold } from './order-pipeline.ts';
import { orderLineStateMachine } from './order-state.ts';
import { OrderTimeline } from './order-timeline.ts';

/** The authorization raised for a change, as edit-order.service.ts raises it. */
export interface RaisedForSwap {
  provider: { name: string };
  amount: number;
  raised: { id: string } | null;
  reference: string;
}

/**
 * One change's journal row, from before its swap to the end of the order's transaction. Used by one
 * request: `begin` before the swap, `applied` inside the order's transaction, `settle` after it.
 */
export class StockSwapJournal {
  readonly #ctx: OrderProcessContext;
  #id: string | null = null;
  #applied = false;

  constructor(ctx: OrderProcessContext) {
    this.#ctx = ctx;
  }

  /** Records the change as PENDING and commits it (own connection), before the swap is asked for. */
  async begin(order: { id: string; currency: string }, kind: StockSwapKind, reference: string, raise: RaisedForSwap | null): Promise<void> {
    const id = randomUUID();
    const raisedFunds: RaisedFunds | null = raise
      ? { provider: raise.provider.name, reference: raise.reference, amount: raise.amount, currency: order.currency, paymentId: raise.raised?.id ?? null }
      : null;
    await inTransaction(this.#ctx.em, async (tx) => {
      tx.create(OrderStockSwap, { id, orderId: order.id, kind, reference, status: 'PENDING', raisedFunds, note: null, createdAt: new Date(), resolvedAt: null });
      await tx.flush();
    });
    this.#id = id;
  }

  /** In the transaction that writes the order: the change is done, with it or not at all. */
  async applied(em: EntityManager): Promise<void> {
    if (!this.#id) return;
    await em.nativeUpdate(OrderStockSwap, { id: this.#id, status: 'PENDING' }, { status: 'APPLIED', resolvedAt: new Date() });
    this.#applied = true;
  }

  /**
   * After the order's transaction: runs `write`; when it did not end with the change applied (it
   * threw, or answered without applying), undoes the swap before answering. A failure to undo is
   * logged and left to the recovery sweeper; the caller gets the original outcome either way.
   */
  async settle<T>(write: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await write();
    } catch (error) {
      await this.#undo();
      throw error;
    }
    if (!this.#applied) await this.#undo();
    return result;
  }

  async #undo(): Promise<void> {
    const id = this.#id;
    if (!id) return;
    this.#id = null;
    await undoStockSwap(this.#ctx, id, { wait: true }).catch((error: unknown) => {
      this.#ctx.logger.error({ err: error, stockSwapId: id }, 'could not undo the stock swap of an order change that was not written; the recovery sweeper will');
    });
  }
}

export type UndoOutcome = 'REVERTED' | 'NOTHING_TO_UNDO' | 'ORDER_BUSY';

/**
 * Undoes a PENDING change under the order's row lock (see the module comment): the swap reverted at
 * inventory, the raised authorization voided (both idempotent: a retry after a failure here repeats
 * them safely), the row REVERTED, in one transaction. Units inventory could not hold again (taken
 * in between) leave their lines waiting for stock, the order on hold, as after a failed re-sourcing.
 * `wait: false` (the sweeper) passes over an order whose lock is taken.
 */
export async function undoStockSwap(ctx: OrderProcessContext, swapId: string, options: { wait: boolean }): Promise<UndoOutcome> {
  return inTransaction(ctx.em, async (tx) => {
    const first = await tx.findOne(OrderStockSwap, { id: swapId });
    if (!first || first.status !== 'PENDING') return 'NOTHING_TO_UNDO';
    const lockMode = options.wait ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_PARTIAL_WRITE;
    const order = await tx.findOne(Order, { id: first.orderId }, { lockMode, refresh: true });
    if (!order) return 'ORDER_BUSY';
    const swap = await tx.findOne(OrderStockSwap, { id: swapId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!swap || swap.status !== 'PENDING') return 'NOTHING_TO_UNDO';

    const what = swap.kind === 'EDIT' ? 'edit' : 'accepted alternative';
    const reverted = await revertOrderAllocationSwap(ctx, { orderId: order.id, reference: swap.reference, reason: `order ${order.number}: ${what} not written, stock given back as it was` });
    const funds = swap.raisedFunds;
    if (funds) {
      await ctx.payments.get(funds.provider).void({ reference: funds.reference, amount: funds.amount, currency: funds.currency, idempotencyKey: `${swap.reference}:undo` });
      const payment = funds.paymentId ? await tx.findOne(Payment, { id: funds.paymentId }) : null;
      if (payment) {
        // The journal lists every call made to the provider: the raise and the void that gave it back.
        const at = new Date();
        tx.create(PaymentOperation, { payment, operation: 'AUTHORIZE', amount: funds.amount, currency: funds.currency, outcome: 'SUCCEEDED', providerReference: funds.reference, at });
        tx.create(PaymentOperation, { payment, operation: 'VOID', amount: funds.amount, currency: funds.currency, outcome: 'SUCCEEDED', providerReference: funds.reference, at });
      }
    }
    if (reverted.reverted) await recordUndoneChange(tx, order, what, reverted);
    swap.status = 'REVERTED';
    swap.resolvedAt = new Date();
    swap.note = reverted.unrestored.length > 0 ? shortened(`not held again: ${describeUnits(reverted.unrestored)}`) : null;
    if (reverted.unrestored.length > 0 || reverted.reverted) {
      ctx.logger.warn({ orderId: order.id, reference: swap.reference, unrestored: reverted.unrestored }, 'stock swap of an order change that was not written undone');
    }
    return 'REVERTED';
  });
}

const describeUnits = (units: AllocationSwapRevert['unrestored']) => units.map((unit) => `${unit.quantity} × ${unit.sku}`).join(', ');

/** The timeline says what happened; units that could not be held again wait for stock, the order on hold. */
async function recordUndoneChange(tx: EntityManager, order: Order, what: string, reverted: AllocationSwapRevert): Promise<void> {
  const timeline = await OrderTimeline.of(tx, order);
  if (reverted.unrestored.length === 0) {
    timeline.note(PIPELINE_ACTOR, `${what} could not be saved: stock and payment are as they were`);
    return;
  }
  const lineIds = [...new Set(reverted.unrestored.map((unit) => unit.orderLineId))];
  for (const line of await tx.find(OrderLine, { order, id: { $in: lineIds } })) {
    if (line.status === 'BACKORDERED') continue;
    orderLineStateMachine.assertTransition(line.status, 'BACKORDERED');
    line.status = 'BACKORDERED';
  }
  const reason = `${what} could not be saved, and ${describeUnits(reverted.unrestored)} could not be held again (taken meanwhile): waiting for stock`;
  if (order.status === 'ON_HOLD') timeline.note(PIPELINE_ACTOR, reason);
  else timeline.move('ON_HOLD', PIPELINE_ACTOR, reason);
  recordShortageHold(tx, order, PIPELINE_ACTOR, reason);
}

/**
 * The recovery sweep: changes still PENDING `olderThanMs` after they began belong to requests that
 * could not undo them (or are still running: their order is locked, and they are passed over).
 * Returns how many were undone.
 */
export async function recoverStockSwaps(ctx: OrderProcessContext, options: { olderThanMs: number; batchSize?: number }): Promise<number> {
  const before = new Date(Date.now() - options.olderThanMs);
  const pending = await ctx.em.fork().find(OrderStockSwap, { status: 'PENDING', createdAt: { $lt: before } }, { orderBy: { createdAt: 'asc' }, limit: options.batchSize ?? 50 });
  let undone = 0;
  for (const swap of pending) {
    try {
      if ((await undoStockSwap(ctx, swap.id, { wait: false })) === 'REVERTED') undone++;
    } catch (error) {
      ctx.logger.error({ err: error, stockSwapId: swap.id, orderId: swap.orderId }, 'could not undo a stock swap; retried at the next sweep');
    }
  }
  return undone;
}
