/**
 * Decision traces and rule set versions as the API shows them: stored JSON turned into typed
 * records, with the locations they name loaded (in one statement per batch).
 */
import type { EntityManager } from '@oms/platform';
import { Location, type LocationType } from '../entities/location.entity.ts';
import { SourcingDecision } from '../entities/sourcing-decision.entity.ts';
import type { SourcingRuleSet } from '../entities/sourcing-rule-set.entity.ts';
import type { SourcingRuleSetStatus } from './sourcing-rule-set.service.ts';
import { storedRules, type SourcingRule, type SplitPolicy } from './sourcing-rules.ts';

export interface SplitPolicyView {
  kind: SplitPolicy['kind'];
  maxShipments: number | null;
}

export interface SourcingDecisionView {
  ruleSetId: string;
  ruleSetName: string;
  version: number;
  splitPolicy: SplitPolicyView;
  fromReservation: boolean;
  decidedAt: Date;
  region: string | null;
  customerSegment: string | null;
  customerSegments: string[];
  notes: string[];
  lines: {
    lineId: string;
    sku: string;
    quantity: number;
    chosen: { location: Location; quantity: number }[];
    candidates: { location: Location; distanceKm: number | null; availableToSell: number; eliminatedBy: string | null; rank: number | null; score: (number | null)[] }[];
  }[];
}

function splitPolicyView(policy: SplitPolicy): SplitPolicyView {
  return { kind: policy.kind, maxShipments: policy.kind === 'MAX_SHIPMENTS' ? policy.maxShipments : null };
}

/** The decisions of some orders (null for an order without one), with their locations. */
export async function loadSourcingDecisions(em: EntityManager, orderIds: readonly string[]): Promise<(SourcingDecisionView | null)[]> {
  const decisions = await em.find(SourcingDecision, { orderId: { $in: [...orderIds] } });
  const locationIds = new Set(decisions.flatMap((decision) => decision.lines.flatMap((line) => [...line.chosen, ...line.candidates].map((entry) => entry.locationId))));
  const locations = new Map((locationIds.size > 0 ? await em.find(Location, { id: { $in: [...locationIds] } }) : []).map((location) => [location.id, location]));
  const withLocation = <T extends { locationId: string }>(entries: readonly T[]) =>
    entries.flatMap((entry) => {
      const location = locations.get(entry.locationId);
      return location ? [{ ...entry, location }] : [];
    });
  const byOrder = new Map(
    decisions.map((decision): [string, SourcingDecisionView] => [
      decision.orderId,
      {
        ruleSetId: decision.ruleSetId,
        ruleSetName: decision.ruleSetName,
        version: decision.ruleSetVersion,
        splitPolicy: splitPolicyView(storedRules([], decision.splitPolicy).splitPolicy),
        fromReservation: decision.fromReservation,
        decidedAt: decision.createdAt,
        region: decision.deliveryRegion ?? decision.deliveryCountry ?? null,
        customerSegment: decision.customerSegment ?? null,
        customerSegments: decision.customerSegments,
        notes: decision.notes,
        lines: decision.lines.map((line) => ({ lineId: line.lineId, sku: line.sku, quantity: line.quantity, chosen: withLocation(line.chosen), candidates: withLocation(line.candidates) })),
      },
    ]),
  );
  return orderIds.map((id) => byOrder.get(id) ?? null);
}

export interface SourcingRuleView {
  kind: SourcingRule['kind'];
  types: LocationType[] | null;
  capability: string | null;
  methods: string[] | null;
  km: number | null;
  locationIds: string[] | null;
  countries: string[] | null;
}

function ruleView(rule: SourcingRule): SourcingRuleView {
  return {
    kind: rule.kind,
    types: 'types' in rule ? rule.types : null,
    capability: 'capability' in rule ? rule.capability : null,
    methods: 'methods' in rule ? (rule.methods ?? null) : null,
    km: 'km' in rule ? rule.km : null,
    locationIds: 'locationIds' in rule ? rule.locationIds : null,
    countries: 'countries' in rule ? rule.countries : null,
  };
}

/** A published version as the API shows it. */
export function sourcingRuleSetView(ruleSet: SourcingRuleSet, status: SourcingRuleSetStatus) {
  const { rules, splitPolicy } = storedRules(ruleSet.rules, ruleSet.splitPolicy);
  return {
    id: ruleSet.id,
    name: ruleSet.name,
    channel: ruleSet.channel ?? null,
    region: ruleSet.region ?? null,
    customerSegment: ruleSet.customerSegment ?? null,
    version: ruleSet.version,
    status,
    effectiveFrom: ruleSet.effectiveFrom,
    rules: rules.map(ruleView),
    splitPolicy: splitPolicyView(splitPolicy),
    createdBy: ruleSet.createdBy,
    createdAt: ruleSet.createdAt,
    retiredAt: ruleSet.retiredAt ?? null,
    retiredBy: ruleSet.retiredBy ?? null,
  };
}
