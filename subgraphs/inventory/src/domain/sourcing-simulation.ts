/**
 * A dry run of sourcing rules: past orders planned again against a stock snapshot held in memory
 * (nothing is held or written), and the plans of two rule sets summarised side by side.
 */
import type { LocationType, SalesChannel } from '../entities/location.entity.ts';
import type { GeoPoint } from './geo.ts';
import { estimateShippingCost, type ShippingRateTable } from './shipping-rates.ts';
import { OrderSourcingState, SHIP_COMPLETE_ELIMINATION, wholeOrderLocations } from './sourcing-order.ts';
import { evaluateLine, needsShippingRates, shipmentLimit, withinShipmentLimit, type CandidateFacts, type LineContext, type SourcingRules } from './sourcing-rules.ts';
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
  /** Where it ships to, for shipping zones (ISO 3166-1 / 3166-2); unknown on old decisions. */
  destination?: { country: string | null; subdivision: string | null } | undefined;
  /** The customer's segments recorded with the order, preferred first. */
  customerSegments?: readonly string[] | undefined;
}

/** What the dry run prices parcels with: the rate table and each SKU's unit weight. */
export interface PlanShipping {
  table: ShippingRateTable;
  unitWeightOf(sku: string): number | null;
}

/** One location's parcel of an order and its estimated cost (null: the table has no rate for it). */
export interface PlannedParcel {
  locationId: string;
  weightGrams: number;
  cost: number | null;
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
  /** SHIP orders priced by a rate table: one parcel per location; absent otherwise. */
  parcels?: PlannedParcel[];
}

export type DailyLoad = ReadonlyMap<string, { ordersToday: number; capacity: number | null }>;

type PlanCandidate = SourcingCandidate & CandidateFacts & { locationType: LocationType };

/**
 * Where an order's lines would come from under `rules`, as `holdOrderLines` decides it, with every
 * hold succeeding in memory. Each order starts from the snapshot's figures (orders do not deplete
 * each other's stock), and presell is not planned: a line without stock on hand is unsourced.
 * With `shipping`, a SHIP order's parcels (one per location) are priced by the rate table.
 */
export async function planOrder(
  rules: SourcingRules,
  order: ReplayOrder,
  levelsOf: (sku: string) => readonly SnapshotLevel[],
  load: DailyLoad,
  shipping?: PlanShipping,
): Promise<OrderPlan> {
  const limit = shipmentLimit(rules);
  const ruleElimination = (candidate: PlanCandidate): string | null =>
    order.method !== 'SHIP' && !(candidate.locationId === order.pickupLocationId && candidate.location.pickup) ? 'NOT_THE_PICKUP_STORE' : null;
  const pools = new Map<string, PlanCandidate[]>();
  for (const sku of new Set(order.lines.map((line) => line.sku))) {
    pools.set(
      sku,
      levelsOf(sku).map((level) => ({
        locationId: level.location.id,
        locationCode: level.location.code,
        locationType: level.location.type,
        location: level.location,
        available: level.available,
        distanceKm: distanceFrom(order.point, level.location),
        ordersToday: load.get(level.location.id)?.ordersToday ?? 0,
        dailyOrderCapacity: load.get(level.location.id)?.capacity ?? null,
      })),
    );
  }
  const shipsWithRates = shipping !== undefined && order.method === 'SHIP';
  const state = new OrderSourcingState(
    order.lines,
    pools,
    shipsWithRates && needsShippingRates(rules.rules)
      ? {
          table: shipping.table,
          destinationCountry: order.destination?.country ?? null,
          destinationSubdivision: order.destination?.subdivision ?? null,
          unitWeightOf: (sku) => shipping.unitWeightOf(sku),
        }
      : undefined,
  );
  const usable = withinShipmentLimit(limit.maxLocations, state.usedLocationIds);
  const lineContext = (line: { quantity: number }, index?: number): LineContext => ({
    channel: order.channel,
    method: order.method,
    quantity: line.quantity,
    ...(index === undefined ? {} : { order: state.factsFor(index) }),
  });
  let baseElimination = ruleElimination;
  if (rules.splitPolicy.kind === 'SHIP_COMPLETE') {
    const whole = wholeOrderLocations(rules.rules, order.lines, pools, (line) => lineContext(line), ruleElimination);
    if (whole.size > 0) baseElimination = (candidate) => ruleElimination(candidate) ?? (whole.has(candidate.locationId) ? null : SHIP_COMPLETE_ELIMINATION);
  }
  const lines: PlannedLine[] = [];
  for (const [index, line] of order.lines.entries()) {
    const pool = pools.get(line.sku)!;
    const evaluation = evaluateLine(rules.rules, pool, lineContext(line, index), baseElimination, false);
    const outcome = await sourceLine(pool, line.quantity, () => Promise.resolve(true), undefined, {
      rank: () => evaluation.ranked,
      split: limit.split,
      ...(usable ? { usable } : {}),
    });
    // As in allocation: a line that cannot be covered holds nothing.
    const covered = outcome.remaining === 0;
    if (covered) for (const { candidate, quantity } of outcome.taken) state.taken(candidate.locationId, line.sku, quantity);
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
  if (!shipsWithRates) return { orderId: order.orderId, lines };
  return { orderId: order.orderId, lines, parcels: priceParcels(shipping, order, lines, pools) };
}

/** One parcel per location the plan ships from, weighed and priced by the table. */
function priceParcels(shipping: PlanShipping, order: ReplayOrder, lines: readonly PlannedLine[], pools: ReadonlyMap<string, readonly PlanCandidate[]>): PlannedParcel[] {
  const weights = new Map<string, number>();
  const countries = new Map<string, string | undefined>();
  for (const line of lines) {
    for (const take of line.taken) {
      weights.set(take.locationId, (weights.get(take.locationId) ?? 0) + (shipping.unitWeightOf(line.sku) ?? 0) * take.quantity);
      if (!countries.has(take.locationId)) countries.set(take.locationId, pools.get(line.sku)?.find((candidate) => candidate.locationId === take.locationId)?.location.country);
    }
  }
  return [...weights].map(([locationId, weightGrams]) => ({
    locationId,
    weightGrams,
    cost:
      estimateShippingCost(shipping.table, {
        originCountry: countries.get(locationId),
        destinationCountry: order.destination?.country,
        destinationSubdivision: order.destination?.subdivision,
        weightGrams,
      })?.amount ?? null,
  }));
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
  /** Estimated shipping of the SHIP orders by the rate table; null without a table. */
  shippingCost: ShippingCostSummary | null;
}

export interface ShippingCostSummary {
  currency: string;
  /** Sum over the parcels the table prices (minor units). */
  total: number;
  /** `total` over the SHIP orders evaluated, rounded to a minor unit. */
  averagePerOrder: number;
  /** SHIP orders whose parcels were priced. */
  ordersPriced: number;
  /** Parcels left out of `total`: no zone for the destination, or heavier than every band. */
  unratedParcels: number;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarizePlans(plans: readonly OrderPlan[], sampleSize = 10, currency: string | null = null): SimulationOutcome {
  let shipments = 0;
  let units = 0;
  let storeUnits = 0;
  let distanceUnits = 0;
  let weightedKm = 0;
  const unsourced: UnsourcedLine[] = [];
  let unsourcedLineCount = 0;
  let shippingTotal = 0;
  let ordersPriced = 0;
  let unratedParcels = 0;
  for (const plan of plans) {
    if (plan.parcels) {
      ordersPriced += 1;
      for (const parcel of plan.parcels) {
        if (parcel.cost === null) unratedParcels += 1;
        else shippingTotal += parcel.cost;
      }
    }
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
    shippingCost:
      currency === null
        ? null
        : { currency, total: shippingTotal, averagePerOrder: ordersPriced === 0 ? 0 : Math.round(shippingTotal / ordersPriced), ordersPriced, unratedParcels },
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
