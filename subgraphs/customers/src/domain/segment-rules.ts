import { DomainError } from '@oms/platform';

/** An amount in integer minor units of an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * A segment's rule, stored as data (`customer_segment.rule`). Every condition given must hold:
 * - `minLifetimeValue`: the customer's orders add up to at least this much in its currency;
 * - `minOrders`: at least this many orders (within the last `withinDays` days when given);
 * - `withinDays` alone: at least one order in the last `withinDays` days.
 * Cancelled orders count for nothing.
 */
export interface SegmentRule {
  minLifetimeValue?: Money | null;
  minOrders?: number | null;
  withinDays?: number | null;
}

/** What the rules look at, per customer, as the orders service reports it. */
export interface CustomerOrderFigures {
  orderCount: number;
  /** Totals of the customer's orders per currency. */
  spent: readonly Money[];
  lastOrderAt: Date | null;
  /** Orders placed within the last N days, by N. */
  ordersWithinDays: ReadonlyMap<number, number>;
}

export const NO_ORDERS: CustomerOrderFigures = { orderCount: 0, spent: [], lastOrderAt: null, ordersWithinDays: new Map() };

const MAX_WINDOW_DAYS = 3660;

function invalid(message: string, field: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field: `rule.${field}` });
}

/** A rule as staff type it: the lifetime value as an amount and a currency beside it. */
export interface SegmentRuleInput {
  minLifetimeValue?: number | null | undefined;
  currency?: string | null | undefined;
  minOrders?: number | null | undefined;
  withinDays?: number | null | undefined;
}

/** Checks a rule as staff typed it; null (no rule) makes a segment of assignments only. */
export function parseSegmentRule(input: SegmentRuleInput | null | undefined): SegmentRule | null {
  if (!input) return null;
  const rule: SegmentRule = {};
  if (input.minLifetimeValue != null) {
    const amount = input.minLifetimeValue;
    if (!Number.isSafeInteger(amount) || amount < 0) throw invalid('minLifetimeValue is a non-negative amount in minor units.', 'minLifetimeValue');
    const code = input.currency?.trim().toUpperCase() ?? '';
    if (!/^[A-Z]{3}$/.test(code)) throw invalid(`minLifetimeValue needs an ISO 4217 currency code, not "${input.currency ?? ''}".`, 'currency');
    rule.minLifetimeValue = { amount, currency: code };
  } else if (input.currency != null) {
    throw invalid('currency goes with minLifetimeValue.', 'currency');
  }
  if (input.minOrders != null) {
    if (!Number.isSafeInteger(input.minOrders) || input.minOrders < 1) throw invalid('minOrders is a whole number of at least 1.', 'minOrders');
    rule.minOrders = input.minOrders;
  }
  if (input.withinDays != null) {
    if (!Number.isSafeInteger(input.withinDays) || input.withinDays < 1 || input.withinDays > MAX_WINDOW_DAYS) {
      throw invalid(`withinDays is a whole number of days from 1 to ${MAX_WINDOW_DAYS}.`, 'withinDays');
    }
    rule.withinDays = input.withinDays;
  }
  if (Object.keys(rule).length === 0) throw invalid('A rule needs at least one condition (minLifetimeValue, minOrders, withinDays).', 'minOrders');
  return rule;
}

/** The order-count windows (in days) some rule needs counted. */
export function windowsOf(rules: readonly (SegmentRule | null)[]): number[] {
  const windows = rules.flatMap((rule) => (rule?.withinDays ? [rule.withinDays] : []));
  return [...new Set(windows)].sort((a, b) => a - b);
}

export function matchesRule(rule: SegmentRule, figures: CustomerOrderFigures): boolean {
  if (rule.minLifetimeValue) {
    const { amount, currency } = rule.minLifetimeValue;
    const spent = figures.spent.find((money) => money.currency === currency)?.amount ?? 0;
    if (spent < amount) return false;
  }
  const minOrders = rule.minOrders ?? (rule.withinDays ? 1 : 0);
  const orders = rule.withinDays ? (figures.ordersWithinDays.get(rule.withinDays) ?? 0) : figures.orderCount;
  return orders >= minOrders;
}
