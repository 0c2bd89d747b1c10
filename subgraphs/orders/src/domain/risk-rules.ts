import { actorOf, DomainError, inTransaction, recordAudit, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import type { HoldReason } from '../entities/order-hold.entity.ts';
import { RiskRule, type RiskRuleKind } from '../entities/risk-rule.entity.ts';
import { formatMoney, money, SUPPORTED_CURRENCIES, type Money } from './money.ts';

/**
 * Risk rules as data: each is on or off with its parameters, changed by admins at runtime. Every
 * new order is checked against the rules in force when it is captured; a matching enabled rule
 * puts it on hold (stock held, payment authorized) until staff release it or the hold expires.
 */
export interface RiskRuleSettings {
  orderValue: { enabled: boolean; thresholds: Money[] };
  countryMismatch: { enabled: boolean };
  velocity: { enabled: boolean; maxOrders: number; windowMinutes: number };
  holdExpirySeconds: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** Three days: long enough for a review over a weekend, short enough not to sit on sellable stock. */
export const DEFAULT_HOLD_EXPIRY_SECONDS = 72 * 3600;
const MAX_HOLD_EXPIRY_SECONDS = 30 * 86_400;
const MAX_VELOCITY_WINDOW_MINUTES = 7 * 24 * 60;

/** Until an admin turns them on, the rules are off with usual parameters: placement behaves as before. */
export const DEFAULT_RISK_RULES: RiskRuleSettings = {
  orderValue: { enabled: false, thresholds: [money(500_000, 'EUR'), money(450_000, 'GBP'), money(500_000, 'CHF')] },
  countryMismatch: { enabled: false },
  velocity: { enabled: false, maxOrders: 5, windowMinutes: 60 },
  holdExpirySeconds: DEFAULT_HOLD_EXPIRY_SECONDS,
  updatedAt: null,
  updatedBy: null,
};

function bad(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field });
}

function wholeIn(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw bad(field, `${field} must be a whole number from ${min} to ${max}`);
  return value;
}

function thresholdsOf(thresholds: readonly { amount: number; currency: string }[]): Money[] {
  const seen = new Set<string>();
  return thresholds.map((threshold) => {
    const currency = threshold.currency.trim().toUpperCase();
    if (!SUPPORTED_CURRENCIES.includes(currency)) throw bad('orderValue.thresholds', `Currency ${threshold.currency} is not supported`);
    if (seen.has(currency)) throw bad('orderValue.thresholds', `Two thresholds for ${currency}`);
    seen.add(currency);
    return money(wholeIn(threshold.amount, 1, Number.MAX_SAFE_INTEGER, 'orderValue.thresholds.amount'), currency);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

/** The rules as stored (rows written by `setRiskRules` only), over the defaults for rules never set. */
export async function loadRiskRules(em: EntityManager): Promise<RiskRuleSettings> {
  const rows = await em.find(RiskRule, {});
  const row = (kind: RiskRuleKind) => rows.find((candidate) => candidate.kind === kind);
  const settings: RiskRuleSettings = structuredClone(DEFAULT_RISK_RULES);
  const orderValue = row('ORDER_VALUE');
  if (orderValue) {
    const stored = orderValue.parameters['thresholds'];
    settings.orderValue = {
      enabled: orderValue.enabled,
      thresholds: Array.isArray(stored)
        ? stored.filter(isRecord).map((threshold) => money(numberOr(threshold['amount'], 0), String(threshold['currency'])))
        : [],
    };
  }
  const mismatch = row('COUNTRY_MISMATCH');
  if (mismatch) settings.countryMismatch = { enabled: mismatch.enabled };
  const velocity = row('VELOCITY');
  if (velocity) {
    settings.velocity = {
      enabled: velocity.enabled,
      maxOrders: numberOr(velocity.parameters['maxOrders'], DEFAULT_RISK_RULES.velocity.maxOrders),
      windowMinutes: numberOr(velocity.parameters['windowMinutes'], DEFAULT_RISK_RULES.velocity.windowMinutes),
    };
  }
  const expiry = row('HOLD_EXPIRY');
  if (expiry) settings.holdExpirySeconds = numberOr(expiry.parameters['seconds'], DEFAULT_HOLD_EXPIRY_SECONDS);
  const latest = rows.reduce<RiskRule | undefined>((last, candidate) => (!last || candidate.updatedAt > last.updatedAt ? candidate : last), undefined);
  settings.updatedAt = latest?.updatedAt ?? null;
  settings.updatedBy = latest?.updatedBy ?? null;
  return settings;
}

/**
 * How long an instance keeps the rules it read for placements: a change reaches the instance that
 * made it at once and the others within this time, and order capture saves a query per order.
 */
const PLACEMENT_CACHE_MS = 2_000;
let cached: { settings: Promise<RiskRuleSettings>; at: number } | undefined;

/**
 * The rules order capture checks against, read at most every PLACEMENT_CACHE_MS per instance. A read
 * runs on a fork of `em` (its own connection, beside the request's other reads); a cached answer
 * forks nothing.
 */
export function riskRulesForPlacement(em: EntityManager): Promise<RiskRuleSettings> {
  const now = Date.now();
  if (!cached || now - cached.at > PLACEMENT_CACHE_MS) {
    const settings = loadRiskRules(em.fork());
    cached = { settings, at: now };
    // A failed read is not kept: the next order reads again.
    settings.catch(() => {
      if (cached?.settings === settings) cached = undefined;
    });
  }
  return cached.settings;
}

export function riskRules(ctx: OrdersContext): Promise<RiskRuleSettings> {
  return loadRiskRules(ctx.em);
}

export interface SetRiskRulesCommand {
  orderValue?: { enabled: boolean; thresholds: readonly { amount: number; currency: string }[] } | null;
  countryMismatch?: { enabled: boolean } | null;
  velocity?: { enabled: boolean; maxOrders: number; windowMinutes?: number | null } | null;
  holdExpirySeconds?: number | null;
}

/** Validates the whole change first, then writes the rules given (upserts) with one audit entry; admins only (SDL). */
export async function setRiskRules(ctx: OrdersContext, command: SetRiskRulesCommand): Promise<RiskRuleSettings> {
  const changes: { kind: RiskRuleKind; enabled: boolean; parameters: Record<string, unknown> }[] = [];
  if (command.orderValue) {
    changes.push({ kind: 'ORDER_VALUE', enabled: command.orderValue.enabled, parameters: { thresholds: thresholdsOf(command.orderValue.thresholds) } });
  }
  if (command.countryMismatch) changes.push({ kind: 'COUNTRY_MISMATCH', enabled: command.countryMismatch.enabled, parameters: {} });
  if (command.velocity) {
    changes.push({
      kind: 'VELOCITY',
      enabled: command.velocity.enabled,
      parameters: {
        maxOrders: wholeIn(command.velocity.maxOrders, 1, 10_000, 'velocity.maxOrders'),
        windowMinutes: wholeIn(command.velocity.windowMinutes ?? 60, 1, MAX_VELOCITY_WINDOW_MINUTES, 'velocity.windowMinutes'),
      },
    });
  }
  if (command.holdExpirySeconds != null) {
    changes.push({ kind: 'HOLD_EXPIRY', enabled: true, parameters: { seconds: wholeIn(command.holdExpirySeconds, 60, MAX_HOLD_EXPIRY_SECONDS, 'holdExpirySeconds') } });
  }
  if (changes.length === 0) throw bad('input', 'Give at least one rule to change');
  const actor = actorOf(ctx.principal);
  const now = new Date();
  const settings = await inTransaction(ctx.em, async (tx) => {
    // One admin's change at a time: the audit entry's "before" is what the change replaced.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('orders.risk_rule'))`);
    const before = await loadRiskRules(tx);
    for (const change of changes) {
      await tx.upsert(RiskRule, { ...change, updatedAt: now, updatedBy: actor });
    }
    const after = await loadRiskRules(tx);
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'setRiskRules', entityType: 'RiskRules', entityId: 'default', before: auditView(before), after: auditView(after) },
    );
    return after;
  });
  // Once committed: this instance's next order sees the change.
  cached = undefined;
  return settings;
}

function auditView(settings: RiskRuleSettings): Record<string, unknown> {
  const { updatedAt: _updatedAt, updatedBy: _updatedBy, ...rules } = settings;
  return rules;
}

/** What the risk check looks at: facts of the order being captured. */
export interface RiskFacts {
  total: number;
  currency: string;
  /** Where the goods go: the address country, or the pickup store's. */
  deliveryCountry: string | null;
  billingCountry: string | null;
  /** Orders the same customer (or guest email) placed within the velocity window, before this one. */
  recentOrders: number;
}

export interface RiskMatch {
  reason: Extract<HoldReason, 'RISK_ORDER_VALUE' | 'RISK_COUNTRY_MISMATCH' | 'RISK_VELOCITY'>;
  detail: string;
}

/** Every enabled rule the order matches (pure). */
export function assessRisk(rules: RiskRuleSettings, facts: RiskFacts): RiskMatch[] {
  const matches: RiskMatch[] = [];
  if (rules.orderValue.enabled) {
    const threshold = rules.orderValue.thresholds.find((candidate) => candidate.currency === facts.currency);
    if (threshold && facts.total > threshold.amount) {
      matches.push({ reason: 'RISK_ORDER_VALUE', detail: `order total ${formatMoney(facts.total, facts.currency)} is over ${formatMoney(threshold.amount, threshold.currency)}` });
    }
  }
  if (rules.countryMismatch.enabled && facts.billingCountry && facts.deliveryCountry && facts.billingCountry !== facts.deliveryCountry) {
    matches.push({ reason: 'RISK_COUNTRY_MISMATCH', detail: `billing country ${facts.billingCountry}, delivery country ${facts.deliveryCountry}` });
  }
  if (rules.velocity.enabled && facts.recentOrders >= rules.velocity.maxOrders) {
    matches.push({
      reason: 'RISK_VELOCITY',
      detail: `${facts.recentOrders + 1} orders within ${rules.velocity.windowMinutes} min (at most ${rules.velocity.maxOrders})`,
    });
  }
  return matches;
}

/** Orders of this customer, or this email for guests (case-insensitive), placed since `since`. */
export async function countRecentOrders(em: EntityManager, who: { customerId: string | null; email: string }, since: Date): Promise<number> {
  const table = em.getPlatform().quoteIdentifier(`${em.config.get('schema')}.order`);
  const rows = await em.execute<{ count: number }[]>(
    // created_at (= placed_at for captured orders): both halves of the OR then have an index.
    `select count(*)::int as count from ${table} where (customer_id = ? and created_at >= ?) or (lower(email) = lower(?) and created_at >= ?)`,
    [who.customerId, since, who.email, since],
  );
  return Number(rows[0]?.count ?? 0);
}

export interface PlacementRisk {
  matches: RiskMatch[];
  /** When the order is cancelled if its risk holds are not released before. */
  holdExpiresAt: Date;
}

/**
 * The risk check of an order being captured, in its transaction: the velocity count (only when
 * that rule is on) sees every order committed before this one.
 */
export async function assessPlacementRisk(
  em: EntityManager,
  rules: RiskRuleSettings,
  order: { total: number; currency: string; deliveryCountry: string | null; billingCountry: string | null; customerId: string | null; email: string; at: Date },
): Promise<PlacementRisk> {
  const since = new Date(order.at.getTime() - rules.velocity.windowMinutes * 60_000);
  const recentOrders = rules.velocity.enabled ? await countRecentOrders(em, { customerId: order.customerId, email: order.email }, since) : 0;
  return {
    matches: assessRisk(rules, { ...order, recentOrders }),
    holdExpiresAt: new Date(order.at.getTime() + rules.holdExpirySeconds * 1000),
  };
}
