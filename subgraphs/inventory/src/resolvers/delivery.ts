import { requireService } from '@oms/platform';
import type { DeliveryHolidayResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { addDeliveryHoliday, listCarrierServices, listDeliveryHolidays, removeDeliveryHoliday, setLocationDeliveryProfile, upsertCarrierService } from '../domain/delivery-network.service.ts';
import { deliveryPromise } from '../domain/delivery-promise.service.ts';
import { saleAlternatives } from '../domain/sale-alternatives.service.ts';
import { setSkuSubstitutes } from '../domain/sku-substitutes.service.ts';

/** Delivery promises, save-the-sale alternatives and the delivery network (spread into Query and Mutation). */
export const deliveryQueries: QueryResolvers = {
  deliveryPromise: async (_root, { input }, ctx) => {
    const promise = await deliveryPromise(ctx, input);
    return { ...promise, ruleSetName: promise.ruleSet.name, ruleSetVersion: promise.ruleSet.version };
  },
  saleAlternatives: (_root, { input }, ctx) => saleAlternatives(ctx, input),
  sourcingAlternatives: (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return saleAlternatives(ctx, input);
  },
  carrierServices: (_root, { activeOnly }, ctx) => listCarrierServices(ctx, activeOnly ?? false),
  deliveryHolidays: (_root, { from, to, country, locationId }, ctx) => listDeliveryHolidays(ctx, { from, to, country, locationId }),
};

export const deliveryMutations: MutationResolvers = {
  upsertCarrierService: (_root, { input }, ctx) => upsertCarrierService(ctx, input),
  setLocationDeliveryProfile: async (_root, { input }, ctx) => (await setLocationDeliveryProfile(ctx, input)).location,
  addDeliveryHoliday: (_root, { input }, ctx) => addDeliveryHoliday(ctx, input),
  removeDeliveryHoliday: (_root, { id }, ctx) => removeDeliveryHoliday(ctx, id),
  setSkuSubstitutes: (_root, { sku, substitutes }, ctx) => setSkuSubstitutes(ctx, sku, substitutes),
};

export const DeliveryHoliday: DeliveryHolidayResolvers = {
  location: (holiday, _args, ctx) => (holiday.locationId ? ctx.loaders.locationById.load(holiday.locationId) : null),
};
