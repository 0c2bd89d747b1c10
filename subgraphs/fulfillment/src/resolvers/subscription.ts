import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import type { BusEvent } from '@oms/platform';
import type { FulfillmentContext } from '../context.ts';
import { followOrder, followParcel, orderAsOf, parcelAsOf } from '../domain/live-tracking.service.ts';

export const subscriptionResolvers: SubscriptionResolvers = {
  parcelTracking: {
    subscribe: (_root, { parcelId }, ctx) => followParcel(ctx, parcelId),
    resolve: (event: BusEvent, _args: unknown, ctx: FulfillmentContext) => parcelAsOf(ctx, event),
  },
  orderTracking: {
    subscribe: (_root, { orderId }, ctx) => followOrder(ctx, orderId),
    resolve: (event: BusEvent, _args: unknown, ctx: FulfillmentContext) => orderAsOf(ctx, event),
  },
};
