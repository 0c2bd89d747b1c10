/** Every scope the API knows; `@requiresScopes` in the SDL names these. */
export const SCOPES = [
  'orders:read',
  'orders:write',
  'inventory:read',
  'inventory:write',
  'fulfillment:read',
  'fulfillment:write',
  'customers:read',
  'customers:write',
  'returns:write',
  'sourcing:write',
  'reports:read',
  'audit:read',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

export type StaffRole = 'ADMIN' | 'CARE_AGENT' | 'STORE_ASSOCIATE';

/** What each staff role may do. Store associates are further limited to their store by the services. */
export const ROLE_SCOPES: Readonly<Record<StaffRole, readonly Scope[]>> = {
  ADMIN: SCOPES,
  CARE_AGENT: ['orders:read', 'orders:write', 'inventory:read', 'fulfillment:read', 'customers:read', 'customers:write', 'returns:write', 'reports:read'],
  STORE_ASSOCIATE: ['orders:read', 'inventory:read', 'inventory:write', 'fulfillment:read', 'fulfillment:write', 'customers:read', 'returns:write'],
};

/** Scopes of a signed-in customer: their own orders, returns and profile (row-level rules apply). */
export const CUSTOMER_SCOPES: readonly Scope[] = ['orders:read', 'orders:write', 'customers:read', 'fulfillment:read', 'returns:write'];

export function scopesForRoles(roles: readonly StaffRole[]): Scope[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role]))];
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
