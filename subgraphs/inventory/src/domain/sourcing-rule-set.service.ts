/**
 * Versions of the sourcing rules: published (immutable, effective-dated, per scope), retired,
 * listed, and the one governing an order at a moment (the most specific scope in force that
 * matches it; see `sourcing-scope.ts`).
 */
import { actorOf, DomainError, isUuid, recordAudit, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { GLOBAL_SCOPE, SourcingRuleSet } from '../entities/sourcing-rule-set.entity.ts';
import { inTransaction, sql, textArray } from './sql.ts';
import { DEFAULT_SOURCING_RULES, parseSourcingRules, storedRules, type SourcingRuleInput, type SourcingRules, type SplitPolicyInput } from './sourcing-rules.ts';
import { forgetSourcingSegments } from './sourcing-segments.service.ts';
import {
  governingRuleSet,
  normaliseSegments,
  parseSourcingScope,
  scopeKeyOf,
  type OrderScopeFacts,
  type SourcingScope,
  type SourcingScopeInput,
} from './sourcing-scope.ts';
import { requireText } from './validation.ts';

export type SourcingRuleSetStatus = 'IN_FORCE' | 'SCHEDULED' | 'SUPERSEDED' | 'RETIRED';

export interface SourcingRuleSetView {
  ruleSet: SourcingRuleSet;
  status: SourcingRuleSetStatus;
}

export interface PublishSourcingRuleSetInput {
  name: string;
  scope: SourcingScopeInput;
  rules: readonly SourcingRuleInput[];
  splitPolicy: SplitPolicyInput;
  effectiveFrom?: Date | null | undefined;
}

/** The rules an order is sourced with, and which version (of which scope) they are. */
export interface RulesInForce extends SourcingRules {
  id: string;
  name: string;
  version: number;
  scope: SourcingScope;
}

const GLOBAL: SourcingScope = { channel: null, region: null, customerSegment: null };

export const BUILT_IN_RULES: RulesInForce = { id: '00000000-0000-0000-0000-000000000000', name: 'Built-in default', version: 0, scope: GLOBAL, ...DEFAULT_SOURCING_RULES };

interface RuleSetRow {
  id: string;
  name: string;
  version: number;
  rules: unknown;
  split_policy: unknown;
  channel: SalesChannel | null;
  region: string | null;
  customer_segment: string | null;
}

const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function rulesOfRow(row: RuleSetRow): RulesInForce {
  return {
    id: row.id,
    name: row.name,
    version: Number(row.version),
    scope: { channel: row.channel, region: row.region, customerSegment: row.customer_segment },
    ...storedRules(parseJson(row.rules), parseJson(row.split_policy)),
  };
}

/** In force at `at`: effective by then and not retired by then. The latest such version of each scope, with `where` narrowing the scopes. */
function latestPerScope(em: EntityManager, at: Date, where = '', params: unknown[] = []): Promise<RuleSetRow[]> {
  return sql<RuleSetRow>(
    em,
    `select distinct on (scope_key) id, name, version, rules, split_policy, channel, region, customer_segment
     from inventory.sourcing_rule_set
     where effective_from <= ? and (retired_at is null or retired_at > ?) ${where}
     order by scope_key, effective_from desc, version desc`,
    [at, at, ...params],
  );
}

/** Facts of an order given only its channel (callers that know nothing of its destination or customer). */
const channelOnly = (channel: SalesChannel): OrderScopeFacts => ({ channel, country: null, subdivision: null, customerSegments: [] });

/**
 * The rules governing an order placed at `at`: among the scopes matching it (channel, destination
 * region, customer segment), the most specific one's latest version in force; the built-in
 * defaults when none is (the migration seeds global version 1, the same rules).
 */
export async function rulesInForce(em: EntityManager, order: SalesChannel | OrderScopeFacts, at: Date): Promise<RulesInForce> {
  const facts = typeof order === 'string' ? channelOnly(order) : { ...order, customerSegments: normaliseSegments(order.customerSegments) };
  const rows = await latestPerScope(
    em,
    at,
    `and (channel is null or channel = ?) and (region is null or region = ? or region = ?) and (customer_segment is null or customer_segment = any(?::text[]))`,
    [facts.channel, facts.country ?? '', facts.subdivision ?? '', textArray(facts.customerSegments)],
  );
  return governingRuleSet(rows.map(rulesOfRow), facts) ?? BUILT_IN_RULES;
}

/** Every scope's version in force at `at` (for resolving many orders in memory, as the dry run does). */
export async function allRulesInForce(em: EntityManager, at: Date): Promise<RulesInForce[]> {
  return (await latestPerScope(em, at)).map(rulesOfRow);
}

/** What the audit log keeps of a version. */
function auditView(ruleSet: SourcingRuleSet | null): Record<string, unknown> | null {
  if (!ruleSet) return null;
  return {
    id: ruleSet.id,
    name: ruleSet.name,
    channel: ruleSet.channel ?? null,
    region: ruleSet.region ?? null,
    customerSegment: ruleSet.customerSegment ?? null,
    version: ruleSet.version,
    rules: ruleSet.rules,
    splitPolicy: ruleSet.splitPolicy,
    effectiveFrom: ruleSet.effectiveFrom.toISOString(),
    retiredAt: ruleSet.retiredAt?.toISOString() ?? null,
  };
}

/** The version of one scope in force at `at` (entity), for audit entries. */
function inForceOfScope(em: EntityManager, scopeKey: string, at: Date): Promise<SourcingRuleSet | null> {
  return em.findOne(
    SourcingRuleSet,
    { scopeKey, effectiveFrom: { $lte: at }, $or: [{ retiredAt: null }, { retiredAt: { $gt: at } }] },
    { orderBy: { effectiveFrom: 'desc', version: 'desc' } },
  );
}

function lockScope(tx: EntityManager, scopeKey: string): Promise<unknown> {
  return sql(tx, `select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`inventory.sourcing_rule_set:${scopeKey}`]);
}

/**
 * Publishes a new version of a scope's rules. Nothing is ever updated: versions are numbered per
 * scope under a per-scope lock, and the audit entry holds the version in force before and the new one.
 */
export async function publishSourcingRuleSet(ctx: InventoryContext, input: PublishSourcingRuleSetInput): Promise<SourcingRuleSetView> {
  const name = requireText(input.name, 'name', 120);
  const scope = parseSourcingScope(input.scope);
  const parsed = parseSourcingRules(input.rules, input.splitPolicy);
  const now = new Date();
  const effectiveFrom = input.effectiveFrom ?? now;
  if (Number.isNaN(effectiveFrom.getTime())) throw new DomainError('BAD_USER_INPUT', 'effectiveFrom is not a valid moment', { item: 'effectiveFrom' });
  const scopeKey = scopeKeyOf(scope);
  const ruleSet = await inTransaction(ctx.em, async (tx) => {
    await lockScope(tx, scopeKey);
    const [latest] = await sql<{ version: number | null }>(tx, `select max(version) as version from inventory.sourcing_rule_set where scope_key = ?`, [scopeKey]);
    const before = await inForceOfScope(tx, scopeKey, now);
    const created = tx.create(SourcingRuleSet, {
      name,
      scopeKey,
      channel: scope.channel,
      region: scope.region,
      customerSegment: scope.customerSegment,
      version: Number(latest?.version ?? 0) + 1,
      rules: parsed.rules,
      splitPolicy: parsed.splitPolicy,
      effectiveFrom,
      createdBy: actorOf(ctx.principal),
      retiredAt: null,
      retiredBy: null,
    });
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'publishSourcingRuleSet', entityType: 'SourcingRuleSet', entityId: created.id, before: auditView(before), after: auditView(created) },
    );
    return created;
  });
  forgetSourcingSegments(ctx.em);
  const [view] = await withStatus(ctx.em, [ruleSet], new Date());
  return view!;
}

/**
 * Withdraws a version: from now on it governs no order, so the previous version of its scope in
 * force (or, with none, the next less specific scope, down to the built-in defaults) applies
 * again. Orders already sourced keep their decision. NOT_FOUND for an unknown id, CONFLICT when
 * already retired; audited with the version and what is in force for its scope afterwards.
 */
export async function retireSourcingRuleSet(ctx: InventoryContext, id: string): Promise<SourcingRuleSetView> {
  const notFound = () => new DomainError('NOT_FOUND', `No sourcing rule set with id ${id}`, { id });
  if (!isUuid(id)) throw notFound();
  const ruleSet = await inTransaction(ctx.em, async (tx) => {
    const found = await tx.findOne(SourcingRuleSet, { id });
    if (!found) throw notFound();
    await lockScope(tx, found.scopeKey);
    const target = await tx.findOne(SourcingRuleSet, { id }, { refresh: true });
    if (!target) throw notFound();
    if (target.retiredAt) {
      throw new DomainError('CONFLICT', `Sourcing rule set ${target.name} (version ${target.version}) was already retired at ${target.retiredAt.toISOString()}`, {
        id,
        retiredAt: target.retiredAt.toISOString(),
      });
    }
    const before = auditView(target);
    const now = new Date();
    target.retiredAt = now;
    target.retiredBy = actorOf(ctx.principal);
    await tx.flush();
    const nowInForce = await inForceOfScope(tx, target.scopeKey, now);
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      {
        action: 'retireSourcingRuleSet',
        entityType: 'SourcingRuleSet',
        entityId: target.id,
        before,
        after: { ...auditView(target), scopeInForce: nowInForce ? { id: nowInForce.id, version: nowInForce.version, name: nowInForce.name } : null },
      },
    );
    return target;
  });
  forgetSourcingSegments(ctx.em);
  const [view] = await withStatus(ctx.em, [ruleSet], new Date());
  return view!;
}

/** Each version's status at `now`: retired, in force (the latest effective one of its scope not retired), scheduled or superseded. */
async function withStatus(em: EntityManager, ruleSets: readonly SourcingRuleSet[], now: Date): Promise<SourcingRuleSetView[]> {
  const scopeKeys = [...new Set(ruleSets.map((ruleSet) => ruleSet.scopeKey))];
  const inForce =
    scopeKeys.length === 0 ? new Set<string>() : new Set((await latestPerScope(em, now, 'and scope_key = any(?::text[])', [textArray(scopeKeys)])).map((row) => row.id));
  return ruleSets.map((ruleSet) => ({
    ruleSet,
    status:
      ruleSet.retiredAt && ruleSet.retiredAt.getTime() <= now.getTime()
        ? 'RETIRED'
        : inForce.has(ruleSet.id)
          ? 'IN_FORCE'
          : ruleSet.effectiveFrom.getTime() > now.getTime()
            ? 'SCHEDULED'
            : 'SUPERSEDED',
  }));
}

export interface SourcingRuleSetFilter {
  channel?: SalesChannel | null | undefined;
  global?: boolean | null | undefined;
  region?: string | null | undefined;
  customerSegment?: string | null | undefined;
}

/**
 * Versions of the global scope (`global`), or of the scopes with the given channel, region or
 * segment (all that are given), or of all scopes; newest effective date first within a scope.
 */
export async function listSourcingRuleSets(ctx: InventoryContext, filter: SourcingRuleSetFilter): Promise<SourcingRuleSetView[]> {
  const narrowed = parseSourcingScope({ channel: filter.channel, region: filter.region, customerSegment: filter.customerSegment });
  const where = {
    ...(narrowed.channel ? { channel: narrowed.channel } : {}),
    ...(narrowed.region ? { region: narrowed.region } : {}),
    ...(narrowed.customerSegment ? { customerSegment: narrowed.customerSegment } : {}),
  };
  const scoped = Object.keys(where).length > 0;
  const ruleSets = await ctx.em.find(
    SourcingRuleSet,
    filter.global && scoped ? { $or: [{ scopeKey: GLOBAL_SCOPE }, where] } : filter.global ? { scopeKey: GLOBAL_SCOPE } : where,
    { orderBy: { scopeKey: 'asc', effectiveFrom: 'desc', version: 'desc' } },
  );
  return withStatus(ctx.em, ruleSets, ctx.now);
}
