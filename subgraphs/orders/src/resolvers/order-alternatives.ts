import type { MutationResolvers, OrderResolvers } from '../__generated__/resolvers-types.ts';
import { acceptOrderAlternative, orderSaleAlternatives } from '../domain/order-alternatives.service.ts';

/** Save the sale after placement, and the delivery promised at checkout. */
export const orderAlternativeMutationResolvers: Pick<MutationResolvers, 'acceptOrderAlternative'> = {
  acceptOrderAlternative: (_root, { input }, ctx) => acceptOrderAlternative(ctx, input),
};

export const orderAlternativeOrderResolvers: Pick<OrderResolvers, 'saleAlternatives' | 'promisedDelivery'> = {
  saleAlternatives: (order, _args, ctx) => orderSaleAlternatives(ctx, order),
  promisedDelivery: (order) =>
    order.serviceLevel && order.promisedEarliest && order.promisedLatest
      ? { serviceLevel: order.serviceLevel, carrierCode: order.carrierCode ?? '', earliest: order.promisedEarliest, latest: order.promisedLatest }
      : null,
};
