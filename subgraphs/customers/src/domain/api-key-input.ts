import { DomainError, isScope, isUuid, type Scope } from '@oms/platform';

/** The sales channels a key may be restricted to (the orders service's `SalesChannel`). */
export const SALES_CHANNELS = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** Longest rotation overlap: long enough for a partner's release cycle, short enough to bound a leak. */
export const MAX_ROTATION_OVERLAP_SECONDS = 30 * 24 * 3600;

export interface ApiKeyRequest {
  name: string;
  scopes: readonly string[];
  channel?: string | null | undefined;
  locationIds?: readonly string[] | null | undefined;
  expiresAt?: Date | null | undefined;
  persistedOperationsOnly?: boolean | null | undefined;
}

export interface ApiKeyGrantSettings {
  name: string;
  scopes: Scope[];
  channel: SalesChannel | null;
  locationIds: string[];
  expiresAt: Date | null;
  persistedOperationsOnly: boolean;
}

function isSalesChannel(value: string): value is SalesChannel {
  return (SALES_CHANNELS as readonly string[]).includes(value);
}

/** Checks a key request; every problem is BAD_USER_INPUT naming the argument (and value) at fault. */
export function parseApiKeyRequest(request: ApiKeyRequest): ApiKeyGrantSettings {
  const name = request.name.trim();
  if (name.length === 0 || name.length > 100) {
    throw new DomainError('BAD_USER_INPUT', 'A key needs a name of 1 to 100 characters.', { argument: 'name' });
  }
  if (request.scopes.length === 0) {
    throw new DomainError('BAD_USER_INPUT', 'A key needs at least one scope.', { argument: 'scopes' });
  }
  const scopes: Scope[] = [];
  for (const scope of request.scopes) {
    if (!isScope(scope)) throw new DomainError('BAD_USER_INPUT', `Unknown scope "${scope}".`, { argument: 'scopes', scope });
    // Administration is for signed-in staff; a leaked partner key must never carry it.
    if (scope === 'admin') throw new DomainError('BAD_USER_INPUT', 'Partner keys cannot hold the admin scope.', { argument: 'scopes', scope });
    if (!scopes.includes(scope)) scopes.push(scope);
  }
  const channel = request.channel ?? null;
  if (channel !== null && !isSalesChannel(channel)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown channel "${channel}"; expected one of ${SALES_CHANNELS.join(', ')}.`, {
      argument: 'channel',
    });
  }
  const locationIds = [...new Set((request.locationIds ?? []).map((id) => id.toLowerCase()))];
  const badLocation = locationIds.find((id) => !isUuid(id));
  if (badLocation !== undefined) {
    throw new DomainError('BAD_USER_INPUT', `"${badLocation}" is not a location id.`, { argument: 'locationIds' });
  }
  // A past expiry is accepted: the key is simply never valid (tests and dry runs rely on that).
  const expiresAt = request.expiresAt ?? null;
  return { name, scopes, channel, locationIds, expiresAt, persistedOperationsOnly: request.persistedOperationsOnly ?? false };
}

export function parseRotationOverlap(overlapSeconds: number | null | undefined): number {
  const seconds = overlapSeconds ?? 86_400;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_ROTATION_OVERLAP_SECONDS) {
    throw new DomainError('BAD_USER_INPUT', `overlapSeconds must be between 0 and ${MAX_ROTATION_OVERLAP_SECONDS} (30 days).`, {
      argument: 'overlapSeconds',
    });
  }
  return seconds;
}
