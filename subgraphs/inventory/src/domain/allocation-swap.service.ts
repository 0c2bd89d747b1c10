import { DomainError } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { releaseAllocationUnits } from './allocation-units.ts';
import {
  createAllocations,
  holdOrderLines,
  pickupStore,
  requireAllocationLines,
  shortageReport,
  type AllocateLineRequest,
  type AllocateOrderStockOutcome,
  type AllocateOrderStockRequest,
  type AllocationDelivery,
} from './allocation.service.ts';
import { deliveryPoint, type GeoPoint } from './geo.ts';
import { completeReallocation, reallocating, rulesForOrderScope } from './reallocation-steps.ts';
import { isShortageSignal } from './shortage.ts';
import { loadSourcingSnapshot } from './sourcing-snapshot.ts';
import { requireLineCount, requireText, requireUuid } from './validation.ts';

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
  requireAllocationLines(request.lines);
  return { reason: requireText(request.reason, 'reason', 500), reference: requireText(request.reference, 'reference', 200) };
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
    return await reallocating(ctx.em, { orderId: request.orderId, reference }, async (tx, journal) => {
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
        const rules = await rulesForOrderScope(tx, allocationRequest);
        created = createAllocations(tx, allocationRequest, await holdOrderLines(tx, journal, allocationRequest, snapshot, point, rules));
      }
      return completeReallocation(tx, journal, request, { reason, reference, released, created });
    });
  } catch (error) {
    if (!isShortageSignal(error)) throw error;
    // Nothing changed: what could be had is measured as committed, with the order's own units still held.
    return { allocated: false, shortfalls: await shortageReport(ctx.em.fork(), allocationRequest, point, error.failedSkus) };
  }
}
