import { defineEntity, p } from '@mikro-orm/core';
import type { StockShortfall } from '../domain/shortage.ts';

/** What a reallocation ended in, replayed to a caller that repeats the same reference. */
export type ReallocationOutcome =
  /**
   * `releasedAllocationIds`: the allocations given up (recorded since swaps can be reverted; absent on
   * older rows). `unrestored`: for a revert, units that could not be held again.
   */
  | { allocated: true; allocationIds: string[]; releasedAllocationIds?: string[]; unrestored?: { orderLineId: string; sku: string; quantity: number }[] }
  | { allocated: false; shortfalls: StockShortfall[] };

/**
 * One `reallocateOrderLines` call, by the caller's reference: written in the transaction that moved
 * the stock, so a retried call (the orders service handles events at least once) moves nothing twice.
 */
export const ReallocationSchema = defineEntity({
  name: 'Reallocation',
  tableName: 'reallocation',
  properties: {
    orderId: p.uuid().primary(),
    reference: p.string().length(200).primary(),
    outcome: p.json<ReallocationOutcome>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Reallocation extends ReallocationSchema.class {}
ReallocationSchema.setClass(Reallocation);
