import { entityByIdLoader, groupedLoader, newestFirstPagesLoader, type EntityManager, type NewestFirstPosition } from '@oms/platform';
import { OrderHold } from '../entities/order-hold.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { OrderPipelineStep } from '../entities/order-pipeline-step.entity.ts';
import { OrderTransition } from '../entities/order-transition.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { Payment } from '../entities/payment.entity.ts';

/** A place in the newest-first order list: the list continues with orders strictly older than it. */
export type OrderPosition = NewestFirstPosition;

export function createOrderLoaders(em: EntityManager) {
  return {
    orderById: entityByIdLoader(em, Order),
    linesByOrderId: groupedLoader<string, OrderLine>(
      (orderIds) => em.find(OrderLine, { order: { $in: [...orderIds] } }, { orderBy: { order: 'asc', lineNumber: 'asc' } }),
      (line) => line.order.id,
    ),
    paymentsByOrderId: groupedLoader<string, Payment>(
      (orderIds) => em.find(Payment, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (payment) => payment.order.id,
    ),
    pipelineByOrderId: groupedLoader<string, OrderPipelineStep>(
      (orderIds) => em.find(OrderPipelineStep, { order: { $in: [...orderIds] } }, { orderBy: { order: 'asc', position: 'asc' } }),
      (step) => step.order.id,
    ),
    holdsByOrderId: groupedLoader<string, OrderHold>(
      (orderIds) => em.find(OrderHold, { order: { $in: [...orderIds] } }, { orderBy: { order: 'asc', placedAt: 'asc', id: 'asc' } }),
      (hold) => hold.order.id,
    ),
    timelineByOrderId: groupedLoader<string, OrderTransition>(
      (orderIds) => em.find(OrderTransition, { order: { $in: [...orderIds] } }, { orderBy: { order: 'asc', position: 'asc' } }),
      (transition) => transition.order.id,
    ),
    /** The first `first` orders of each customer, newest first, after `after` when given. */
    ordersByCustomerId: newestFirstPagesLoader(em, Order, 'customer_id'),
  };
}

export type OrderLoaders = ReturnType<typeof createOrderLoaders>;
