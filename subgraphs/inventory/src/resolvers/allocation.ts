import type { AllocationResolvers, AllocationResultResolvers, OrderResolvers } from '../__generated__/resolvers-types.ts';
import { allocationsOfOrder } from '../domain/allocation.service.ts';
import { locationOf } from '../domain/inventory.service.ts';

export const AllocationResult: AllocationResultResolvers = {
  __resolveType: (result) => ('allocations' in result ? 'StockAllocated' : 'StockShortage'),
};

export const Allocation: AllocationResolvers = {
  sku: (allocation) => allocation.sku.code,
  location: (allocation, _args, ctx) => locationOf(ctx, allocation),
};

export const Order: OrderResolvers = {
  // Any order id is a valid reference: an order that never held stock here has no allocations.
  __resolveReference: ({ id }) => ({ __typename: 'Order', id }),
  allocations: (order, _args, ctx) => allocationsOfOrder(ctx, order.id),
  sourcingDecision: (order, _args, ctx) => ctx.loaders.sourcingDecisionByOrderId.load(order.id),
};
