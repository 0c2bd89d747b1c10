import type { FilterQuery } from '@mikro-orm/core';
import { decodeNewestFirstCursor, DomainError, findNewestFirst, isUuid, pageSize, requireService, type Connection, type PageArgs } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import type { OrderLine } from '../entities/order-line.entity.ts';
import type { OrderTransition } from '../entities/order-transition.entity.ts';
import { Order, type OrderStatus, type SalesChannel } from '../entities/order.entity.ts';
import type { Payment } from '../entities/payment.entity.ts';
import type { OrderPosition } from '../loaders/order.loaders.ts';
import type { ShippingAddress } from './address.ts';
import { ordersFulfilledAt, type AllocationRequest } from './inventory.client.ts';
import { mayAccessOrder, orderAccessOf, visibleOrders, type OrderAccess } from './order-access.ts';

export interface OrderListFilter {
  status?: readonly OrderStatus[] | null;
  channel?: readonly SalesChannel[] | null;
  customerId?: string | null;
  /** Inclusive lower bound of placedAt. */
  placedAfter?: Date | null;
  /** Exclusive upper bound of placedAt, so consecutive ranges never count an order twice. */
  placedBefore?: Date | null;
}

/**
 * An order the caller may see (row-level rules, domain/order-access.ts); someone else's answers
 * exactly as one that does not exist, so nobody learns that it does.
 */
async function visible(ctx: OrdersContext, order: Order | null): Promise<Order | null> {
  return order && mayAccessOrder(await orderAccessOf(ctx), order) ? order : null;
}

export async function findOrder(ctx: OrdersContext, id: string): Promise<Order | null> {
  return visible(ctx, await ctx.loaders.orderById.load(id));
}

export async function findOrderByNumber(ctx: OrdersContext, number: string): Promise<Order | null> {
  return visible(ctx, await ctx.em.findOne(Order, { number: number.trim().toUpperCase() }));
}

/** A store associate's orders: picked up at their store, or with stock held or shipped there. */
/** The orders a store's list shows: picked up or fulfilled there (returns to receive are reached one at a time). */
function storeOrders(store: Pick<NonNullable<OrderAccess['store']>, 'id' | 'fulfilled'>): FilterQuery<Order> {
  if (!isUuid(store.id)) return { id: { $in: [] } };
  return { $or: [{ pickupLocationId: store.id }, { id: { $in: [...store.fulfilled] } }] };
}

export async function listOrders(ctx: OrdersContext, page: PageArgs, filter: OrderListFilter = {}): Promise<Connection<Order>> {
  const { customerId: ownCustomer, channel: ownChannel, store } = await orderAccessOf(ctx);
  const where: FilterQuery<Order> = {};
  if (ownCustomer !== undefined) {
    // Another customer's orders: none, as for a customer without orders.
    if (filter.customerId != null && filter.customerId.toLowerCase() !== ownCustomer) where.id = { $in: [] };
    filter = { ...filter, customerId: ownCustomer };
  }
  if (ownChannel !== undefined) where.channel = ownChannel;
  if (filter.status) where.status = { $in: [...filter.status] };
  if (filter.channel) where.channel = ownChannel !== undefined ? { $in: filter.channel.filter((channel) => channel === ownChannel) } : { $in: [...filter.channel] };
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
  return findNewestFirst(ctx.em, Order, store ? { $and: [where, storeOrders(store)] } : where, page);
}

/** Internal (customers): which of these customers have an order of the store, so its associates may see them. */
export async function storeCustomers(ctx: OrdersContext, locationId: string, customerIds: readonly string[]): Promise<string[]> {
  requireService(ctx.principal);
  const ids = [...new Set(customerIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (ids.length === 0 || !isUuid(locationId)) return [];
  const store = locationId.toLowerCase();
  const fulfilled = new Set(await ordersFulfilledAt(ctx, store));
  const orders = await ctx.em.find(Order, { $and: [{ customerId: { $in: ids } }, storeOrders({ id: store, fulfilled })] }, { fields: ['customerId'] });
  return [...new Set(orders.map((order) => order.customerId!.toLowerCase()))];
}

export function listOrderLines(ctx: OrdersContext, order: Order): Promise<OrderLine[]> {
  return ctx.loaders.linesByOrderId.load(order.id);
}

export function listOrderPayments(ctx: OrdersContext, order: Order): Promise<Payment[]> {
  return ctx.loaders.paymentsByOrderId.load(order.id);
}

export function orderTimeline(ctx: OrdersContext, order: Order): Promise<OrderTransition[]> {
  return ctx.loaders.timelineByOrderId.load(order.id);
}

/** A customer's orders, newest first; batched with every other customer asked for with the same page. */
export function listCustomerOrders(ctx: OrdersContext, customerId: string, page: PageArgs): Promise<Connection<Order>> {
  const { customerId: ownCustomer, channel: ownChannel, storeId } = visibleOrders(ctx.principal);
  if (ownCustomer !== undefined && customerId.toLowerCase() !== ownCustomer) throw new DomainError('FORBIDDEN', 'A customer sees only their own orders');
  // The batched customer pages are not per channel or store: a channel-bound key or a store associate lists with Query.orders.
  if (ownChannel !== undefined) throw new DomainError('FORBIDDEN', `This API key sees ${ownChannel} orders only; use orders(filter: { customerId })`);
  if (storeId !== undefined) throw new DomainError('FORBIDDEN', 'A store associate sees their store’s orders only; use orders(filter: { customerId })');
  const first = pageSize(page.first);
  const after = page.after ? decodeOrderPosition(page.after) : null;
  return ctx.loaders.ordersByCustomerId(first, after).load(customerId);
}

/** Reads a cursor made by `findNewestFirst` or the batched loader: `[createdAt, id]`. */
export function decodeOrderPosition(cursor: string): OrderPosition {
  return decodeNewestFirstCursor(cursor);
}

/** Where the order goes, as inventory holds stock for it (re-sourcing, swapped allocations); the address's coordinates are not kept. */
export function allocationDeliveryOf(order: Order): AllocationRequest['delivery'] {
  return {
    method: order.deliveryMethod,
    pickupLocationId: order.pickupLocationId ?? null,
    country: order.shipToCountry ?? null,
    region: order.shipToRegion ?? null,
    postalCode: order.shipToPostalCode ?? null,
    latitude: null,
    longitude: null,
  };
}

/** The address the order ships to, as captured when it was placed; null for orders that do not ship. */
export function shippingAddressOf(order: Order): ShippingAddress | null {
  const { shipToName: name, shipToLine1: line1, shipToCity: city, shipToPostalCode: postalCode, shipToCountry: country } = order;
  if (!line1 || !name || !city || !postalCode || !country) return null;
  return { name, line1, line2: order.shipToLine2 ?? null, city, postalCode, region: order.shipToRegion ?? null, country };
}
