/**
 * Steps shared by the services that change what a placed order holds in one transaction
 * (re-sourcing away from a failing location, swapping the allocations of an edited order): the
 * transaction under the order's lock, idempotent per (orderId, reference), the rules to hold
 * under, and the events and record that end it.
 */
import { eventPayload, StockAllocated } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import { Allocation } from '../entities/allocation.entity.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { Reallocation, type ReallocationOutcome } from '../entities/reallocation.entity.ts';
import { allocationSummary, recordStockReleased } from './allocation-units.ts';
import { lockOrder, recordedSegments, scopeFactsOf, type AllocateOrderStockOutcome, type AllocateOrderStockRequest } from './allocation.service.ts';
import { rulesInForce, type RulesInForce } from './sourcing-rule-set.service.ts';
import { inTransaction } from './sql.ts';
import { StockJournal } from './stock-journal.ts';

/** The outcome already recorded for (orderId, reference), as it was answered; undefined the first time. */
async function recordedReallocation(tx: EntityManager, orderId: string, reference: string): Promise<AllocateOrderStockOutcome | undefined> {
  const done = await tx.findOne(Reallocation, { orderId, reference });
  if (!done) return undefined;
  const { outcome } = done;
  if (!outcome.allocated) return { allocated: false, shortfalls: outcome.shortfalls };
  const allocations = await tx.find(Allocation, { id: { $in: outcome.allocationIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return { allocated: true, allocations };
}

/**
 * Runs `work` in a transaction under the order's lock (allocation and release of one order never run
 * concurrently), with the transaction's stock journal; when (orderId, reference) was answered
 * already, that answer instead, and nothing changes.
 */
export function reallocating(
  em: EntityManager,
  order: { orderId: string; reference: string },
  work: (tx: EntityManager, journal: StockJournal) => Promise<AllocateOrderStockOutcome>,
): Promise<AllocateOrderStockOutcome> {
  return inTransaction(em, async (tx) => {
    await lockOrder(tx, order.orderId);
    const replay = await recordedReallocation(tx, order.orderId, order.reference);
    if (replay) return replay;
    return work(tx, new StockJournal(tx));
  });
}

/** The rules in force now for the order's scope, its customer's segments as first recorded: those a new order would get. */
export async function rulesForOrderScope(tx: EntityManager, request: AllocateOrderStockRequest): Promise<RulesInForce> {
  return rulesInForce(tx, scopeFactsOf({ ...request, customerSegments: await recordedSegments(tx, request.orderId) }), new Date());
}

/**
 * Ends a reallocation that held what it was asked to: StockReleased for the units given up,
 * StockAllocated for those held (none when nothing was), the outcome kept for replays, the
 * journal's StockChanged published.
 */
export function completeReallocation(
  tx: EntityManager,
  journal: StockJournal,
  order: { orderId: string; channel: SalesChannel },
  change: { reason: string; reference: string; released: readonly Allocation[]; created: Allocation[] },
): AllocateOrderStockOutcome {
  const { orderId, channel } = order;
  const { reason, reference, released, created } = change;
  recordStockReleased(tx, orderId, reason, released);
  if (created.length > 0) {
    recordEvent(tx, {
      type: StockAllocated.type,
      aggregateType: 'Order',
      aggregateId: orderId,
      payload: eventPayload(StockAllocated, { orderId, channel, reason, allocations: created.map(allocationSummary) }),
    });
  }
  const outcome: ReallocationOutcome = { allocated: true, allocationIds: created.map((allocation) => allocation.id), releasedAllocationIds: released.map((allocation) => allocation.id) };
  tx.create(Reallocation, { orderId, reference, outcome });
  journal.publish();
  return { allocated: true, allocations: created };
}
