import DataLoader from 'dataloader';
import { Cursor } from '@mikro-orm/core';
import { entityByIdLoader, groupedLoader, isUuid, type Connection, type EntityManager } from '@oms/platform';
import { OrderHold } from '../entities/order-hold.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { OrderPipelineStep } from '../entities/order-pipeline-step.entity.ts';
import { OrderTransition } from '../entities/order-transition.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { Payment } from '../entities/payment.entity.ts';

/** The keyset every order list is sorted by, newest first; cursors encode it. */
export const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/** A place in the newest-first order list: the list continues with orders strictly older than it. */
export interface OrderPosition {
  createdAt: Date;
  id: string;
}

/** The first `first` orders of each customer, newest first, starting after `after` when given. */
function customerOrdersLoader(em: EntityManager, first: number, after: OrderPosition | null): DataLoader<string, Connection<Order>> {
  const meta = em.getMetadata().get(Order);
  const table = em.getPlatform().quoteIdentifier(`${meta.schema ?? em.config.get('schema')}.${meta.tableName}`);
  return new DataLoader<string, Connection<Order>>(async (customerIds) => {
    const valid = [...new Set(customerIds.filter(isUuid))];
    const byCustomer = new Map<string, Order[]>(valid.map((id) => [id, []]));
    if (valid.length > 0) {
      // One statement for the whole batch: for each customer, the index on (customer_id, created_at)
      // gives its newest first + 1 orders (the extra one only tells whether a next page exists).
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select page.* from unnest(array[?]::uuid[]) as customer(id)
         cross join lateral (
           select * from ${table} as o
           where o.customer_id = customer.id${after ? ' and (o.created_at, o.id) < (?::timestamptz, ?::uuid)' : ''}
           order by o.created_at desc, o.id desc
           limit ?
         ) as page`,
        after ? [valid, after.createdAt, after.id, first + 1] : [valid, first + 1],
      );
      for (const row of rows) {
        const order = em.map(Order, row);
        if (order.customerId) byCustomer.get(order.customerId)?.push(order);
      }
    }
    return customerIds.map((customerId) => {
      const orders = byCustomer.get(customerId) ?? [];
      const nodes = orders.slice(0, first);
      const edges = nodes.map((node) => ({ cursor: Cursor.for(meta, { createdAt: node.createdAt, id: node.id }, NEWEST_FIRST), node }));
      return { edges, pageInfo: { hasNextPage: orders.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  });
}

export function createOrderLoaders(em: EntityManager) {
  // Customer.orders takes arguments: one loader per distinct (first, after), each batching every customer asked for.
  const customerOrderPages = new Map<string, DataLoader<string, Connection<Order>>>();
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
    ordersByCustomerId(first: number, after: OrderPosition | null): DataLoader<string, Connection<Order>> {
      const key = JSON.stringify([first, after?.createdAt.toISOString() ?? null, after?.id ?? null]);
      let loader = customerOrderPages.get(key);
      if (!loader) {
        loader = customerOrdersLoader(em, first, after);
        customerOrderPages.set(key, loader);
      }
      return loader;
    },
  };
}

export type OrderLoaders = ReturnType<typeof createOrderLoaders>;
