import { eventPayload, StockAdjusted } from '@oms/contracts';
import { DomainError, recordEvent } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { StockLevel } from '../entities/stock-level.entity.ts';
import { requireKnownSkus, requireLocation } from './purchase-order.service.ts';
import { inTransaction, sql } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { ensureStockLevels } from './stock-writer.ts';
import { requireText } from './validation.ts';
import { assertMayChangeStockAt } from './inventory-access.ts';

const MAX_COUNT = 10_000_000;

export interface AdjustStockRequest {
  sku: string;
  locationId: string;
  delta?: number | null | undefined;
  setOnHand?: number | null | undefined;
  safetyStock?: number | null | undefined;
  reason: string;
  reference?: string | null | undefined;
}

export interface AdjustmentPlan {
  onHand: number;
  safetyStock: number;
}

/** Checks the shape of an adjustment before anything is read: one way to change on hand, sane numbers. */
export function validateAdjustment(request: AdjustStockRequest): void {
  const { delta, setOnHand, safetyStock } = request;
  if (delta != null && setOnHand != null) {
    throw new DomainError('BAD_USER_INPUT', 'Give either delta or setOnHand, not both', { argument: 'delta' });
  }
  if (delta == null && setOnHand == null && safetyStock == null) {
    throw new DomainError('BAD_USER_INPUT', 'Nothing to adjust: give delta, setOnHand or safetyStock', { argument: 'delta' });
  }
  if (delta != null && (!Number.isInteger(delta) || Math.abs(delta) > MAX_COUNT)) {
    throw new DomainError('BAD_USER_INPUT', `delta must be a whole number from -${MAX_COUNT} to ${MAX_COUNT}`, { argument: 'delta' });
  }
  for (const [argument, value] of [['setOnHand', setOnHand], ['safetyStock', safetyStock]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_COUNT)) {
      throw new DomainError('BAD_USER_INPUT', `${argument} must be a whole number from 0 to ${MAX_COUNT}`, { argument });
    }
  }
}

/**
 * The figures after an adjustment (pure). On hand may end below reserved (damaged units that were
 * held): available to sell is then 0 and the holds stay as they are; it can never end below 0.
 */
export function planAdjustment(current: { onHand: number; safetyStock: number }, request: AdjustStockRequest): AdjustmentPlan {
  const onHand = request.setOnHand ?? current.onHand + (request.delta ?? 0);
  if (onHand < 0) {
    throw new DomainError('NEGATIVE_STOCK', `On hand cannot go below 0 (it is ${current.onHand}, the change is ${request.delta})`, {
      onHand: current.onHand,
      delta: request.delta,
    });
  }
  if (onHand > MAX_COUNT) throw new DomainError('BAD_USER_INPUT', `On hand cannot exceed ${MAX_COUNT}`, { argument: 'delta' });
  return { onHand, safetyStock: request.safetyStock ?? current.safetyStock };
}

/** Corrects stock at a location (a count, damage, shrinkage, a safety stock) with a reason, in the ledger. */
export async function adjustStock(ctx: InventoryContext, request: AdjustStockRequest): Promise<StockLevel> {
  const reason = requireText(request.reason, 'reason', 500);
  const reference = request.reference?.trim() || null;
  if (reference && reference.length > 200) throw new DomainError('BAD_USER_INPUT', 'reference must be at most 200 characters', { argument: 'reference' });
  validateAdjustment(request);
  assertMayChangeStockAt(ctx.principal, request.locationId);
  return inTransaction(ctx.em, async (tx) => {
    const location = await requireLocation(tx, request.locationId, 'locationId');
    await requireKnownSkus(tx, [request.sku]);
    await ensureStockLevels(tx, [{ sku: request.sku, locationId: location.id }]);
    // The row lock makes the before figures exact and the change atomic.
    const [current] = await sql<{ id: string; on_hand: number; reserved: number; safety_stock: number }>(
      tx,
      `select id, on_hand, reserved, safety_stock from inventory.stock_level where sku_code = ? and location_id = ? for update`,
      [request.sku, location.id],
    );
    const before = { onHand: Number(current!.on_hand), reserved: Number(current!.reserved), safetyStock: Number(current!.safety_stock) };
    const plan = planAdjustment(before, request);
    await sql(tx, `update inventory.stock_level set on_hand = ?, safety_stock = ?, updated_at = now() where id = ?`, [
      plan.onHand,
      plan.safetyStock,
      current!.id,
    ]);
    const journal = new StockJournal(tx);
    journal.record(
      { levelId: current!.id, sku: request.sku, locationId: location.id, onHand: plan.onHand, reserved: before.reserved, safetyStock: plan.safetyStock },
      {
        kind: 'ADJUSTMENT',
        onHandBefore: before.onHand,
        onHandAfter: plan.onHand,
        reservedBefore: before.reserved,
        reservedAfter: before.reserved,
        reason: plan.safetyStock === before.safetyStock ? reason : `${reason} (safety stock ${before.safetyStock} → ${plan.safetyStock})`,
        reference,
      },
    );
    recordEvent(tx, {
      type: StockAdjusted.type,
      aggregateType: 'StockLevel',
      aggregateId: current!.id,
      payload: eventPayload(StockAdjusted, { sku: request.sku, locationId: location.id, onHandBefore: before.onHand, onHandAfter: plan.onHand, reason, reference }),
    });
    journal.publish();
    await tx.flush();
    return tx.findOneOrFail(StockLevel, { id: current!.id }, { refresh: true });
  });
}
