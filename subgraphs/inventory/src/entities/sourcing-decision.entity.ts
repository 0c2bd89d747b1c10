import { defineEntity, p } from '@mikro-orm/core';
import { DELIVERY_METHODS } from '../domain/sourcing.ts';
import { SALES_CHANNELS } from './location.entity.ts';

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
    // Where the order went, so it can be replayed under other rules (a dry run); null on decisions
    // recorded before these were kept.
    channel: p.enum(SALES_CHANNELS).nullable(),
    deliveryMethod: p.enum(DELIVERY_METHODS).nullable(),
    deliveryCountry: p.string().length(2).nullable(),
    /** ISO 3166-2 subdivision of the destination (`FR-IDF`) when the order named one; for region scopes and rates. */
    deliveryRegion: p.string().length(6).nullable(),
    /** The segment of the governing rule set's scope; null when that scope has none. */
    customerSegment: p.string().length(40).nullable(),
    /** The customer's segments the scopes were matched on, preferred first (reused when the order is re-sourced or replayed). */
    customerSegments: p.array().columnType('text[]').default([]),
    /** What the engine says about the order as a whole, e.g. that no single location could ship it complete. */
    notes: p.json<string[]>().defaultRaw(`'[]'`),
    /** The delivery point distances were measured from (the pickup store for PICKUP); null when unknown. */
    deliveryLatitude: p.double().$type<number>().runtimeType('number').nullable(),
    deliveryLongitude: p.double().$type<number>().runtimeType('number').nullable(),
    pickupLocationId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()).index(),
  },
});

export class SourcingDecision extends SourcingDecisionSchema.class {}
SourcingDecisionSchema.setClass(SourcingDecision);
