import DataLoader from 'dataloader';
import type { EntityManager } from '@oms/platform';
import { LocationDeliveryProfile } from '../entities/location-delivery-profile.entity.ts';
import { SkuSubstitute } from '../entities/sku-substitute.entity.ts';

/** Loaders of the delivery network and the substitutes of the item master, built per request. */
export function createDeliveryLoaders(em: EntityManager) {
  return {
    deliveryProfileByLocationId: new DataLoader<string, LocationDeliveryProfile | null>(async (ids) => {
      const found = await em.find(LocationDeliveryProfile, { location: { $in: [...ids] } });
      const byId = new Map(found.map((profile) => [profile.location.id, profile]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Substitute SKU codes of each SKU, in order of preference. */
    substitutesBySku: new DataLoader<string, string[]>(async (codes) => {
      const found = await em.find(SkuSubstitute, { skuCode: { $in: [...codes] } }, { orderBy: { skuCode: 'asc', position: 'asc' } });
      return codes.map((code) => found.filter((row) => row.skuCode === code).map((row) => row.substituteCode));
    }),
  };
}
