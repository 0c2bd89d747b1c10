import { eventPayload, InventoryFeedImported, StockChanged } from '@oms/contracts';
import { DomainError, recordEvent, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { InventoryFeed, type FeedLineRejection, type FeedMode } from '../entities/inventory-feed.entity.ts';
import { classifyFeedLines, negativeResultRejection, type FeedLine } from './feed-lines.ts';
import { intArray, inTransaction, sql, supportsReturningOld, textArray, uuidArray } from './sql.ts';
import { requireText } from './validation.ts';

/** A feed larger than this is refused (split it): it keeps one import's transaction and memory bounded. */
export const MAX_FEED_LINES = 200_000;

export interface ImportFeedRequest {
  feedId: string;
  source: string;
  mode: FeedMode;
  lines: readonly FeedLine[];
}

export interface FeedReport {
  feedId: string;
  source: string;
  mode: FeedMode;
  receivedLines: number;
  appliedLines: number;
  rejectedLines: FeedLineRejection[];
  processedAt: Date;
  replayed: boolean;
}

function report(feed: InventoryFeed, replayed: boolean): FeedReport {
  return {
    feedId: feed.feedId,
    source: feed.source,
    mode: feed.mode,
    receivedLines: feed.receivedLines,
    appliedLines: feed.appliedLines,
    rejectedLines: feed.rejectedLines,
    processedAt: feed.processedAt,
    replayed,
  };
}

/**
 * Applies a batch of counts (SNAPSHOT: on hand replaced, reservations kept) or changes (DELTA)
 * from an ERP, POS or WMS. Idempotent by feed id: the feed row is inserted first, so a concurrent
 * duplicate waits for this transaction and then replays its report. Set-based for speed: lines are
 * validated in memory against one query of SKUs and one of locations, then applied, written to the
 * ledger and announced (StockChanged per changed level) by a few statements whatever the feed's size.
 */
export async function importInventoryFeed(ctx: InventoryContext, request: ImportFeedRequest): Promise<FeedReport> {
  const feedId = requireText(request.feedId, 'feedId', 200);
  const source = requireText(request.source, 'source', 200);
  if (request.lines.length > MAX_FEED_LINES) {
    throw new DomainError('BAD_USER_INPUT', `A feed has at most ${MAX_FEED_LINES} lines (got ${request.lines.length}); split it`, { argument: 'lines' });
  }
  return inTransaction(ctx.em, async (tx) => {
    const claimed = await sql(
      tx,
      `insert into inventory.inventory_feed (feed_id, source, mode, received_lines, applied_lines, rejected_lines, processed_at)
       values (?, ?, ?, ?, 0, '[]', now()) on conflict (feed_id) do nothing returning feed_id`,
      [feedId, source, request.mode, request.lines.length],
    );
    if (claimed.length === 0) {
      const stored = await tx.findOneOrFail(InventoryFeed, { feedId }, { refresh: true });
      return report(stored, true);
    }

    const skuCodes = [...new Set(request.lines.map((line) => line.sku))];
    const locationCodes = [...new Set(request.lines.map((line) => line.location))];
    const known = await sql<{ code: string }>(tx, `select code from inventory.sku where code = any(?::text[])`, [textArray(skuCodes)]);
    const locations = await sql<{ id: string; code: string }>(tx, `select id, code from inventory.location where code = any(?::text[])`, [
      textArray(locationCodes),
    ]);
    const { valid, rejected } = classifyFeedLines(
      request.lines,
      request.mode,
      new Set(known.map((row) => row.code)),
      new Map(locations.map((row) => [row.code, row.id])),
    );

    const negative = await applyFeedLines(tx, feedId, source, request.mode, valid);
    const negativeSet = new Set(negative);
    for (const line of valid) {
      if (negativeSet.has(line.line)) rejected.push(negativeResultRejection(line, request.lines[line.line - 1]!.location));
    }
    rejected.sort((a, b) => a.line - b.line);
    const appliedLines = valid.length - negative.length;
    const processedAt = new Date();
    await sql(tx, `update inventory.inventory_feed set applied_lines = ?, rejected_lines = ?::jsonb, processed_at = ? where feed_id = ?`, [
      appliedLines,
      JSON.stringify(rejected),
      processedAt,
      feedId,
    ]);
    recordEvent(tx, {
      type: InventoryFeedImported.type,
      aggregateType: 'InventoryFeed',
      aggregateId: feedId.slice(0, 100),
      payload: eventPayload(InventoryFeedImported, { feedId, source, mode: request.mode, receivedLines: request.lines.length, appliedLines, rejectedLines: rejected.length }),
    });
    return { feedId, source, mode: request.mode, receivedLines: request.lines.length, appliedLines, rejectedLines: rejected, processedAt, replayed: false };
  });
}

/**
 * The ledger rows and StockChanged events of the levels a CTE named `changed` returns
 * (id, sku_code, location_id, on_hand_before, on_hand, reserved, safety_stock): both inserted by
 * the statement that changes the levels (the payload is StockChanged's contract, as StockJournal writes it). Placeholders: reason, feed id (reference), feed id (event).
 */
const LEDGER_AND_EVENTS = `
  moves as (
    insert into inventory.stock_movement
      (id, sku_code, location_id, kind, on_hand_before, on_hand_after, reserved_before, reserved_after, reason, reference, created_at)
    select gen_random_uuid(), sku_code, location_id, 'FEED_SYNC', on_hand_before, on_hand, reserved, reserved, ?, ?, now() from changed
  ),
  events as (
    insert into inventory.outbox_event (id, type, aggregate_type, aggregate_id, payload, occurred_at)
    select gen_random_uuid(), '${StockChanged.type}', 'StockLevel', id::text,
           jsonb_build_object('sku', sku_code, 'locationId', location_id, 'onHand', on_hand, 'reserved', reserved,
                              'safetyStock', safety_stock, 'availableToSell', greatest(0, on_hand - reserved - safety_stock), 'feedId', ?::text),
           now()
    from changed
  )`;

interface FeedApplyLine {
  line: number;
  sku: string;
  locationId: string;
  quantity: number;
}

/**
 * Applies valid feed lines with a few set-based statements and returns the lines refused because
 * the change would drive on hand negative (DELTA). Levels the feed creates are inserted with their
 * count in one statement; existing levels are updated in another. Only levels whose on hand
 * actually changes get a FEED_SYNC ledger row and a StockChanged event, written by the same statement.
 */
async function applyFeedLines(tx: EntityManager, feedId: string, source: string, mode: FeedMode, lines: readonly FeedApplyLine[]): Promise<number[]> {
  if (lines.length === 0) return [];
  // Room for the hash joins and CTEs of a large feed to stay in memory (this transaction only).
  await sql(tx, `set local work_mem = '64MB'`);
  const trail = [`${mode.toLowerCase()} feed from ${source}`.slice(0, 500), feedId, feedId];
  const key = (sku: string, locationId: string) => `${sku}\u0000${locationId}`;

  // 1. Levels that do not exist yet, created with their count (a concurrent creation is left to step 2).
  const adding = lines.filter((line) => line.quantity > 0);
  const created =
    adding.length === 0
      ? []
      : await sql<{ sku_code: string; location_id: string }>(
          tx,
          `with f as (
             select * from unnest(?::text[], ?::uuid[], ?::int[]) as f(sku_code, location_id, quantity)
           ),
           changed as (
             insert into inventory.stock_level as sl (id, sku_code, location_id, on_hand, reserved, safety_stock, updated_at)
             select gen_random_uuid(), f.sku_code, f.location_id, f.quantity, 0, l.default_safety_stock, now()
             from f join inventory.location l on l.id = f.location_id
             where not exists (select 1 from inventory.stock_level e where e.sku_code = f.sku_code and e.location_id = f.location_id)
             on conflict (sku_code, location_id) do nothing
             returning sl.id, sl.sku_code, sl.location_id, 0 as on_hand_before, sl.on_hand, sl.reserved, sl.safety_stock
           ),
           ${LEDGER_AND_EVENTS}
           select sku_code, location_id from changed`,
          [textArray(adding.map((line) => line.sku)), uuidArray(adding.map((line) => line.locationId)), intArray(adding.map((line) => line.quantity)), ...trail],
        );
  const createdKeys = new Set(created.map((row) => key(row.sku_code, row.location_id)));
  const existing = createdKeys.size === 0 ? lines : lines.filter((line) => !createdKeys.has(key(line.sku, line.locationId)));
  if (existing.length === 0) return [];

  // 2. Existing levels.
  const skus = textArray(existing.map((line) => line.sku));
  const locationIds = uuidArray(existing.map((line) => line.locationId));
  // A count replaces on hand, so the ledger needs the value it replaced: PostgreSQL 18 returns it
  // from the UPDATE itself (`old.on_hand`); before that, the rows are locked first so that the
  // value read is the one replaced.
  const returningOld = mode === 'SNAPSHOT' && (await supportsReturningOld(tx));
  if (mode === 'SNAPSHOT' && !returningOld) {
    // Lock the levels (in a fixed order, so two feeds cannot deadlock) before reading the figures the ledger reports as "before".
    await sql(
      tx,
      `select count(*) from (
         select sl.id from inventory.stock_level sl
         join unnest(?::text[], ?::uuid[]) as f(sku_code, location_id) on sl.sku_code = f.sku_code and sl.location_id = f.location_id
         order by sl.id for update of sl
       ) as locked`,
      [skus, locationIds],
    );
  }
  const newOnHand = mode === 'SNAPSHOT' ? 'f.quantity' : 'sl.on_hand + f.quantity';
  const applies = mode === 'SNAPSHOT' ? 'sl.on_hand <> f.quantity' : 'f.quantity <> 0 and sl.on_hand + f.quantity >= 0';
  const before = mode === 'DELTA' ? 'sl.on_hand - f.quantity' : returningOld ? 'old.on_hand' : 'prior.on_hand';
  const refused = await sql<{ line: number }>(
    tx,
    `with f as (
       select * from unnest(?::text[], ?::uuid[], ?::int[], ?::int[]) as f(sku_code, location_id, quantity, line)
     ),
     changed as (
       update inventory.stock_level sl set on_hand = ${newOnHand}, updated_at = now()
       from f${returningOld || mode === 'DELTA' ? '' : ' join inventory.stock_level prior on prior.sku_code = f.sku_code and prior.location_id = f.location_id'}
       where sl.sku_code = f.sku_code and sl.location_id = f.location_id and ${applies}
       returning sl.id, sl.sku_code, sl.location_id, ${before} as on_hand_before, sl.on_hand, sl.reserved, sl.safety_stock
     ),
     ${LEDGER_AND_EVENTS}
     select f.line from f
     where f.quantity < 0 and not exists (select 1 from changed c where c.sku_code = f.sku_code and c.location_id = f.location_id)`,
    [skus, locationIds, intArray(existing.map((line) => line.quantity)), intArray(existing.map((line) => line.line)), ...trail],
  );
  return mode === 'DELTA' ? refused.map((row) => Number(row.line)) : [];
}

export async function findInventoryFeed(ctx: InventoryContext, feedId: string): Promise<FeedReport | null> {
  const feed = await ctx.em.findOne(InventoryFeed, { feedId });
  return feed ? report(feed, true) : null;
}
