import type { SkuResolvers } from '../__generated__/resolvers-types.ts';
import { findSku, skuAvailableToSell, stockOfSku } from '../domain/inventory.service.ts';
import { skuPrice } from '../domain/price.service.ts';
import { substitutesOf } from '../domain/sku-substitutes.service.ts';

export const Sku: SkuResolvers = {
  __resolveReference: ({ code }, ctx) => findSku(ctx, code),
  attributes: (sku) => sku.attributes,
  dimensions: ({ lengthMm, widthMm, heightMm }) =>
    lengthMm != null && widthMm != null && heightMm != null ? { lengthMm, widthMm, heightMm } : null,
  stock: (sku, _args, ctx) => stockOfSku(ctx, sku),
  availableToSell: (sku, { channel }, ctx) => skuAvailableToSell(ctx, sku, channel),
  price: (sku, { channel, currency, at }, ctx) => skuPrice(ctx, sku.code, channel, currency, at),
  substitutes: (sku, _args, ctx) => substitutesOf(ctx, sku.code),
};
