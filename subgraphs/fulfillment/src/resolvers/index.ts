import type { FederationReferenceTypes, Resolvers, ResolversTypes } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { findShipment, listShipmentsOfOrder } from '../domain/shipment.service.ts';

/**
 * Orders belong to the orders service: here an order is only its key, which is all `Order.shipments`
 * needs from its parent. Codegen has no mapper for Order, so the generated return type of
 * `Shipment.order` asks for a full Order; the reference is what the Order resolvers accept as parent.
 */
function orderReference(id: string): ResolversTypes['Order'] {
  const reference: FederationReferenceTypes['Order'] = { __typename: 'Order', id };
  return reference as ResolversTypes['Order'];
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    shipment: (_root, { id }, ctx) => findShipment(ctx, id),
  },
  Shipment: {
    __resolveReference: ({ id }, ctx) => findShipment(ctx, id),
    order: (shipment) => orderReference(shipment.orderId),
    location: (shipment) => ({ id: shipment.locationId }),
  },
  Order: {
    // Any order id is a valid reference: an order never shipped from here simply has no shipments.
    __resolveReference: ({ id }) => ({ __typename: 'Order', id }),
    shipments: (order, _args, ctx) => listShipmentsOfOrder(ctx, order.id),
  },
};
