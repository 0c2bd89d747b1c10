import type { PlaceOrderResultResolvers } from '../__generated__/resolvers-types.ts';
import { Order } from '../entities/order.entity.ts';

export const placeOrderResultResolvers: PlaceOrderResultResolvers = {
  __resolveType: (result) => (result instanceof Order ? 'Order' : 'OutOfStock'),
};
