import { defineEntity, p } from '@mikro-orm/core';

/** A candidate location as the trace records it. */
export interface CandidateTraceRecord {
  locationId: string;
  distanceKm: number | null;
  availableToSell: number;
  eliminatedBy: string | null;
  rank: number | null;
  score: (number | null)[];
}

export interface DecisionLineRecord {
  lineId: string;
  sku: string;
  quantity: number;
  chosen: { locationId: string; quantity: number }[];
  candidates: CandidateTraceRecord[];
}

/** Why an order's stock is held where it is: written with the allocation, in the same transaction. */
export const SourcingDecisionSchema = defineEntity({
  name: 'SourcingDecision',
  tableName: 'sourcing_decision',
  properties: {
    // Orders live in the orders service: a plain id. One decision per order (its first allocation).
    orderId: p.uuid().primary(),
    ruleSetId: p.uuid(),
    ruleSetName: p.string().length(120),
    ruleSetVersion: p.integer(),
    splitPolicy: p.json<unknown>(),
    fromReservation: p.boolean(),
    lines: p.json<DecisionLineRecord[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SourcingDecision extends SourcingDecisionSchema.class {}
SourcingDecisionSchema.setClass(SourcingDecision);
