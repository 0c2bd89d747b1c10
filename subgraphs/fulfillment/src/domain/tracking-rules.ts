import type { ParcelStatus, TrackingStatus } from '../entities/parcel.entity.ts';
import type { ShipmentStatus } from '../entities/shipment.entity.ts';

/** What the rules need of a tracking event. */
export interface TrackingPoint {
  id: string;
  status: TrackingStatus;
  occurredAt: Date;
}

/** Later in a parcel's life; only breaks ties between events with the same timestamp. */
const PROGRESS: Readonly<Record<TrackingStatus, number>> = {
  LABEL_CREATED: 0,
  PICKED_UP: 1,
  IN_TRANSIT: 2,
  OUT_FOR_DELIVERY: 3,
  EXCEPTION: 4,
  DELIVERED: 5,
  RETURNED_TO_SENDER: 6,
};

/**
 * Orders tracking events in time: by occurredAt, then (same instant) by progress, then by id, so
 * the outcome never depends on the order events arrived in.
 */
export function compareTrackingPoints(a: TrackingPoint, b: TrackingPoint): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || PROGRESS[a.status] - PROGRESS[b.status] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** True when `candidate` is later than the parcel's current latest event (or there is none). */
export function supersedes(candidate: TrackingPoint, current: TrackingPoint | undefined): boolean {
  return current === undefined || compareTrackingPoints(candidate, current) > 0;
}

/** The event that decides a parcel's status: the one with the latest occurredAt. */
export function latestTrackingPoint<T extends TrackingPoint>(events: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const event of events) if (supersedes(event, latest)) latest = event;
  return latest;
}

/** History in the order things happened (not the order they were reported). */
export function chronological<T extends TrackingPoint>(events: readonly T[]): T[] {
  return [...events].sort(compareTrackingPoints);
}

const MOVING: ReadonlySet<ParcelStatus> = new Set(['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED']);

/** A shipped shipment's status from its parcels': delivered when all are, held up when one is. */
export function shipmentStatusFromParcels(parcels: readonly ParcelStatus[]): ShipmentStatus {
  if (parcels.length > 0 && parcels.every((status) => status === 'DELIVERED')) return 'DELIVERED';
  if (parcels.some((status) => status === 'EXCEPTION' || status === 'RETURNED_TO_SENDER')) return 'EXCEPTION';
  if (parcels.some((status) => MOVING.has(status))) return 'IN_TRANSIT';
  return 'SHIPPED';
}
