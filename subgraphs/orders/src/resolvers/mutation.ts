import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { cancelOrder } from '../domain/cancel-order.service.ts';
import { placeOrder } from '../domain/place-order.service.ts';
import { createPromotion } from '../domain/promotion.service.ts';
import { orchestrationMutationResolvers } from './orchestration.ts';
import { saleAlternativeMutationResolvers } from './sale-alternatives.ts';

export const mutationResolvers: MutationResolvers = {
  placeOrder: async (_root, { input }, ctx) => {
    const outcome = await placeOrder(ctx, input);
    return outcome.kind === 'ORDER' ? outcome.order : { __typename: 'OutOfStock', lines: outcome.lines, request: input };
  },
  cancelOrder: (_root, { input }, ctx) => cancelOrder(ctx, input),
  createPromotion: (_root, { input }, ctx) => createPromotion(ctx, input),
  ...orchestrationMutationResolvers,
  ...saleAlternativeMutationResolvers,
};
