import type { PriceListResolvers } from '../__generated__/resolvers-types.ts';
import { priceListEntries } from '../domain/price.service.ts';

export const PriceList: PriceListResolvers = {
  entries: async (list, { skus }, ctx) =>
    (await priceListEntries(ctx, list, skus)).map((entry) => ({ sku: entry.sku.code, price: { amount: entry.amount, currency: list.currency } })),
};
