import { DomainError } from './errors.ts';
import type { Principal } from './principal.ts';

/** Internal operations (`@inaccessible` fields) answer only other services of the OMS. */
export function requireService(principal: Principal): void {
  if (principal.kind !== 'service') {
    throw new DomainError('FORBIDDEN', 'This operation is internal to the OMS services.');
  }
}

/**
 * The store a store associate works at, lower-cased: their work is that store's (orders picked up or
 * fulfilled there, its stock, its fulfillment work, the customers of those orders). Undefined for
 * every other principal, staff holding a wider role too; '' for an associate without a store, who
 * therefore sees no store's work.
 */
export function associateStoreOf(principal: Principal): string | undefined {
  if (principal.kind !== 'staff' || !principal.roles.includes('STORE_ASSOCIATE')) return undefined;
  if (principal.roles.includes('ADMIN') || principal.roles.includes('CARE_AGENT')) return undefined;
  return (principal.storeId ?? '').toLowerCase();
}
