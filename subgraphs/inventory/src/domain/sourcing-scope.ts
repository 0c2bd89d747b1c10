/**
 * Which orders a rule set governs: a scope of up to three dimensions (sales channel, destination
 * region, customer segment), and the precedence that picks one rule set when several match.
 *
 * Precedence (the most specific scope wins): first the number of dimensions set, then, between
 * scopes with as many dimensions, segment before channel before region, and a subdivision
 * (`FR-IDF`) before its country (`FR`). So segment+channel+region > segment+channel >
 * segment+region > channel+region > segment > channel > region > global. A count first because an
 * administrator who narrows a scope expects it to win; segment first among equals because a
 * segment is a promise made to particular customers.
 *
 * A customer may be in several segments, listed in order of preference. Two matching scopes as
 * specific can then differ only by their segment (VIP vs B2B, or VIP+WEB vs B2B+WEB): the one whose
 * segment comes first in the list wins, so the choice never depends on the order rows are read in.
 */
import { DomainError } from '@oms/platform';
import { SALES_CHANNELS, type SalesChannel } from '../entities/location.entity.ts';
import { GLOBAL_SCOPE } from '../entities/sourcing-rule-set.entity.ts';

export interface SourcingScope {
  channel: SalesChannel | null;
  /** An ISO 3166-1 country (`FR`) or an ISO 3166-2 subdivision (`FR-IDF`). */
  region: string | null;
  /** A customer segment code, upper case (`VIP`, `B2B`). */
  customerSegment: string | null;
}

export interface SourcingScopeInput {
  channel?: string | null | undefined;
  region?: string | null | undefined;
  customerSegment?: string | null | undefined;
}

/** What a scope is matched against: where the order comes from, where it goes, who placed it. */
export interface OrderScopeFacts {
  channel: SalesChannel;
  /** ISO 3166-1 alpha-2 of the destination, when known. */
  country: string | null;
  /** ISO 3166-2 subdivision of the destination (`FR-IDF`), when known. */
  subdivision: string | null;
  /** The customer's segment codes (upper case), preferred first; empty for a guest or when unknown. */
  customerSegments: readonly string[];
}

const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const SEGMENT = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

function invalid(item: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${item}: ${message}`, { item });
}

/** A scope from its input, normalised (upper case); BAD_USER_INPUT naming the field otherwise. */
export function parseSourcingScope(input: SourcingScopeInput): SourcingScope {
  const channel = input.channel ?? null;
  if (channel !== null && !(SALES_CHANNELS as readonly string[]).includes(channel)) {
    throw invalid('scope.channel', `unknown channel ${channel}`);
  }
  const region = input.region?.trim().toUpperCase() || null;
  if (region !== null && !COUNTRY.test(region) && !SUBDIVISION.test(region)) {
    throw invalid('scope.region', `${input.region} is not an ISO country (FR) or country subdivision (FR-IDF)`);
  }
  const customerSegment = input.customerSegment?.trim().toUpperCase() || null;
  if (customerSegment !== null && !SEGMENT.test(customerSegment)) {
    throw invalid('scope.customerSegment', 'must be 1 to 40 letters, digits, _ or -');
  }
  return { channel: channel as SalesChannel | null, region, customerSegment };
}

/**
 * The key versions are numbered under. A channel-only scope keeps the bare channel name and the
 * global scope `GLOBAL`, the keys used before regions and segments existed.
 */
export function scopeKeyOf(scope: SourcingScope): string {
  if (scope.region === null && scope.customerSegment === null) return scope.channel ?? GLOBAL_SCOPE;
  return [
    scope.channel ?? '*',
    scope.region === null ? null : `region:${scope.region}`,
    scope.customerSegment === null ? null : `segment:${scope.customerSegment}`,
  ]
    .filter((part) => part !== null)
    .join('|');
}

/**
 * The destination of an order as scope facts. `region` may be an ISO 3166-2 code (`FR-IDF`), the
 * part after the dash (`IDF`), or free text ("Île-de-France"), which cannot be matched and is ignored.
 */
export function destinationOf(country: string | null | undefined, region: string | null | undefined): { country: string | null; subdivision: string | null } {
  const iso = country?.trim().toUpperCase() ?? '';
  const countryCode = COUNTRY.test(iso) ? iso : null;
  const raw = region?.trim().toUpperCase() ?? '';
  let subdivision: string | null = null;
  if (SUBDIVISION.test(raw) && (countryCode === null || raw.startsWith(`${countryCode}-`))) subdivision = raw;
  else if (countryCode !== null && /^[A-Z0-9]{1,3}$/.test(raw)) subdivision = `${countryCode}-${raw}`;
  return { country: countryCode ?? subdivision?.slice(0, 2) ?? null, subdivision };
}

export function normaliseSegment(segment: string | null | undefined): string | null {
  const value = segment?.trim().toUpperCase() || null;
  return value !== null && SEGMENT.test(value) ? value : null;
}

/** More segments than any customer plausibly has: a longer list is a caller's bug. */
export const MAX_CUSTOMER_SEGMENTS = 100;

/**
 * A customer's segments as facts: upper case, in the order given, without repeats. Codes no scope
 * can name (a segment code longer than a scope's) are left out: no rule set can match them.
 */
export function normaliseSegments(segments: readonly string[] | null | undefined): string[] {
  if (segments && segments.length > MAX_CUSTOMER_SEGMENTS) {
    throw invalid('customerSegments', `at most ${MAX_CUSTOMER_SEGMENTS} segments`);
  }
  const codes = (segments ?? []).map(normaliseSegment).filter((code) => code !== null);
  return [...new Set(codes)];
}

export function scopeMatches(scope: SourcingScope, order: OrderScopeFacts): boolean {
  if (scope.channel !== null && scope.channel !== order.channel) return false;
  if (scope.customerSegment !== null && !order.customerSegments.includes(scope.customerSegment)) return false;
  if (scope.region !== null) {
    if (SUBDIVISION.test(scope.region) ? scope.region !== order.subdivision : scope.region !== order.country) return false;
  }
  return true;
}

/** Higher is more specific (see the module comment). */
export function scopePrecedence(scope: SourcingScope): number {
  const dimensions = [scope.channel, scope.region, scope.customerSegment].filter((value) => value !== null).length;
  return (
    dimensions * 16 +
    (scope.customerSegment !== null ? 8 : 0) +
    (scope.channel !== null ? 4 : 0) +
    (scope.region === null ? 0 : SUBDIVISION.test(scope.region) ? 2 : 1)
  );
}

/**
 * The rule set that governs an order among the latest version of each scope in force (null: none
 * matches): the highest precedence, then the customer's preferred segment (see the module comment).
 */
export function governingRuleSet<T extends { scope: SourcingScope }>(inForce: readonly T[], order: OrderScopeFacts): T | null {
  let best: T | null = null;
  let bestPrecedence = -1;
  let bestSegmentRank = Number.POSITIVE_INFINITY;
  for (const ruleSet of inForce) {
    if (!scopeMatches(ruleSet.scope, order)) continue;
    const precedence = scopePrecedence(ruleSet.scope);
    // A matching segment scope names one of the order's segments; scopes without one never tie with those that have one.
    const segmentRank = ruleSet.scope.customerSegment === null ? 0 : order.customerSegments.indexOf(ruleSet.scope.customerSegment);
    if (precedence > bestPrecedence || (precedence === bestPrecedence && segmentRank < bestSegmentRank)) {
      best = ruleSet;
      bestPrecedence = precedence;
      bestSegmentRank = segmentRank;
    }
  }
  return best;
}
