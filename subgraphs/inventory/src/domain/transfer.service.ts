import { eventPayload, TransferReceived, TransferRequested, TransferShipped } from '@oms/contracts';
import { LockMode } from '@mikro-orm/core';
import { DomainError, isUuid, recordEvent, StateMachine, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Sku } from '../entities/sku.entity.ts';
import { TransferLine } from '../entities/transfer-line.entity.ts';
import { Transfer, type TransferStatus } from '../entities/transfer.entity.ts';
import { assertMayChangeStockAt, maySeeStockAt, visibleLocationIds } from './inventory-access.ts';
import { mergeSkuQuantities, requireKnownSkus, requireLocation, type SkuQuantity } from './purchase-order.service.ts';
import { inTransaction, sql, textArray } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { applyStockChanges, removeUnheldStock } from './stock-writer.ts';
import { notFound, requireLineCount, requireUuid } from './validation.ts';

const MAX_TRANSFER_LINES = 1000;

export const transferStates = new StateMachine<TransferStatus>('Transfer', {
  REQUESTED: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['PARTIALLY_RECEIVED', 'RECEIVED'],
  PARTIALLY_RECEIVED: ['PARTIALLY_RECEIVED', 'RECEIVED'],
  RECEIVED: [],
  CANCELLED: [],
});

/** Units shipped and not yet received: counted as sellable nowhere. */
export function inTransit(status: TransferStatus, line: { quantity: number; receivedQuantity: number }): number {
  return status === 'SHIPPED' || status === 'PARTIALLY_RECEIVED' ? line.quantity - line.receivedQuantity : 0;
}

export interface CreateTransferRequest {
  fromLocationId: string;
  toLocationId: string;
  lines: readonly SkuQuantity[];
  reference?: string | null | undefined;
}

/** Units of each SKU at a location that nobody holds (on hand − reserved). */
async function unheldStock(em: EntityManager, locationId: string, skus: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql<{ sku_code: string; unheld: number }>(
    em,
    `select sku_code, greatest(0, on_hand - reserved) as unheld from inventory.stock_level
     where location_id = ? and sku_code = any(?::text[])`,
    [locationId, textArray(skus)],
  );
  return new Map(rows.map((row) => [row.sku_code, Number(row.unheld)]));
}

function insufficient(sku: string, requested: number, available: number, where: string): DomainError {
  return new DomainError('INSUFFICIENT_STOCK', `Only ${available} of ${sku} can leave ${where} (${requested} asked)`, { sku, requested, available });
}

/** Requests a transfer (nothing moves yet); the origin must have the units, not held for anyone. */
export async function createTransfer(ctx: InventoryContext, request: CreateTransferRequest): Promise<Transfer> {
  requireLineCount(request.lines.length, MAX_TRANSFER_LINES);
  const lines = mergeSkuQuantities(request.lines);
  const reference = request.reference?.trim() || null;
  if (reference && reference.length > 200) throw new DomainError('BAD_USER_INPUT', 'reference must be at most 200 characters', { argument: 'reference' });
  // A caller bound to locations requests transfers from or to one of them; otherwise the origin answers as unknown.
  if (!maySeeStockAt(ctx.principal, request.fromLocationId) && !maySeeStockAt(ctx.principal, request.toLocationId)) {
    assertMayChangeStockAt(ctx.principal, request.fromLocationId);
  }
  return inTransaction(ctx.em, async (tx) => {
    const from = await requireLocation(tx, request.fromLocationId, 'fromLocationId');
    const to = await requireLocation(tx, request.toLocationId, 'toLocationId');
    if (from.id === to.id) throw new DomainError('SAME_LOCATION', 'A transfer needs two different locations', { locationId: from.id });
    await requireKnownSkus(tx, lines.map((line) => line.sku));
    const unheld = await unheldStock(tx, from.id, lines.map((line) => line.sku));
    for (const line of lines) {
      const available = unheld.get(line.sku) ?? 0;
      if (available < line.quantity) throw insufficient(line.sku, line.quantity, available, from.code);
    }
    const transfer = tx.create(Transfer, { fromLocation: from, toLocation: to, status: 'REQUESTED', reference, shippedAt: null, receivedAt: null });
    for (const line of lines) {
      tx.create(TransferLine, { transfer, sku: tx.getReference(Sku, line.sku), quantity: line.quantity, receivedQuantity: 0 });
    }
    recordEvent(tx, {
      type: TransferRequested.type,
      aggregateType: 'Transfer',
      aggregateId: transfer.id,
      payload: eventPayload(TransferRequested, { transferId: transfer.id, fromLocationId: from.id, toLocationId: to.id, reference, lines }),
    });
    return transfer;
  });
}

async function lockTransfer(ctx: InventoryContext, tx: EntityManager, id: string): Promise<Transfer> {
  const transfer = isUuid(id) ? await tx.findOne(Transfer, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  // Out of the caller's reach answers exactly as missing.
  if (!transfer || !maySeeTransfer(ctx, transfer)) throw notFound('transfer', id);
  return transfer;
}

/**
 * The goods leave the origin: on hand decreases there with one conditional update per line
 * (only units nobody holds may leave) and the quantity is in transit, sellable nowhere.
 */
export async function shipTransfer(ctx: InventoryContext, id: string): Promise<Transfer> {
  return inTransaction(ctx.em, async (tx) => {
    const transfer = await lockTransfer(ctx, tx, id);
    // Shipping takes the units out of the origin's stock: only someone who may change it ships.
    assertMayChangeStockAt(ctx.principal, transfer.fromLocation.id);
    transferStates.assertTransition(transfer.status, 'SHIPPED');
    const lines = await tx.find(TransferLine, { transfer }, { orderBy: { sku: 'asc' } });
    const journal = new StockJournal(tx);
    for (const line of lines) {
      const shipped = await removeUnheldStock(tx, journal, {
        sku: line.sku.code,
        locationId: transfer.fromLocation.id,
        quantity: line.quantity,
        kind: 'TRANSFER_OUT',
        reference: transfer.id,
        reason: 'transfer shipped',
      });
      if (!shipped) {
        const available = (await unheldStock(tx, transfer.fromLocation.id, [line.sku.code])).get(line.sku.code) ?? 0;
        throw insufficient(line.sku.code, line.quantity, available, 'the origin');
      }
    }
    transfer.status = 'SHIPPED';
    transfer.shippedAt = new Date();
    recordEvent(tx, {
      type: TransferShipped.type,
      aggregateType: 'Transfer',
      aggregateId: transfer.id,
      payload: eventPayload(TransferShipped, { transferId: transfer.id, fromLocationId: transfer.fromLocation.id, toLocationId: transfer.toLocation.id }),
    });
    journal.publish();
    return transfer;
  });
}

export interface ReceiveTransferRequest {
  transferId: string;
  lines: readonly SkuQuantity[];
}

/** Goods arrive at the destination, possibly in part; more than was shipped is refused. */
export async function receiveTransfer(ctx: InventoryContext, request: ReceiveTransferRequest): Promise<Transfer> {
  requireUuid(request.transferId, 'transferId', 'NOT_FOUND');
  requireLineCount(request.lines.length, MAX_TRANSFER_LINES);
  const received = mergeSkuQuantities(request.lines);
  return inTransaction(ctx.em, async (tx) => {
    const transfer = await lockTransfer(ctx, tx, request.transferId);
    // Receiving adds to the destination's stock: only someone who may change it receives.
    assertMayChangeStockAt(ctx.principal, transfer.toLocation.id);
    const lines = await tx.find(TransferLine, { transfer }, { refresh: true });
    const bySku = new Map(lines.map((line) => [line.sku.code, line]));
    for (const { sku, quantity } of received) {
      const line = bySku.get(sku);
      if (!line) throw new DomainError('SKU_NOT_IN_TRANSFER', `${sku} is not part of this transfer`, { sku });
      if (line.receivedQuantity + quantity > line.quantity) {
        throw new DomainError('OVER_RECEIPT', `Receiving ${quantity} of ${sku} would exceed the ${line.quantity} shipped (${line.receivedQuantity} already received)`, {
          sku,
          shipped: line.quantity,
          alreadyReceived: line.receivedQuantity,
          receiving: quantity,
        });
      }
    }
    const complete = lines.every((line) => line.receivedQuantity + (received.find((entry) => entry.sku === line.sku.code)?.quantity ?? 0) === line.quantity);
    const next: TransferStatus = complete ? 'RECEIVED' : 'PARTIALLY_RECEIVED';
    transferStates.assertTransition(transfer.status, next);
    const journal = new StockJournal(tx);
    await applyStockChanges(
      tx,
      journal,
      received.map(({ sku, quantity }) => ({
        sku,
        locationId: transfer.toLocation.id,
        onHandDelta: quantity,
        reservedDelta: 0,
        kind: 'TRANSFER_IN',
        reason: 'transfer received',
        reference: transfer.id,
      })),
      { createMissing: true },
    );
    for (const { sku, quantity } of received) bySku.get(sku)!.receivedQuantity += quantity;
    transfer.status = next;
    if (complete) transfer.receivedAt = new Date();
    recordEvent(tx, {
      type: TransferReceived.type,
      aggregateType: 'Transfer',
      aggregateId: transfer.id,
      payload: eventPayload(TransferReceived, { transferId: transfer.id, toLocationId: transfer.toLocation.id, status: next, lines: received }),
    });
    journal.publish();
    return transfer;
  });
}

/** Whether the caller sees a transfer: one from or to a location whose stock they see. */
function maySeeTransfer(ctx: InventoryContext, transfer: Transfer): boolean {
  return maySeeStockAt(ctx.principal, transfer.fromLocation.id) || maySeeStockAt(ctx.principal, transfer.toLocation.id);
}

/** A transfer; null, as for a missing one, when it neither leaves nor reaches a location the caller sees. */
export async function findTransfer(ctx: InventoryContext, id: string): Promise<Transfer | null> {
  const transfer = await ctx.loaders.transferById.load(id);
  return transfer && maySeeTransfer(ctx, transfer) ? transfer : null;
}

export interface TransferFilter {
  status?: readonly TransferStatus[] | null | undefined;
  locationId?: string | null | undefined;
}

/** Transfers newest first, optionally in some states or touching one location (either end); only those the caller sees. */
export async function listTransfers(ctx: InventoryContext, filter: TransferFilter): Promise<Transfer[]> {
  if (filter.locationId && (!isUuid(filter.locationId) || !maySeeStockAt(ctx.principal, filter.locationId))) return [];
  const own = visibleLocationIds(ctx.principal);
  const touching = filter.locationId ? [filter.locationId] : own;
  return ctx.em.find(
    Transfer,
    {
      ...(filter.status?.length ? { status: { $in: [...filter.status] } } : {}),
      ...(touching ? { $or: [{ fromLocation: { $in: touching } }, { toLocation: { $in: touching } }] } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

export function transferLines(ctx: InventoryContext, transfer: Transfer): Promise<TransferLine[]> {
  return ctx.loaders.transferLinesByTransferId.load(transfer.id);
}
