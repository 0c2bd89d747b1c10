import type { OrderResolvers } from '../__generated__/resolvers-types.ts';
import { money } from '../domain/money.ts';
import { orchestrationOrderResolvers } from './orchestration.ts';
import { findOrder, listOrderLines, listOrderPayments, orderTimeline, shippingAddressOf } from '../domain/order.service.ts';

export const orderResolvers: OrderResolvers = {
  __resolveReference: ({ id }, ctx) => findOrder(ctx, id),
  customer: (order) => (order.customerId ? { __typename: 'Customer', id: order.customerId } : null),
  lines: (order, _args, ctx) => listOrderLines(ctx, order),
  shipTo: (order) => shippingAddressOf(order),
  pickupLocation: (order) => (order.pickupLocationId ? { id: order.pickupLocationId } : null),
  subtotal: (order) => money(order.subtotal, order.currency),
  discountTotal: (order) => money(order.discountTotal, order.currency),
  shippingTotal: (order) => money(order.shippingTotal, order.currency),
  taxTotal: (order) => money(order.taxTotal, order.currency),
  total: (order) => money(order.total, order.currency),
  payments: (order, _args, ctx) => listOrderPayments(ctx, order),
  timeline: (order, _args, ctx) => orderTimeline(ctx, order),
  ...orchestrationOrderResolvers,
};
