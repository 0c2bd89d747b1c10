import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { SALES_CHANNELS } from './location.entity.ts';

/** The scope key of global rules (every channel without rules of its own). */
export const GLOBAL_SCOPE = 'GLOBAL';

/**
 * One published version of the sourcing rules of a scope. Immutable: a change is a new version;
 * the only later write is its retirement (`retiredAt`), which withdraws it without rewriting it.
 * `rules` and `splitPolicy` are the validated JSON of `domain/sourcing-rules.ts`.
 */
export const SourcingRuleSetSchema = defineEntity({
  name: 'SourcingRuleSet',
  tableName: 'sourcing_rule_set',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(120),
    /** `GLOBAL`, the channel, or e.g. `WEB|region:FR-IDF|segment:VIP` (`domain/sourcing-scope.ts`): versions are numbered per scope. */
    scopeKey: p.string().length(80),
    channel: p.enum(SALES_CHANNELS).nullable(),
    /** ISO country (`FR`) or subdivision (`FR-IDF`) of the destinations governed; null for any. */
    region: p.string().length(6).nullable(),
    /** Customer segment code governed (upper case); null for any. */
    customerSegment: p.string().length(40).nullable(),
    version: p.integer(),
    rules: p.json<unknown>(),
    splitPolicy: p.json<unknown>(),
    effectiveFrom: p.datetime(),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Set once when an administrator withdraws the version; it governs no order from then on. */
    retiredAt: p.datetime().nullable(),
    retiredBy: p.string().length(200).nullable(),
  },
  uniques: [{ properties: ['scopeKey', 'version'] }],
  indexes: [{ properties: ['scopeKey', 'effectiveFrom'] }],
});

export class SourcingRuleSet extends SourcingRuleSetSchema.class {}
SourcingRuleSetSchema.setClass(SourcingRuleSet);
