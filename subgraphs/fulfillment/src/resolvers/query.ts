import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { findDropshipVendor } from '../domain/dropship.service.ts';
import { findFulfillmentOrder, listFulfillmentOrders } from '../domain/fulfillment-order.service.ts';
import { findPickWave, listBinLocations, listPickWaves } from '../domain/pick-wave.service.ts';
import { findShipment } from '../domain/shipment.service.ts';
import { findParcel } from '../domain/tracking.service.ts';

export const queryResolvers: QueryResolvers = {
  shipment: (_root, { id }, ctx) => findShipment(ctx, id),
  fulfillmentOrder: (_root, { id }, ctx) => findFulfillmentOrder(ctx, id),
  fulfillmentOrders: (_root, { first, after, filter }, ctx) => listFulfillmentOrders(ctx, filter, { first: first ?? null, after: after ?? null }),
  parcel: (_root, { id }, ctx) => findParcel(ctx, id),
  pickWave: (_root, { id }, ctx) => findPickWave(ctx, id),
  pickWaves: (_root, { locationId, status }, ctx) => listPickWaves(ctx, locationId, status),
  binLocations: (_root, { locationId, skus }, ctx) => listBinLocations(ctx, locationId, skus),
  dropshipVendor: (_root, { locationId }, ctx) => findDropshipVendor(ctx, locationId),
};
