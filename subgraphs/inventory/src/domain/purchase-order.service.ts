import { eventPayload, PurchaseOrderCreated, PurchaseOrderReceived, StockAllocated } from '@oms/contracts';
import { LockMode } from '@mikro-orm/core';
import { DomainError, isUuid, recordEvent, StateMachine, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import { Location } from '../entities/location.entity.ts';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity.ts';
import { PurchaseOrder, type PurchaseOrderStatus } from '../entities/purchase-order.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { allocationSummary } from './allocation-units.ts';
import { assertMayChangeStockAt, maySeeStockAt, visibleLocationIds } from './inventory-access.ts';
import { inTransaction, sql, textArray, violatedConstraint } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { applyStockChanges, type StockChange } from './stock-writer.ts';
import { notFound, requireLineCount, requireQuantity, requireText, requireUuid } from './validation.ts';

const MAX_PURCHASE_ORDER_LINES = 1000;

export const purchaseOrderStates = new StateMachine<PurchaseOrderStatus>('Purchase order', {
  OPEN: ['PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'],
  PARTIALLY_RECEIVED: ['PARTIALLY_RECEIVED', 'RECEIVED'],
  RECEIVED: [],
  CANCELLED: [],
});

export interface SkuQuantity {
  sku: string;
  quantity: number;
}

/** Adds up lines of the same SKU, validating each quantity. */
export function mergeSkuQuantities(lines: readonly SkuQuantity[]): SkuQuantity[] {
  const merged = new Map<string, number>();
  for (const line of lines) {
    requireQuantity(line.quantity, line.sku);
    merged.set(line.sku, (merged.get(line.sku) ?? 0) + line.quantity);
  }
  return [...merged].map(([sku, quantity]) => ({ sku, quantity }));
}

/** Every SKU must be in the item master. */
export async function requireKnownSkus(em: EntityManager, codes: readonly string[]): Promise<void> {
  // A plain query: partially loaded SKUs in the identity map would be served as they are to a
  // caller that then asks for their name (which they lack).
  const found = new Set((await sql<{ code: string }>(em, `select code from inventory.sku where code = any(?::text[])`, [textArray(codes)])).map((row) => row.code));
  const unknown = codes.filter((code) => !found.has(code));
  if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
}

export async function requireLocation(em: EntityManager, id: string, argument: string): Promise<Location> {
  const location = isUuid(id) ? await em.findOne(Location, { id }) : null;
  if (!location) throw new DomainError('UNKNOWN_LOCATION', `No location with id ${id}`, { argument, locationId: id });
  return location;
}

export interface CreatePurchaseOrderRequest {
  number: string;
  supplier: string;
  locationId: string;
  expectedAt: Date;
  lines: readonly SkuQuantity[];
}

export async function createPurchaseOrder(ctx: InventoryContext, request: CreatePurchaseOrderRequest): Promise<PurchaseOrder> {
  const number = requireText(request.number, 'number', 40);
  const supplier = requireText(request.supplier, 'supplier', 200);
  requireLineCount(request.lines.length, MAX_PURCHASE_ORDER_LINES);
  const lines = mergeSkuQuantities(request.lines);
  try {
    assertMayChangeStockAt(ctx.principal, request.locationId);
    return await inTransaction(ctx.em, async (tx) => {
      const location = await requireLocation(tx, request.locationId, 'locationId');
      await requireKnownSkus(tx, lines.map((line) => line.sku));
      const order = tx.create(PurchaseOrder, { number, supplier, location, status: 'OPEN', expectedAt: request.expectedAt });
      for (const line of lines) {
        tx.create(PurchaseOrderLine, {
          purchaseOrder: order,
          sku: tx.getReference(Sku, line.sku),
          quantityOrdered: line.quantity,
          quantityReceived: 0,
          quantityPromised: 0,
        });
      }
      recordEvent(tx, {
        type: PurchaseOrderCreated.type,
        aggregateType: 'PurchaseOrder',
        aggregateId: order.id,
        payload: eventPayload(PurchaseOrderCreated, { purchaseOrderId: order.id, number, supplier, locationId: location.id, expectedAt: request.expectedAt.toISOString(), lines }),
      });
      return order;
    });
  } catch (error) {
    if (violatedConstraint(error) === 'purchase_order_number_unique') {
      throw new DomainError('PURCHASE_ORDER_EXISTS', `Purchase order ${number} already exists`, { number });
    }
    throw error;
  }
}

export interface ReceivePurchaseOrderRequest {
  purchaseOrderId: string;
  lines: readonly SkuQuantity[];
}

/**
 * Books goods received against a purchase order, possibly in part. Received units first cover the
 * order's presell promises (oldest first): those allocations become STOCK allocations and their
 * units go into reserved, so `reserved` keeps matching the allocations. The rest is sellable.
 */
export async function receivePurchaseOrder(ctx: InventoryContext, request: ReceivePurchaseOrderRequest): Promise<PurchaseOrder> {
  requireUuid(request.purchaseOrderId, 'purchaseOrderId', 'NOT_FOUND');
  requireLineCount(request.lines.length, MAX_PURCHASE_ORDER_LINES);
  const received = mergeSkuQuantities(request.lines);
  return inTransaction(ctx.em, async (tx) => {
    const order = await tx.findOne(PurchaseOrder, { id: request.purchaseOrderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    // Out of the caller's reach answers exactly as missing.
    if (!order || !maySeeStockAt(ctx.principal, order.location.id)) throw notFound('purchase order', request.purchaseOrderId);
    // Locking the lines orders this receipt with concurrent presells promising against them.
    const lines = await tx.find(PurchaseOrderLine, { purchaseOrder: order }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const bySku = new Map(lines.map((line) => [line.sku.code, line]));
    for (const { sku, quantity } of received) {
      const line = bySku.get(sku);
      if (!line) throw new DomainError('SKU_NOT_ON_PURCHASE_ORDER', `${sku} is not on purchase order ${order.number}`, { sku });
      if (line.quantityReceived + quantity > line.quantityOrdered) {
        throw new DomainError(
          'OVER_RECEIPT',
          `Receiving ${quantity} of ${sku} would exceed the ${line.quantityOrdered} ordered (${line.quantityReceived} already received)`,
          { sku, ordered: line.quantityOrdered, alreadyReceived: line.quantityReceived, receiving: quantity },
        );
      }
    }
    const complete = lines.every((line) => line.quantityReceived + (received.find((entry) => entry.sku === line.sku.code)?.quantity ?? 0) === line.quantityOrdered);
    const next: PurchaseOrderStatus = complete ? 'RECEIVED' : 'PARTIALLY_RECEIVED';
    purchaseOrderStates.assertTransition(order.status, next);

    const locationId = order.location.id;
    const presell = await tx.find(
      Allocation,
      { purchaseOrderLine: { $in: lines.map((line) => line.id) }, kind: 'PRESELL', status: 'ALLOCATED' },
      { orderBy: { createdAt: 'asc', id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const changes: StockChange[] = [];
    const converted: Allocation[] = [];
    for (const { sku, quantity } of received) {
      const line = bySku.get(sku)!;
      changes.push({ sku, locationId, onHandDelta: quantity, reservedDelta: 0, kind: 'RECEIPT', reason: `purchase order ${order.number}`, reference: order.id });
      let cover = Math.min(quantity, line.quantityPromised);
      for (const allocation of presell) {
        if (cover === 0) break;
        if (allocation.purchaseOrderLine?.id !== line.id || allocation.kind !== 'PRESELL') continue;
        const take = Math.min(cover, allocation.quantity);
        let stock = allocation;
        if (take < allocation.quantity) {
          // Part of a promise arrives: the arrived part becomes a stock allocation of its own.
          allocation.quantity -= take;
          stock = tx.create(Allocation, {
            orderId: allocation.orderId,
            orderLineId: allocation.orderLineId,
            sku: allocation.sku,
            location: allocation.location,
            quantity: take,
            status: 'ALLOCATED',
            kind: 'STOCK',
            promisedAt: allocation.promisedAt,
            purchaseOrderLine: allocation.purchaseOrderLine,
            reservationId: allocation.reservationId,
            distanceKm: allocation.distanceKm,
            releasedAt: null,
          });
        } else {
          allocation.kind = 'STOCK';
        }
        converted.push(stock);
        cover -= take;
        line.quantityPromised -= take;
        changes.push({ sku, locationId, onHandDelta: 0, reservedDelta: take, kind: 'ALLOCATION', reason: 'presell covered by receipt', reference: stock.orderId });
      }
      line.quantityReceived += quantity;
    }
    const journal = new StockJournal(tx);
    await applyStockChanges(tx, journal, changes, { createMissing: true });
    order.status = next;
    recordEvent(tx, {
      type: PurchaseOrderReceived.type,
      aggregateType: 'PurchaseOrder',
      aggregateId: order.id,
      payload: eventPayload(PurchaseOrderReceived, { purchaseOrderId: order.id, number: order.number, locationId, status: next, lines: received }),
    });
    const byOrder = new Map<string, Allocation[]>();
    for (const allocation of converted) byOrder.set(allocation.orderId, [...(byOrder.get(allocation.orderId) ?? []), allocation]);
    for (const [orderId, allocations] of byOrder) {
      recordEvent(tx, {
        type: StockAllocated.type,
        aggregateType: 'Order',
        aggregateId: orderId,
        // presellCovered: the orders service releases a backordered order once nothing of it waits for supply.
        payload: eventPayload(StockAllocated, { orderId, reason: 'presell covered by receipt', presellCovered: true, allocations: allocations.map(allocationSummary) }),
      });
    }
    journal.publish();
    return order;
  });
}

/** A purchase order; null, as for a missing one, when it is expected at a location the caller does not see. */
export async function findPurchaseOrder(ctx: InventoryContext, id: string): Promise<PurchaseOrder | null> {
  const order = await ctx.loaders.purchaseOrderById.load(id);
  return order && maySeeStockAt(ctx.principal, order.location.id) ? order : null;
}

export interface PurchaseOrderFilter {
  status?: readonly PurchaseOrderStatus[] | null | undefined;
  locationId?: string | null | undefined;
}

/** Purchase orders by expected date, optionally in some states or to one location; only those to locations the caller sees. */
export async function listPurchaseOrders(ctx: InventoryContext, filter: PurchaseOrderFilter): Promise<PurchaseOrder[]> {
  if (filter.locationId && (!isUuid(filter.locationId) || !maySeeStockAt(ctx.principal, filter.locationId))) return [];
  const own = visibleLocationIds(ctx.principal);
  return ctx.em.find(
    PurchaseOrder,
    {
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(filter.locationId ? { location: filter.locationId } : own ? { location: { $in: own } } : {}),
    },
    { orderBy: { expectedAt: 'asc', number: 'asc' } },
  );
}

export function purchaseOrderLines(ctx: InventoryContext, order: PurchaseOrder): Promise<PurchaseOrderLine[]> {
  return ctx.loaders.purchaseOrderLinesByOrderId.load(order.id);
}
