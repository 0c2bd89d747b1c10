/**
 * `simulateSourcing`: replays past orders through a candidate rule set and the rule set in force,
 * against current stock, in a read-only transaction. It plans in memory and writes nothing.
 */
import { DomainError, inTransaction, isUuid, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { Location, SalesChannel } from '../entities/location.entity.ts';
import type { DecisionLineRecord } from '../entities/sourcing-decision.entity.ts';
import { dailyLoad } from './allocation.service.ts';
import { loadShippingRateTable } from './shipping-rate.service.ts';
import { allRulesInForce, BUILT_IN_RULES, type RulesInForce } from './sourcing-rule-set.service.ts';
import { needsDailyCounts, parseSourcingRules, type SourcingRuleInput, type SplitPolicyInput } from './sourcing-rules.ts';
import { governingRuleSet, parseSourcingScope, scopeMatches, scopePrecedence, type OrderScopeFacts, type SourcingScope, type SourcingScopeInput } from './sourcing-scope.ts';
import { planDifferences, planOrder, summarizePlans, type DailyLoad, type OrderPlan, type PlanDifference, type ReplayOrder, type SimulationOutcome } from './sourcing-simulation.ts';
import { loadSourcingSnapshot } from './sourcing-snapshot.ts';
import type { DeliveryMethod } from './sourcing.ts';
import { sql, uuidArray } from './sql.ts';

export const MAX_SIMULATED_ORDERS = 10_000;
const MAX_DIFFERENCES = 50;
const MAX_SKIPPED = 50;
/** With `lastOrders`, how far back past orders other scopes govern are looked through (times the orders asked for). */
const SCAN_FACTOR = 10;

export interface SimulateSourcingInput {
  rules: readonly SourcingRuleInput[];
  splitPolicy: SplitPolicyInput;
  scope: SourcingScopeInput;
  lastOrders?: number | null | undefined;
  orderIds?: readonly string[] | null | undefined;
}

export type SkipReason = 'NOT_FOUND' | 'NO_DESTINATION' | 'OUT_OF_SCOPE';

export interface SimulationDifference {
  orderId: string;
  currentLocations: Location[];
  candidateLocations: Location[];
}

export interface GoverningRuleSet extends Pick<RulesInForce, 'id' | 'name' | 'version'> {
  orders: number;
}

export interface SourcingSimulation {
  ruleSetInForce: Pick<RulesInForce, 'id' | 'name' | 'version'>;
  ruleSetsInForce: GoverningRuleSet[];
  inForce: SimulationOutcome;
  candidate: SimulationOutcome;
  differenceCount: number;
  differences: SimulationDifference[];
  skippedCount: number;
  skipped: { orderId: string; reason: SkipReason }[];
}

interface DecisionRow {
  order_id: string;
  channel: SalesChannel | null;
  delivery_method: DeliveryMethod | null;
  delivery_country: string | null;
  delivery_region: string | null;
  customer_segments: string[] | null;
  delivery_latitude: number | null;
  delivery_longitude: number | null;
  pickup_location_id: string | null;
  lines: Pick<DecisionLineRecord, 'lineId' | 'sku' | 'quantity'>[] | string;
}

function badInput(item: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${item}: ${message}`, { item });
}

// Only what a replay needs of the lines (not their candidate traces, by far the bulk of a decision).
const COLUMNS = `order_id, channel, delivery_method, delivery_country, delivery_region, customer_segments, delivery_latitude, delivery_longitude, pickup_location_id,
  (select coalesce(jsonb_agg(jsonb_build_object('lineId', l->'lineId', 'sku', l->'sku', 'quantity', l->'quantity')), '[]'::jsonb)
   from jsonb_array_elements(lines) l) as lines`;

/**
 * The most recent decisions the candidate scope could govern (its dimensions narrow the statement;
 * precedence over other scopes is checked in memory), plus those recorded without a destination
 * (reported as skipped, as they cannot be replayed).
 */
function recentDecisions(tx: EntityManager, scope: SourcingScope, limit: number, offset: number): Promise<DecisionRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (scope.channel) {
    conditions.push('channel = ?');
    params.push(scope.channel);
  }
  if (scope.region) {
    conditions.push(scope.region.length === 2 ? 'delivery_country = ?' : 'delivery_region = ?');
    params.push(scope.region);
  }
  if (scope.customerSegment) {
    conditions.push('? = any(customer_segments)');
    params.push(scope.customerSegment);
  }
  return sql<DecisionRow>(
    tx,
    `select ${COLUMNS} from inventory.sourcing_decision
     ${conditions.length > 0 ? `where channel is null or (${conditions.join(' and ')})` : ''}
     order by created_at desc, order_id limit ? offset ?`,
    [...params, limit, offset],
  );
}

function validateSelection(input: SimulateSourcingInput): void {
  if (input.orderIds) {
    if (input.orderIds.length === 0 || input.orderIds.length > MAX_SIMULATED_ORDERS) throw badInput('orderIds', `list 1 to ${MAX_SIMULATED_ORDERS} order ids`);
    const bad = input.orderIds.filter((id) => !isUuid(id));
    if (bad.length > 0) throw badInput('orderIds', `not an order id: ${bad.slice(0, 5).join(', ')}`);
    return;
  }
  const last = input.lastOrders ?? 50;
  if (!Number.isInteger(last) || last < 1 || last > MAX_SIMULATED_ORDERS) throw badInput('lastOrders', `must be an integer from 1 to ${MAX_SIMULATED_ORDERS}`);
}

function replayOf(row: DecisionRow & { channel: SalesChannel; delivery_method: DeliveryMethod }, facts: OrderScopeFacts): ReplayOrder {
  const lines = typeof row.lines === 'string' ? (JSON.parse(row.lines) as Exclude<DecisionRow['lines'], string>) : row.lines;
  return {
    orderId: row.order_id,
    channel: row.channel,
    method: row.delivery_method,
    pickupLocationId: row.pickup_location_id,
    point:
      row.delivery_latitude === null || row.delivery_longitude === null ? undefined : { latitude: Number(row.delivery_latitude), longitude: Number(row.delivery_longitude) },
    lines: lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: Number(line.quantity) })),
    destination: { country: facts.country, subdivision: facts.subdivision },
    customerSegments: facts.customerSegments,
  };
}

/**
 * A dry run: the selected past orders the candidate would govern (its scope matches them and is at
 * least as specific as the scope governing them now) are planned under the candidate and under the
 * rules governing each of them now, against the same stock snapshot, in a read-only transaction.
 */
export async function simulateSourcing(ctx: InventoryContext, input: SimulateSourcingInput): Promise<SourcingSimulation> {
  const candidateRules = parseSourcingRules(input.rules, input.splitPolicy);
  const candidateScope = parseSourcingScope(input.scope);
  validateSelection(input);
  const simulation = await inTransaction(ctx.em, async (readOnly) => {
    // One consistent snapshot, and PostgreSQL refuses any write in it.
    await sql(readOnly, `set transaction isolation level repeatable read, read only`);
    const now = new Date();
    const inForceSets = await allRulesInForce(readOnly, now);
    const governing = new Map<string, RulesInForce>();
    const governingOf = (facts: OrderScopeFacts): RulesInForce => {
      const key = `${facts.channel}|${facts.country}|${facts.subdivision}|${facts.customerSegments.join(',')}`;
      let rules = governing.get(key);
      if (!rules) {
        rules = governingRuleSet(inForceSets, facts) ?? BUILT_IN_RULES;
        governing.set(key, rules);
      }
      return rules;
    };
    const candidatePrecedence = scopePrecedence(candidateScope);
    const skipped: SourcingSimulation['skipped'] = [];
    const ordersByChannel = new Map<SalesChannel, { order: ReplayOrder; rules: RulesInForce }[]>();
    /** Takes a row: true when it counts towards `lastOrders` (replayed, or reported as not replayable). */
    const take = (row: DecisionRow, reportOutOfScope: boolean): boolean => {
      if (row.channel === null || row.delivery_method === null) {
        skipped.push({ orderId: row.order_id, reason: 'NO_DESTINATION' });
        return true;
      }
      // The customer's segments as recorded with the order: replayed for the customer it was sourced for.
      const facts: OrderScopeFacts = { channel: row.channel, country: row.delivery_country, subdivision: row.delivery_region, customerSegments: row.customer_segments ?? [] };
      const rules = governingOf(facts);
      if (!scopeMatches(candidateScope, facts) || scopePrecedence(rules.scope) > candidatePrecedence) {
        if (reportOutOfScope) skipped.push({ orderId: row.order_id, reason: 'OUT_OF_SCOPE' });
        return false;
      }
      const orders = ordersByChannel.get(row.channel) ?? [];
      orders.push({ order: replayOf({ ...row, channel: row.channel, delivery_method: row.delivery_method }, facts), rules });
      ordersByChannel.set(row.channel, orders);
      return true;
    };

    if (input.orderIds) {
      const rows = await sql<DecisionRow>(readOnly, `select ${COLUMNS} from inventory.sourcing_decision where order_id = any(?::uuid[]) order by created_at desc`, [
        uuidArray(input.orderIds),
      ]);
      const found = new Set(rows.map((row) => row.order_id));
      for (const id of new Set(input.orderIds)) if (!found.has(id)) skipped.push({ orderId: id, reason: 'NOT_FOUND' });
      for (const row of rows) take(row, true);
    } else {
      const wanted = input.lastOrders ?? 50;
      let taken = 0;
      for (let offset = 0; taken < wanted && offset < wanted * SCAN_FACTOR; offset += wanted) {
        const rows = await recentDecisions(readOnly, candidateScope, wanted, offset);
        for (const row of rows) {
          if (taken === wanted) break;
          if (take(row, false)) taken += 1;
        }
        if (rows.length < wanted) break;
      }
    }

    const table = await loadShippingRateTable(readOnly);
    const current: OrderPlan[] = [];
    const candidate: OrderPlan[] = [];
    const governingCounts = new Map<string, GoverningRuleSet>();
    for (const [channel, orders] of ordersByChannel) {
      const snapshot = await loadSourcingSnapshot(readOnly, [...new Set(orders.flatMap(({ order }) => order.lines.map((line) => line.sku)))], channel);
      const levelsOf = (sku: string) => snapshot.skus.get(sku)?.levels ?? [];
      const load: DailyLoad =
        needsDailyCounts(candidateRules.rules) || orders.some(({ rules }) => needsDailyCounts(rules.rules))
          ? await dailyLoad(readOnly, [...new Set([...snapshot.skus.values()].flatMap((sku) => sku.levels.map((level) => level.location.id)))])
          : new Map();
      const shipping = table ? { table, unitWeightOf: (sku: string) => snapshot.skus.get(sku)?.weightGrams ?? null } : undefined;
      for (const { order, rules } of orders) {
        current.push(await planOrder(rules, order, levelsOf, load, shipping));
        candidate.push(await planOrder(candidateRules, order, levelsOf, load, shipping));
        const counted = governingCounts.get(rules.id) ?? { id: rules.id, name: rules.name, version: rules.version, orders: 0 };
        counted.orders += 1;
        governingCounts.set(rules.id, counted);
      }
    }
    const ruleSetsInForce = [...governingCounts.values()].sort((a, b) => b.orders - a.orders || a.name.localeCompare(b.name));
    // The version governing most of the replayed orders; with none replayed, the one an order of exactly the candidate's scope gets.
    const headline =
      ruleSetsInForce[0] ??
      governingOf({
        channel: candidateScope.channel ?? 'WEB',
        country: candidateScope.region?.slice(0, 2) ?? null,
        subdivision: candidateScope.region && candidateScope.region.length > 2 ? candidateScope.region : null,
        customerSegments: candidateScope.customerSegment === null ? [] : [candidateScope.customerSegment],
      });
    const differences = planDifferences(current, candidate);
    const currency = table?.currency ?? null;
    return {
      ruleSetInForce: { id: headline.id, name: headline.name, version: headline.version },
      ruleSetsInForce,
      inForce: summarizePlans(current, 10, currency),
      candidate: summarizePlans(candidate, 10, currency),
      differenceCount: differences.length,
      differences: differences.slice(0, MAX_DIFFERENCES),
      skippedCount: skipped.length,
      skipped: skipped.slice(0, MAX_SKIPPED),
    };
  });
  const locations = async (ids: readonly string[]) => (await Promise.all(ids.map((id) => ctx.loaders.locationById.load(id)))).filter((location) => location !== null);
  return {
    ...simulation,
    differences: await Promise.all(
      simulation.differences.map(async (difference: PlanDifference) => ({
        orderId: difference.orderId,
        currentLocations: await locations(difference.currentLocationIds),
        candidateLocations: await locations(difference.candidateLocationIds),
      })),
    ),
  };
}
