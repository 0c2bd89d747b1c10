import { eventPayload, OrderReleased } from '@oms/contracts';
import { LockMode } from '@mikro-orm/core';
import { inTransaction, isDomainError, recordEvent, type DomainEvent, type EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { orderAllocations, type HeldAllocation, type StockAllocation } from './inventory.client.ts';
import { shippingAddressOf } from './order.service.ts';
import { OrderPipeline, recordShortageHold } from './order-pipeline.ts';
import { OrderTimeline } from './order-timeline.ts';

/** Who releases orders: the orders service itself, once their cancellation window has passed. */
export const RELEASE_ACTOR = 'service:orders';

/**
 * OrderReleased: the work fulfillment is to do for an order, one entry per allocation (fulfillment
 * makes a fulfillment order per location). Sent once at release, then again for units re-sourced
 * elsewhere (those allocations only).
 */
export function orderReleasedEvent(order: Order, allocations: readonly StockAllocation[]): DomainEvent {
  return {
    type: OrderReleased.type,
    aggregateType: 'Order',
    aggregateId: order.id,
    payload: eventPayload(OrderReleased, {
      orderId: order.id,
      number: order.number,
      channel: order.channel,
      customerId: order.customerId ?? null,
      email: order.email,
      deliveryMethod: order.deliveryMethod,
      shipTo: shippingAddressOf(order),
      pickupLocationId: order.pickupLocationId ?? null,
      placedAt: order.placedAt.toISOString(),
      allocations: allocations.map((allocation) => ({
        allocationId: allocation.id,
        orderLineId: allocation.orderLineId,
        sku: allocation.sku,
        locationId: allocation.locationId,
        locationType: allocation.locationType,
        quantity: allocation.quantity,
        kind: allocation.kind,
      })),
    }),
  };
}

/** When an order placed now is released: after its cancellation window. */
export function releaseTimeFor(ctx: Pick<OrderProcessContext, 'config'>, placedAt: Date): Date {
  return new Date(placedAt.getTime() + ctx.config.releaseDelayMs);
}

/**
 * Releases one order whose window has passed: ALLOCATED → RELEASED on the timeline and OrderReleased
 * with the stock inventory holds for it now (what a cancellation released in the meantime is not
 * sent). Inventory is asked first, with no transaction open; the order row is then locked with SKIP
 * LOCKED and released only if it has not changed since it was read (a cancellation or an edit in
 * between, or another instance releasing it, leaves it for the next round, where inventory is asked
 * again). True when it was released.
 */
async function releaseOrder(ctx: OrderProcessContext, orderId: string, now: Date): Promise<boolean> {
  const seen = await ctx.em.fork().findOne(Order, { id: orderId }, { fields: ['status', 'releaseAt', 'updatedAt'] });
  if (!seen || !isDue(seen, now)) return false;
  const allocations = await orderAllocations(ctx, orderId);
  return inTransaction(ctx.em, (em) => recordRelease(ctx, em, orderId, seen.updatedAt, allocations, now));
}

function isDue(order: Pick<Order, 'status' | 'releaseAt'>, now: Date): boolean {
  return order.status === 'ALLOCATED' && order.releaseAt !== null && order.releaseAt !== undefined && order.releaseAt <= now;
}

async function recordRelease(ctx: OrderProcessContext, em: EntityManager, orderId: string, seenAt: Date, allocations: readonly HeldAllocation[], now: Date): Promise<boolean> {
  const order = await em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true });
  if (!order || !isDue(order, now) || order.updatedAt.getTime() !== seenAt.getTime()) return false;
  const lines = await em.find(OrderLine, { order }, { fields: ['id', 'lineNumber'] });
  // In the order's line order: fulfillment lists them as the customer ordered them.
  const position = new Map(lines.map((line) => [line.id, line.lineNumber]));
  const held = allocations
    .filter((allocation) => allocation.status === 'ALLOCATED' && allocation.kind === 'STOCK')
    .sort((a, b) => (position.get(a.orderLineId) ?? 0) - (position.get(b.orderLineId) ?? 0));
  const [timeline, pipeline] = await Promise.all([OrderTimeline.of(em, order), OrderPipeline.of(em, order)]);
  order.releaseAt = null;
  if (held.length === 0) {
    // Nothing to fulfil from: staff must look at it (its stock was released behind its back).
    const why = 'not released: inventory holds no stock for it';
    timeline.move('ON_HOLD', RELEASE_ACTOR, why, now);
    pipeline.record('RELEASE', 'HELD', RELEASE_ACTOR, why, now);
    recordShortageHold(em, order, RELEASE_ACTOR, why, now);
    ctx.logger.error({ orderId: order.id }, 'allocated order without allocations put on hold');
    return false;
  }
  timeline.move('RELEASED', RELEASE_ACTOR, 'released to fulfillment', now);
  pipeline.record('RELEASE', 'PASSED', RELEASE_ACTOR, `released to fulfillment: ${held.length} allocation(s) at ${new Set(held.map((allocation) => allocation.locationId)).size} location(s)`, now);
  order.releasedAt = now;
  recordEvent(em, orderReleasedEvent(order, held));
  return true;
}

/**
 * Releases the orders whose cancellation window has passed, oldest first, one short transaction each (an
 * order that fails, e.g. inventory unreachable, is retried at the next round and does not hold the
 * others back). Safe with several instances. Returns how many were released.
 */
export async function releaseDueOrders(ctx: OrderProcessContext, options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const due = await ctx.em
    .fork()
    .find(Order, { status: 'ALLOCATED', releaseAt: { $lte: now } }, { fields: ['id'], orderBy: { releaseAt: 'asc' }, limit: batchSize });
  let released = 0;
  for (const { id } of due) {
    try {
      if (await releaseOrder(ctx, id, now)) released++;
    } catch (error) {
      // A service or the database away is expected now and then: the next round tries again.
      const expected = isDomainError(error) && (error.code === 'DEPENDENCY_UNAVAILABLE' || error.code === 'SERVICE_UNAVAILABLE');
      ctx.logger[expected ? 'warn' : 'error']({ err: error, orderId: id }, 'order release failed; retried at the next round');
    }
  }
  return released;
}

/** When the next allocated order falls due; null when none is scheduled. */
export async function nextReleaseTime(ctx: Pick<OrderProcessContext, 'em'>): Promise<Date | null> {
  const next = await ctx.em
    .fork()
    .findOne(Order, { status: 'ALLOCATED', releaseAt: { $ne: null } }, { fields: ['releaseAt'], orderBy: { releaseAt: 'asc' } });
  return next?.releaseAt ?? null;
}
