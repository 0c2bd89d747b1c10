import { ReturnClosed, ReturnRefunded } from '@oms/contracts';
import { DomainError } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { Exchange } from '../../entities/exchange.entity.ts';
import type { RefundMethod } from '../../entities/refund.entity.ts';
import type { Return } from '../../entities/return.entity.ts';
import { formatMoney } from '../money.ts';
import { unitsValue } from '../order-progress.ts';
import { issueRefund } from './refund.service.ts';
import { returnStateMachine } from './return-state.ts';
import { assertStaff, runReturnStep } from './return-steps.ts';

/**
 * Refunds an inspected return: what the received units cost the customer, less the exchange credit
 * a replacement order used, to the original payment or as store credit. Once: the order row is
 * locked while it is decided and the refund's source (`return:<id>`) is unique, so a retried or
 * concurrent call answers the return as refunded the first time. A return with nothing left to pay
 * (all of it exchanged) is CLOSED instead. The refund to a card is made at the payment provider once
 * the step is committed (an effect of its command; the recovery worker retries it if the provider
 * fails), and ReturnRefunded is recorded when it is made.
 */
export function refundReturn(ctx: OrdersContext, input: { returnId: string; method?: RefundMethod | null }): Promise<Return> {
  assertStaff(ctx.principal, 'refund returns');
  const method = input.method ?? 'ORIGINAL_PAYMENT';
  return runReturnStep(ctx, input.returnId, 'refundReturn', async ({ em, order, found, lines, actor, effect }) => {
    // A retry of a refund that went through: the same answer, nothing paid twice.
    if (found.status === 'REFUNDED' || found.status === 'CLOSED') return 'UNCHANGED';
    returnStateMachine.assertTransition(found.status, 'REFUNDED');
    const exchange = await em.findOne(Exchange, { return: found }, { refresh: true });
    if (exchange?.status === 'PENDING') throw new DomainError('EXCHANGE_IN_PROGRESS', `The exchange of return ${found.number} is still being placed`);
    const received = lines.reduce((total, line) => total + unitsValue(line.orderLine, line.receivedQuantity), 0);
    const credited = exchange?.status === 'COMPLETED' ? exchange.creditUsed : 0;
    const amount = Math.max(0, received - credited);
    if (amount === 0) {
      found.closedAt = new Date();
      return {
        to: 'CLOSED',
        note: `return ${found.number} closed: nothing to refund${credited > 0 ? ' (its value paid for the exchange)' : ''}`,
        event: { type: ReturnClosed.type, extra: { creditUsed: credited } },
        audit: { amount: 0, creditUsed: credited },
      };
    }
    const refund = await issueRefund(
      em,
      { order, amount, method, sourceKey: `return:${found.id}`, reason: `return ${found.number}`, actor, announce: { type: ReturnRefunded.type, extra: { returnId: found.id, returnNumber: found.number } } },
      effect,
    );
    found.closedAt = new Date();
    return {
      to: 'REFUNDED',
      note: `return ${found.number} refunded: ${formatMoney(amount, order.currency)} ${method === 'STORE_CREDIT' ? 'as store credit' : 'to the original payment'}`,
      // ReturnRefunded (the notification contract) is recorded with the refund; this step's own event is not needed twice.
      event: null,
      audit: { amount, method, refundId: refund.id, creditUsed: credited },
    };
  });
}
