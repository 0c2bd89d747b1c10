/**
 * Versions of the sourcing rules: published (immutable, effective-dated, per scope), listed, and
 * the one in force for an order's channel at a moment.
 */
import { actorOf, DomainError, recordAudit, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { GLOBAL_SCOPE, SourcingRuleSet } from '../entities/sourcing-rule-set.entity.ts';
import { inTransaction, sql } from './sql.ts';
import { DEFAULT_SOURCING_RULES, parseSourcingRules, storedRules, type SourcingRuleInput, type SourcingRules, type SplitPolicyInput } from './sourcing-rules.ts';
import { requireText } from './validation.ts';

export type SourcingRuleSetStatus = 'IN_FORCE' | 'SCHEDULED' | 'SUPERSEDED';

export interface SourcingRuleSetView {
  ruleSet: SourcingRuleSet;
  status: SourcingRuleSetStatus;
}

export interface PublishSourcingRuleSetInput {
  name: string;
  scope: { channel?: SalesChannel | null | undefined };
  rules: readonly SourcingRuleInput[];
  splitPolicy: SplitPolicyInput;
  effectiveFrom?: Date | null | undefined;
}

/** The rules an order is sourced with, and which version they are. */
export interface RulesInForce extends SourcingRules {
  id: string;
  name: string;
  version: number;
}

const scopeKeyOf = (channel: SalesChannel | null | undefined): string => channel ?? GLOBAL_SCOPE;

/** The latest version effective at `at` for a scope key; ties (same moment) go to the higher version. */
function inForceOfScope(em: EntityManager, scopeKey: string, at: Date): Promise<SourcingRuleSet | null> {
  return em.findOne(SourcingRuleSet, { scopeKey, effectiveFrom: { $lte: at } }, { orderBy: { effectiveFrom: 'desc', version: 'desc' } });
}

/**
 * The rules in force for an order of `channel` placed at `at`: the channel's own version when it has
 * one in force, else the global one (the migration seeds global version 1, today's behaviour).
 */
export async function rulesInForce(em: EntityManager, channel: SalesChannel, at: Date): Promise<RulesInForce> {
  const rows = await sql<{ id: string; name: string; version: number; rules: unknown; split_policy: unknown }>(
    em,
    `select id, name, version, rules, split_policy from inventory.sourcing_rule_set
     where scope_key in (?, ?) and effective_from <= ?
     order by (scope_key <> ?) desc, effective_from desc, version desc limit 1`,
    [channel, GLOBAL_SCOPE, at, GLOBAL_SCOPE],
  );
  const row = rows[0];
  if (!row) return { id: '00000000-0000-0000-0000-000000000000', name: 'Built-in default', version: 0, ...DEFAULT_SOURCING_RULES };
  const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
  return { id: row.id, name: row.name, version: Number(row.version), ...storedRules(parse(row.rules), parse(row.split_policy)) };
}

/** What the audit log keeps of a version. */
function auditView(ruleSet: SourcingRuleSet | null): Record<string, unknown> | null {
  if (!ruleSet) return null;
  return {
    id: ruleSet.id,
    name: ruleSet.name,
    channel: ruleSet.channel ?? null,
    version: ruleSet.version,
    rules: ruleSet.rules,
    splitPolicy: ruleSet.splitPolicy,
    effectiveFrom: ruleSet.effectiveFrom.toISOString(),
  };
}

/**
 * Publishes a new version of a scope's rules. Nothing is ever updated: versions are numbered per
 * scope under a per-scope lock, and the audit entry holds the version in force before and the new one.
 */
export async function publishSourcingRuleSet(ctx: InventoryContext, input: PublishSourcingRuleSetInput): Promise<SourcingRuleSetView> {
  const name = requireText(input.name, 'name', 120);
  const parsed = parseSourcingRules(input.rules, input.splitPolicy);
  const now = new Date();
  const effectiveFrom = input.effectiveFrom ?? now;
  if (Number.isNaN(effectiveFrom.getTime())) throw new DomainError('BAD_USER_INPUT', 'effectiveFrom is not a valid moment', { item: 'effectiveFrom' });
  const channel = input.scope.channel ?? null;
  const scopeKey = scopeKeyOf(channel);
  const ruleSet = await inTransaction(ctx.em, async (tx) => {
    await sql(tx, `select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`inventory.sourcing_rule_set:${scopeKey}`]);
    const [latest] = await sql<{ version: number | null }>(tx, `select max(version) as version from inventory.sourcing_rule_set where scope_key = ?`, [scopeKey]);
    const before = await inForceOfScope(tx, scopeKey, now);
    const created = tx.create(SourcingRuleSet, {
      name,
      scopeKey,
      channel,
      version: Number(latest?.version ?? 0) + 1,
      rules: parsed.rules,
      splitPolicy: parsed.splitPolicy,
      effectiveFrom,
      createdBy: actorOf(ctx.principal),
    });
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'publishSourcingRuleSet', entityType: 'SourcingRuleSet', entityId: created.id, before: auditView(before), after: auditView(created) },
    );
    return created;
  });
  const [view] = await withStatus(ctx.em, [ruleSet], new Date());
  return view!;
}

/** Each version's status at `now`: in force (the latest effective one of its scope), scheduled or superseded. */
async function withStatus(em: EntityManager, ruleSets: readonly SourcingRuleSet[], now: Date): Promise<SourcingRuleSetView[]> {
  const inForce = new Set<string>();
  for (const scopeKey of new Set(ruleSets.map((ruleSet) => ruleSet.scopeKey))) {
    const current = await inForceOfScope(em, scopeKey, now);
    if (current) inForce.add(current.id);
  }
  return ruleSets.map((ruleSet) => ({
    ruleSet,
    status: inForce.has(ruleSet.id) ? 'IN_FORCE' : ruleSet.effectiveFrom.getTime() > now.getTime() ? 'SCHEDULED' : 'SUPERSEDED',
  }));
}

/** Versions of one scope (a channel, or global), or of all scopes; newest effective date first. */
export async function listSourcingRuleSets(
  ctx: InventoryContext,
  filter: { channel?: SalesChannel | null | undefined; global?: boolean | null | undefined },
): Promise<SourcingRuleSetView[]> {
  const scopeKeys = [...(filter.channel ? [filter.channel] : []), ...(filter.global ? [GLOBAL_SCOPE] : [])];
  const ruleSets = await ctx.em.find(SourcingRuleSet, scopeKeys.length > 0 ? { scopeKey: { $in: scopeKeys } } : {}, {
    orderBy: { scopeKey: 'asc', effectiveFrom: 'desc', version: 'desc' },
  });
  return withStatus(ctx.em, ruleSets, ctx.now);
}
