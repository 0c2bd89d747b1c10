import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@oms/platform';
import { Location } from '../../subgraphs/inventory/src/entities/location.entity.ts';
import { PriceListEntry } from '../../subgraphs/inventory/src/entities/price-list-entry.entity.ts';
import { PriceList } from '../../subgraphs/inventory/src/entities/price-list.entity.ts';
import { Sku } from '../../subgraphs/inventory/src/entities/sku.entity.ts';
import { StockLevel } from '../../subgraphs/inventory/src/entities/stock-level.entity.ts';
import type { TestSystem } from './system.ts';

/**
 * Fresh catalogue and stock for order-capture tests, written straight into the inventory service's
 * tables (the way an ERP import would), so every test starts from numbers it controls.
 */

type Channel = 'WEB' | 'MOBILE' | 'STORE' | 'CALL_CENTER' | 'MARKETPLACE';
const ALL_CHANNELS: Channel[] = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'];

function inventoryEm(system: TestSystem): EntityManager {
  return system.subgraphs.inventory.orm.em.fork();
}

let sequence = 0;

/** A code no other test uses, e.g. `T-3-1a2b3c`. */
export function uniqueCode(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomUUID().slice(0, 6)}`.toUpperCase();
}

export interface LocationOptions {
  type?: 'WAREHOUSE' | 'STORE';
  pickup?: boolean;
  latitude?: number;
  longitude?: number;
}

/** An active location serving every channel; warehouses ship, stores take pickups. */
export async function createLocation(system: TestSystem, options: LocationOptions = {}): Promise<string> {
  const em = inventoryEm(system);
  const type = options.type ?? 'WAREHOUSE';
  const location = em.create(Location, {
    code: uniqueCode(type === 'STORE' ? 'ST' : 'WH'),
    name: `Test ${type.toLowerCase()}`,
    type,
    line1: '1 rue du Test',
    city: 'Lyon',
    postalCode: '69003',
    region: 'Auvergne-Rhône-Alpes',
    country: 'FR',
    latitude: options.latitude ?? 45.76,
    longitude: options.longitude ?? 4.85,
    active: true,
    ships: type === 'WAREHOUSE',
    pickup: options.pickup ?? type === 'STORE',
    shipFromStore: false,
    channels: ALL_CHANNELS,
    defaultSafetyStock: 0,
  });
  await em.flush();
  return location.id;
}

async function priceListInForce(em: EntityManager, channel: Channel, currency: string): Promise<PriceList> {
  const now = new Date();
  const inForce = await em.findOne(
    PriceList,
    { channel, currency, validFrom: { $lte: now }, $or: [{ validTo: null }, { validTo: { $gt: now } }] },
    { orderBy: { validFrom: 'desc' } },
  );
  return inForce ?? em.create(PriceList, { name: `${channel} ${currency}`, channel, currency, validFrom: new Date(Date.now() - 86_400_000), validTo: null });
}

export interface SkuOptions {
  /** Unit price in minor units for every channel; null leaves the SKU unpriced. */
  price?: number | null;
  presellLimit?: number;
  /** Units on hand per location id. */
  stock?: Record<string, number>;
}

/** A new SKU with its price in every channel's EUR list and the stock given. */
export async function createSku(system: TestSystem, options: SkuOptions = {}): Promise<string> {
  const em = inventoryEm(system);
  const code = uniqueCode('T');
  const sku = em.create(Sku, { code, name: `Test item ${code}`, presellLimit: options.presellLimit ?? 0 });
  const price = options.price === undefined ? 1000 : options.price;
  if (price !== null) {
    for (const channel of ALL_CHANNELS) {
      em.create(PriceListEntry, { priceList: await priceListInForce(em, channel, 'EUR'), sku, amount: price });
    }
  }
  for (const [locationId, onHand] of Object.entries(options.stock ?? {})) {
    em.create(StockLevel, { sku, location: em.getReference(Location, locationId), onHand, reserved: 0, safetyStock: 0 });
  }
  await em.flush();
  return code;
}

export interface StockLevelRow {
  locationId: string;
  onHand: number;
  reserved: number;
}

export async function stockOf(system: TestSystem, sku: string): Promise<StockLevelRow[]> {
  const rows = await inventoryEm(system).execute<{ location_id: string; on_hand: number; reserved: number }[]>(
    'select location_id, on_hand, reserved from inventory.stock_level where sku_code = ? order by location_id',
    [sku],
  );
  return rows.map((row) => ({ locationId: row.location_id, onHand: row.on_hand, reserved: row.reserved }));
}

export async function reservedOf(system: TestSystem, sku: string): Promise<number> {
  return (await stockOf(system, sku)).reduce((total, level) => total + level.reserved, 0);
}

/** Units of a SKU held by active STOCK allocations of the given orders (or of any order). */
export async function allocatedOf(system: TestSystem, sku: string, orderIds?: readonly string[]): Promise<number> {
  const rows = await inventoryEm(system).execute<{ total: string | null }[]>(
    `select sum(quantity)::text as total from inventory.allocation
     where sku_code = ? and status = 'ALLOCATED' and kind = 'STOCK'${orderIds ? ' and order_id = any(?::uuid[])' : ''}`,
    orderIds ? [sku, `{${orderIds.join(',')}}`] : [sku],
  );
  return Number(rows[0]?.total ?? 0);
}

/** How many order lines of the orders service sell this SKU (whatever their status). */
export async function orderLinesOf(system: TestSystem, sku: string): Promise<number> {
  const rows = await system.subgraphs.orders.orm.em.fork().execute<{ count: string }[]>(
    'select count(*)::text as count from orders.order_line where sku_code = ?',
    [sku],
  );
  return Number(rows[0]?.count ?? 0);
}

export async function orderCount(system: TestSystem): Promise<number> {
  const rows = await system.subgraphs.orders.orm.em.fork().execute<{ count: string }[]>('select count(*)::text as count from orders."order"');
  return Number(rows[0]?.count ?? 0);
}

export { errorCode } from './graphql.ts';
