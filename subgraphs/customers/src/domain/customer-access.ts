import { DomainError, type Principal } from '@oms/platform';

/**
 * Row-level rules on top of the scopes the gateway enforces. A signed-in customer reads and changes
 * only their own profile, addresses and consents, and never what staff keep about them (notes,
 * tags, segments, the internal notes of interactions). Staff and partner keys need customers:read
 * to read and customers:write to change; the OMS's own services may do anything.
 */

function scopesOf(principal: Principal): readonly string[] {
  return principal.kind === 'customer' || principal.kind === 'staff' || principal.kind === 'partner' ? principal.scopes : [];
}

function requireSignedIn(principal: Principal): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
}

/** The caller's own customer id when the caller is a customer; undefined for everyone else. */
export function ownCustomerId(principal: Principal): string | undefined {
  return principal.kind === 'customer' ? principal.customerId.toLowerCase() : undefined;
}

/** May the caller see this customer's profile? Customers only their own; staff with customers:read. */
export function mayReadCustomer(principal: Principal, customerId: string): boolean {
  const own = ownCustomerId(principal);
  if (own !== undefined) return own === customerId.toLowerCase();
  return principal.kind === 'service' || scopesOf(principal).includes('customers:read') || scopesOf(principal).includes('customers:write');
}

export function assertMayReadCustomer(principal: Principal, customerId: string): void {
  requireSignedIn(principal);
  if (!mayReadCustomer(principal, customerId)) throw new DomainError('FORBIDDEN', 'This customer profile belongs to someone else.');
}

/** Finding customers among all of them: staff and partner keys with customers:read. */
export function requireCustomerDirectory(principal: Principal): void {
  requireSignedIn(principal);
  if (principal.kind === 'customer') throw new DomainError('FORBIDDEN', 'Customers can read only their own profile.');
  if (principal.kind !== 'service' && !scopesOf(principal).includes('customers:read')) {
    throw new DomainError('FORBIDDEN', 'Finding customers needs the customers:read scope.', { requiredScope: 'customers:read' });
  }
}

/** What staff keep about a customer (notes, tags, segments, cases, interactions' notes): never the customer. */
export function requireInternalReader(principal: Principal): void {
  requireCustomerDirectory(principal);
}

/** Changing what staff keep about a customer, or any customer's profile: customers:write. */
export function requireCustomerWriter(principal: Principal): void {
  requireSignedIn(principal);
  if (principal.kind === 'customer') throw new DomainError('FORBIDDEN', 'Only staff can do this.');
  if (principal.kind !== 'service' && !scopesOf(principal).includes('customers:write')) {
    throw new DomainError('FORBIDDEN', 'This change needs the customers:write scope.', { requiredScope: 'customers:write' });
  }
}

/** The profile itself (contact data, addresses, preferences, consents): the customer, or staff with customers:write. */
export function assertMayChangeProfile(principal: Principal, customerId: string): void {
  requireSignedIn(principal);
  const own = ownCustomerId(principal);
  if (own !== undefined) {
    if (own !== customerId.toLowerCase()) throw new DomainError('FORBIDDEN', 'This customer profile belongs to someone else.');
    return;
  }
  requireCustomerWriter(principal);
}
