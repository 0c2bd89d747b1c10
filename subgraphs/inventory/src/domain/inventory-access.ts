import { associateStoreOf, DomainError, isUuid, type Principal } from '@oms/platform';

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

/** Whether the caller sees the stock (levels, ledger, supply) of a location. */
export function maySeeStockAt(principal: Principal, locationId: string): boolean {
  const allowed = stockLocationsOf(principal);
  return !allowed || allowed.includes(locationId.toLowerCase());
}

/** The records at locations the caller sees: filters what a batched loader read for every caller alike. */
export function visibleStock<T extends { location: { id: string } }>(principal: Principal, records: readonly T[]): T[] {
  const allowed = stockLocationsOf(principal);
  return allowed ? records.filter((record) => allowed.includes(record.location.id.toLowerCase())) : [...records];
}

/** The locations the caller sees as ids a query can compare (none for an associate without a store); undefined: every location. */
export function visibleLocationIds(principal: Principal): string[] | undefined {
  return stockLocationsOf(principal)?.filter(isUuid);
}
