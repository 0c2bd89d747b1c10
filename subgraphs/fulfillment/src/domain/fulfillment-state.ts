import { StateMachine, type TransitionTable } from '@oms/platform';
import type { FulfillmentOrderStatus, FulfillmentType } from '../entities/fulfillment-order.entity.ts';
import type { LocationType } from '../entities/location-profile.entity.ts';
import type { ShipmentStatus } from '../entities/shipment.entity.ts';

/** The three processes a fulfillment order can follow; each has its own transitions table. */
export type FulfillmentFlow = 'SHIP' | 'PICKUP' | 'DROPSHIP';

const FINAL = { SHIPPED: [], PICKED_UP: [], EXPIRED: [], REJECTED: [], CANCELLED: [] } as const;

/** Warehouse and ship-from-store: accept, pick, pack, ship. */
export const SHIP_TRANSITIONS: TransitionTable<FulfillmentOrderStatus> = {
  CREATED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  SENT_TO_VENDOR: [],
  ACCEPTED: ['PICKING', 'REJECTED', 'CANCELLED'],
  PICKING: ['PICKED', 'CANCELLED'],
  PICKED: ['PACKED', 'CANCELLED'],
  // Back to PICKED when some lines are cancelled after packing: the parcels must be packed again.
  PACKED: ['SHIPPED', 'PICKED', 'CANCELLED'],
  READY_FOR_PICKUP: [],
  ...FINAL,
};

/** Pickup, reserve in store and curbside: accept, pick, wait at the counter, hand over (or expire). */
export const PICKUP_TRANSITIONS: TransitionTable<FulfillmentOrderStatus> = {
  CREATED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  SENT_TO_VENDOR: [],
  ACCEPTED: ['PICKING', 'REJECTED', 'CANCELLED'],
  PICKING: ['PICKED', 'CANCELLED'],
  PICKED: ['READY_FOR_PICKUP', 'CANCELLED'],
  PACKED: [],
  READY_FOR_PICKUP: ['PICKED_UP', 'EXPIRED', 'CANCELLED'],
  ...FINAL,
};

/**
 * Dropship: sent to the vendor's webhook, which may accept or reject, then the vendor confirms the
 * shipment. A confirmation may overtake our record of the delivery (a lost response), hence
 * CREATED → SHIPPED and CREATED → REJECTED.
 */
export const DROPSHIP_TRANSITIONS: TransitionTable<FulfillmentOrderStatus> = {
  CREATED: ['SENT_TO_VENDOR', 'SHIPPED', 'REJECTED', 'CANCELLED'],
  SENT_TO_VENDOR: ['ACCEPTED', 'SHIPPED', 'REJECTED', 'CANCELLED'],
  ACCEPTED: ['SHIPPED', 'REJECTED', 'CANCELLED'],
  PICKING: [],
  PICKED: [],
  PACKED: [],
  READY_FOR_PICKUP: [],
  ...FINAL,
};

const MACHINES: Readonly<Record<FulfillmentFlow, StateMachine<FulfillmentOrderStatus>>> = {
  SHIP: new StateMachine('Fulfillment order (ship)', SHIP_TRANSITIONS),
  PICKUP: new StateMachine('Fulfillment order (pickup)', PICKUP_TRANSITIONS),
  DROPSHIP: new StateMachine('Fulfillment order (dropship)', DROPSHIP_TRANSITIONS),
};

export function flowOf(type: FulfillmentType): FulfillmentFlow {
  switch (type) {
    case 'SHIP':
    case 'SHIP_FROM_STORE':
      return 'SHIP';
    case 'PICKUP':
    case 'RESERVE_IN_STORE':
    case 'CURBSIDE':
      return 'PICKUP';
    case 'DROPSHIP':
      return 'DROPSHIP';
  }
}

export function fulfillmentStateMachine(type: FulfillmentType): StateMachine<FulfillmentOrderStatus> {
  return MACHINES[flowOf(type)];
}

/** Ship and dropship orders leave in parcels and have a shipment. */
export const shipsParcels = (type: FulfillmentType) => flowOf(type) !== 'PICKUP';

const FINAL_STATUSES: ReadonlySet<FulfillmentOrderStatus> = new Set(['SHIPPED', 'PICKED_UP', 'EXPIRED', 'REJECTED', 'CANCELLED']);

/** Still to be worked on: not shipped, collected, expired, rejected or cancelled. */
export function isOpen(status: FulfillmentOrderStatus): boolean {
  return !FINAL_STATUSES.has(status);
}

/**
 * What the shipment of a fulfillment order shows while the order is worked on. Once shipped the
 * carrier's tracking events decide (tracking-rules.ts).
 */
export function shipmentStatusBeforeShipping(status: FulfillmentOrderStatus): ShipmentStatus | undefined {
  switch (status) {
    case 'CREATED':
    case 'SENT_TO_VENDOR':
    case 'ACCEPTED':
      return 'PENDING';
    case 'PICKING':
    case 'PICKED':
      return 'PICKING';
    case 'PACKED':
      return 'PACKED';
    case 'REJECTED':
    case 'CANCELLED':
    case 'EXPIRED':
      return 'CANCELLED';
    default:
      return undefined;
  }
}

export type ReleaseDeliveryMethod = 'SHIP' | 'PICKUP' | 'RESERVE_IN_STORE' | 'CURBSIDE';

/**
 * The kind of fulfillment order an allocation becomes: a vendor always drop-ships; for a pickup
 * order the pickup store hands over, and any other location ships to that store.
 */
export function fulfillmentTypeOf(deliveryMethod: ReleaseDeliveryMethod, locationType: LocationType, isPickupLocation: boolean): FulfillmentType {
  if (locationType === 'DROPSHIP_VENDOR') return 'DROPSHIP';
  if (deliveryMethod !== 'SHIP' && isPickupLocation) return deliveryMethod;
  return locationType === 'STORE' ? 'SHIP_FROM_STORE' : 'SHIP';
}
