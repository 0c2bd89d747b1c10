import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@oms/platform';
import { Location, SALES_CHANNELS, type SalesChannel } from '../../subgraphs/inventory/src/entities/location.entity.ts';
import { Sku } from '../../subgraphs/inventory/src/entities/sku.entity.ts';
import { StockLevel } from '../../subgraphs/inventory/src/entities/stock-level.entity.ts';
import type { TestSystem } from './system.ts';

/**
 * Locations, SKUs and stock of the inventory tests, written straight into the inventory tables
 * (as an ERP import would) so each test starts from figures it controls and no test sees another's.
 */

export function inventoryEm(system: TestSystem): EntityManager {
  return system.subgraphs.inventory.orm.em.fork();
}

let sequence = 0;

/** A code no other test uses, e.g. `INV-3-1A2B3C`. */
export function uniqueCode(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomUUID().slice(0, 6)}`.toUpperCase();
}

export interface TestLocationOptions {
  type?: 'WAREHOUSE' | 'STORE';
  channels?: SalesChannel[];
  latitude?: number;
  longitude?: number;
  active?: boolean;
  ships?: boolean;
  pickup?: boolean;
  shipFromStore?: boolean;
  defaultSafetyStock?: number;
}

/** An active location: by default a shipping warehouse serving every channel, or a pickup store. */
export async function createTestLocation(system: TestSystem, options: TestLocationOptions = {}): Promise<{ id: string; code: string }> {
  const em = inventoryEm(system);
  const type = options.type ?? 'WAREHOUSE';
  const location = em.create(Location, {
    code: uniqueCode(type === 'STORE' ? 'TST' : 'TWH'),
    name: `Test ${type.toLowerCase()}`,
    type,
    line1: '1 rue du Test',
    city: 'Lyon',
    postalCode: '69003',
    region: null,
    country: 'FR',
    latitude: options.latitude ?? 45.76,
    longitude: options.longitude ?? 4.85,
    active: options.active ?? true,
    ships: options.ships ?? type === 'WAREHOUSE',
    pickup: options.pickup ?? type === 'STORE',
    shipFromStore: options.shipFromStore ?? false,
    channels: options.channels ?? [...SALES_CHANNELS],
    dailyOrderCapacity: null,
    defaultSafetyStock: options.defaultSafetyStock ?? 0,
  });
  await em.flush();
  return { id: location.id, code: location.code };
}

export interface TestSkuOptions {
  presellLimit?: number;
  /** On hand per location id (safety stock 0 unless `safetyStock` says otherwise). */
  stock?: Record<string, number>;
  safetyStock?: number;
}

export async function createTestSku(system: TestSystem, options: TestSkuOptions = {}): Promise<string> {
  const em = inventoryEm(system);
  const code = uniqueCode('INV');
  const sku = em.create(Sku, { code, name: `Test item ${code}`, presellLimit: options.presellLimit ?? 0, attributes: [] });
  for (const [locationId, onHand] of Object.entries(options.stock ?? {})) {
    em.create(StockLevel, { sku, location: em.getReference(Location, locationId), onHand, reserved: 0, safetyStock: options.safetyStock ?? 0 });
  }
  await em.flush();
  return code;
}

export interface LevelFigures {
  onHand: number;
  reserved: number;
  safetyStock: number;
}

/** On hand / reserved / safety stock of a SKU per location id. */
export async function levelsOf(system: TestSystem, sku: string): Promise<Map<string, LevelFigures>> {
  const rows = await inventoryEm(system).execute<{ location_id: string; on_hand: number; reserved: number; safety_stock: number }[]>(
    'select location_id, on_hand, reserved, safety_stock from inventory.stock_level where sku_code = ?',
    [sku],
  );
  return new Map(rows.map((row) => [row.location_id, { onHand: row.on_hand, reserved: row.reserved, safetyStock: row.safety_stock }]));
}

export async function levelOf(system: TestSystem, sku: string, locationId: string): Promise<LevelFigures | undefined> {
  return (await levelsOf(system, sku)).get(locationId);
}

/**
 * Levels whose `reserved` differs from what is held there: the units of ACTIVE cart holds plus
 * those of ALLOCATED stock allocations. Empty when the invariant holds everywhere.
 */
export async function reservedInvariantViolations(system: TestSystem): Promise<unknown[]> {
  return inventoryEm(system).execute(
    `select sl.sku_code, sl.location_id, sl.reserved, held.quantity as held
     from inventory.stock_level sl
     cross join lateral (
       select coalesce((select sum(rl.quantity) from inventory.reservation_line rl
                        join inventory.reservation r on r.id = rl.reservation_id
                        where r.status = 'ACTIVE' and rl.sku_code = sl.sku_code and rl.location_id = sl.location_id), 0)
            + coalesce((select sum(a.quantity) from inventory.allocation a
                        where a.status = 'ALLOCATED' and a.kind = 'STOCK' and a.sku_code = sl.sku_code and a.location_id = sl.location_id), 0)
            as quantity
     ) held
     where sl.reserved <> held.quantity`,
  );
}

/** Ledger rows of a SKU, oldest first. */
export async function movementsOf(system: TestSystem, sku: string): Promise<{ kind: string; on_hand_before: number; on_hand_after: number; reserved_before: number; reserved_after: number; reference: string | null }[]> {
  return inventoryEm(system).execute(
    'select kind, on_hand_before, on_hand_after, reserved_before, reserved_after, reference from inventory.stock_movement where sku_code = ? order by created_at, id',
    [sku],
  );
}

/** Outbox events of a type whose payload mentions the SKU. */
export async function eventsFor(system: TestSystem, type: string, sku: string): Promise<{ payload: Record<string, unknown> }[]> {
  return inventoryEm(system).execute(`select payload from inventory.outbox_event where type = ? and payload::text like ? order by position`, [
    type,
    `%"${sku}"%`,
  ]);
}
