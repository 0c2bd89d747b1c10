/**
 * Undoing a swap of an order's allocations (`swapOrderAllocations`) whose order could not be
 * written afterwards: the orders service swaps stock first and writes the order second, in two
 * databases, so when its write fails (or it stops in between) the compensation of its command's
 * `stock-swap` intent asks for the swap to be reverted (in the request, or from its recovery worker).
 * The allocations the swap made are released; those it released are held again, the same rows at
 * the same locations, so the order holds exactly what it held before the edit.
 */
import { eventPayload, StockAllocated } from '@oms/contracts';
import { DomainError, recordEvent, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import { Reallocation } from '../entities/reallocation.entity.ts';
import { allocationSummary, recordStockReleased, releaseAllocationUnits } from './allocation-units.ts';
import { lockOrder } from './allocation.service.ts';
import { inTransaction, sql } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { reinstateHeldStock } from './stock-writer.ts';
import { requireText, requireUuid } from './validation.ts';

export interface RevertOrderAllocationSwapRequest {
  orderId: string;
  /** The reference the swap was made with. */
  reference: string;
  reason: string;
}

/** Units of a line the revert could not hold again: someone took them between the swap and its revert. */
export interface UnrestoredUnits {
  orderLineId: string;
  sku: string;
  quantity: number;
}

export interface AllocationSwapRevert {
  /** Whether a swap with that reference had committed (false: nothing to undo, and it never will commit). */
  reverted: boolean;
  /** The allocations held again. */
  restored: Allocation[];
  unrestored: UnrestoredUnits[];
}

/** The revert's own record: derived from the swap's, so repeating the revert changes nothing. */
export const revertReference = (reference: string) => `revert:${reference}`;

/**
 * Reverts the swap (orderId, reference) in one transaction under the order's lock. Idempotent: the
 * revert is recorded under a reference derived from the swap's and replayed. When no swap of that
 * reference committed, the reference is spent (recorded as a swap that held nothing), so a swap
 * request still on its way cannot commit after its revert.
 */
export async function revertOrderAllocationSwap(ctx: InventoryContext, request: RevertOrderAllocationSwapRequest): Promise<AllocationSwapRevert> {
  requireUuid(request.orderId, 'orderId');
  const reference = requireText(request.reference, 'reference', 180);
  const reason = requireText(request.reason, 'reason', 500);
  if (reference.startsWith('revert:')) throw new DomainError('BAD_USER_INPUT', 'A revert cannot be reverted', { field: 'reference' });
  const orderId = request.orderId.toLowerCase();
  return inTransaction(ctx.em, async (tx) => {
    await lockOrder(tx, orderId);
    const done = await tx.findOne(Reallocation, { orderId, reference: revertReference(reference) });
    if (done) {
      if (!done.outcome.allocated || done.outcome.releasedAllocationIds === undefined) return { reverted: false, restored: [], unrestored: [] };
      const ids = done.outcome.allocationIds;
      const restored = ids.length > 0 ? await tx.find(Allocation, { id: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
      return { reverted: true, restored, unrestored: done.outcome.unrestored ?? [] };
    }
    const swap = await tx.findOne(Reallocation, { orderId, reference });
    if (!swap) {
      tx.create(Reallocation, { orderId, reference, outcome: { allocated: false, shortfalls: [] } });
      tx.create(Reallocation, { orderId, reference: revertReference(reference), outcome: { allocated: true, allocationIds: [] } });
      return { reverted: false, restored: [], unrestored: [] };
    }
    if (!swap.outcome.allocated) {
      // A shortage changed nothing: nothing to undo.
      tx.create(Reallocation, { orderId, reference: revertReference(reference), outcome: { allocated: true, allocationIds: [] } });
      return { reverted: false, restored: [], unrestored: [] };
    }
    const journal = new StockJournal(tx);
    const made = swap.outcome.allocationIds.length > 0 ? await tx.find(Allocation, { id: { $in: swap.outcome.allocationIds }, status: 'ALLOCATED' }, { refresh: true }) : [];
    const released = await releaseAllocationUnits(
      tx,
      journal,
      made.map((allocation) => ({ allocation, quantity: allocation.quantity })),
      { reason, reference: orderId },
    );
    const givenUp = swap.outcome.releasedAllocationIds ?? [];
    const toRestore = givenUp.length > 0 ? await tx.find(Allocation, { id: { $in: givenUp }, status: 'RELEASED' }, { refresh: true, populate: ['sku', 'location', 'purchaseOrderLine'] }) : [];
    const restored: Allocation[] = [];
    const unrestored: UnrestoredUnits[] = [];
    for (const allocation of toRestore) {
      const held =
        allocation.kind === 'STOCK'
          ? await reinstateHeldStock(tx, journal, { sku: allocation.sku.code, locationId: allocation.location.id, quantity: allocation.quantity, reference: orderId, reason })
          : await repromise(tx, allocation);
      if (!held) {
        unrestored.push({ orderLineId: allocation.orderLineId, sku: allocation.sku.code, quantity: allocation.quantity });
        continue;
      }
      allocation.status = 'ALLOCATED';
      allocation.releasedAt = null;
      restored.push(allocation);
    }
    recordStockReleased(tx, orderId, reason, released);
    if (restored.length > 0) {
      recordEvent(tx, { type: StockAllocated.type, aggregateType: 'Order', aggregateId: orderId, payload: eventPayload(StockAllocated, { orderId, reason, allocations: restored.map(allocationSummary) }) });
    }
    // `releasedAllocationIds` (what this revert released) also marks that a swap was undone, for replays.
    tx.create(Reallocation, {
      orderId,
      reference: revertReference(reference),
      outcome: { allocated: true, allocationIds: restored.map((allocation) => allocation.id), releasedAllocationIds: released.map((allocation) => allocation.id), unrestored },
    });
    journal.publish();
    return { reverted: true, restored, unrestored };
  });
}

/** A presell promise given back by the swap, taken again from its purchase order line if it still has room. */
async function repromise(tx: EntityManager, allocation: Allocation): Promise<boolean> {
  if (!allocation.purchaseOrderLine) return false;
  const [promised] = await sql(
    tx,
    `update inventory.purchase_order_line set quantity_promised = quantity_promised + ?
     where id = ? and quantity_ordered - quantity_received - quantity_promised >= ? returning id`,
    [allocation.quantity, allocation.purchaseOrderLine.id, allocation.quantity],
  );
  return promised !== undefined;
}
