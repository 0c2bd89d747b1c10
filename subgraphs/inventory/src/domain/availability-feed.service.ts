/**
 * Live availability: every committed change of a stock level (its StockChanged event) pushed to
 * the subscribers following that SKU, at one location or at all of them.
 *
 * StockChanged events keep the stock level's id as their aggregate id and carry `sku` and
 * `locationId` in the payload; subscribers are matched on those (a `where` filter), which also
 * covers levels created after the subscription started (a first receipt at a location).
 */
import { parseEvent, StockChanged } from '@oms/contracts';
import { DomainError, isUuid, type BusEvent } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { StockLevel } from '../entities/stock-level.entity.ts';
import { stockLocationsOf } from './inventory-access.ts';

export const MAX_FOLLOWED_SKUS = 200;

export interface AvailabilityFollow {
  skus: readonly string[];
  locationId?: string | null | undefined;
}

/** The changes of these SKUs' stock from now on, as the bus delivers them. */
export function followAvailability(ctx: InventoryContext, follow: AvailabilityFollow): AsyncIterableIterator<BusEvent> {
  const skus = new Set(follow.skus.map((sku) => sku.trim()).filter((sku) => sku !== ''));
  if (skus.size === 0) throw new DomainError('BAD_USER_INPUT', 'Give at least one SKU to follow', { argument: 'skus' });
  if (skus.size > MAX_FOLLOWED_SKUS) {
    throw new DomainError('BAD_USER_INPUT', `At most ${MAX_FOLLOWED_SKUS} SKUs per subscription (got ${skus.size})`, { argument: 'skus' });
  }
  const locationId = follow.locationId ?? null;
  if (locationId !== null && !isUuid(locationId)) throw new DomainError('BAD_USER_INPUT', `locationId is not a valid id: ${locationId}`, { argument: 'locationId' });
  if (!ctx.live) throw new DomainError('SERVICE_UNAVAILABLE', 'Live updates are not available: this service runs without an event bus');
  const location = locationId?.toLowerCase() ?? null;
  // A store associate (or a key bound to locations) follows their own locations only: another one
  // delivers nothing, exactly as a location that does not exist.
  const own = stockLocationsOf(ctx.principal);
  return ctx.live.listen({
    types: [StockChanged.type],
    // An event that breaks its contract reaches no one.
    where: (event) => {
      const parsed = parseEvent(StockChanged, event);
      if (!parsed.ok) return false;
      const { sku, locationId: at } = parsed.value;
      return skus.has(sku) && (location === null || at === location) && (own === undefined || own.includes(at));
    },
  });
}

/** The stock level an event is about, as committed now: a fresh unit of work per event. */
export async function stockLevelOfEvent(ctx: InventoryContext, event: BusEvent): Promise<StockLevel> {
  const parsed = parseEvent(StockChanged, event);
  const level = parsed.ok ? await ctx.em.fork().findOne(StockLevel, { sku: parsed.value.sku, location: parsed.value.locationId }) : null;
  if (!level) throw new DomainError('NOT_FOUND', `No stock level for event ${event.id}`);
  return level;
}
