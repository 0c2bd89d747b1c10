import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  findLocation,
  findSku,
  listLocations,
  locationOfStockLevel,
  skuAvailableToSell,
  skuOfStockLevel,
  stockAtLocation,
  stockLevelAvailableToSell,
  stockOfSku,
} from '../domain/inventory.service.ts';

export const resolvers: Resolvers = {
  Query: {
    location: (_root, { id }, ctx) => findLocation(ctx, id),
    locations: (_root, { type }, ctx) => listLocations(ctx, type),
    sku: (_root, { code }, ctx) => findSku(ctx, code),
  },
  Location: {
    __resolveReference: ({ id }, ctx) => findLocation(ctx, id),
    address: ({ line1, city, postalCode, region, country }) => ({ line1, city, postalCode, region: region ?? null, country }),
    stock: (location, _args, ctx) => stockAtLocation(ctx, location),
  },
  Sku: {
    __resolveReference: ({ code }, ctx) => findSku(ctx, code),
    stock: (sku, _args, ctx) => stockOfSku(ctx, sku),
    availableToSell: (sku, _args, ctx) => skuAvailableToSell(ctx, sku),
  },
  StockLevel: {
    sku: (level, _args, ctx) => skuOfStockLevel(ctx, level),
    location: (level, _args, ctx) => locationOfStockLevel(ctx, level),
    availableToSell: (level) => stockLevelAvailableToSell(level),
  },
};
