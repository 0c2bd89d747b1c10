/**
 * Units of an allocation leave it in part or in whole: released (given back to stock, or to the
 * purchase order they were promised against) or shipped. A part becomes an allocation of its own,
 * so `reserved` keeps equalling the units of ALLOCATED stock allocations (plus active cart holds).
 */
import { eventPayload, StockReleased } from '@oms/contracts';
import { recordEvent, type EntityManager } from '@oms/platform';
import { Allocation, type AllocationStatus } from '../entities/allocation.entity.ts';
import { intArray, sql, uuidArray } from './sql.ts';
import type { StockJournal } from './stock-journal.ts';
import { applyStockChanges } from './stock-writer.ts';

/** An allocation as events describe it. */
export function allocationSummary(allocation: Allocation) {
  return {
    allocationId: allocation.id,
    orderLineId: allocation.orderLineId,
    sku: allocation.sku.code,
    locationId: allocation.location.id,
    quantity: allocation.quantity,
    kind: allocation.kind,
    status: allocation.status,
    promisedAt: allocation.promisedAt?.toISOString() ?? null,
  };
}

export interface AllocationPart {
  allocation: Allocation;
  quantity: number;
}

/**
 * Moves `quantity` units of an ALLOCATED allocation to `status`: the allocation itself when that is
 * all of it, else a new allocation of those units (the original keeps the rest, and its id, still
 * allocated: what a fulfillment order refers to stays valid). Stock figures are the caller's.
 */
export function takeUnits(tx: EntityManager, allocation: Allocation, quantity: number, status: Exclude<AllocationStatus, 'ALLOCATED'>, at: Date): Allocation {
  if (allocation.status !== 'ALLOCATED') throw new Error(`allocation ${allocation.id} is ${allocation.status}, not ALLOCATED`);
  if (!Number.isInteger(quantity) || quantity <= 0 || quantity > allocation.quantity) {
    throw new Error(`cannot take ${quantity} of the ${allocation.quantity} units of allocation ${allocation.id}`);
  }
  const releasedAt = status === 'RELEASED' ? at : null;
  if (quantity === allocation.quantity) {
    allocation.status = status;
    allocation.releasedAt = releasedAt;
    return allocation;
  }
  allocation.quantity -= quantity;
  return tx.create(Allocation, {
    orderId: allocation.orderId,
    orderLineId: allocation.orderLineId,
    sku: allocation.sku,
    location: allocation.location,
    quantity,
    status,
    kind: allocation.kind,
    promisedAt: allocation.promisedAt ?? null,
    purchaseOrderLine: allocation.purchaseOrderLine ?? null,
    reservationId: allocation.reservationId ?? null,
    distanceKm: allocation.distanceKm ?? null,
    releasedAt,
  });
}

/**
 * Releases units of ALLOCATED allocations: STOCK units go back to available (reserved decreases, a
 * RELEASE row each), PRESELL units give their promise back to the purchase order line. Returns the
 * released allocations (parts split off, or whole ones).
 */
export async function releaseAllocationUnits(
  tx: EntityManager,
  journal: StockJournal,
  parts: readonly AllocationPart[],
  ledger: { reason: string; reference: string },
): Promise<Allocation[]> {
  const now = new Date();
  const released = parts.filter((part) => part.quantity > 0).map((part) => takeUnits(tx, part.allocation, part.quantity, 'RELEASED', now));
  await applyStockChanges(
    tx,
    journal,
    released
      .filter((allocation) => allocation.kind === 'STOCK')
      .map((allocation) => ({
        sku: allocation.sku.code,
        locationId: allocation.location.id,
        onHandDelta: 0,
        reservedDelta: -allocation.quantity,
        kind: 'RELEASE' as const,
        reason: ledger.reason,
        reference: ledger.reference,
      })),
  );
  const promised = new Map<string, number>();
  for (const allocation of released) {
    if (allocation.kind === 'PRESELL' && allocation.purchaseOrderLine) {
      const id = allocation.purchaseOrderLine.id;
      promised.set(id, (promised.get(id) ?? 0) + allocation.quantity);
    }
  }
  if (promised.size > 0) {
    await sql(
      tx,
      `update inventory.purchase_order_line pol set quantity_promised = pol.quantity_promised - r.quantity
       from unnest(?::uuid[], ?::int[]) as r(id, quantity) where pol.id = r.id`,
      [uuidArray([...promised.keys()]), intArray([...promised.values()])],
    );
  }
  return released;
}

export function recordStockReleased(tx: EntityManager, orderId: string, reason: string, released: readonly Allocation[]): void {
  if (released.length === 0) return;
  recordEvent(tx, {
    type: StockReleased.type,
    aggregateType: 'Order',
    aggregateId: orderId,
    payload: eventPayload(StockReleased, { orderId, reason, allocations: released.map(allocationSummary) }),
  });
}
