import { eventPayload, OrderStatusChanged } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import { OrderTransition } from '../entities/order-transition.entity.ts';
import type { Order, OrderStatus } from '../entities/order.entity.ts';
import { OrderLog, shortened } from './order-log.ts';
import { orderStateMachine } from './order-state.ts';

/**
 * Writes an order's timeline within a unit of work: status changes (checked against the transitions
 * table, with an OrderStatusChanged event each, in the same transaction) and notes of what happened
 * without a status change (e.g. units re-sourced), which keep `from` = `to`.
 */
export class OrderTimeline extends OrderLog {
  /** The order's timeline; the order row should be locked, so no one else writes the next position. */
  static async of(em: EntityManager, order: Order): Promise<OrderTimeline> {
    const last = await em.findOne(OrderTransition, { order }, { orderBy: { position: 'desc' } });
    return new OrderTimeline(em, order, last?.position ?? 0);
  }

  /** Moves the order to `to` (INVALID_STATE_TRANSITION when the table forbids it); nothing when it is there already. */
  move(to: OrderStatus, actor: string, reason: string | null, at = new Date()): boolean {
    const order = this.order;
    const from = order.status;
    if (from === to) return false;
    orderStateMachine.assertTransition(from, to);
    order.status = to;
    this.#write(from, to, actor, reason, at);
    recordEvent(this.em, {
      type: OrderStatusChanged.type,
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: eventPayload(OrderStatusChanged, { orderId: order.id, customerId: order.customerId ?? null, from, to }),
    });
    return true;
  }

  /** Records what happened to the order without changing its status. */
  note(actor: string, reason: string, at = new Date()): void {
    this.#write(this.order.status, this.order.status, actor, reason, at);
  }

  #write(from: OrderStatus, to: OrderStatus, actor: string, reason: string | null, at: Date): void {
    this.em.create(OrderTransition, { order: this.order, position: this.nextPosition(), fromStatus: from, toStatus: to, actor, reason: reason === null ? null : shortened(reason), at });
  }
}
