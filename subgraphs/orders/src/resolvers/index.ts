import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { money, multiply } from '../domain/money.ts';
import {
  findOrder,
  listCustomerOrders,
  listOrderLines,
  listOrders,
  shippingAddressOf,
} from '../domain/order.service.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    order: (_root, { id }, ctx) => findOrder(ctx, id),
    orders: (_root, { filter, ...page }, ctx) => listOrders(ctx, page, filter ?? {}),
  },
  Order: {
    __resolveReference: ({ id }, ctx) => findOrder(ctx, id),
    customer: (order) => (order.customerId ? { __typename: 'Customer', id: order.customerId } : null),
    lines: (order, _args, ctx) => listOrderLines(ctx, order),
    shipTo: (order) => shippingAddressOf(order),
    subtotal: (order) => money(order.subtotal, order.currency),
    shippingTotal: (order) => money(order.shippingTotal, order.currency),
    taxTotal: (order) => money(order.taxTotal, order.currency),
    total: (order) => money(order.total, order.currency),
  },
  OrderLine: {
    sku: (line) => ({ code: line.skuCode }),
    unitPrice: (line) => money(line.unitPrice, line.currency),
    lineTotal: (line) => multiply(money(line.unitPrice, line.currency), line.quantity),
  },
  Customer: {
    // This service only contributes `orders`, which needs nothing but the id.
    __resolveReference: (reference) => reference,
    orders: (customer, page, ctx) => listCustomerOrders(ctx, customer.id, page),
  },
};
