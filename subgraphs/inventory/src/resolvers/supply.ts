import type {
  PurchaseOrderLineResolvers,
  PurchaseOrderResolvers,
  TransferLineResolvers,
  TransferResolvers,
} from '../__generated__/resolvers-types.ts';
import { locationOf } from '../domain/inventory.service.ts';
import { purchaseOrderLines } from '../domain/purchase-order.service.ts';
import { inTransit, transferLines } from '../domain/transfer.service.ts';

export const Transfer: TransferResolvers = {
  from: (transfer, _args, ctx) => locationOf(ctx, { location: transfer.fromLocation }),
  to: (transfer, _args, ctx) => locationOf(ctx, { location: transfer.toLocation }),
  lines: (transfer, _args, ctx) => transferLines(ctx, transfer),
};

export const TransferLine: TransferLineResolvers = {
  sku: (line) => line.sku.code,
  // Lines are loaded with their transfer (see the loader).
  inTransit: (line) => inTransit(line.transfer.status, line),
};

export const PurchaseOrder: PurchaseOrderResolvers = {
  location: (order, _args, ctx) => locationOf(ctx, order),
  lines: (order, _args, ctx) => purchaseOrderLines(ctx, order),
};

export const PurchaseOrderLine: PurchaseOrderLineResolvers = {
  sku: (line) => line.sku.code,
};
