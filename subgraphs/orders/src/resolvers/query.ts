import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { customerOrderFigures } from '../domain/customer-order-figures.service.ts';
import { placementStatusesFor } from '../domain/order-commands.ts';
import { findOrder, findOrderByNumber, listOrders, storeCustomers } from '../domain/order.service.ts';
import { findPromotion, listPromotions } from '../domain/promotion.service.ts';
import { orchestrationQueryResolvers } from './orchestration.ts';
import { reportQueryResolvers } from './report.ts';

export const queryResolvers: QueryResolvers = {
  order: (_root, { id }, ctx) => findOrder(ctx, id),
  orderByNumber: (_root, { number }, ctx) => findOrderByNumber(ctx, number),
  orders: (_root, { filter, ...page }, ctx) => listOrders(ctx, page, filter ?? {}),
  promotion: (_root, { code }, ctx) => findPromotion(ctx, code),
  promotions: (_root, { activeAt }, ctx) => listPromotions(ctx, activeAt),
  ...orchestrationQueryResolvers,
  customerOrderFigures: (_root, { customerIds, windowsDays }, ctx) => customerOrderFigures(ctx, customerIds, windowsDays),
  placementStatuses: (_root, { orderIds }, ctx) => placementStatusesFor(ctx, orderIds),
  storeCustomers: (_root, { locationId, customerIds }, ctx) => storeCustomers(ctx, locationId, customerIds),
  ...reportQueryResolvers,
};
