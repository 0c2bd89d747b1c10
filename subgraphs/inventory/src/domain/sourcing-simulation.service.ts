/**
 * `simulateSourcing`: replays past orders through a candidate rule set and the rule set in force,
 * against current stock, in a read-only transaction. It plans in memory and writes nothing.
 */
import { DomainError, isUuid, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { SALES_CHANNELS, type Location, type SalesChannel } from '../entities/location.entity.ts';
import { GLOBAL_SCOPE } from '../entities/sourcing-rule-set.entity.ts';
import type { DecisionLineRecord } from '../entities/sourcing-decision.entity.ts';
import { dailyLoad } from './allocation.service.ts';
import { rulesInForce, type RulesInForce } from './sourcing-rule-set.service.ts';
import { needsDailyCounts, parseSourcingRules, type SourcingRuleInput, type SplitPolicyInput } from './sourcing-rules.ts';
import { planDifferences, planOrder, summarizePlans, type DailyLoad, type OrderPlan, type PlanDifference, type ReplayOrder, type SimulationOutcome } from './sourcing-simulation.ts';
import { loadSourcingSnapshot } from './sourcing-snapshot.ts';
import type { DeliveryMethod } from './sourcing.ts';
import { sql, textArray, uuidArray } from './sql.ts';

export const MAX_SIMULATED_ORDERS = 500;
const MAX_DIFFERENCES = 50;
const MAX_SKIPPED = 50;

export interface SimulateSourcingInput {
  rules: readonly SourcingRuleInput[];
  splitPolicy: SplitPolicyInput;
  scope: { channel?: SalesChannel | null | undefined };
  lastOrders?: number | null | undefined;
  orderIds?: readonly string[] | null | undefined;
}

export type SkipReason = 'NOT_FOUND' | 'NO_DESTINATION' | 'OUT_OF_SCOPE';

export interface SimulationDifference {
  orderId: string;
  currentLocations: Location[];
  candidateLocations: Location[];
}

export interface SourcingSimulation {
  ruleSetInForce: Pick<RulesInForce, 'id' | 'name' | 'version'>;
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
  delivery_latitude: number | null;
  delivery_longitude: number | null;
  pickup_location_id: string | null;
  lines: DecisionLineRecord[] | string;
}

function badInput(item: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${item}: ${message}`, { item });
}

/** The channels a rule set of this scope would govern now: its channel, or those without rules of their own. */
async function governedChannels(tx: EntityManager, channel: SalesChannel | null | undefined): Promise<SalesChannel[]> {
  if (channel) return [channel];
  const own = await sql<{ scope_key: string }>(tx, `select distinct scope_key from inventory.sourcing_rule_set where scope_key <> ? and effective_from <= now()`, [GLOBAL_SCOPE]);
  const withOwnRules = new Set(own.map((row) => row.scope_key));
  return SALES_CHANNELS.filter((candidate) => !withOwnRules.has(candidate));
}

async function decisionRows(tx: EntityManager, input: SimulateSourcingInput, channels: readonly SalesChannel[]): Promise<DecisionRow[]> {
  const columns = `order_id, channel, delivery_method, delivery_latitude, delivery_longitude, pickup_location_id, lines`;
  if (input.orderIds) {
    return sql<DecisionRow>(tx, `select ${columns} from inventory.sourcing_decision where order_id = any(?::uuid[]) order by created_at desc`, [uuidArray(input.orderIds)]);
  }
  // Decisions recorded before the destination was kept come back too, to be reported as skipped.
  return sql<DecisionRow>(
    tx,
    `select ${columns} from inventory.sourcing_decision
     where channel is null or channel = any(?::text[])
     order by created_at desc limit ?`,
    [textArray(channels), input.lastOrders ?? 50],
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

export async function simulateSourcing(ctx: InventoryContext, input: SimulateSourcingInput): Promise<SourcingSimulation> {
  const candidateRules = parseSourcingRules(input.rules, input.splitPolicy);
  validateSelection(input);
  const simulation = await ctx.em.fork().transactional(async (readOnly) => {
    // One consistent snapshot, and PostgreSQL refuses any write in it.
    await sql(readOnly, `set transaction isolation level repeatable read, read only`);
    const channels = await governedChannels(readOnly, input.scope.channel);
    const rows = await decisionRows(readOnly, input, channels);
    const skipped: SourcingSimulation['skipped'] = [];
    const found = new Set(rows.map((row) => row.order_id));
    for (const id of new Set(input.orderIds ?? [])) if (!found.has(id)) skipped.push({ orderId: id, reason: 'NOT_FOUND' });

    const ordersByChannel = new Map<SalesChannel, ReplayOrder[]>();
    for (const row of rows) {
      if (row.channel === null || row.delivery_method === null) {
        skipped.push({ orderId: row.order_id, reason: 'NO_DESTINATION' });
        continue;
      }
      if (!channels.includes(row.channel)) {
        skipped.push({ orderId: row.order_id, reason: 'OUT_OF_SCOPE' });
        continue;
      }
      const lines = (typeof row.lines === 'string' ? JSON.parse(row.lines) : row.lines) as DecisionLineRecord[];
      const orders = ordersByChannel.get(row.channel) ?? [];
      orders.push({
        orderId: row.order_id,
        channel: row.channel,
        method: row.delivery_method,
        pickupLocationId: row.pickup_location_id,
        point:
          row.delivery_latitude === null || row.delivery_longitude === null
            ? undefined
            : { latitude: Number(row.delivery_latitude), longitude: Number(row.delivery_longitude) },
        lines: lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: line.quantity })),
      });
      ordersByChannel.set(row.channel, orders);
    }

    const now = new Date();
    let ruleSetInForce: RulesInForce = await rulesInForce(readOnly, input.scope.channel ?? channels[0] ?? 'WEB', now);
    const current: OrderPlan[] = [];
    const candidate: OrderPlan[] = [];
    for (const [channel, orders] of ordersByChannel) {
      ruleSetInForce = await rulesInForce(readOnly, channel, now);
      const snapshot = await loadSourcingSnapshot(readOnly, [...new Set(orders.flatMap((order) => order.lines.map((line) => line.sku)))], channel);
      const levelsOf = (sku: string) => snapshot.skus.get(sku)?.levels ?? [];
      const load: DailyLoad =
        needsDailyCounts(ruleSetInForce.rules) || needsDailyCounts(candidateRules.rules)
          ? await dailyLoad(readOnly, [...new Set([...snapshot.skus.values()].flatMap((sku) => sku.levels.map((level) => level.location.id)))])
          : new Map();
      for (const order of orders) {
        current.push(await planOrder(ruleSetInForce, order, levelsOf, load));
        candidate.push(await planOrder(candidateRules, order, levelsOf, load));
      }
    }
    const differences = planDifferences(current, candidate);
    return {
      ruleSetInForce: { id: ruleSetInForce.id, name: ruleSetInForce.name, version: ruleSetInForce.version },
      inForce: summarizePlans(current),
      candidate: summarizePlans(candidate),
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
