import type { StockLevelResolvers, StockMovementResolvers } from '../__generated__/resolvers-types.ts';
import { locationOf, skuOfStockLevel, stockLevelAvailableToSell, stockLevelHistory } from '../domain/inventory.service.ts';

export const StockLevel: StockLevelResolvers = {
  sku: (level, _args, ctx) => skuOfStockLevel(ctx, level),
  location: (level, _args, ctx) => locationOf(ctx, level),
  availableToSell: (level) => stockLevelAvailableToSell(level),
  history: (level, { first, after }, ctx) => stockLevelHistory(ctx, level, { first, after: after ?? null }),
};

export const StockMovement: StockMovementResolvers = {
  sku: (movement) => movement.sku.code,
  location: (movement, _args, ctx) => locationOf(ctx, movement),
};
