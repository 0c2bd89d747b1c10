import { DomainError, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { Reallocation } from '../entities/reallocation.entity.ts';
import { recordStockReleased, releaseAllocationUnits } from './allocation-units.ts';
import {
  createAllocations,
  holdOrderLines,
  pickupStore,
  shortageReport,
  type AllocateOrderStockOutcome,
  type AllocateOrderStockRequest,
  type AllocationDelivery,
} from './allocation.service.ts';
import { deliveryPoint, type GeoPoint } from './geo.ts';
import { completeReallocation, reallocating, rulesForOrderScope } from './reallocation-steps.ts';
import { isShortageSignal, ShortageSignal } from './shortage.ts';
import { loadSourcingSnapshot } from './sourcing-snapshot.ts';
import type { StockJournal } from './stock-journal.ts';
import { requireLineCount, requireQuantity, requireText, requireUuid } from './validation.ts';

const MAX_LINES = 200;
const DEFAULT_REASON = 're-sourced';

export interface ReallocateLineRequest {
  orderLineId: string;
  /** The allocation that held the units. */
  allocationId: string;
  sku: string;
  quantity: number;
}

export interface ReallocateOrderLinesRequest {
  orderId: string;
  channel: SalesChannel;
  delivery: AllocationDelivery;
  lines: readonly ReallocateLineRequest[];
  excludeLocationIds: readonly string[];
  reason?: string | null | undefined;
  /** The caller's idempotency reference (e.g. the id of the event that asked for it). */
  reference: string;
}

function validate(request: ReallocateOrderLinesRequest): { reason: string; reference: string } {
  requireUuid(request.orderId, 'orderId');
  requireLineCount(request.lines.length, MAX_LINES);
  for (const line of request.lines) {
    requireUuid(line.orderLineId, 'orderLineId');
    requireUuid(line.allocationId, 'allocationId');
    requireQuantity(line.quantity, line.sku);
  }
  for (const id of request.excludeLocationIds) requireUuid(id, 'excludeLocationIds');
  return {
    reason: request.reason == null || request.reason.trim() === '' ? DEFAULT_REASON : requireText(request.reason, 'reason', 500),
    reference: requireText(request.reference, 'reference', 200),
  };
}

/** The allocation request that holds the units again: one line per order line, never at an excluded location, never presold. */
function allocationRequestOf(request: ReallocateOrderLinesRequest): AllocateOrderStockRequest {
  const byLine = new Map<string, { lineId: string; sku: string; quantity: number }>();
  for (const line of request.lines) {
    const key = `${line.orderLineId}\n${line.sku}`;
    const entry = byLine.get(key);
    if (entry) entry.quantity += line.quantity;
    else byLine.set(key, { lineId: line.orderLineId, sku: line.sku, quantity: line.quantity });
  }
  return {
    orderId: request.orderId,
    channel: request.channel,
    delivery: request.delivery,
    lines: [...byLine.values()],
    allowPresell: false,
    excludeLocationIds: request.excludeLocationIds,
  };
}

/**
 * Gives up the units at the failing location: each line takes what its allocation still holds (at
 * most the line's quantity). An allocation that holds nothing any more (released, shipped) gives
 * nothing; the units are re-sourced all the same, since the order still needs them.
 */
async function releaseFailingUnits(tx: EntityManager, journal: StockJournal, request: ReallocateOrderLinesRequest, reason: string): Promise<Allocation[]> {
  const ids = [...new Set(request.lines.map((line) => line.allocationId))];
  const allocations = new Map(
    (await tx.find(Allocation, { id: { $in: ids } }, { refresh: true })).map((allocation) => [allocation.id, allocation]),
  );
  // One part per allocation: splitting it twice in one go would split the remainder, not the original.
  const taken = new Map<Allocation, number>();
  for (const line of request.lines) {
    const allocation = allocations.get(line.allocationId);
    if (!allocation || allocation.orderId !== request.orderId || allocation.orderLineId !== line.orderLineId) {
      throw new DomainError('BAD_USER_INPUT', `Allocation ${line.allocationId} is not an allocation of order line ${line.orderLineId}`, {
        allocationId: line.allocationId,
      });
    }
    if (allocation.status !== 'ALLOCATED') continue;
    const quantity = Math.min(line.quantity, allocation.quantity - (taken.get(allocation) ?? 0));
    if (quantity > 0) taken.set(allocation, (taken.get(allocation) ?? 0) + quantity);
  }
  return releaseAllocationUnits(
    tx,
    journal,
    [...taken].map(([allocation, quantity]) => ({ allocation, quantity })),
    { reason, reference: request.orderId },
  );
}

/**
 * Re-sources units of an order away from a location that cannot serve them: in ONE transaction the
 * units are released there and held elsewhere (nearest first, split when needed, never at an
 * excluded location; the allocation rules of `allocateOrderStock`). Without enough stock elsewhere
 * nothing is held, but the failing location still gives its units up (it cannot serve them) in a
 * transaction of its own, and the shortage is the answer. Idempotent per (orderId, reference).
 */
export async function reallocateOrderLines(ctx: InventoryContext, request: ReallocateOrderLinesRequest): Promise<AllocateOrderStockOutcome> {
  const { reason, reference } = validate(request);
  const allocationRequest = allocationRequestOf(request);
  const skuCodes = [...new Set(allocationRequest.lines.map((line) => line.sku))];
  let point: GeoPoint | undefined;
  try {
    return await reallocating(ctx.em, { orderId: request.orderId, reference }, async (tx, journal) => {
      const released = await releaseFailingUnits(tx, journal, request, reason);
      const store = await pickupStore(tx, allocationRequest);
      point = store ?? deliveryPoint(request.delivery);
      const snapshot = await loadSourcingSnapshot(tx, skuCodes, request.channel);
      const unknown = skuCodes.filter((code) => !snapshot.skus.has(code));
      if (unknown.length > 0) throw new ShortageSignal(unknown);
      // Re-sourced under the rules in force now for the order's scope, like a new order.
      const drafts = await holdOrderLines(tx, journal, allocationRequest, snapshot, point, await rulesForOrderScope(tx, allocationRequest));
      const created = createAllocations(tx, allocationRequest, drafts);
      return completeReallocation(tx, journal, request, { reason, reference, released, created });
    });
  } catch (error) {
    if (!isShortageSignal(error)) throw error;
    const shortfalls = await shortageReport(ctx.em.fork(), allocationRequest, point, error.failedSkus);
    return reallocating(ctx.em, { orderId: request.orderId, reference }, async (tx, journal) => {
      const released = await releaseFailingUnits(tx, journal, request, `${reason} (no stock elsewhere)`);
      recordStockReleased(tx, request.orderId, reason, released);
      tx.create(Reallocation, { orderId: request.orderId, reference, outcome: { allocated: false, shortfalls } });
      journal.publish();
      return { allocated: false, shortfalls };
    });
  }
}
