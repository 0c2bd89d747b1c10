import { associateStoreOf, DomainError, type Principal } from '@oms/platform';

/**
 * Which fulfillment work a caller may see and do, beyond the scopes the gateway already checked:
 * store associates their store's, partners (dropship vendors) their locations' and their channel's,
 * customers their own.
 */
export type FulfillmentAccess =
  | { kind: 'all'; channel?: string | undefined }
  | { kind: 'locations'; locationIds: readonly string[]; channel?: string | undefined }
  | { kind: 'customer'; customerId: string }
  | { kind: 'none' };

export function accessOf(principal: Principal): FulfillmentAccess {
  switch (principal.kind) {
    case 'service':
      return { kind: 'all' };
    case 'staff': {
      const store = associateStoreOf(principal);
      if (store === undefined) return { kind: 'all' };
      return store ? { kind: 'locations', locationIds: [store] } : { kind: 'none' };
    }
    case 'partner':
      return principal.locationIds?.length
        ? { kind: 'locations', locationIds: principal.locationIds.map((id) => id.toLowerCase()), channel: principal.channel }
        : { kind: 'all', channel: principal.channel };
    case 'customer':
      return { kind: 'customer', customerId: principal.customerId.toLowerCase() };
    case 'anonymous':
      return { kind: 'none' };
  }
}

/** What access rules need to know of a fulfillment order, parcel, shipment or event. */
export interface Owned {
  locationId: string;
  customerId: string | null | undefined;
  /** The order's sales channel, where the record carries it (fulfillment orders). */
  channel?: string | undefined;
}

export function canSee(access: FulfillmentAccess, owned: Owned): boolean {
  if ((access.kind === 'all' || access.kind === 'locations') && access.channel && owned.channel !== undefined && owned.channel !== access.channel) return false;
  switch (access.kind) {
    case 'all':
      return true;
    case 'locations':
      return access.locationIds.includes(owned.locationId);
    case 'customer':
      return owned.customerId === access.customerId;
    case 'none':
      return false;
  }
}

/**
 * Staff and partners working an order: the whole network, or their own locations; a key bound to a
 * channel only that channel's orders (`channel`, where the work is one order's).
 */
export function canWork(access: FulfillmentAccess, locationId: string, channel?: string): boolean {
  if ((access.kind === 'all' || access.kind === 'locations') && access.channel && channel !== undefined && channel !== access.channel) return false;
  return access.kind === 'all' || (access.kind === 'locations' && access.locationIds.includes(locationId));
}

/**
 * The answer for a record that does not exist, and for one the caller may not see or work: the same
 * (`No <what> with id <id>`), so a refusal tells nobody that it exists.
 */
export function notFound(what: string, id: string, argument: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${what} with id ${id}`, { [argument]: id });
}

/** Work at a location out of reach answers as `missing` (the record asked for does not exist). */
export function assertMayWork(access: FulfillmentAccess, locationId: string, missing: () => DomainError, channel?: string): void {
  if (!canWork(access, locationId, channel)) throw missing();
}

/**
 * Reading one record: what the caller may not see answers exactly as a record that does not exist
 * (null), so a refusal tells nobody that it exists.
 */
export function visibleOrNull<T extends Owned>(access: FulfillmentAccess, record: T | null): T | null {
  return record && canSee(access, record) ? record : null;
}
