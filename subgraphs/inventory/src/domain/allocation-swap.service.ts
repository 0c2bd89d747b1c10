import { DomainError, recordEvent, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { Reallocation, type ReallocationOutcome } from '../entities/reallocation.entity.ts';
import { allocationSummary, recordStockReleased, releaseAllocationUnits } from './allocation-units.ts';
import {
  createAllocations,
  holdOrderLines,
  lockOrder,
  pickupStore,
  recordedSegments,
  scopeFactsOf,
  shortageReport,
  type AllocateLineRequest,
  type AllocateOrderStockOutcome,
  type AllocateOrderStockRequest,
  type AllocationDelivery,
} from './allocation.service.ts';
import { deliveryPoint, type GeoPoint } from './geo.ts';
import { isShortageSignal } from './shortage.ts';
import { loadSourcingSnapshot } from './sourcing-snapshot.ts';
import { rulesInForce } from './sourcing-rule-set.service.ts';
import { inTransaction } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { requireLineCount, requireQuantity, requireText, requireUuid } from './validation.ts';

const MAX_LINES = 200;

export interface SwapOrderAllocationsRequest {
  orderId: string;
  channel: SalesChannel;
  delivery: AllocationDelivery;
  /** Order lines whose allocations are released first. */
  releaseLineIds: readonly string[];
  /** Lines to hold after that, each with its whole quantity. */
  lines: readonly AllocateLineRequest[];
  allowPresell?: boolean | null | undefined;
  reason: string;
  /** The caller's idempotency reference (e.g. the order edit's id). */
  reference: string;
}

function validate(request: SwapOrderAllocationsRequest): { reason: string; reference: string } {
  requireUuid(request.orderId, 'orderId');
  requireLineCount(request.lines.length + request.releaseLineIds.length, MAX_LINES);
  for (const id of request.releaseLineIds) requireUuid(id, 'releaseLineIds');
  const lineIds = new Set<string>();
  for (const line of request.lines) {
    requireUuid(line.lineId, 'lineId');
    if (lineIds.has(line.lineId)) throw new DomainError('BAD_USER_INPUT', `Order line ${line.lineId} appears twice`, { lineId: line.lineId });
    lineIds.add(line.lineId);
    requireQuantity(line.quantity, line.sku);
  }
  return { reason: requireText(request.reason, 'reason', 500), reference: requireText(request.reference, 'reference', 200) };
}

async function replayOf(tx: EntityManager, orderId: string, reference: string): Promise<AllocateOrderStockOutcome | undefined> {
  const done = await tx.findOne(Reallocation, { orderId, reference });
  if (!done) return undefined;
  const { outcome } = done;
  if (!outcome.allocated) return { allocated: false, shortfalls: outcome.shortfalls };
  const allocations = await tx.find(Allocation, { id: { $in: outcome.allocationIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return { allocated: true, allocations };
}

/**
 * Changes what an order holds in ONE transaction (an order edited before release): the allocations
 * of `releaseLineIds` give their units back, then `lines` are held under the rules in force for the
 * order's scope, as a new order's would be (the units just released count as available). When a line
 * cannot be held the transaction rolls back: the order keeps exactly what it held, and the shortage
 * is the answer. Idempotent per (orderId, reference) once it succeeded.
 */
export async function swapOrderAllocations(ctx: InventoryContext, request: SwapOrderAllocationsRequest): Promise<AllocateOrderStockOutcome> {
  const { reason, reference } = validate(request);
  const allocationRequest: AllocateOrderStockRequest = {
    orderId: request.orderId,
    channel: request.channel,
    delivery: request.delivery,
    lines: request.lines,
    allowPresell: request.allowPresell ?? false,
  };
  const skuCodes = [...new Set(request.lines.map((line) => line.sku))];
  let point: GeoPoint | undefined;
  try {
    return await inTransaction(ctx.em, async (tx) => {
      await lockOrder(tx, request.orderId);
      const replay = await replayOf(tx, request.orderId, reference);
      if (replay) return replay;
      const journal = new StockJournal(tx);
      const releasing = request.releaseLineIds.length
        ? await tx.find(Allocation, { orderId: request.orderId, orderLineId: { $in: [...request.releaseLineIds] }, status: 'ALLOCATED' }, { refresh: true })
        : [];
      const released = await releaseAllocationUnits(
        tx,
        journal,
        releasing.map((allocation) => ({ allocation, quantity: allocation.quantity })),
        { reason, reference: request.orderId },
      );
      const store = await pickupStore(tx, allocationRequest);
      point = store ?? deliveryPoint(request.delivery);
      let created: Allocation[] = [];
      if (request.lines.length > 0) {
        const snapshot = await loadSourcingSnapshot(tx, skuCodes, request.channel);
        const unknown = skuCodes.filter((code) => !snapshot.skus.has(code));
        if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
        // The rules of the order's scope, its customer's segments as first recorded.
        const rules = await rulesInForce(tx, scopeFactsOf({ ...allocationRequest, customerSegments: await recordedSegments(tx, request.orderId) }), new Date());
        created = createAllocations(tx, allocationRequest, await holdOrderLines(tx, journal, allocationRequest, snapshot, point, rules));
      }
      recordStockReleased(tx, request.orderId, reason, released);
      if (created.length > 0) {
        recordEvent(tx, {
          type: 'StockAllocated',
          aggregateType: 'Order',
          aggregateId: request.orderId,
          payload: { orderId: request.orderId, channel: request.channel, reason, allocations: created.map(allocationSummary) },
        });
      }
      const outcome: ReallocationOutcome = { allocated: true, allocationIds: created.map((allocation) => allocation.id) };
      tx.create(Reallocation, { orderId: request.orderId, reference, outcome });
      journal.publish();
      return { allocated: true, allocations: created };
    });
  } catch (error) {
    if (!isShortageSignal(error)) throw error;
    // Nothing changed: what could be had is measured as committed, with the order's own units still held.
    return { allocated: false, shortfalls: await shortageReport(ctx.em.fork(), allocationRequest, point, error.failedSkus) };
  }
}
