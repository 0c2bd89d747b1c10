/**
 * Sourcing rules as data: an ordered list of filters and rankers plus a split policy, validated at
 * the edge (publishing) and evaluated here as pure functions over candidate locations.
 *
 * Rankers are lexicographic: the first ranker decides, each next one only breaks the ties of those
 * before it, and the location code breaks the last ties. Lexicographic rather than weighted because
 * an administrator can predict it ("stores first, then nearest") without tuning weights.
 */
import { DomainError } from '@oms/platform';
import { LOCATION_TYPES, type LocationType, type SalesChannel } from '../entities/location.entity.ts';
import { canShipParcels, DELIVERY_METHODS, type DeliveryMethod, type LocationProfile } from './sourcing.ts';

export const FILTER_KINDS = ['LOCATION_TYPE_IN', 'SERVES_CHANNEL', 'CAPABILITY', 'WITHIN_KM', 'HAS_WHOLE_LINE', 'UNDER_DAILY_CAPACITY', 'COUNTRY_IN'] as const;
export const RANKER_KINDS = ['PREFER_LOCATION_TYPE', 'NEAREST', 'MOST_STOCK', 'LOCATION_PRIORITY', 'FEWEST_SHIPMENTS', 'LOWEST_SHIPPING_COST'] as const;
export const CAPABILITIES = ['ships', 'pickup', 'shipFromStore'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export type SourcingFilter =
  | { kind: 'LOCATION_TYPE_IN'; types: LocationType[] }
  | { kind: 'SERVES_CHANNEL' }
  | { kind: 'CAPABILITY'; capability: Capability; methods?: DeliveryMethod[] }
  | { kind: 'WITHIN_KM'; km: number }
  | { kind: 'HAS_WHOLE_LINE' }
  | { kind: 'UNDER_DAILY_CAPACITY' }
  | { kind: 'COUNTRY_IN'; countries: string[] };

export type SourcingRanker =
  | { kind: 'PREFER_LOCATION_TYPE'; types: LocationType[] }
  | { kind: 'NEAREST' }
  | { kind: 'MOST_STOCK' }
  | { kind: 'LOCATION_PRIORITY'; locationIds: string[] }
  | { kind: 'FEWEST_SHIPMENTS' }
  | { kind: 'LOWEST_SHIPPING_COST' };

export type SourcingRule = SourcingFilter | SourcingRanker;

export type SplitPolicy = { kind: 'SHIP_COMPLETE' } | { kind: 'ALLOW_SPLIT' } | { kind: 'MAX_SHIPMENTS'; maxShipments: number };

export interface SourcingRules {
  rules: SourcingRule[];
  splitPolicy: SplitPolicy;
}

/** Today's behaviour as data: active locations serving the channel, able to ship for SHIP; nearest first; split allowed. */
export const DEFAULT_SOURCING_RULES: SourcingRules = {
  rules: [{ kind: 'SERVES_CHANNEL' }, { kind: 'CAPABILITY', capability: 'ships', methods: ['SHIP'] }, { kind: 'NEAREST' }],
  splitPolicy: { kind: 'ALLOW_SPLIT' },
};

export const MAX_RULES = 50;

/** What a rule input may carry (GraphQL `SourcingRuleInput`, or stored JSON). */
export interface SourcingRuleInput {
  kind: string;
  types?: readonly string[] | null | undefined;
  capability?: string | null | undefined;
  methods?: readonly string[] | null | undefined;
  km?: number | null | undefined;
  locationIds?: readonly string[] | null | undefined;
  countries?: readonly string[] | null | undefined;
}

export interface SplitPolicyInput {
  kind: string;
  maxShipments?: number | null | undefined;
}

function invalid(item: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${item}: ${message}`, { item });
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

const FILTER_KIND_SET: ReadonlySet<string> = new Set(FILTER_KINDS);

function nonEmptyList<T extends string>(item: string, field: string, values: readonly string[] | null | undefined, allowed?: readonly T[]): T[] {
  if (!values || values.length === 0) throw invalid(item, `${field} must list at least one value`);
  const unique = [...new Set(values)];
  if (allowed) {
    const unknown = unique.filter((value) => !oneOf(allowed, value));
    if (unknown.length > 0) throw invalid(item, `unknown ${field} ${unknown.join(', ')} (expected ${allowed.join(', ')})`);
  }
  return unique as T[];
}

/** Parameters a kind does not take are refused, so a typo cannot pass silently. */
function noOtherParameters(item: string, input: SourcingRuleInput, allowed: readonly (keyof SourcingRuleInput)[]): void {
  const given = (['types', 'capability', 'methods', 'km', 'locationIds', 'countries'] as const).filter((key) => input[key] != null && !allowed.includes(key));
  if (given.length > 0) throw invalid(item, `${input.kind} takes no ${given.join(', ')}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One rule from its input; BAD_USER_INPUT naming the rule (`rules[2] (WITHIN_KM)`) when it is not valid. */
export function parseSourcingRule(input: SourcingRuleInput, index: number): SourcingRule {
  const item = `rules[${index}] (${input.kind})`;
  switch (input.kind) {
    case 'LOCATION_TYPE_IN':
    case 'PREFER_LOCATION_TYPE':
      noOtherParameters(item, input, ['types']);
      return { kind: input.kind, types: nonEmptyList(item, 'types', input.types, LOCATION_TYPES) };
    case 'SERVES_CHANNEL':
    case 'HAS_WHOLE_LINE':
    case 'UNDER_DAILY_CAPACITY':
    case 'NEAREST':
    case 'MOST_STOCK':
    case 'FEWEST_SHIPMENTS':
    case 'LOWEST_SHIPPING_COST':
      noOtherParameters(item, input, []);
      return { kind: input.kind };
    case 'COUNTRY_IN': {
      noOtherParameters(item, input, ['countries']);
      const countries = nonEmptyList<string>(item, 'countries', input.countries?.map((country) => country.trim().toUpperCase()));
      const bad = countries.filter((country) => !/^[A-Z]{2}$/.test(country));
      if (bad.length > 0) throw invalid(item, `not an ISO country code: ${bad.join(', ')}`);
      return { kind: 'COUNTRY_IN', countries };
    }
    case 'CAPABILITY': {
      noOtherParameters(item, input, ['capability', 'methods']);
      if (input.capability == null || !oneOf(CAPABILITIES, input.capability)) {
        throw invalid(item, `capability must be one of ${CAPABILITIES.join(', ')}`);
      }
      return input.methods == null
        ? { kind: 'CAPABILITY', capability: input.capability }
        : { kind: 'CAPABILITY', capability: input.capability, methods: nonEmptyList(item, 'methods', input.methods, DELIVERY_METHODS) };
    }
    case 'WITHIN_KM':
      noOtherParameters(item, input, ['km']);
      if (input.km == null || !Number.isFinite(input.km) || input.km <= 0 || input.km > 20_000) throw invalid(item, 'km must be a number of kilometres above 0');
      return { kind: 'WITHIN_KM', km: input.km };
    case 'LOCATION_PRIORITY': {
      noOtherParameters(item, input, ['locationIds']);
      const ids = nonEmptyList<string>(item, 'locationIds', input.locationIds);
      const bad = ids.filter((id) => !UUID.test(id));
      if (bad.length > 0) throw invalid(item, `not a location id: ${bad.join(', ')}`);
      return { kind: 'LOCATION_PRIORITY', locationIds: ids };
    }
    default:
      throw invalid(`rules[${index}]`, `unknown kind ${input.kind} (filters: ${FILTER_KINDS.join(', ')}; rankers: ${RANKER_KINDS.join(', ')})`);
  }
}

export function parseSplitPolicy(input: SplitPolicyInput): SplitPolicy {
  switch (input.kind) {
    case 'SHIP_COMPLETE':
    case 'ALLOW_SPLIT':
      if (input.maxShipments != null) throw invalid('splitPolicy', `${input.kind} takes no maxShipments`);
      return { kind: input.kind };
    case 'MAX_SHIPMENTS':
      if (input.maxShipments == null || !Number.isInteger(input.maxShipments) || input.maxShipments < 1 || input.maxShipments > 100) {
        throw invalid('splitPolicy', 'maxShipments must be an integer from 1 to 100');
      }
      return { kind: 'MAX_SHIPMENTS', maxShipments: input.maxShipments };
    default:
      throw invalid('splitPolicy', `unknown kind ${input.kind} (expected SHIP_COMPLETE, ALLOW_SPLIT, MAX_SHIPMENTS)`);
  }
}

export function parseSourcingRules(rules: readonly SourcingRuleInput[], splitPolicy: SplitPolicyInput): SourcingRules {
  if (rules.length > MAX_RULES) throw invalid('rules', `at most ${MAX_RULES} rules`);
  return { rules: rules.map((rule, index) => parseSourcingRule(rule, index)), splitPolicy: parseSplitPolicy(splitPolicy) };
}

export function isFilter(rule: SourcingRule): rule is SourcingFilter {
  return FILTER_KIND_SET.has(rule.kind);
}

export function isRanker(rule: SourcingRule): rule is SourcingRanker {
  return !FILTER_KIND_SET.has(rule.kind);
}

/** A rule list split into its filters and rankers, once per list (a rule set is evaluated for every line of many orders). */
const partitions = new WeakMap<readonly SourcingRule[], { filters: SourcingFilter[]; rankers: SourcingRanker[] }>();
function partition(rules: readonly SourcingRule[]): { filters: SourcingFilter[]; rankers: SourcingRanker[] } {
  let parts = partitions.get(rules);
  if (!parts) {
    parts = { filters: rules.filter(isFilter), rankers: rules.filter(isRanker) };
    partitions.set(rules, parts);
  }
  return parts;
}

/** How a rule reads in a decision trace, e.g. `WITHIN_KM(50)`, `CAPABILITY(ships)`. */
export function describeRule(rule: SourcingRule): string {
  switch (rule.kind) {
    case 'LOCATION_TYPE_IN':
    case 'PREFER_LOCATION_TYPE':
      return `${rule.kind}(${rule.types.join(',')})`;
    case 'CAPABILITY':
      return `CAPABILITY(${rule.capability})`;
    case 'WITHIN_KM':
      return `WITHIN_KM(${rule.km})`;
    case 'LOCATION_PRIORITY':
      return `LOCATION_PRIORITY(${rule.locationIds.length})`;
    case 'COUNTRY_IN':
      return `COUNTRY_IN(${rule.countries.join(',')})`;
    default:
      return rule.kind;
  }
}

/** What the rules look at for one location and one order line. */
export interface CandidateFacts {
  location: LocationProfile;
  available: number;
  distanceKm: number | null;
  /** Orders allocated here today, and what the location can take (null: unlimited). */
  ordersToday: number;
  dailyOrderCapacity: number | null;
}

export interface LineContext {
  channel: SalesChannel;
  method: DeliveryMethod;
  quantity: number;
  /** What the order-level rankers (FEWEST_SHIPMENTS, LOWEST_SHIPPING_COST) look at; they tie without it. */
  order?: OrderFacts | undefined;
}

/** The order around a line, as it stands when the line is sourced (earlier lines already placed). */
export interface OrderFacts {
  /** Locations earlier lines of the order are sourced from. */
  usedLocationIds: ReadonlySet<string>;
  /** Lines not sourced yet, this one included. */
  remainingLines: number;
  /** How many of those lines the location has the whole quantity of. */
  servableLines(locationId: string): number;
  /** What sending this line from the location adds to the order's estimated shipping cost (minor units); null without a rate. */
  extraShippingCost(location: LocationProfile): number | null;
}

export function hasCapability(location: LocationProfile, capability: Capability): boolean {
  switch (capability) {
    // "Ships" means parcels can leave from here: a shipping warehouse or vendor, or a ship-from-store store.
    case 'ships':
      return canShipParcels(location);
    case 'pickup':
      return location.pickup;
    case 'shipFromStore':
      return location.type === 'STORE' && location.shipFromStore;
  }
}

export function passesFilter(filter: SourcingFilter, facts: CandidateFacts, line: LineContext): boolean {
  switch (filter.kind) {
    case 'LOCATION_TYPE_IN':
      return filter.types.includes(facts.location.type);
    case 'SERVES_CHANNEL':
      return facts.location.active && facts.location.channels.includes(line.channel);
    case 'CAPABILITY':
      return (filter.methods !== undefined && !filter.methods.includes(line.method)) || hasCapability(facts.location, filter.capability);
    case 'WITHIN_KM':
      // Without a destination no distance is known, so no location can be shown to be within it.
      return facts.distanceKm !== null && facts.distanceKm <= filter.km;
    case 'HAS_WHOLE_LINE':
      return facts.available >= line.quantity;
    case 'UNDER_DAILY_CAPACITY':
      return facts.dailyOrderCapacity === null || facts.ordersToday < facts.dailyOrderCapacity;
    case 'COUNTRY_IN':
      // A location of unknown country cannot be shown to be in the list.
      return facts.location.country !== undefined && filter.countries.includes(facts.location.country.toUpperCase());
  }
}

/**
 * The sort key of one ranker: lower ranks first; null (an unknown distance or cost) ranks last.
 * FEWEST_SHIPMENTS puts the locations the order already ships from first (no new parcel), then
 * those holding the most of the order's remaining lines whole; LOWEST_SHIPPING_COST ranks by what
 * the line adds to the estimated shipping cost (a new parcel, or a heavier one).
 */
export function rankerScore(ranker: SourcingRanker, facts: CandidateFacts, line?: LineContext): number | null {
  const position = (list: readonly string[], value: string) => (list.includes(value) ? list.indexOf(value) : list.length);
  switch (ranker.kind) {
    case 'PREFER_LOCATION_TYPE':
      return position(ranker.types, facts.location.type);
    case 'NEAREST':
      return facts.distanceKm;
    case 'MOST_STOCK':
      return -facts.available;
    case 'LOCATION_PRIORITY':
      return position(ranker.locationIds, facts.location.id);
    case 'FEWEST_SHIPMENTS': {
      const order = line?.order;
      if (!order) return 0;
      const servable = order.servableLines(facts.location.id);
      return order.usedLocationIds.has(facts.location.id) ? -(order.remainingLines + 1 + servable) : -servable;
    }
    case 'LOWEST_SHIPPING_COST':
      return line?.order ? line.order.extraShippingCost(facts.location) : null;
  }
}

function compareScores(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const x = a[index] ?? null;
    const y = b[index] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x - y;
  }
  return 0;
}

export interface CandidateVerdict<F extends CandidateFacts> {
  facts: F;
  /** The first filter that removed the location (described), or the base constraint; null when eligible. */
  eliminatedBy: string | null;
  score: (number | null)[];
  /** 1-based position among the eligible; null when eliminated. */
  rank: number | null;
}

export interface LineEvaluation<F extends CandidateFacts> {
  /** Eligible candidates, best first. */
  ranked: F[];
  /** Every candidate: the ranked ones first, in order, then the eliminated ones by code. */
  verdicts: CandidateVerdict<F>[];
}

/**
 * Applies the filters (each candidate is removed by the first one it fails) and sorts the rest by the
 * rankers. `baseElimination` states constraints that are not rules (e.g. "not the chosen pickup store").
 * Without `traced`, only `ranked` is filled (planning needs no verdicts of the eliminated).
 */
export function evaluateLine<F extends CandidateFacts>(
  rules: readonly SourcingRule[],
  candidates: readonly F[],
  line: LineContext,
  baseElimination: (facts: F) => string | null = () => null,
  traced = true,
): LineEvaluation<F> {
  const { filters, rankers } = partition(rules);
  const byCode = (a: CandidateFacts, b: CandidateFacts) => (a.location.code < b.location.code ? -1 : a.location.code > b.location.code ? 1 : 0);
  const verdicts = candidates.map((facts): CandidateVerdict<F> => {
    const base = baseElimination(facts);
    const failed = base === null ? filters.find((filter) => !passesFilter(filter, facts, line)) : undefined;
    const eliminatedBy = base ?? (failed ? describeRule(failed) : null);
    return { facts, eliminatedBy, score: eliminatedBy === null ? rankers.map((ranker) => rankerScore(ranker, facts, line)) : [], rank: null };
  });
  const eligible = verdicts.filter((verdict) => verdict.eliminatedBy === null).sort((a, b) => compareScores(a.score, b.score) || byCode(a.facts, b.facts));
  eligible.forEach((verdict, index) => {
    verdict.rank = index + 1;
  });
  if (!traced) return { ranked: eligible.map((verdict) => verdict.facts), verdicts: eligible };
  const eliminated = verdicts.filter((verdict) => verdict.eliminatedBy !== null).sort((a, b) => byCode(a.facts, b.facts));
  return { ranked: eligible.map((verdict) => verdict.facts), verdicts: [...eligible, ...eliminated] };
}

/** The line policy of a split policy: SHIP_COMPLETE is one location for the order, no line split. */
export function shipmentLimit(rules: SourcingRules): { split: boolean; maxLocations: number | null } {
  switch (rules.splitPolicy.kind) {
    case 'SHIP_COMPLETE':
      return { split: false, maxLocations: 1 };
    case 'MAX_SHIPMENTS':
      return { split: true, maxLocations: rules.splitPolicy.maxShipments };
    case 'ALLOW_SPLIT':
      return { split: true, maxLocations: null };
  }
}

/**
 * The `usable` check of a line under a limit on the order's locations: a location the order already
 * uses, or a new one while the order (with this line's takes so far) is under the limit.
 */
export function withinShipmentLimit(
  maxLocations: number | null,
  usedLocations: ReadonlySet<string>,
): ((candidate: { locationId: string }, takenForLine: readonly { locationId: string }[]) => boolean) | undefined {
  if (maxLocations === null) return undefined;
  return (candidate, takenForLine) =>
    usedLocations.has(candidate.locationId) || new Set([...usedLocations, ...takenForLine.map((taken) => taken.locationId)]).size < maxLocations;
}

/** Whether a rule set prices parcels (the shipping rate table is read). */
export function needsShippingRates(rules: readonly SourcingRule[]): boolean {
  return rules.some((rule) => rule.kind === 'LOWEST_SHIPPING_COST');
}

/** Whether a rule set needs each location's count of today's orders (one more statement). */
export function needsDailyCounts(rules: readonly SourcingRule[]): boolean {
  return rules.some((rule) => rule.kind === 'UNDER_DAILY_CAPACITY');
}

/** Stored JSON back to rules: the stored data was validated when published, so this re-parses defensively. */
export function storedRules(rules: unknown, splitPolicy: unknown): SourcingRules {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!Array.isArray(rules) || !isRecord(splitPolicy) || typeof splitPolicy['kind'] !== 'string') {
    throw new DomainError('INTERNAL', 'Stored sourcing rules are malformed');
  }
  const inputs = rules.map((rule): SourcingRuleInput => {
    if (!isRecord(rule) || typeof rule['kind'] !== 'string') throw new DomainError('INTERNAL', 'Stored sourcing rule is malformed');
    return rule as unknown as SourcingRuleInput;
  });
  return parseSourcingRules(inputs, splitPolicy as unknown as SplitPolicyInput);
}
