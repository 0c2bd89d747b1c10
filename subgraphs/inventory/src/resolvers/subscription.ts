import type { BusEvent } from '@oms/platform';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import type { InventoryContext } from '../context.ts';
import { followAvailability, stockLevelOfEvent } from '../domain/availability-feed.service.ts';

export const Subscription: SubscriptionResolvers = {
  availabilityChanged: {
    subscribe: (_root, { skus, locationId }, ctx) => followAvailability(ctx, { skus, locationId }),
    resolve: (event: BusEvent, _args: unknown, ctx: InventoryContext) => stockLevelOfEvent(ctx, event),
  },
};
