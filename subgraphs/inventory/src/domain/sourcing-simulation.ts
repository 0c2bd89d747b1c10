/**
 * A dry run of sourcing rules: past orders planned again against a stock snapshot held in memory
 * (nothing is held or written), and the plans of two rule sets summarised side by side.
 */
import type { LocationType, SalesChannel } from '../entities/location.entity.ts';
import type { GeoPoint } from './geo.ts';
import { evaluateLine, shipmentLimit, withinShipmentLimit, type CandidateFacts, type SourcingRules } from './sourcing-rules.ts';
import type { SnapshotLevel } from './sourcing-snapshot.ts';
import { distanceFrom, sourceLine, type DeliveryMethod, type SourcingCandidate } from './sourcing.ts';

/** A past order as its sourcing decision recorded it. */
export interface ReplayOrder {
  orderId: string;
  channel: SalesChannel;
  method: DeliveryMethod;
  pickupLocationId: string | null;
  point: GeoPoint | undefined;
  lines: { lineId: string; sku: string; quantity: number }[];
}

export interface PlannedTake {
  locationId: string;
  locationType: LocationType;
  quantity: number;
  distanceKm: number | null;
}

export interface PlannedLine {
  lineId: string;
  sku: string;
  quantity: number;
  taken: PlannedTake[];
  /** Units no eligible location could give (the whole line when a split was not allowed). */
  missing: number;
}

export interface OrderPlan {
  orderId: string;
  lines: PlannedLine[];
}

export type DailyLoad = ReadonlyMap<string, { ordersToday: number; capacity: number | null }>;

type PlanCandidate = SourcingCandidate & CandidateFacts & { locationType: LocationType };

/**
 * Where an order's lines would come from under `rules`, as `holdOrderLines` decides it, with every
 * hold succeeding in memory. Each order starts from the snapshot's figures (orders do not deplete
 * each other's stock), and presell is not planned: a line without stock on hand is unsourced.
 */
export async function planOrder(rules: SourcingRules, order: ReplayOrder, levelsOf: (sku: string) => readonly SnapshotLevel[], load: DailyLoad): Promise<OrderPlan> {
  const limit = shipmentLimit(rules);
  const usedLocations = new Set<string>();
  const usable = withinShipmentLimit(limit.maxLocations, usedLocations);
  const baseElimination = (candidate: PlanCandidate): string | null =>
    order.method !== 'SHIP' && !(candidate.locationId === order.pickupLocationId && candidate.location.pickup) ? 'NOT_THE_PICKUP_STORE' : null;
  const pools = new Map<string, PlanCandidate[]>();
  const lines: PlannedLine[] = [];
  for (const line of order.lines) {
    let pool = pools.get(line.sku);
    if (!pool) {
      pool = levelsOf(line.sku).map((level) => ({
        locationId: level.location.id,
        locationCode: level.location.code,
        locationType: level.location.type,
        location: level.location,
        available: level.available,
        distanceKm: distanceFrom(order.point, level.location),
        ordersToday: load.get(level.location.id)?.ordersToday ?? 0,
        dailyOrderCapacity: load.get(level.location.id)?.capacity ?? null,
      }));
      pools.set(line.sku, pool);
    }
    const evaluation = evaluateLine(rules.rules, pool, { channel: order.channel, method: order.method, quantity: line.quantity }, baseElimination);
    const outcome = await sourceLine(pool, line.quantity, () => Promise.resolve(true), undefined, {
      rank: () => evaluation.ranked,
      split: limit.split,
      ...(usable ? { usable } : {}),
    });
    // As in allocation: a line that cannot be covered holds nothing.
    const covered = outcome.remaining === 0;
    if (covered) for (const { candidate } of outcome.taken) usedLocations.add(candidate.locationId);
    else for (const { candidate, quantity } of outcome.taken) candidate.available += quantity;
    lines.push({
      lineId: line.lineId,
      sku: line.sku,
      quantity: line.quantity,
      taken: covered
        ? outcome.taken.map(({ candidate, quantity }) => ({ locationId: candidate.locationId, locationType: candidate.locationType, quantity, distanceKm: candidate.distanceKm }))
        : [],
      missing: covered ? 0 : line.quantity,
    });
  }
  return { orderId: order.orderId, lines };
}

export interface UnsourcedLine {
  orderId: string;
  lineId: string;
  sku: string;
  quantity: number;
}

export interface SimulationOutcome {
  ordersEvaluated: number;
  /** Distinct locations per order, on average (0 when no order was evaluated). */
  shipmentsPerOrder: number;
  /** Distance of the sourced units, weighted by units; null when no sourced unit has a known distance. */
  averageDistanceKm: number | null;
  /** Share (0–1) of the sourced units that come from stores; null when nothing was sourced. */
  storeShare: number | null;
  unitsSourced: number;
  unsourcedLineCount: number;
  unsourcedLines: UnsourcedLine[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarizePlans(plans: readonly OrderPlan[], sampleSize = 10): SimulationOutcome {
  let shipments = 0;
  let units = 0;
  let storeUnits = 0;
  let distanceUnits = 0;
  let weightedKm = 0;
  const unsourced: UnsourcedLine[] = [];
  let unsourcedLineCount = 0;
  for (const plan of plans) {
    shipments += new Set(plan.lines.flatMap((line) => line.taken.map((take) => take.locationId))).size;
    for (const line of plan.lines) {
      if (line.missing > 0) {
        unsourcedLineCount += 1;
        if (unsourced.length < sampleSize) unsourced.push({ orderId: plan.orderId, lineId: line.lineId, sku: line.sku, quantity: line.quantity });
      }
      for (const take of line.taken) {
        units += take.quantity;
        if (take.locationType === 'STORE') storeUnits += take.quantity;
        if (take.distanceKm !== null) {
          distanceUnits += take.quantity;
          weightedKm += take.quantity * take.distanceKm;
        }
      }
    }
  }
  return {
    ordersEvaluated: plans.length,
    shipmentsPerOrder: plans.length === 0 ? 0 : round(shipments / plans.length, 3),
    averageDistanceKm: distanceUnits === 0 ? null : round(weightedKm / distanceUnits, 1),
    storeShare: units === 0 ? null : round(storeUnits / units, 4),
    unitsSourced: units,
    unsourcedLineCount,
    unsourcedLines: unsourced,
  };
}

export interface PlanDifference {
  orderId: string;
  currentLocationIds: string[];
  candidateLocationIds: string[];
}

function signature(plan: OrderPlan): string {
  return plan.lines
    .map((line) => `${line.lineId}:${line.taken.map((take) => `${take.locationId}x${take.quantity}`).join(',')}:${line.missing}`)
    .join('|');
}

const locationsOf = (plan: OrderPlan) => [...new Set(plan.lines.flatMap((line) => line.taken.map((take) => take.locationId)))];

/** The orders the two plans source differently (other locations, quantities or coverage), in plan order. */
export function planDifferences(current: readonly OrderPlan[], candidate: readonly OrderPlan[]): PlanDifference[] {
  const candidateByOrder = new Map(candidate.map((plan) => [plan.orderId, plan]));
  const differences: PlanDifference[] = [];
  for (const plan of current) {
    const other = candidateByOrder.get(plan.orderId);
    if (!other || signature(plan) === signature(other)) continue;
    differences.push({ orderId: plan.orderId, currentLocationIds: locationsOf(plan), candidateLocationIds: locationsOf(other) });
  }
  return differences;
}
