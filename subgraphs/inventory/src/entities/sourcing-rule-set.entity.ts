import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { SALES_CHANNELS } from './location.entity.ts';

/** The scope key of global rules (every channel without rules of its own). */
export const GLOBAL_SCOPE = 'GLOBAL';

/**
 * One published version of the sourcing rules of a scope. Immutable: a change is a new version.
 * `rules` and `splitPolicy` are the validated JSON of `domain/sourcing-rules.ts`.
 */
export const SourcingRuleSetSchema = defineEntity({
  name: 'SourcingRuleSet',
  tableName: 'sourcing_rule_set',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(120),
    /** `GLOBAL` or the channel: versions are numbered per scope. */
    scopeKey: p.string().length(20),
    channel: p.enum(SALES_CHANNELS).nullable(),
    version: p.integer(),
    rules: p.json<unknown>(),
    splitPolicy: p.json<unknown>(),
    effectiveFrom: p.datetime(),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['scopeKey', 'version'] }],
  indexes: [{ properties: ['scopeKey', 'effectiveFrom'] }],
});

export class SourcingRuleSet extends SourcingRuleSetSchema.class {}
SourcingRuleSetSchema.setClass(SourcingRuleSet);
