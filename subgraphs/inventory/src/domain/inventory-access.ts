import { associateStoreOf, DomainError, type Principal } from '@oms/platform';

/**
 * The locations whose stock a caller works with, beyond the scopes the gateway checked: a store
 * associate their store, a partner key bound to locations those; undefined (every location) for
 * everyone else. Elsewhere a location answers as if it did not exist, so nothing is learnt from the refusal.
 */
export function stockLocationsOf(principal: Principal): readonly string[] | undefined {
  const store = associateStoreOf(principal);
  if (store !== undefined) return [store];
  return principal.kind === 'partner' && principal.locationIds?.length ? principal.locationIds.map((id) => id.toLowerCase()) : undefined;
}

export function assertMayChangeStockAt(principal: Principal, locationId: string): void {
  const allowed = stockLocationsOf(principal);
  if (allowed && !allowed.includes(locationId.toLowerCase())) {
    throw new DomainError('UNKNOWN_LOCATION', `No location with id ${locationId}`, { argument: 'locationId', locationId });
  }
}
