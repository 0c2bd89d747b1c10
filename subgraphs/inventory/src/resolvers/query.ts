import { requireService } from '@oms/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { ordersFulfilledAt } from '../domain/allocation.service.ts';
import { availability } from '../domain/availability.service.ts';
import { findInventoryFeed } from '../domain/feed.service.ts';
import { findLocation, findSku, listLocations, listSkus, listStockMovements } from '../domain/inventory.service.ts';
import { listPriceLists, quoteLines } from '../domain/price.service.ts';
import { findPurchaseOrder, listPurchaseOrders } from '../domain/purchase-order.service.ts';
import { findReservation } from '../domain/reservation.service.ts';
import { findTransfer, listTransfers } from '../domain/transfer.service.ts';
import { deliveryQueries } from './delivery.ts';
import { sourcingQueries } from './sourcing.ts';

export const Query: QueryResolvers = {
  ...deliveryQueries,
  location: (_root, { id }, ctx) => findLocation(ctx, id),
  ...sourcingQueries,
  locations: (_root, { type, channel, activeOnly }, ctx) => listLocations(ctx, { type, channel, activeOnly }),
  sku: (_root, { code }, ctx) => findSku(ctx, code),
  skus: (_root, { first, after }, ctx) => listSkus(ctx, { first, after: after ?? null }),
  availability: (_root, { skus, channel, near, radiusKm }, ctx) => availability(ctx, { skus, channel, near, radiusKm }),
  priceLists: (_root, { channel, currency, activeAt }, ctx) => listPriceLists(ctx, { channel, currency, activeAt }),
  reservation: (_root, { id }, ctx) => findReservation(ctx, id),
  transfer: (_root, { id }, ctx) => findTransfer(ctx, id),
  transfers: (_root, { status, locationId }, ctx) => listTransfers(ctx, { status, locationId }),
  purchaseOrder: (_root, { id }, ctx) => findPurchaseOrder(ctx, id),
  purchaseOrders: (_root, { status, locationId }, ctx) => listPurchaseOrders(ctx, { status, locationId }),
  stockMovements: (_root, { sku, locationId, first, after }, ctx) => listStockMovements(ctx, { sku, locationId }, { first, after: after ?? null }),
  inventoryFeed: (_root, { feedId }, ctx) => findInventoryFeed(ctx, feedId),
  quoteLines: (_root, { skus, channel, currency, at }, ctx) => {
    requireService(ctx.principal);
    return quoteLines(ctx, { skus, channel, currency, at });
  },
  ordersFulfilledAt: (_root, { locationId }, ctx) => {
    requireService(ctx.principal);
    return ordersFulfilledAt(ctx, locationId);
  },
};
