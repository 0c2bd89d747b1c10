import { Cursor, wrap, type FilterQuery } from '@mikro-orm/core';
import { decodeNewestFirstCursor, DomainError, findNewestFirst, isUuid, pageSize, type Connection, type PageArgs } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { LedgerPosition } from '../loaders/inventory.loaders.ts';
import { Location, type LocationType, type SalesChannel } from '../entities/location.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import type { StockLevel } from '../entities/stock-level.entity.ts';
import { StockMovement } from '../entities/stock-movement.entity.ts';
import { maySeeStockAt, visibleLocationIds, visibleStock } from './inventory-access.ts';
import { servesChannel } from './sourcing.ts';
import { availableToSell, channelAvailableToSell } from './stock.ts';

export function findLocation(ctx: InventoryContext, id: string): Promise<Location | null> {
  return ctx.loaders.locationById.load(id);
}

export interface LocationFilter {
  type?: LocationType | null | undefined;
  channel?: SalesChannel | null | undefined;
  activeOnly?: boolean | null | undefined;
}

export async function listLocations(ctx: InventoryContext, filter: LocationFilter = {}): Promise<Location[]> {
  const locations = await ctx.em.find(
    Location,
    { ...(filter.type ? { type: filter.type } : {}), ...(filter.activeOnly ? { active: true } : {}) },
    { orderBy: { code: 'asc' } },
  );
  // A handful of rows: the channel filter reads better here than as an array operator in SQL.
  const channel = filter.channel;
  return channel ? locations.filter((location) => location.channels.includes(channel)) : locations;
}

export function findSku(ctx: InventoryContext, code: string): Promise<Sku | null> {
  return ctx.loaders.skuByCode.load(code);
}

/** The item master by code, as a cursor connection. */
export async function listSkus(ctx: InventoryContext, args: PageArgs): Promise<Connection<Sku>> {
  const first = pageSize(args.first);
  if (args.after) {
    try {
      Cursor.decode(args.after);
    } catch {
      throw new DomainError('BAD_USER_INPUT', 'Invalid pagination cursor', { argument: 'after' });
    }
  }
  const cursor = await ctx.em.findByCursor(Sku, {
    where: {},
    first,
    ...(args.after ? { after: args.after } : {}),
    orderBy: { code: 'asc' },
    includeCount: false,
  });
  const edges = cursor.items.map((node) => ({ cursor: cursor.from(node), node }));
  return { edges, pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor } };
}

/** A location's stock; empty for a caller who does not see that location's stock (a store associate elsewhere). */
export async function stockAtLocation(ctx: InventoryContext, location: Location): Promise<StockLevel[]> {
  return maySeeStockAt(ctx.principal, location.id) ? ctx.loaders.stockByLocationId.load(location.id) : [];
}

/** A SKU's stock at the locations the caller sees (filtered after the batched read, which every caller shares). */
export async function stockOfSku(ctx: InventoryContext, sku: Sku): Promise<StockLevel[]> {
  return visibleStock(ctx.principal, await ctx.loaders.stockBySkuCode.load(sku.code));
}

export function stockLevelAvailableToSell(level: StockLevel): number {
  return availableToSell(level.onHand, level.reserved, level.safetyStock);
}

/**
 * Available to sell summed over active locations; for a channel, over the active locations that
 * serve it, each less the channel's safety buffer.
 */
export async function skuAvailableToSell(ctx: InventoryContext, sku: Sku, channel?: SalesChannel | null): Promise<number> {
  // What any shopper of the channel sees: every location's stock, whoever asks.
  const levels = await ctx.loaders.stockBySkuCode.load(sku.code);
  const locations = await Promise.all(levels.map((level) => ctx.loaders.locationById.load(level.location.id)));
  const buffer = channel ? await ctx.loaders.channelBuffer.load(channel) : 0;
  return levels.reduce((total, level, index) => {
    const location = locations[index];
    if (!location?.active || (channel && !servesChannel(location, channel))) return total;
    return total + channelAvailableToSell(level.onHand, level.reserved, level.safetyStock, buffer);
  }, 0);
}

/** The SKU of a stock level: the one already in the identity map when loaded, otherwise batched by code. */
export async function skuOfStockLevel(ctx: InventoryContext, level: { sku: Sku }): Promise<Sku> {
  if (wrap(level.sku).isInitialized()) return level.sku;
  const sku = await ctx.loaders.skuByCode.load(level.sku.code);
  if (!sku) throw new Error(`a stock record refers to missing SKU ${level.sku.code}`);
  return sku;
}

/** The location of a record: the one already in the identity map when loaded, otherwise batched by id. */
export async function locationOf(ctx: InventoryContext, record: { location: Location }): Promise<Location> {
  if (wrap(record.location).isInitialized()) return record.location;
  const location = await ctx.loaders.locationById.load(record.location.id);
  if (!location) throw new Error(`a stock record refers to missing location ${record.location.id}`);
  return location;
}

export interface MovementFilter {
  sku?: string | null | undefined;
  locationId?: string | null | undefined;
}

const EMPTY_PAGE: Connection<StockMovement> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** The stock ledger, newest first, optionally of one SKU and/or one location; only at the locations the caller sees. */
export async function listStockMovements(ctx: InventoryContext, filter: MovementFilter, args: PageArgs): Promise<Connection<StockMovement>> {
  if (filter.locationId && (!isUuid(filter.locationId) || !maySeeStockAt(ctx.principal, filter.locationId))) {
    pageSize(args.first);
    return EMPTY_PAGE;
  }
  const own = visibleLocationIds(ctx.principal);
  const where: FilterQuery<StockMovement> = {
    ...(filter.sku ? { sku: filter.sku } : {}),
    ...(filter.locationId ? { location: filter.locationId } : own ? { location: { $in: own } } : {}),
  };
  return findNewestFirst(ctx.em, StockMovement, where, args);
}

/** Reads a cursor made by `findNewestFirst` or the batched loader: `[createdAt, id]`. */
export function decodeLedgerPosition(cursor: string): LedgerPosition {
  return decodeNewestFirstCursor(cursor);
}

/** A level's movements, newest first; batched with every other level asked for with the same page. */
export function stockLevelHistory(ctx: InventoryContext, level: StockLevel, args: PageArgs): Promise<Connection<StockMovement>> {
  const first = pageSize(args.first, 50);
  const after = args.after ? decodeLedgerPosition(args.after) : null;
  return ctx.loaders.historyOfLevel(first, after).load(`${level.sku.code}\u0000${level.location.id}`);
}
