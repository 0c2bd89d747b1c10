import { DomainError } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { ChannelSetting } from '../entities/channel-setting.entity.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { haversineKm, isValidPoint, roundKm, type GeoPoint } from './geo.ts';
import { sql, textArray, uuidArray } from './sql.ts';
import { channelAvailableToSell } from './stock.ts';

export const MAX_AVAILABILITY_SKUS = 200;

export interface LocationAvailability {
  location: Location;
  availableToSell: number;
}

export interface PickupStore {
  location: Location;
  distanceKm: number;
  availableToSell: number;
}

export interface SkuAvailability {
  sku: string;
  availableToSell: number;
  locations: LocationAvailability[];
  earliestPromiseDate: Date | null;
  presellAvailable: number;
  pickupStores: PickupStore[];
}

export interface AvailabilityRequest {
  skus: readonly string[];
  channel: SalesChannel;
  near?: GeoPoint | null | undefined;
  radiusKm?: number | null | undefined;
}

interface InboundRow {
  code: string;
  presell_limit: number;
  presold: number;
  inbound_room: number;
  next_inbound: Date | string | null;
}

/**
 * When stock can be promised: now when there is some to sell, else the first inbound arrival that
 * still has unpromised units (never in the past: a late delivery is promised from today), else null.
 */
export function earliestPromiseDate(availableToSell: number, nextInbound: Date | null, now: Date): Date | null {
  if (availableToSell > 0) return now;
  if (!nextInbound) return null;
  return nextInbound.getTime() > now.getTime() ? nextInbound : now;
}

/** Units still open for presell: the SKU's limit less what is presold, bounded by the unpromised inbound supply. */
export function presellAvailable(presellLimit: number, presold: number, inboundRoom: number): number {
  return Math.max(0, Math.min(presellLimit - presold, inboundRoom));
}

/**
 * Availability of many SKUs for a channel in four statements whatever their number: locations
 * serving the channel, its buffer, the levels of every SKU there, and inbound supply with presell
 * figures. Unknown SKUs answer zeros.
 */
export async function availability(ctx: InventoryContext, request: AvailabilityRequest): Promise<SkuAvailability[]> {
  if (request.skus.length > MAX_AVAILABILITY_SKUS) {
    throw new DomainError('BAD_USER_INPUT', `At most ${MAX_AVAILABILITY_SKUS} SKUs per call (got ${request.skus.length})`, { argument: 'skus' });
  }
  const near = request.near ?? undefined;
  if (near && !isValidPoint(near)) throw new DomainError('BAD_USER_INPUT', 'near is not a valid point', { argument: 'near' });
  const radiusKm = request.radiusKm ?? 50;
  if (!(radiusKm > 0 && radiusKm <= 20_000)) throw new DomainError('BAD_USER_INPUT', 'radiusKm must be above 0 and at most 20000', { argument: 'radiusKm' });
  const codes = [...new Set(request.skus)];
  if (codes.length === 0) return [];
  const now = new Date();

  const locations = (await ctx.em.find(Location, { active: true }, { orderBy: { code: 'asc' } })).filter((location) =>
    location.channels.includes(request.channel),
  );
  for (const location of locations) ctx.loaders.locationById.prime(location.id, location);
  const byId = new Map(locations.map((location) => [location.id, location]));
  const ids = locations.map((location) => location.id);
  const buffer = (await ctx.em.findOne(ChannelSetting, { channel: request.channel }))?.safetyBuffer ?? 0;

  const levels =
    ids.length === 0
      ? []
      : await sql<{ sku_code: string; location_id: string; on_hand: number; reserved: number; safety_stock: number }>(
          ctx.em,
          `select sku_code, location_id, on_hand, reserved, safety_stock from inventory.stock_level
           where sku_code = any(?::text[]) and location_id = any(?::uuid[])`,
          [textArray(codes), uuidArray(ids)],
        );
  const inbound = await sql<InboundRow>(
    ctx.em,
    `select s.code, s.presell_limit,
            coalesce((select sum(a.quantity) from inventory.allocation a
                      where a.sku_code = s.code and a.kind = 'PRESELL' and a.status = 'ALLOCATED'), 0)::int as presold,
            coalesce(sum(pol.quantity_ordered - pol.quantity_received - pol.quantity_promised), 0)::int as inbound_room,
            min(po.expected_at) as next_inbound
     from inventory.sku s
     left join (inventory.purchase_order_line pol
                join inventory.purchase_order po on po.id = pol.purchase_order_id
                  and po.status in ('OPEN', 'PARTIALLY_RECEIVED') and po.location_id = any(?::uuid[]))
       on pol.sku_code = s.code and pol.quantity_ordered - pol.quantity_received - pol.quantity_promised > 0
     where s.code = any(?::text[])
     group by s.code, s.presell_limit`,
    [uuidArray(ids), textArray(codes)],
  );
  const inboundBySku = new Map(inbound.map((row) => [row.code, row]));
  const levelsBySku = new Map<string, LocationAvailability[]>();
  for (const level of levels) {
    const location = byId.get(level.location_id)!;
    const entry = {
      location,
      availableToSell: channelAvailableToSell(Number(level.on_hand), Number(level.reserved), Number(level.safety_stock), buffer),
    };
    levelsBySku.set(level.sku_code, [...(levelsBySku.get(level.sku_code) ?? []), entry]);
  }

  return codes.map((sku) => {
    const distance = (location: Location) => (near ? roundKm(haversineKm(near, location)) : null);
    const perLocation = (levelsBySku.get(sku) ?? []).sort((a, b) => {
      const da = distance(a.location);
      const db = distance(b.location);
      if (da !== null && db !== null && da !== db) return da - db;
      return a.location.code < b.location.code ? -1 : 1;
    });
    const total = perLocation.reduce((sum, entry) => sum + entry.availableToSell, 0);
    const supply = inboundBySku.get(sku);
    const nextInbound = supply?.next_inbound ? new Date(supply.next_inbound) : null;
    const pickupStores: PickupStore[] = [];
    if (near) {
      for (const entry of perLocation) {
        if (!entry.location.pickup || entry.availableToSell <= 0) continue;
        const distanceKm = distance(entry.location)!;
        if (distanceKm <= radiusKm) pickupStores.push({ location: entry.location, distanceKm, availableToSell: entry.availableToSell });
      }
    }
    return {
      sku,
      availableToSell: total,
      locations: perLocation,
      earliestPromiseDate: earliestPromiseDate(total, nextInbound, now),
      presellAvailable: supply ? presellAvailable(Number(supply.presell_limit), Number(supply.presold), Number(supply.inbound_room)) : 0,
      pickupStores,
    };
  });
}
