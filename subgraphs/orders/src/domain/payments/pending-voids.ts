/**
 * Voids an order change owes at the payment provider (an edit or an accepted alternative that lowers
 * the total, a cancellation, units not collected, a guarantee paid at the till), made only once the
 * change is committed. Made inside the change's transaction, a void would stand at the provider when
 * the commit then failed, while the order still records the higher amount (or is still open) and
 * counts on funds no longer held.
 *
 * So the change journals each void it owes as a PENDING payment operation, in its own transaction
 * (the payment's authorized amount lowered with it): a change that does not commit leaves no trace.
 * Once it committed, the request makes the voids and marks them SUCCEEDED; one it could not make
 * (provider unreachable, service stopped) stays PENDING for the retry sweeper. The provider
 * deduplicates by the operation's id, so a void made twice (request and sweeper) releases once.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { inTransaction, type EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../../context.ts';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';

type VoidContext = Pick<OrderProcessContext, 'em' | 'payments' | 'logger'>;

/** The provider's idempotency key of a journaled void: its operation id. */
export const pendingVoidKey = (operationId: string) => `void:${operationId}`;

/** The voids one order change owes: journaled in its transaction, made after it committed. */
export class PendingVoids {
  readonly #ctx: VoidContext;
  #operationIds: string[] = [];

  constructor(ctx: VoidContext) {
    this.#ctx = ctx;
  }

  /** In the change's transaction: `amount` of `payment` is to be voided once the change is committed. */
  record(em: EntityManager, payment: Payment, amount: number): void {
    const id = randomUUID();
    em.create(PaymentOperation, { id, payment, operation: 'VOID', amount, currency: payment.currency, outcome: 'PENDING', providerReference: payment.reference, at: new Date() });
    this.#operationIds.push(id);
  }

  /**
   * After the change's transaction committed: makes the voids it journaled. A failure is logged and
   * left to the sweeper; the change's outcome stands either way.
   */
  async perform(): Promise<void> {
    const ids = this.#operationIds;
    this.#operationIds = [];
    for (const id of ids) {
      await performPendingVoid(this.#ctx, id, { wait: true }).catch((error: unknown) => {
        this.#ctx.logger.warn({ err: error, paymentOperationId: id }, 'could not void at the payment provider after an order change; the void retry sweeper will');
      });
    }
  }
}

/**
 * Makes one PENDING void at the provider and marks it SUCCEEDED, under the operation's row lock (a
 * request and the sweeper never make it at once; `wait: false`, the sweeper, passes over a locked
 * one). Returns whether it was made now. When the provider fails, the row stays PENDING.
 */
export async function performPendingVoid(ctx: VoidContext, operationId: string, options: { wait: boolean }): Promise<boolean> {
  return inTransaction(ctx.em, async (tx) => {
    const lockMode = options.wait ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_PARTIAL_WRITE;
    const operation = await tx.findOne(PaymentOperation, { id: operationId, outcome: 'PENDING' }, { lockMode, refresh: true });
    if (!operation) return false;
    const payment = await tx.findOneOrFail(Payment, { id: operation.payment.id });
    await ctx.payments.get(payment.provider).void({
      reference: payment.reference,
      amount: operation.amount,
      currency: operation.currency,
      idempotencyKey: pendingVoidKey(operation.id),
    });
    operation.outcome = 'SUCCEEDED';
    operation.at = new Date();
    return true;
  });
}

/**
 * The retry sweep: voids still PENDING `olderThanMs` after they were journaled belong to changes
 * whose request could not make them. Returns how many were made.
 */
export async function retryPendingVoids(ctx: VoidContext, options: { olderThanMs: number; batchSize?: number }): Promise<number> {
  const before = new Date(Date.now() - options.olderThanMs);
  const pending = await ctx.em.fork().find(PaymentOperation, { outcome: 'PENDING', at: { $lt: before } }, { orderBy: { at: 'asc', id: 'asc' }, limit: options.batchSize ?? 50, fields: ['id'] });
  let made = 0;
  for (const operation of pending) {
    try {
      if (await performPendingVoid(ctx, operation.id, { wait: false })) made++;
    } catch (error) {
      ctx.logger.error({ err: error, paymentOperationId: operation.id }, 'could not void at the payment provider; retried at the next sweep');
    }
  }
  return made;
}
