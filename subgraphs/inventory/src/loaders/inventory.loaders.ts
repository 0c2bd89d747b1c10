import DataLoader from 'dataloader';
import { entityByIdLoader, groupedLoader, type EntityManager } from '@oms/platform';
import { Location } from '../entities/location.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { StockLevel } from '../entities/stock-level.entity.ts';

export function createInventoryLoaders(em: EntityManager) {
  return {
    locationById: entityByIdLoader(em, Location),
    // SKUs are keyed by code, not by a UUID, so the platform's by-id loader does not fit.
    skuByCode: new DataLoader<string, Sku | null>(async (codes) => {
      const found = await em.find(Sku, { code: { $in: [...codes] } });
      const byCode = new Map(found.map((sku) => [sku.code, sku]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    stockBySkuCode: groupedLoader<string, StockLevel>(
      (codes) => em.find(StockLevel, { sku: { $in: [...codes] } }, { orderBy: { location: { code: 'asc' } } }),
      (level) => level.sku.code,
    ),
    stockByLocationId: groupedLoader<string, StockLevel>(
      (locationIds) => em.find(StockLevel, { location: { $in: [...locationIds] } }, { orderBy: { sku: 'asc' } }),
      (level) => level.location.id,
    ),
  };
}

export type InventoryLoaders = ReturnType<typeof createInventoryLoaders>;
