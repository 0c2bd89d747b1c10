import { wrap } from '@mikro-orm/core';
import type { InventoryContext } from '../context.ts';
import { Location, type LocationType } from '../entities/location.entity.ts';
import type { Sku } from '../entities/sku.entity.ts';
import type { StockLevel } from '../entities/stock-level.entity.ts';
import { availableToSell } from './stock.ts';

export function findLocation(ctx: InventoryContext, id: string): Promise<Location | null> {
  return ctx.loaders.locationById.load(id);
}

export function listLocations(ctx: InventoryContext, type?: LocationType | null): Promise<Location[]> {
  return ctx.em.find(Location, type ? { type } : {}, { orderBy: { code: 'asc' } });
}

export function findSku(ctx: InventoryContext, code: string): Promise<Sku | null> {
  return ctx.loaders.skuByCode.load(code);
}

export function stockAtLocation(ctx: InventoryContext, location: Location): Promise<StockLevel[]> {
  return ctx.loaders.stockByLocationId.load(location.id);
}

export function stockOfSku(ctx: InventoryContext, sku: Sku): Promise<StockLevel[]> {
  return ctx.loaders.stockBySkuCode.load(sku.code);
}

export function stockLevelAvailableToSell(level: StockLevel): number {
  return availableToSell(level.onHand, level.reserved, level.safetyStock);
}

export async function skuAvailableToSell(ctx: InventoryContext, sku: Sku): Promise<number> {
  const levels = await stockOfSku(ctx, sku);
  return levels.reduce((total, level) => total + stockLevelAvailableToSell(level), 0);
}

/** The SKU of a stock level: the one already in the identity map when loaded, otherwise batched by code. */
export async function skuOfStockLevel(ctx: InventoryContext, level: StockLevel): Promise<Sku> {
  if (wrap(level.sku).isInitialized()) return level.sku;
  const sku = await ctx.loaders.skuByCode.load(level.sku.code);
  if (!sku) throw new Error(`stock level ${level.id} refers to missing SKU ${level.sku.code}`);
  return sku;
}

/** The location of a stock level: the one already in the identity map when loaded, otherwise batched by id. */
export async function locationOfStockLevel(ctx: InventoryContext, level: StockLevel): Promise<Location> {
  if (wrap(level.location).isInitialized()) return level.location;
  const location = await ctx.loaders.locationById.load(level.location.id);
  if (!location) throw new Error(`stock level ${level.id} refers to missing location ${level.location.id}`);
  return location;
}
