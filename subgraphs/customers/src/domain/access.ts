import { DomainError, type Principal } from '@oms/platform';

type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;

function scopesOf(principal: Principal): readonly string[] {
  return principal.kind === 'customer' || principal.kind === 'staff' || principal.kind === 'partner' ? principal.scopes : [];
}

function requireSignedIn(principal: Principal): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
}

/**
 * Key and staff management: staff with the `admin` scope only. The gateway enforces the scope too;
 * this is the service's own check (defense in depth), and it also keeps partner keys out.
 */
export function requireAdmin(principal: Principal): StaffPrincipal {
  requireSignedIn(principal);
  if (principal.kind !== 'staff' || !principal.scopes.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'Only administrators may manage API keys and staff.', { requiredScope: 'admin' });
  }
  return principal;
}

/** Reading the audit log: the `audit:read` scope, or an administrator. */
export function requireAuditReader(principal: Principal): void {
  requireSignedIn(principal);
  const scopes = scopesOf(principal);
  if (!scopes.includes('audit:read') && !scopes.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'Reading the audit log needs the audit:read scope.', { requiredScope: 'audit:read' });
  }
}
