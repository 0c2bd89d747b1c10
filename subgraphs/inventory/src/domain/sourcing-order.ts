/**
 * The order around its lines while they are sourced one after the other: what the order-level
 * rankers need (the locations already used, what each location could still serve, the parcels'
 * estimated cost) and the ship-complete search. Pure; allocation and the dry run share it.
 */
import type { LocationProfile } from './sourcing.ts';
import { evaluateLine, type CandidateFacts, type LineContext, type OrderFacts, type SourcingRule } from './sourcing-rules.ts';
import { costInZone, shippingZoneOf, type ShippingRateTable } from './shipping-rates.ts';

export interface OrderLineDemand {
  sku: string;
  quantity: number;
}

/** A line's candidate as the order state reads it (the pools' objects: their `available` moves as holds are taken). */
export interface PooledCandidate extends CandidateFacts {
  locationId: string;
}

export interface ShippingContext {
  table: ShippingRateTable;
  destinationCountry: string | null;
  destinationSubdivision: string | null;
  /** Grams per unit; null when the item master does not know (counted as 0 g: the parcel pays at least its lightest band). */
  unitWeightOf(sku: string): number | null;
}

/**
 * Tracks an order while its lines are sourced in order: `factsFor(index)` before evaluating line
 * `index`, `taken(...)` for each quantity held. Availability is read from the pools' objects.
 */
export class OrderSourcingState<C extends PooledCandidate> {
  readonly usedLocationIds = new Set<string>();
  private readonly lines: readonly OrderLineDemand[];
  private readonly pools: ReadonlyMap<string, readonly C[]>;
  private readonly shipping: ShippingContext | undefined;
  /** Grams per location already headed to the customer. */
  private readonly parcelWeight = new Map<string, number>();
  /** The zone of each origin location for this order's destination (fixed for the order). */
  private readonly zones = new Map<string, string | null>();

  constructor(lines: readonly OrderLineDemand[], pools: ReadonlyMap<string, readonly C[]>, shipping?: ShippingContext) {
    this.lines = lines;
    this.pools = pools;
    this.shipping = shipping;
  }

  factsFor(index: number): OrderFacts {
    const remaining = this.lines.slice(index);
    let servable: Map<string, number> | undefined;
    const line = this.lines[index];
    return {
      usedLocationIds: this.usedLocationIds,
      remainingLines: remaining.length,
      // Counted in one pass over the remaining lines' pools, the first time a ranker asks.
      servableLines: (locationId) => {
        if (!servable) {
          servable = new Map();
          for (const demand of remaining) {
            for (const candidate of this.pools.get(demand.sku) ?? []) {
              if (candidate.available >= demand.quantity) servable.set(candidate.locationId, (servable.get(candidate.locationId) ?? 0) + 1);
            }
          }
        }
        return servable.get(locationId) ?? 0;
      },
      extraShippingCost: (location) => (line ? this.extraCost(location, line) : null),
    };
  }

  taken(locationId: string, sku: string, quantity: number): void {
    this.usedLocationIds.add(locationId);
    this.parcelWeight.set(locationId, (this.parcelWeight.get(locationId) ?? 0) + (this.shipping?.unitWeightOf(sku) ?? 0) * quantity);
  }

  private zoneOf(shipping: ShippingContext, location: LocationProfile): string | null {
    let zone = this.zones.get(location.id);
    if (zone === undefined) {
      zone = shippingZoneOf(shipping.table, location.country, shipping.destinationCountry, shipping.destinationSubdivision);
      this.zones.set(location.id, zone);
    }
    return zone;
  }

  /** A new parcel's cost, or what the heavier parcel costs more than the one already planned there. */
  private extraCost(location: LocationProfile, line: OrderLineDemand): number | null {
    const shipping = this.shipping;
    if (!shipping) return null;
    const zone = this.zoneOf(shipping, location);
    if (zone === null) return null;
    const before = this.parcelWeight.get(location.id) ?? 0;
    const after = costInZone(shipping.table, zone, before + (shipping.unitWeightOf(line.sku) ?? 0) * line.quantity);
    if (after === null || !this.usedLocationIds.has(location.id)) return after;
    const already = costInZone(shipping.table, zone, before);
    return already === null ? null : after - already;
  }
}

/**
 * SHIP_COMPLETE: the locations that pass every line's filters and hold every line whole (two
 * lines of one SKU need their sum). Empty when no single location can ship the order complete.
 */
export function wholeOrderLocations<C extends PooledCandidate>(
  rules: readonly SourcingRule[],
  lines: readonly OrderLineDemand[],
  pools: ReadonlyMap<string, readonly C[]>,
  lineContext: (line: OrderLineDemand) => LineContext,
  baseElimination?: (candidate: C) => string | null,
): Set<string> {
  const needed = new Map<string, number>();
  for (const line of lines) needed.set(line.sku, (needed.get(line.sku) ?? 0) + line.quantity);
  let common: Set<string> | undefined;
  for (const line of lines) {
    const pool = pools.get(line.sku) ?? [];
    const eligible = new Set(
      evaluateLine(rules, pool, lineContext(line), baseElimination, false)
        .ranked.filter((candidate) => candidate.available >= needed.get(line.sku)!)
        .map((candidate) => candidate.locationId),
    );
    common = common ? new Set([...common].filter((id) => eligible.has(id))) : eligible;
    if (common.size === 0) return common;
  }
  return common ?? new Set();
}

export const SHIP_COMPLETE_ELIMINATION = 'SHIP_COMPLETE(cannot ship the whole order)';

/** The trace's note on the ship-complete search. */
export function shipCompleteNote(candidates: number): string {
  return candidates > 0
    ? `SHIP_COMPLETE: ${candidates} location(s) can ship the whole order under the filters; the lines were ranked among them`
    : 'SHIP_COMPLETE: no single location can ship the whole order under the filters; the lines were tried one after the other at the first line\'s location (lines it lacks are not sourced)';
}
