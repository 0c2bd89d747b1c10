import { requireService } from '@oms/platform';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { deliveryMutations } from './delivery.ts';
import { adjustStock } from '../domain/adjustment.service.ts';
import { allocateOrderStock, releaseOrderStock, type AllocateOrderStockOutcome } from '../domain/allocation.service.ts';
import { importInventoryFeed } from '../domain/feed.service.ts';
import { swapOrderAllocations } from '../domain/allocation-swap.service.ts';
import { revertOrderAllocationSwap } from '../domain/allocation-swap-revert.service.ts';
import { reallocateOrderLines } from '../domain/reallocation.service.ts';
import { sourcingRuleSetView } from '../domain/sourcing-decision.views.ts';
import { publishSourcingRuleSet } from '../domain/sourcing-rule-set.service.ts';
import { importSkus } from '../domain/sku-import.service.ts';
import { createPurchaseOrder, receivePurchaseOrder } from '../domain/purchase-order.service.ts';
import { extendReservation, releaseReservation, reserveStock } from '../domain/reservation.service.ts';
import { createTransfer, receiveTransfer, shipTransfer } from '../domain/transfer.service.ts';
import { sourcingMutations } from './sourcing.ts';

function allocationResult(outcome: AllocateOrderStockOutcome) {
  return outcome.allocated
    ? { __typename: 'StockAllocated' as const, allocations: outcome.allocations, deliveryQuote: outcome.deliveryQuote ?? null }
    : { __typename: 'StockShortage' as const, lines: outcome.shortfalls };
}

export const Mutation: MutationResolvers = {
  ...deliveryMutations,
  reserveStock: async (_root, { input }, ctx) => {
    const outcome = await reserveStock(ctx, input);
    return outcome.held ? outcome.reservation : { __typename: 'InsufficientStock', lines: outcome.shortfalls };
  },
  extendReservation: (_root, { id, ttlSeconds }, ctx) => extendReservation(ctx, id, ttlSeconds),
  releaseReservation: (_root, { id }, ctx) => releaseReservation(ctx, id),
  adjustStock: (_root, { input }, ctx) => adjustStock(ctx, input),
  importInventoryFeed: (_root, { input }, ctx) => importInventoryFeed(ctx, input),
  importSkus: (_root, { input }, ctx) => importSkus(ctx, input),
  createTransfer: (_root, { input }, ctx) => createTransfer(ctx, input),
  shipTransfer: (_root, { id }, ctx) => shipTransfer(ctx, id),
  receiveTransfer: (_root, { input }, ctx) => receiveTransfer(ctx, input),
  createPurchaseOrder: (_root, { input }, ctx) => createPurchaseOrder(ctx, input),
  receivePurchaseOrder: (_root, { input }, ctx) => receivePurchaseOrder(ctx, input),
  allocateOrderStock: async (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return allocationResult(await allocateOrderStock(ctx, input));
  },
  releaseOrderStock: (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return releaseOrderStock(ctx, input);
  },
  ...sourcingMutations,
  publishSourcingRuleSet: async (_root, { input }, ctx) => {
    const { ruleSet, status } = await publishSourcingRuleSet(ctx, input);
    return sourcingRuleSetView(ruleSet, status);
  },
  reallocateOrderLines: async (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return allocationResult(await reallocateOrderLines(ctx, input));
  },
  swapOrderAllocations: async (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return allocationResult(await swapOrderAllocations(ctx, input));
  },
  revertOrderAllocationSwap: (_root, { input }, ctx) => {
    requireService(ctx.principal);
    return revertOrderAllocationSwap(ctx, input);
  },
};
