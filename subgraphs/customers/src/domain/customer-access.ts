import { associateStoreOf, DomainError, isUuid, type Principal } from '@oms/platform';
import type { CustomersContext } from '../context.ts';

/**
 * Row-level rules on top of the scopes the gateway enforces. A signed-in customer reads and changes
 * only their own profile, addresses and consents, and never what staff keep about them (notes,
 * tags, segments, the internal notes of interactions). A store associate reads only the customers
 * of their store's orders (picked up or fulfilled there), and never finds customers among all.
 * Staff and partner keys need customers:read to read and customers:write to change; the OMS's own
 * services may do anything. A profile out of reach answers exactly as one that does not exist.
 */

type Caller = Pick<CustomersContext, 'principal' | 'care'>;

function scopesOf(principal: Principal): readonly string[] {
  return principal.kind === 'customer' || principal.kind === 'staff' || principal.kind === 'partner' ? principal.scopes : [];
}

export function requireSignedIn(principal: Principal): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
}

/** The caller's own customer id when the caller is a customer; undefined for everyone else. */
export function ownCustomerId(principal: Principal): string | undefined {
  return principal.kind === 'customer' ? principal.customerId.toLowerCase() : undefined;
}

/** The answer for a customer that does not exist, and for one out of the caller's reach. */
export function noSuchCustomer(customerId: string): DomainError {
  return new DomainError('NOT_FOUND', `No customer ${customerId}.`, { customerId });
}

/** Whether the customer has an order of the associate's store (one call to orders for all a response needs). */
function servedAtStore(ctx: Caller, store: string, customerId: string): Promise<boolean> {
  const id = customerId.toLowerCase();
  if (!isUuid(store) || !isUuid(id)) return Promise.resolve(false);
  return ctx.care.storeServes(store, id);
}

/**
 * May the caller see this customer's profile? Customers only their own; store associates the
 * customers of their store's orders; other staff and partner keys with customers:read.
 */
export async function mayReadCustomer(ctx: Caller, customerId: string): Promise<boolean> {
  const { principal } = ctx;
  const own = ownCustomerId(principal);
  if (own !== undefined) return own === customerId.toLowerCase();
  const readable = principal.kind === 'service' || scopesOf(principal).includes('customers:read') || scopesOf(principal).includes('customers:write');
  if (!readable) return false;
  const store = associateStoreOf(principal);
  return store === undefined || servedAtStore(ctx, store, customerId);
}

export async function assertMayReadCustomer(ctx: Caller, customerId: string): Promise<void> {
  requireSignedIn(ctx.principal);
  if (!(await mayReadCustomer(ctx, customerId))) throw noSuchCustomer(customerId);
}

/** Finding customers among all of them: staff and partner keys with customers:read, store associates excepted. */
export function requireCustomerDirectory(principal: Principal): void {
  requireSignedIn(principal);
  if (principal.kind === 'customer') throw new DomainError('FORBIDDEN', 'Customers can read only their own profile.');
  if (associateStoreOf(principal) !== undefined) throw new DomainError('FORBIDDEN', 'Store associates read the customers of their store’s orders only; they do not search all customers.');
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

/**
 * The profile itself (contact data, addresses, preferences, consents): the customer, or staff with
 * customers:write. Someone else's answers as `missing` (the record asked for does not exist).
 */
export function assertMayChangeProfile(principal: Principal, customerId: string, missing: () => DomainError = () => noSuchCustomer(customerId)): void {
  requireSignedIn(principal);
  const own = ownCustomerId(principal);
  if (own !== undefined) {
    if (own !== customerId.toLowerCase()) throw missing();
    return;
  }
  requireCustomerWriter(principal);
}
