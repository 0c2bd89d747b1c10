import type { BinLocationResolvers, PickListEntryResolvers, PickWaveResolvers } from '../__generated__/resolvers-types.ts';
import { findPickWave, pickListOf, waveOrders } from '../domain/pick-wave.service.ts';

export const pickWaveResolvers: PickWaveResolvers = {
  __resolveReference: ({ id }, ctx) => findPickWave(ctx, id),
  location: (wave) => ({ id: wave.locationId }),
  fulfillmentOrders: (wave, _args, ctx) => waveOrders(ctx, wave),
  pickList: (wave, _args, ctx) => pickListOf(ctx, wave),
};

export const pickListEntryResolvers: PickListEntryResolvers = {
  sku: (entry) => ({ code: entry.skuCode }),
};

export const binLocationResolvers: BinLocationResolvers = {
  location: (bin) => ({ id: bin.locationId }),
};
