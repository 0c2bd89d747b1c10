/**
 * Every write to stock levels goes through here: atomic conditional updates for holds and
 * removals (never read-then-write), set-based deltas for releases and receipts, each change
 * recorded in the transaction's journal (ledger + StockChanged).
 */
import type { EntityManager } from '@oms/platform';
import type { StockMovementKind } from '../entities/stock-movement.entity.ts';
import { currentAvailability } from './sourcing-snapshot.ts';
import { sourceLine, type LinePolicy, type SourcingCandidate, type SourcingOutcome } from './sourcing.ts';
import { intArray, sql, textArray, uuidArray } from './sql.ts';
import type { LevelState, StockJournal } from './stock-journal.ts';

interface LevelRow {
  id: string;
  sku_code: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  safety_stock: number;
}

function levelState(row: LevelRow): LevelState {
  return {
    levelId: row.id,
    sku: row.sku_code,
    locationId: row.location_id,
    onHand: Number(row.on_hand),
    reserved: Number(row.reserved),
    safetyStock: Number(row.safety_stock),
  };
}

export interface HoldRequest {
  sku: string;
  locationId: string;
  quantity: number;
  /** The channel's safety buffer, kept back on top of the level's safety stock. */
  channelBuffer: number;
  kind: Extract<StockMovementKind, 'RESERVATION' | 'ALLOCATION'>;
  reference: string;
  reason?: string;
}

/**
 * Adds `quantity` to reserved if, at this instant, that much is available to sell through the
 * channel: one conditional UPDATE, so two buyers can never both take the last unit. False when
 * the stock is not there (a concurrent sale took it first, or there never was).
 */
export function holdStock(tx: EntityManager, journal: StockJournal, request: HoldRequest): Promise<boolean> {
  return reserveWhere(tx, journal, request, `on_hand - reserved - safety_stock - ? >= ?`, [request.channelBuffer, request.quantity]);
}

/**
 * Holds `quantity` units of one SKU among `candidates` (see `sourceLine`), each hold a `holdStock`;
 * when one loses a race, the candidates' figures are read again before the line is split.
 */
export function holdLineStock<C extends SourcingCandidate>(
  tx: EntityManager,
  journal: StockJournal,
  hold: Omit<HoldRequest, 'locationId' | 'quantity'>,
  candidates: readonly C[],
  quantity: number,
  policy?: LinePolicy<C>,
): Promise<SourcingOutcome<C>> {
  return sourceLine(
    candidates,
    quantity,
    (candidate, units) => holdStock(tx, journal, { ...hold, locationId: candidate.locationId, quantity: units }),
    async () => {
      const fresh = await currentAvailability(tx, hold.sku, candidates.map((candidate) => candidate.locationId), hold.channelBuffer);
      for (const candidate of candidates) candidate.available = fresh.get(candidate.locationId) ?? 0;
    },
    policy,
  );
}

/** One hold of `holdStockTogether`: `quantity` units of a SKU at a location, its ledger row's reason. */
export interface PlannedHold {
  sku: string;
  locationId: string;
  quantity: number;
  reason: string;
}

/**
 * Holds every planned hold in one conditional UPDATE: each level gets the sum of its holds if that
 * much is available to sell through the channel at this instant (what holding them one by one
 * would check); the levels are locked in id order. Journals each hold in order with its exact
 * before/after figures and answers true; false when a level was short (a concurrent sale took it
 * first): the others were then held all the same, so the caller must roll its transaction back.
 */
export async function holdStockTogether(
  tx: EntityManager,
  journal: StockJournal,
  holds: readonly PlannedHold[],
  common: { channelBuffer: number; kind: HoldRequest['kind']; reference: string },
): Promise<boolean> {
  if (holds.length === 0) return true;
  const rows = await sql<LevelRow & { held: number }>(
    tx,
    `with wanted as (
       select sku_code, location_id, sum(quantity)::int as quantity
       from unnest(?::text[], ?::uuid[], ?::int[]) as w(sku_code, location_id, quantity)
       group by sku_code, location_id
     ), locked as (
       select sl.id, wanted.quantity from inventory.stock_level sl
       join wanted on wanted.sku_code = sl.sku_code and wanted.location_id = sl.location_id
       order by sl.id for no key update of sl
     )
     update inventory.stock_level sl set reserved = sl.reserved + locked.quantity, updated_at = now()
     from locked where sl.id = locked.id and sl.on_hand - sl.reserved - sl.safety_stock - ? >= locked.quantity
     returning sl.id, sl.sku_code, sl.location_id, sl.on_hand, sl.reserved, sl.safety_stock, locked.quantity as held`,
    [
      textArray(holds.map((hold) => hold.sku)),
      uuidArray(holds.map((hold) => hold.locationId)),
      intArray(holds.map((hold) => hold.quantity)),
      common.channelBuffer,
    ],
  );
  if (rows.length < new Set(holds.map((hold) => `${hold.sku}@${hold.locationId}`)).size) return false;
  // Each level's holds in order, from its figures before the statement (final reserved − all its holds).
  const running = new Map(rows.map((row) => [`${row.sku_code}@${row.location_id}`, { level: levelState(row), reserved: Number(row.reserved) - Number(row.held) }]));
  for (const hold of holds) {
    const entry = running.get(`${hold.sku}@${hold.locationId}`)!;
    journal.record(entry.level, {
      kind: common.kind,
      onHandBefore: entry.level.onHand,
      onHandAfter: entry.level.onHand,
      reservedBefore: entry.reserved,
      reservedAfter: entry.reserved + hold.quantity,
      reason: hold.reason,
      reference: common.reference,
    });
    entry.reserved += hold.quantity;
  }
  return true;
}

/**
 * Holds again units an order held a moment ago and gave up in a change that is being undone: one
 * conditional UPDATE, on the units alone (on hand − reserved), since they were the order's before
 * the safety stock and channel buffers were weighed again. False when someone took them meanwhile.
 */
export function reinstateHeldStock(tx: EntityManager, journal: StockJournal, request: Omit<HoldRequest, 'channelBuffer' | 'kind'>): Promise<boolean> {
  return reserveWhere(tx, journal, { ...request, kind: 'ALLOCATION' }, `on_hand - reserved >= ?`, [request.quantity]);
}

/** Adds `quantity` to the level's reserved units when `condition` holds, journaled; false when it does not. */
async function reserveWhere(
  tx: EntityManager,
  journal: StockJournal,
  request: Omit<HoldRequest, 'channelBuffer'>,
  condition: string,
  params: unknown[],
): Promise<boolean> {
  const [row] = await sql<LevelRow>(
    tx,
    `update inventory.stock_level set reserved = reserved + ?, updated_at = now()
     where sku_code = ? and location_id = ? and ${condition}
     returning id, sku_code, location_id, on_hand, reserved, safety_stock`,
    [request.quantity, request.sku, request.locationId, ...params],
  );
  if (!row) return false;
  const level = levelState(row);
  journal.record(level, {
    kind: request.kind,
    onHandBefore: level.onHand,
    onHandAfter: level.onHand,
    reservedBefore: level.reserved - request.quantity,
    reservedAfter: level.reserved,
    reason: request.reason,
    reference: request.reference,
  });
  return true;
}

export interface RemovalRequest {
  sku: string;
  locationId: string;
  quantity: number;
  kind: Extract<StockMovementKind, 'TRANSFER_OUT' | 'SHIPMENT'>;
  reference: string;
  reason?: string;
}

/**
 * Takes `quantity` off on hand if that many units are not held for anyone (on hand − reserved):
 * one conditional UPDATE. False when they are not there.
 */
export async function removeUnheldStock(tx: EntityManager, journal: StockJournal, request: RemovalRequest): Promise<boolean> {
  const [row] = await sql<LevelRow>(
    tx,
    `update inventory.stock_level set on_hand = on_hand - ?, updated_at = now()
     where sku_code = ? and location_id = ? and on_hand - reserved >= ?
     returning id, sku_code, location_id, on_hand, reserved, safety_stock`,
    [request.quantity, request.sku, request.locationId, request.quantity],
  );
  if (!row) return false;
  const level = levelState(row);
  journal.record(level, {
    kind: request.kind,
    onHandBefore: level.onHand + request.quantity,
    onHandAfter: level.onHand,
    reservedBefore: level.reserved,
    reservedAfter: level.reserved,
    reason: request.reason,
    reference: request.reference,
  });
  return true;
}

/**
 * Creates the missing levels of (sku, location) pairs with on hand 0 and the location's default
 * safety stock; existing levels are left alone (skipped up front: cheaper than a conflict each,
 * and the conflict clause still covers a level created concurrently).
 */
export async function ensureStockLevels(tx: EntityManager, pairs: readonly { sku: string; locationId: string }[]): Promise<void> {
  if (pairs.length === 0) return;
  await sql(
    tx,
    `insert into inventory.stock_level (id, sku_code, location_id, on_hand, reserved, safety_stock, updated_at)
     select gen_random_uuid(), pair.sku_code, pair.location_id, 0, 0, l.default_safety_stock, now()
     from unnest(?::text[], ?::uuid[]) as pair(sku_code, location_id)
     join inventory.location l on l.id = pair.location_id
     where not exists (select 1 from inventory.stock_level sl where sl.sku_code = pair.sku_code and sl.location_id = pair.location_id)
     on conflict (sku_code, location_id) do nothing`,
    [textArray(pairs.map((pair) => pair.sku)), uuidArray(pairs.map((pair) => pair.locationId))],
  );
}

export interface NonSellableRequest {
  sku: string;
  locationId: string;
  quantity: number;
  reference: string;
  /** The ledger row's reason, given the level's non-sellable units after the change. */
  reason: (nonSellable: number) => string;
}

/**
 * Adds `quantity` to a level's non-sellable bucket (returned units to refurbish or dispose of): one
 * statement, outside on hand, so nothing sellable moves; the change is a RETURN row of the ledger.
 */
export async function addNonSellableStock(tx: EntityManager, journal: StockJournal, request: NonSellableRequest): Promise<void> {
  const [row] = await sql<LevelRow & { non_sellable: number }>(
    tx,
    `update inventory.stock_level set non_sellable = non_sellable + ?, updated_at = now()
     where sku_code = ? and location_id = ?
     returning id, sku_code, location_id, on_hand, reserved, safety_stock, non_sellable`,
    [request.quantity, request.sku, request.locationId],
  );
  if (!row) throw new Error(`no stock level for ${request.sku} at ${request.locationId}`);
  const level = levelState(row);
  journal.record(level, {
    kind: 'RETURN',
    onHandBefore: level.onHand,
    onHandAfter: level.onHand,
    reservedBefore: level.reserved,
    reservedAfter: level.reserved,
    reason: request.reason(Number(row.non_sellable)),
    reference: request.reference,
  });
}

export interface StockChange {
  sku: string;
  locationId: string;
  onHandDelta: number;
  reservedDelta: number;
  kind: StockMovementKind;
  reason?: string | null | undefined;
  reference?: string | null | undefined;
}

/**
 * Applies unconditional deltas (releases, receipts, expiries) in one UPDATE for all levels, then
 * writes one ledger row per change with exact before/after figures (derived from the final ones:
 * the rows are locked by the update, nothing else moved them in between). The CHECK constraints
 * reject anything that would go negative. With `createMissing`, absent levels are created first.
 */
export async function applyStockChanges(
  tx: EntityManager,
  journal: StockJournal,
  changes: readonly StockChange[],
  options: { createMissing?: boolean } = {},
): Promise<LevelState[]> {
  if (changes.length === 0) return [];
  if (options.createMissing) await ensureStockLevels(tx, changes);
  const rows = await sql<LevelRow>(
    tx,
    `with change as (
       select sku_code, location_id, sum(on_hand_delta)::int as on_hand_delta, sum(reserved_delta)::int as reserved_delta
       from unnest(?::text[], ?::uuid[], ?::int[], ?::int[]) as c(sku_code, location_id, on_hand_delta, reserved_delta)
       group by sku_code, location_id
     )
     update inventory.stock_level sl
     set on_hand = sl.on_hand + change.on_hand_delta, reserved = sl.reserved + change.reserved_delta, updated_at = now()
     from change where sl.sku_code = change.sku_code and sl.location_id = change.location_id
     returning sl.id, sl.sku_code, sl.location_id, sl.on_hand, sl.reserved, sl.safety_stock`,
    [
      textArray(changes.map((change) => change.sku)),
      uuidArray(changes.map((change) => change.locationId)),
      intArray(changes.map((change) => change.onHandDelta)),
      intArray(changes.map((change) => change.reservedDelta)),
    ],
  );
  const levels = new Map(rows.map((row) => [`${row.sku_code}@${row.location_id}`, levelState(row)]));
  // Walk each level's changes backwards from its final figures to get every row's before/after.
  const running = new Map<string, { onHand: number; reserved: number }>();
  const movements: { level: LevelState; change: StockChange; onHandAfter: number; reservedAfter: number }[] = [];
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index]!;
    const key = `${change.sku}@${change.locationId}`;
    const level = levels.get(key);
    if (!level) throw new Error(`no stock level for ${change.sku} at ${change.locationId}`);
    const after = running.get(key) ?? { onHand: level.onHand, reserved: level.reserved };
    movements.push({ level, change, onHandAfter: after.onHand, reservedAfter: after.reserved });
    running.set(key, { onHand: after.onHand - change.onHandDelta, reserved: after.reserved - change.reservedDelta });
  }
  for (const { level, change, onHandAfter, reservedAfter } of movements.reverse()) {
    journal.record(level, {
      kind: change.kind,
      onHandBefore: onHandAfter - change.onHandDelta,
      onHandAfter,
      reservedBefore: reservedAfter - change.reservedDelta,
      reservedAfter,
      reason: change.reason,
      reference: change.reference,
    });
  }
  return [...levels.values()];
}
