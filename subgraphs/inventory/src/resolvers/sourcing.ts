import { requireService } from '@oms/platform';
import type { MutationResolvers, QueryResolvers, SourcedQuantityResolvers, SourcingCandidateTraceResolvers } from '../__generated__/resolvers-types.ts';
import { setShippingRates, shippingRateTableView } from '../domain/shipping-rate.service.ts';
import { sourcingRuleSetView } from '../domain/sourcing-decision.views.ts';
import { listSourcingRuleSets, retireSourcingRuleSet } from '../domain/sourcing-rule-set.service.ts';
import { sourcingSegmentsInForce } from '../domain/sourcing-segments.service.ts';
import { simulateSourcing } from '../domain/sourcing-simulation.service.ts';
import type { SimulationOutcome } from '../domain/sourcing-simulation.ts';

// The decision views carry their Location entities already (loaded in one batch with the traces).
export const SourcedQuantity: SourcedQuantityResolvers = {
  location: (entry) => entry.location,
};

export const SourcingCandidateTrace: SourcingCandidateTraceResolvers = {
  location: (entry) => entry.location,
};

function outcomeView({ shippingCost, ...outcome }: SimulationOutcome) {
  return {
    ...outcome,
    estimatedShippingCost: shippingCost ? { amount: shippingCost.total, currency: shippingCost.currency } : null,
    averageShippingCostPerOrder: shippingCost ? { amount: shippingCost.averagePerOrder, currency: shippingCost.currency } : null,
    unratedParcelCount: shippingCost?.unratedParcels ?? 0,
  };
}

export const sourcingQueries: Pick<QueryResolvers, 'sourcingRuleSets' | 'simulateSourcing' | 'shippingRates' | 'sourcingSegments'> = {
  sourcingRuleSets: async (_root, filter, ctx) => (await listSourcingRuleSets(ctx, filter)).map(({ ruleSet, status }) => sourcingRuleSetView(ruleSet, status)),
  simulateSourcing: async (_root, { input }, ctx) => {
    const simulation = await simulateSourcing(ctx, input);
    return { ...simulation, inForce: outcomeView(simulation.inForce), candidate: outcomeView(simulation.candidate) };
  },
  shippingRates: (_root, _args, ctx) => shippingRateTableView(ctx.em),
  sourcingSegments: (_root, _args, ctx) => {
    requireService(ctx.principal);
    return sourcingSegmentsInForce(ctx.em);
  },
};

export const sourcingMutations: Pick<MutationResolvers, 'retireSourcingRuleSet' | 'setShippingRates'> = {
  retireSourcingRuleSet: async (_root, { id }, ctx) => {
    const { ruleSet, status } = await retireSourcingRuleSet(ctx, id);
    return sourcingRuleSetView(ruleSet, status);
  },
  setShippingRates: (_root, { input }, ctx) => setShippingRates(ctx, input),
};
