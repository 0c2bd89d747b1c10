/**
 * The return policy as data, and the pure rules that check a return against it: how long after
 * delivery a line may come back (per channel and per category; the strictest that applies), what
 * never comes back, from what value staff must approve, and how much goodwill each role may grant.
 */
import { DomainError, type StaffRole } from '@oms/platform';
import type { SalesChannel } from '../order-validation.ts';

export interface ReturnPolicyRules {
  /** Days after delivery within which goods may come back when no channel or category rule applies. */
  defaultWindowDays: number;
  channelWindows: { channel: SalesChannel; days: number }[];
  categoryWindows: { category: string; days: number }[];
  nonReturnableSkus: string[];
  nonReturnableCategories: string[];
  /** Returns worth more than this (minor units) wait for a staff approval; null: never. */
  approvalThreshold: number | null;
  /** Goodwill a role may grant per appeasement (minor units); null: no limit. A role not listed may grant none. */
  appeasementLimits: { role: StaffRole; maxAmount: number | null }[];
}

/** In force until an administrator publishes a policy. */
export const DEFAULT_RETURN_POLICY: ReturnPolicyRules = {
  defaultWindowDays: 30,
  channelWindows: [],
  categoryWindows: [],
  nonReturnableSkus: [],
  nonReturnableCategories: [],
  approvalThreshold: 50_000,
  appeasementLimits: [
    { role: 'ADMIN', maxAmount: null },
    { role: 'CARE_AGENT', maxAmount: 5_000 },
    { role: 'STORE_ASSOCIATE', maxAmount: 2_000 },
  ],
};

const MAX_WINDOW_DAYS = 3650;
const DAY_MS = 86_400_000;

function assertDays(days: number, field: string): void {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WINDOW_DAYS) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a whole number of days between 0 and ${MAX_WINDOW_DAYS}`, { field });
  }
}

function assertAmount(amount: number | null, field: string): void {
  if (amount !== null && (!Number.isSafeInteger(amount) || amount < 0)) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a non-negative amount in minor units`, { field });
  }
}

function distinct<T>(values: readonly T[], key: (value: T) => string, field: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    const name = key(value);
    if (seen.has(name)) throw new DomainError('BAD_USER_INPUT', `${field} names ${name} twice`, { field });
    seen.add(name);
  }
}

const normalizeCategory = (category: string) => category.trim().toLowerCase();

/** Checks and normalizes a policy an administrator sends (categories are compared case-insensitively). */
export function validateReturnPolicy(input: ReturnPolicyRules): ReturnPolicyRules {
  assertDays(input.defaultWindowDays, 'defaultWindowDays');
  input.channelWindows.forEach((window, index) => assertDays(window.days, `channelWindows[${index}].days`));
  input.categoryWindows.forEach((window, index) => {
    assertDays(window.days, `categoryWindows[${index}].days`);
    if (normalizeCategory(window.category) === '') throw new DomainError('BAD_USER_INPUT', 'A category is required', { field: `categoryWindows[${index}].category` });
  });
  assertAmount(input.approvalThreshold, 'approvalThreshold');
  input.appeasementLimits.forEach((limit, index) => assertAmount(limit.maxAmount, `appeasementLimits[${index}].maxAmount`));
  const rules: ReturnPolicyRules = {
    defaultWindowDays: input.defaultWindowDays,
    channelWindows: input.channelWindows.map(({ channel, days }) => ({ channel, days })),
    categoryWindows: input.categoryWindows.map(({ category, days }) => ({ category: normalizeCategory(category), days })),
    nonReturnableSkus: [...new Set(input.nonReturnableSkus.map((sku) => sku.trim()).filter((sku) => sku !== ''))],
    nonReturnableCategories: [...new Set(input.nonReturnableCategories.map(normalizeCategory).filter((category) => category !== ''))],
    approvalThreshold: input.approvalThreshold,
    appeasementLimits: input.appeasementLimits.map(({ role, maxAmount }) => ({ role, maxAmount })),
  };
  distinct(rules.channelWindows, (window) => window.channel, 'channelWindows');
  distinct(rules.categoryWindows, (window) => window.category, 'categoryWindows');
  distinct(rules.appeasementLimits, (limit) => limit.role, 'appeasementLimits');
  return rules;
}

export type ReturnRefusalCode = 'OUTSIDE_WINDOW' | 'NON_RETURNABLE_SKU' | 'NON_RETURNABLE_CATEGORY';

export interface ReturnRefusal {
  orderLineId: string;
  sku: string;
  code: ReturnRefusalCode;
  message: string;
  /** For OUTSIDE_WINDOW: the last moment the line could come back. */
  deadline: Date | null;
}

export interface LineToCheck {
  orderLineId: string;
  sku: string;
  /** The SKU's category in the item master; null when it has none. */
  category: string | null;
  /** The item master's own flag (e.g. hygiene products). */
  returnable: boolean;
}

/** The window of a line: the strictest channel or category rule that applies, else the default. */
export function windowDaysFor(policy: ReturnPolicyRules, channel: SalesChannel, category: string | null): number {
  const specific = [
    ...policy.channelWindows.filter((window) => window.channel === channel),
    ...(category === null ? [] : policy.categoryWindows.filter((window) => window.category === normalizeCategory(category))),
  ].map((window) => window.days);
  return specific.length > 0 ? Math.min(...specific) : policy.defaultWindowDays;
}

/**
 * Why each line may not come back (empty when all may): never-returnable items first, then the
 * window, counted from `deliveredAt` (delivery, or the last shipment when delivery is not known).
 */
export function refusalsFor(
  policy: ReturnPolicyRules,
  request: { channel: SalesChannel; deliveredAt: Date; at: Date; lines: readonly LineToCheck[] },
): ReturnRefusal[] {
  const refusals: ReturnRefusal[] = [];
  for (const line of request.lines) {
    const category = line.category === null ? null : normalizeCategory(line.category);
    const base = { orderLineId: line.orderLineId, sku: line.sku, deadline: null };
    if (!line.returnable || policy.nonReturnableSkus.includes(line.sku)) {
      refusals.push({ ...base, code: 'NON_RETURNABLE_SKU', message: `${line.sku} cannot be returned` });
      continue;
    }
    if (category !== null && policy.nonReturnableCategories.includes(category)) {
      refusals.push({ ...base, code: 'NON_RETURNABLE_CATEGORY', message: `Items of the category ${category} cannot be returned` });
      continue;
    }
    const days = windowDaysFor(policy, request.channel, category);
    const deadline = new Date(request.deliveredAt.getTime() + days * DAY_MS);
    if (request.at > deadline) {
      refusals.push({
        ...base,
        code: 'OUTSIDE_WINDOW',
        message: `${line.sku} could be returned within ${days} days of delivery, until ${deadline.toISOString()}`,
        deadline,
      });
    }
  }
  return refusals;
}

/** The most a member with these roles may grant in one appeasement; null: no limit; 0 when no role may. */
export function appeasementLimitFor(policy: ReturnPolicyRules, roles: readonly StaffRole[]): number | null {
  let limit: number | null = 0;
  for (const role of roles) {
    const rule = policy.appeasementLimits.find((candidate) => candidate.role === role);
    if (!rule) continue;
    if (rule.maxAmount === null) return null;
    limit = Math.max(limit, rule.maxAmount);
  }
  return limit;
}

/** The typed refusal of a return request (or of an exchange that would have requested one). */
export interface ReturnRefusedAnswer {
  __typename: 'ReturnRefused';
  refusals: ReturnRefusal[];
}
