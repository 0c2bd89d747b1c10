import { defineEntity, p } from '@mikro-orm/core';

export const STOCK_SWAP_KINDS = ['EDIT', 'ALTERNATIVE'] as const;
export type StockSwapKind = (typeof STOCK_SWAP_KINDS)[number];

/** PENDING: swapped (or about to be) at inventory, order not written yet; APPLIED: written with it; REVERTED: undone. */
export const STOCK_SWAP_STATUSES = ['PENDING', 'APPLIED', 'REVERTED'] as const;
export type StockSwapStatus = (typeof STOCK_SWAP_STATUSES)[number];

/** The payment authorization raised for the change before the swap: given back when the change is undone. */
export interface RaisedFunds {
  provider: string;
  reference: string;
  amount: number;
  currency: string;
  /** The order's payment raised in place (incremental authorization); null for a new authorization. */
  paymentId: string | null;
}

/**
 * A change of an order's stock at inventory (`swapOrderAllocations`) that the order itself must
 * follow: written and committed BEFORE the swap, marked APPLIED in the transaction that writes the
 * order. A row still PENDING once that transaction ended means the order was never written: the
 * swap (and the payment raised for it) is undone, at once by the request, or by the recovery sweeper
 * when the request could not (the service stopped in between). No foreign key to the order: the row
 * is written while the request holds the order's row lock, which a key check would wait for.
 */
export const OrderStockSwapSchema = defineEntity({
  name: 'OrderStockSwap',
  tableName: 'order_stock_swap',
  properties: {
    id: p.uuid().primary(),
    orderId: p.uuid(),
    kind: p.enum(STOCK_SWAP_KINDS),
    /** The swap's reference at inventory (its replay key, and the revert's). */
    reference: p.string().length(180),
    status: p.enum(STOCK_SWAP_STATUSES),
    raisedFunds: p.json<RaisedFunds>().nullable(),
    /** Units inventory could not hold again when the swap was undone (the order then waits for stock). */
    note: p.string().length(500).nullable(),
    createdAt: p.datetime(),
    resolvedAt: p.datetime().nullable(),
  },
  indexes: [
    // The recovery sweeper reads pending swaps only.
    {
      name: 'order_stock_swap_pending_index',
      expression: `create index "order_stock_swap_pending_index" on "orders"."order_stock_swap" ("created_at") where "status" = 'PENDING'`,
    },
  ],
  uniques: [{ properties: ['orderId', 'reference'] }],
});

export class OrderStockSwap extends OrderStockSwapSchema.class {}
OrderStockSwapSchema.setClass(OrderStockSwap);
