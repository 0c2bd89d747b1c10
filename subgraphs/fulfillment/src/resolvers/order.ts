import type { CustomerResolvers, OrderResolvers } from '../__generated__/resolvers-types.ts';
import { fulfillmentOrdersOfOrder } from '../domain/fulfillment-order.service.ts';
import { listShipmentsOfCustomer, listShipmentsOfOrder } from '../domain/shipment.service.ts';

export const orderResolvers: OrderResolvers = {
  // Any order id is a valid reference: an order never shipped from here simply has no shipments.
  __resolveReference: ({ id }) => ({ __typename: 'Order', id }),
  shipments: (order, _args, ctx) => listShipmentsOfOrder(ctx, order.id),
  fulfillmentOrders: (order, _args, ctx) => fulfillmentOrdersOfOrder(ctx, order.id),
};

export const customerResolvers: CustomerResolvers = {
  __resolveReference: ({ id }) => ({ __typename: 'Customer', id }),
  shipments: (customer, { first }, ctx) => listShipmentsOfCustomer(ctx, customer.id, first),
};
