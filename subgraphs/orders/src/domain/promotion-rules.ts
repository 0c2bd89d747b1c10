import { DomainError } from '@oms/platform';
import type { PricingPromotion } from './pricing.ts';
import { SUPPORTED_CURRENCIES } from './money.ts';

/** Codes customers type: letters, digits, dash and underscore, compared upper-case. */
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{2,31}$/;
const MAX_FIXED_AMOUNT = 1_000_000_00;

export interface PromotionTerms extends PricingPromotion {
  currency: string;
  minimumSubtotal?: number | null | undefined;
  validFrom: Date;
  validTo?: Date | null | undefined;
  usageLimit?: number | null | undefined;
  usageCount: number;
}

export function normalizePromotionCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The codes of a placeOrder input, normalized, each once. */
export function normalizePromotionCodes(codes: readonly string[] | null | undefined): string[] {
  return [...new Set((codes ?? []).map(normalizePromotionCode))];
}

function invalid(code: string, reason: string, message: string): DomainError {
  return new DomainError('PROMOTION_INVALID', message, { promotionCode: code, reason });
}

/**
 * Throws PROMOTION_INVALID unless the promotion can apply to this order now. The usage limit seen
 * here is a read; the conditional UPDATE at placement is what guarantees it is never exceeded.
 */
export function assertPromotionApplies(
  promotion: PromotionTerms,
  order: { currency: string; subtotal: number; skus: readonly string[]; at: Date },
): void {
  const { code } = promotion;
  if (order.at < promotion.validFrom) throw invalid(code, 'NOT_STARTED', `Promotion ${code} is not valid yet`);
  if (promotion.validTo && order.at >= promotion.validTo) throw invalid(code, 'EXPIRED', `Promotion ${code} has expired`);
  if (promotion.usageLimit != null && promotion.usageCount >= promotion.usageLimit) {
    throw invalid(code, 'USAGE_LIMIT_REACHED', `Promotion ${code} has been used up`);
  }
  if (promotion.currency !== order.currency) {
    throw invalid(code, 'WRONG_CURRENCY', `Promotion ${code} applies to ${promotion.currency} orders, not ${order.currency}`);
  }
  if (promotion.minimumSubtotal != null && order.subtotal < promotion.minimumSubtotal) {
    throw invalid(code, 'MINIMUM_SUBTOTAL_NOT_MET', `Promotion ${code} needs a subtotal of at least ${promotion.minimumSubtotal}`);
  }
  if (promotion.scope === 'LINE' && !order.skus.some((sku) => promotion.skus.includes(sku))) {
    throw invalid(code, 'NO_ELIGIBLE_LINE', `Promotion ${code} applies to none of the order's items`);
  }
}

export interface NewPromotion {
  code: string;
  description: string;
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT';
  scope: 'ORDER' | 'LINE';
  value: number;
  currency: string;
  skus: string[];
  minimumSubtotal: number | null;
  validFrom: Date;
  validTo: Date | null;
  usageLimit: number | null;
}

export interface CreatePromotionCommand {
  code: string;
  description: string;
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT';
  scope?: 'ORDER' | 'LINE' | null;
  value: number;
  currency?: string | null;
  skus?: readonly string[] | null;
  minimumSubtotal?: number | null;
  validFrom?: Date | null;
  validTo?: Date | null;
  usageLimit?: number | null;
}

function bad(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field });
}

/** Validates and normalizes a new promotion (BAD_USER_INPUT naming the field otherwise). */
export function validateNewPromotion(command: CreatePromotionCommand, now: Date): NewPromotion {
  const code = normalizePromotionCode(command.code);
  if (!CODE_PATTERN.test(code)) throw bad('code', 'A promotion code is 3 to 32 letters, digits, "-" or "_", starting with a letter or digit');
  const description = command.description.trim();
  if (description.length === 0 || description.length > 500) throw bad('description', 'A description of 1 to 500 characters is required');
  const scope = command.scope ?? 'ORDER';
  const { kind, value } = command;
  if (!Number.isSafeInteger(value)) throw bad('value', 'value must be an integer');
  if (kind === 'PERCENTAGE' && (value < 1 || value > 100)) throw bad('value', 'A percentage is between 1 and 100');
  if (kind === 'FIXED_AMOUNT' && (value <= 0 || value > MAX_FIXED_AMOUNT)) throw bad('value', 'A fixed amount is a positive number of minor units');
  const currency = (command.currency ?? 'EUR').toUpperCase();
  if (!SUPPORTED_CURRENCIES.includes(currency)) throw new DomainError('UNSUPPORTED_CURRENCY', `Currency ${currency} is not supported`, { currency });
  const skus = [...new Set((command.skus ?? []).map((sku) => sku.trim()).filter((sku) => sku.length > 0))];
  if (scope === 'LINE' && skus.length === 0) throw bad('skus', 'A LINE promotion names the SKUs it applies to');
  if (scope === 'ORDER' && skus.length > 0) throw bad('skus', 'An ORDER promotion applies to the whole order: give no SKUs');
  if (skus.length > 1000) throw bad('skus', 'At most 1000 SKUs');
  const minimumSubtotal = command.minimumSubtotal ?? null;
  if (minimumSubtotal !== null && (!Number.isSafeInteger(minimumSubtotal) || minimumSubtotal < 0)) {
    throw bad('minimumSubtotal', 'minimumSubtotal is a non-negative amount in minor units');
  }
  const usageLimit = command.usageLimit ?? null;
  if (usageLimit !== null && (!Number.isSafeInteger(usageLimit) || usageLimit < 1)) throw bad('usageLimit', 'usageLimit is at least 1');
  const validFrom = command.validFrom ?? now;
  const validTo = command.validTo ?? null;
  if (validTo && validTo <= validFrom) throw bad('validTo', 'validTo must be after validFrom');
  return { code, description, kind, scope, value, currency, skus, minimumSubtotal, validFrom, validTo, usageLimit };
}
