/**
 * Which customer segments the sourcing rules in force are scoped to. Order capture asks for a
 * customer's segments only when this is not empty, so a retailer without segment-scoped rules
 * pays nothing for them; it asks in the request it makes for prices anyway (no extra round trip).
 *
 * Asked on every order, so each instance keeps the scopes a few seconds: publishing or retiring a
 * rule set reaches the instance that did it at once and the others within KEEP_FOR_MS. What is kept
 * is every version not retired when read, with its dates, so a version that becomes effective
 * (or whose retirement falls due) in the meantime is counted from that moment, not from the next read.
 */
import type { EntityManager } from '@oms/platform';
import { sql } from './sql.ts';

interface SegmentScopeRow {
  customer_segment: string;
  effective_from: Date | string;
  retired_at: Date | string | null;
}

const KEEP_FOR_MS = 5_000;

/** Per database (test systems may share a process), the read in progress or done and when it started. */
const kept = new Map<string, { rows: Promise<SegmentScopeRow[]>; at: number }>();

const databaseOf = (em: EntityManager): string => String(em.config.get('clientUrl'));

/** Forgets what this instance keeps, after a rule set was published or retired here. */
export function forgetSourcingSegments(em: EntityManager): void {
  kept.delete(databaseOf(em));
}

function segmentScopes(em: EntityManager): Promise<SegmentScopeRow[]> {
  const database = databaseOf(em);
  const now = Date.now();
  const entry = kept.get(database);
  if (entry && now - entry.at <= KEEP_FOR_MS) return entry.rows;
  const rows = sql<SegmentScopeRow>(
    em,
    `select distinct customer_segment, effective_from, retired_at from inventory.sourcing_rule_set
     where customer_segment is not null and (retired_at is null or retired_at > now())`,
  );
  kept.set(database, { rows, at: now });
  // A failed read is not kept: the next order reads again.
  rows.catch(() => {
    if (kept.get(database)?.rows === rows) kept.delete(database);
  });
  return rows;
}

/** The segment codes of the segment-scoped rule sets in force at `at`, sorted; empty when none. */
export async function sourcingSegmentsInForce(em: EntityManager, at: Date = new Date()): Promise<string[]> {
  const moment = at.getTime();
  const inForce = (await segmentScopes(em)).filter(
    (row) => new Date(row.effective_from).getTime() <= moment && (row.retired_at === null || new Date(row.retired_at).getTime() > moment),
  );
  return [...new Set(inForce.map((row) => row.customer_segment))].sort();
}
