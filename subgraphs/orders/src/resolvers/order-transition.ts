import type { OrderTransitionResolvers } from '../__generated__/resolvers-types.ts';

export const orderTransitionResolvers: OrderTransitionResolvers = {
  from: (transition) => transition.fromStatus ?? null,
  to: (transition) => transition.toStatus,
};
