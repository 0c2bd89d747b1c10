import type { MutationResolvers, OutOfStockResolvers } from '../__generated__/resolvers-types.ts';
import { acceptAlternative, alternativesFor } from '../domain/sale-alternatives.service.ts';

export const saleAlternativeMutationResolvers: MutationResolvers = {
  acceptAlternative: async (_root, { input }, ctx) => {
    const { outcome, request } = await acceptAlternative(ctx, input);
    return outcome.kind === 'ORDER' ? outcome.order : { __typename: 'OutOfStock', lines: outcome.lines, request };
  },
};

// Computed only when selected: an out-of-stock answer asks inventory once more, for the alternatives.
export const outOfStockResolvers: OutOfStockResolvers = {
  alternatives: (answer, _args, ctx) => (answer.request ? alternativesFor(ctx, answer.request) : []),
};
