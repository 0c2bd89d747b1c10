import { Cursor, type FilterQuery } from '@mikro-orm/core';
import { DomainError, findNewestFirst, isUuid, pageSize, type Connection, type PageArgs } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import type { OrderLine } from '../entities/order-line.entity.ts';
import { Order, type OrderStatus, type SalesChannel } from '../entities/order.entity.ts';
import type { OrderPosition } from '../loaders/order.loaders.ts';

export interface OrderListFilter {
  status?: readonly OrderStatus[] | null;
  channel?: readonly SalesChannel[] | null;
  customerId?: string | null;
  /** Inclusive lower bound of placedAt. */
  placedAfter?: Date | null;
  /** Exclusive upper bound of placedAt, so consecutive ranges never count an order twice. */
  placedBefore?: Date | null;
}

export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
}

export function findOrder(ctx: OrdersContext, id: string): Promise<Order | null> {
  return ctx.loaders.orderById.load(id);
}

export function listOrders(ctx: OrdersContext, page: PageArgs, filter: OrderListFilter = {}): Promise<Connection<Order>> {
  const where: FilterQuery<Order> = {};
  if (filter.status) where.status = { $in: [...filter.status] };
  if (filter.channel) where.channel = { $in: [...filter.channel] };
  if (filter.customerId != null) {
    // No order belongs to a non-UUID id, and PostgreSQL would reject comparing one with a uuid column.
    where.customerId = isUuid(filter.customerId) ? filter.customerId : { $in: [] };
  }
  if (filter.placedAfter || filter.placedBefore) {
    where.placedAt = {
      ...(filter.placedAfter ? { $gte: filter.placedAfter } : {}),
      ...(filter.placedBefore ? { $lt: filter.placedBefore } : {}),
    };
  }
  return findNewestFirst(ctx.em, Order, where, page);
}

export function listOrderLines(ctx: OrdersContext, order: Order): Promise<OrderLine[]> {
  return ctx.loaders.linesByOrderId.load(order.id);
}

/** A customer's orders, newest first; batched with every other customer asked for with the same page. */
export function listCustomerOrders(ctx: OrdersContext, customerId: string, page: PageArgs): Promise<Connection<Order>> {
  const first = pageSize(page.first);
  const after = page.after ? decodeOrderPosition(page.after) : null;
  return ctx.loaders.ordersByCustomerId(first, after).load(customerId);
}

/** Reads a cursor made by `findNewestFirst` or the customer-orders loader: `[createdAt, id]`. */
export function decodeOrderPosition(cursor: string): OrderPosition {
  let value: unknown;
  try {
    value = Cursor.decode(cursor);
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [createdAt, id]: unknown[] = value;
    if (typeof createdAt === 'string' && typeof id === 'string' && isUuid(id)) {
      const date = new Date(createdAt);
      if (!Number.isNaN(date.getTime())) return { createdAt: date, id };
    }
  }
  throw new DomainError('BAD_USER_INPUT', 'Invalid pagination cursor', { argument: 'after' });
}

/** The address the order ships to, as captured when it was placed; null for orders that do not ship. */
export function shippingAddressOf(order: Order): ShippingAddress | null {
  const { shipToName: name, shipToLine1: line1, shipToCity: city, shipToPostalCode: postalCode, shipToCountry: country } = order;
  if (!line1 || !name || !city || !postalCode || !country) return null;
  return { name, line1, line2: order.shipToLine2 ?? null, city, postalCode, region: order.shipToRegion ?? null, country };
}
