/**
 * Where stock for an order line or a cart hold comes from: which locations are eligible and in
 * which order they are tried. Pure rules; the conditional database update is injected (`hold`).
 */
import type { LocationType, SalesChannel } from '../entities/location.entity.ts';
import { haversineKm, roundKm, type GeoPoint } from './geo.ts';

export const DELIVERY_METHODS = ['SHIP', 'PICKUP', 'RESERVE_IN_STORE'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export interface LocationProfile {
  id: string;
  code: string;
  type: LocationType;
  active: boolean;
  ships: boolean;
  pickup: boolean;
  shipFromStore: boolean;
  channels: readonly SalesChannel[];
  latitude: number;
  longitude: number;
  /** ISO 3166-1 alpha-2, for COUNTRY_IN and shipping zones; unknown when not loaded. */
  country?: string | undefined;
}

/** Parcels leave from warehouses and vendors that ship, and from stores that ship online orders. */
export function canShipParcels(location: LocationProfile): boolean {
  return location.ships || (location.type === 'STORE' && location.shipFromStore);
}

export function servesChannel(location: LocationProfile, channel: SalesChannel): boolean {
  return location.active && location.channels.includes(channel);
}

/** A store where a customer of this channel may collect (or reserve and pay for) an order. */
export function isPickupStore(location: LocationProfile, channel: SalesChannel): boolean {
  return servesChannel(location, channel) && location.pickup;
}

/**
 * Whether stock at `location` may serve an order of `channel` delivered by `method`: the location
 * is active and serves the channel; for SHIP it can ship parcels; for PICKUP and RESERVE_IN_STORE
 * it is the chosen store.
 */
export function isEligibleSource(location: LocationProfile, channel: SalesChannel, method: DeliveryMethod, pickupLocationId?: string | null): boolean {
  if (!servesChannel(location, channel)) return false;
  if (method === 'SHIP') return canShipParcels(location);
  return location.id === pickupLocationId && location.pickup;
}

export function distanceFrom(point: GeoPoint | undefined, location: LocationProfile): number | null {
  return point ? roundKm(haversineKm(point, location)) : null;
}

export interface SourcingCandidate {
  locationId: string;
  locationCode: string;
  /** Available to sell for the channel, as last known; lowered as holds are taken or fail. */
  available: number;
  /** Distance to the delivery point; null when unknown. */
  distanceKm: number | null;
}

/** Nearest first; locations at an unknown distance after the others; ties by code (stable, predictable). */
export function rankCandidates<C extends SourcingCandidate>(candidates: readonly C[]): C[] {
  return [...candidates].sort((a, b) => {
    if (a.distanceKm !== b.distanceKm) {
      if (a.distanceKm === null) return 1;
      if (b.distanceKm === null) return -1;
      return a.distanceKm - b.distanceKm;
    }
    return a.locationCode < b.locationCode ? -1 : a.locationCode > b.locationCode ? 1 : 0;
  });
}

export interface SourcedQuantity<C extends SourcingCandidate> {
  candidate: C;
  quantity: number;
}

export interface SourcingOutcome<C extends SourcingCandidate> {
  taken: SourcedQuantity<C>[];
  /** Units that could not be held (0 when the line is fully held). */
  remaining: number;
}

/** How a line may be sourced under a rule set (defaults: nearest first, any location, split allowed). */
export interface LinePolicy<C extends SourcingCandidate> {
  /** Candidates best first; only the eligible ones. */
  rank?: (candidates: readonly C[]) => C[];
  /** False: the line comes whole from one location or not at all. */
  split?: boolean;
  /** Whether a candidate may still be used (e.g. the order is at its maximum of shipments). */
  usable?: (candidate: C, takenForLine: readonly C[]) => boolean;
}

/**
 * Holds `quantity` units: at the nearest candidate that has the whole line, else split over the
 * nearest ones. `hold` is one atomic conditional update and answers false when a concurrent sale
 * took the stock first; the next candidate is then tried. When units are still missing after such
 * a failure, `refresh` (if given) reloads what the candidates have and the split is tried once more.
 */
export async function sourceLine<C extends SourcingCandidate>(
  candidates: readonly C[],
  quantity: number,
  hold: (candidate: C, quantity: number) => Promise<boolean>,
  refresh?: () => Promise<void>,
  policy: LinePolicy<C> = {},
): Promise<SourcingOutcome<C>> {
  const ranked = (policy.rank ?? rankCandidates)(candidates);
  let raced = false;
  for (const candidate of ranked) {
    if (candidate.available < quantity) continue;
    if (policy.usable && !policy.usable(candidate, [])) continue;
    if (await hold(candidate, quantity)) {
      candidate.available -= quantity;
      return { taken: [{ candidate, quantity }], remaining: 0 };
    }
    candidate.available = 0;
    raced = true;
  }
  const taken: SourcedQuantity<C>[] = [];
  let remaining = quantity;
  const split = async (): Promise<void> => {
    for (const candidate of ranked) {
      if (remaining === 0) return;
      if (candidate.available <= 0) continue;
      if (policy.usable && !taken.some((entry) => entry.candidate === candidate) && !policy.usable(candidate, taken.map((entry) => entry.candidate))) continue;
      const want = Math.min(remaining, candidate.available);
      if (await hold(candidate, want)) {
        candidate.available -= want;
        remaining -= want;
        const existing = taken.find((entry) => entry.candidate === candidate);
        if (existing) existing.quantity += want;
        else taken.push({ candidate, quantity: want });
      } else {
        candidate.available = 0;
        raced = true;
      }
    }
  };
  if (policy.split === false) return { taken, remaining };
  await split();
  if (remaining > 0 && raced && refresh) {
    await refresh();
    await split();
  }
  return { taken, remaining };
}
