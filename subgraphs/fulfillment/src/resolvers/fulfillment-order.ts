import type { FulfillmentOrderLineResolvers, FulfillmentOrderResolvers } from '../__generated__/resolvers-types.ts';
import { findFulfillmentOrder, fulfillmentOrderLines } from '../domain/fulfillment-order.service.ts';
import { binCodeOfLine, shipmentOfFulfillmentOrder } from '../domain/shipment.service.ts';

export const fulfillmentOrderResolvers: FulfillmentOrderResolvers = {
  __resolveReference: ({ id }, ctx) => findFulfillmentOrder(ctx, id),
  order: (fo) => ({ __typename: 'Order', id: fo.orderId }),
  location: (fo) => ({ id: fo.locationId }),
  destinationLocation: (fo) => (fo.destinationLocationId ? { id: fo.destinationLocationId } : null),
  shipTo: (fo) => fo.shipTo ?? null,
  lines: (fo, _args, ctx) => fulfillmentOrderLines(ctx, fo),
  shipment: (fo, _args, ctx) => shipmentOfFulfillmentOrder(ctx, fo),
  pickWave: (fo, _args, ctx) => (fo.pickWaveId ? ctx.loaders.pickWaveById.load(fo.pickWaveId) : null),
  curbsideArrival: (fo) =>
    fo.curbsideArrivedAt ? { arrivedAt: fo.curbsideArrivedAt, parkingSpot: fo.curbsideParkingSpot ?? null, vehicle: fo.curbsideVehicle ?? null } : null,
  vendorDeliveries: (fo, _args, ctx) => ctx.loaders.deliveriesByFulfillmentOrderId.load(fo.id),
};

export const fulfillmentOrderLineResolvers: FulfillmentOrderLineResolvers = {
  sku: (line) => ({ code: line.skuCode }),
  pickedQuantity: (line) => line.pickedQuantity ?? null,
  shortQuantity: (line) => (line.pickedQuantity === null || line.pickedQuantity === undefined ? 0 : line.quantity - line.cancelledQuantity - line.pickedQuantity),
  binCode: (line, _args, ctx) => binCodeOfLine(ctx, line),
};
