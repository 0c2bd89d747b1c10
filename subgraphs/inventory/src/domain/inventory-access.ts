import { DomainError, type Principal } from '@oms/platform';

/**
 * Which locations' stock a caller may change, beyond the scopes the gateway checked: a store
 * associate their store's, a partner key bound to locations those; everyone else every location.
 * Elsewhere the location answers as if it did not exist, so nothing is learnt from the refusal.
 */
export function assertMayChangeStockAt(principal: Principal, locationId: string): void {
  const allowed =
    principal.kind === 'staff' && !principal.roles.includes('ADMIN') && principal.roles.includes('STORE_ASSOCIATE')
      ? [principal.storeId ?? '']
      : principal.kind === 'partner' && principal.locationIds?.length
        ? principal.locationIds
        : undefined;
  if (allowed && !allowed.some((id) => id.toLowerCase() === locationId.toLowerCase())) {
    throw new DomainError('UNKNOWN_LOCATION', `No location with id ${locationId}`, { argument: 'locationId', locationId });
  }
}
