import type { LocationResolvers } from '../__generated__/resolvers-types.ts';
import { deliveryProfileOf } from '../domain/delivery-network.service.ts';
import { findLocation, stockAtLocation } from '../domain/inventory.service.ts';

export const Location: LocationResolvers = {
  __resolveReference: ({ id }, ctx) => findLocation(ctx, id),
  address: ({ line1, city, postalCode, region, country }) => ({ line1, city, postalCode, region: region ?? null, country }),
  capabilities: ({ ships, pickup, shipFromStore }) => ({ ships, pickup, shipFromStore }),
  stock: (location, _args, ctx) => stockAtLocation(ctx, location),
  deliveryProfile: (location, _args, ctx) => deliveryProfileOf(ctx, location.id),
};
