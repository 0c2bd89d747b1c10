import { OrderPlaced, OrderStatusChanged } from '@oms/contracts';
import { DomainError, keepEvents, type BusEvent } from '@oms/platform';
import type { OrderStatus, SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import type { OrdersContext } from '../context.ts';
import { loadOrderAccess, mayAccessOrder, noSuchOrder, visibleOrders } from '../domain/order-access.ts';
import { Order } from '../entities/order.entity.ts';

const STATUS_CHANGED = [OrderStatusChanged.type];
const ACTIVITY = [OrderPlaced.type, OrderStatusChanged.type];

function liveEvents(ctx: OrdersContext) {
  if (!ctx.live) throw new DomainError('SERVICE_UNAVAILABLE', 'Live updates are not available: this service runs without an event bus');
  return ctx.live;
}

/** The order as committed when the event was published: a fresh unit of work per event. */
async function orderOf(ctx: OrdersContext, event: BusEvent): Promise<Order> {
  const order = await ctx.em.fork().findOne(Order, { id: event.aggregateId });
  if (!order) throw new DomainError('NOT_FOUND', `Order ${event.aggregateId} no longer exists`);
  return order;
}

function customerIdOf(event: BusEvent): unknown {
  return event.payload['customerId'];
}

export const subscriptionResolvers: SubscriptionResolvers<OrdersContext> = {
  orderStatusChanged: {
    subscribe: async (_root, { orderId }, ctx) => {
      // Authorized once here (an order's owner never changes) and again per event below; an order
      // out of reach answers exactly as one that does not exist.
      const order = await ctx.em.findOne(Order, { id: orderId });
      const { principal } = ctx;
      if (!order || !mayAccessOrder(await loadOrderAccess(ctx), order)) throw noSuchOrder(orderId);
      return liveEvents(ctx).listen({
        aggregateIds: [orderId],
        types: STATUS_CHANGED,
        where: (event) => principal.kind !== 'customer' || customerIdOf(event) === principal.customerId,
      });
    },
    resolve: (event: BusEvent, _args: unknown, ctx: OrdersContext) => orderOf(ctx, event),
  },
  myOrderUpdates: {
    subscribe: (_root, _args, ctx) => {
      const { principal } = ctx;
      if (principal.kind !== 'customer') throw new DomainError('FORBIDDEN', 'myOrderUpdates follows the signed-in customer’s orders');
      return liveEvents(ctx).listen({ types: STATUS_CHANGED, where: (event) => customerIdOf(event) === principal.customerId });
    },
    resolve: (event: BusEvent, _args: unknown, ctx: OrdersContext) => orderOf(ctx, event),
  },
  orderActivity: {
    subscribe: (_root, _args, ctx) => {
      // A feed of every order: staff dashboards only, never customers or partner keys; a store
      // associate's feed carries their store's orders only (decided per event: stock moves).
      if (ctx.principal.kind !== 'staff') throw new DomainError('FORBIDDEN', 'orderActivity is the live feed of staff dashboards');
      const events = liveEvents(ctx).listen({ types: ACTIVITY });
      if (visibleOrders(ctx.principal).storeId === undefined) return events;
      return keepEvents(events, async (event) => {
        const order = await ctx.em.fork().findOne(Order, { id: event.aggregateId });
        return order !== null && mayAccessOrder(await loadOrderAccess(ctx), order);
      });
    },
    resolve: async (event: BusEvent, _args: unknown, ctx: OrdersContext) => {
      const order = await orderOf(ctx, event);
      const placed = event.type === OrderPlaced.type;
      const from = placed ? null : (event.payload['from'] as OrderStatus | null);
      const to = placed ? 'CREATED' : (event.payload['to'] as OrderStatus);
      return { kind: placed ? ('PLACED' as const) : ('STATUS_CHANGED' as const), from, to, at: new Date(event.occurredAt), order };
    },
  },
};
