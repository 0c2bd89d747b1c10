/**
 * What sourcing needs to know, read in one statement: the SKUs asked for (to tell unknown ones),
 * their levels at active locations serving the channel, those locations, and the channel's buffer.
 * Only a starting point: every hold is then a conditional update that rechecks the figures.
 */
import type { EntityManager } from '@oms/platform';
import type { LocationType, SalesChannel } from '../entities/location.entity.ts';
import type { LocationProfile } from './sourcing.ts';
import { channelAvailableToSell } from './stock.ts';
import { sql, textArray, uuidArray } from './sql.ts';

export interface SnapshotLevel {
  location: LocationProfile;
  onHand: number;
  reserved: number;
  safetyStock: number;
  /** Available through the channel (buffer deducted). */
  available: number;
}

export interface SkuSnapshot {
  code: string;
  presellLimit: number;
  /** Grams per unit, from the item master; null when unknown. */
  weightGrams: number | null;
  levels: SnapshotLevel[];
}

export interface SourcingSnapshot {
  channel: SalesChannel;
  channelBuffer: number;
  skus: Map<string, SkuSnapshot>;
}

interface SnapshotRow {
  code: string;
  presell_limit: number;
  weight_grams: number | null;
  buffer: number;
  location_id: string | null;
  on_hand: number | null;
  reserved: number | null;
  safety_stock: number | null;
  location_code: string | null;
  location_type: LocationType | null;
  ships: boolean | null;
  pickup: boolean | null;
  ship_from_store: boolean | null;
  latitude: number | null;
  longitude: number | null;
  country: string | null;
}

export async function loadSourcingSnapshot(em: EntityManager, skuCodes: readonly string[], channel: SalesChannel): Promise<SourcingSnapshot> {
  const rows = await sql<SnapshotRow>(
    em,
    `select s.code, s.presell_limit, s.weight_grams,
            coalesce((select safety_buffer from inventory.channel_setting where channel = ?), 0) as buffer,
            sl.location_id, sl.on_hand, sl.reserved, sl.safety_stock,
            l.code as location_code, l.type as location_type, l.ships, l.pickup, l.ship_from_store, l.latitude, l.longitude, l.country
     from inventory.sku s
     left join (inventory.stock_level sl join inventory.location l on l.id = sl.location_id and l.active and ? = any(l.channels))
       on sl.sku_code = s.code
     where s.code = any(?::text[])`,
    [channel, channel, textArray([...new Set(skuCodes)])],
  );
  const skus = new Map<string, SkuSnapshot>();
  let channelBuffer = 0;
  for (const row of rows) {
    channelBuffer = Number(row.buffer);
    let sku = skus.get(row.code);
    if (!sku) {
      sku = { code: row.code, presellLimit: Number(row.presell_limit), weightGrams: row.weight_grams === null ? null : Number(row.weight_grams), levels: [] };
      skus.set(row.code, sku);
    }
    if (row.location_id === null) continue;
    const onHand = Number(row.on_hand);
    const reserved = Number(row.reserved);
    const safetyStock = Number(row.safety_stock);
    sku.levels.push({
      location: {
        id: row.location_id,
        code: row.location_code!,
        type: row.location_type!,
        active: true,
        ships: row.ships!,
        pickup: row.pickup!,
        shipFromStore: row.ship_from_store!,
        channels: [channel],
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        country: row.country!,
      },
      onHand,
      reserved,
      safetyStock,
      available: channelAvailableToSell(onHand, reserved, safetyStock, channelBuffer),
    });
  }
  return { channel, channelBuffer, skus };
}

/** Fresh available-to-sell of one SKU at some locations (after a conditional update lost a race). */
export async function currentAvailability(
  em: EntityManager,
  sku: string,
  locationIds: readonly string[],
  channelBuffer: number,
): Promise<Map<string, number>> {
  if (locationIds.length === 0) return new Map();
  const rows = await sql<{ location_id: string; on_hand: number; reserved: number; safety_stock: number }>(
    em,
    `select location_id, on_hand, reserved, safety_stock from inventory.stock_level
     where sku_code = ? and location_id = any(?::uuid[])`,
    [sku, uuidArray(locationIds)],
  );
  return new Map(
    rows.map((row) => [row.location_id, channelAvailableToSell(Number(row.on_hand), Number(row.reserved), Number(row.safety_stock), channelBuffer)]),
  );
}
