import type { CustomerResolvers } from '../__generated__/resolvers-types.ts';
import { listCustomerOrders } from '../domain/order.service.ts';

export const customerResolvers: CustomerResolvers = {
  // This service only contributes `orders`, which needs nothing but the id.
  __resolveReference: (reference) => reference,
  orders: (customer, page, ctx) => listCustomerOrders(ctx, customer.id, page),
};
