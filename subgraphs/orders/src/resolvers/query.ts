import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { findOrder, findOrderByNumber, listOrders } from '../domain/order.service.ts';
import { findPromotion, listPromotions } from '../domain/promotion.service.ts';

export const queryResolvers: QueryResolvers = {
  order: (_root, { id }, ctx) => findOrder(ctx, id),
  orderByNumber: (_root, { number }, ctx) => findOrderByNumber(ctx, number),
  orders: (_root, { filter, ...page }, ctx) => listOrders(ctx, page, filter ?? {}),
  promotion: (_root, { code }, ctx) => findPromotion(ctx, code),
  promotions: (_root, { activeAt }, ctx) => listPromotions(ctx, activeAt),
};
