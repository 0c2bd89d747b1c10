import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { findShipment, listShipmentsOfOrder } from '../domain/shipment.service.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    shipment: (_root, { id }, ctx) => findShipment(ctx, id),
  },
  Shipment: {
    __resolveReference: ({ id }, ctx) => findShipment(ctx, id),
    order: (shipment) => ({ __typename: 'Order', id: shipment.orderId }),
    location: (shipment) => ({ id: shipment.locationId }),
  },
  Order: {
    // Any order id is a valid reference: an order never shipped from here simply has no shipments.
    __resolveReference: ({ id }) => ({ __typename: 'Order', id }),
    shipments: (order, _args, ctx) => listShipmentsOfOrder(ctx, order.id),
  },
};
