/**
 * Order pricing, pure and exact in integer minor units.
 *
 * Rounding rule (the only one): every amount that needs a division is computed from the exact
 * integer product and rounded once, half to even (banker's rounding, `scaleHalfEven`); amounts that
 * must add up to a given total (an order-scoped discount spread over lines) are split with the
 * largest-remainder method (`splitProportionally`), so the parts sum to the total exactly.
 *
 * - Prices are tax-inclusive: what the customer pays is subtotal − discounts + shipping; tax is only
 *   the part of it that is VAT.
 * - Promotions apply in the order given: LINE-scoped ones first, each on what is left of the lines it
 *   targets; then ORDER-scoped ones, each on what is left of the order, spread over the lines in
 *   proportion to what is left of each. PERCENTAGE takes `value` % of that base; FIXED_AMOUNT takes
 *   `value` minor units (per unit for LINE scope, per order for ORDER scope). A discount never
 *   exceeds its base, so no amount is ever negative.
 * - Shipping (SHIP only): 490 when the discounted subtotal is below 5000, else free. Pickup and
 *   reserve-in-store are free. An order placed with a carrier service level is charged instead what
 *   its allocation's parcels were quoted (inventory's delivery promise), whatever the subtotal.
 * - Tax: each line's net amount and the shipping charge, tax included = gross × rate / (1 + rate)
 *   rounded half to even per amount, summed (TaxCalculator).
 */
import { scaleHalfEven, splitProportionally } from './money.ts';
import type { TaxCalculator, TaxDestination } from './tax.ts';

export type DeliveryMethod = 'SHIP' | 'PICKUP' | 'RESERVE_IN_STORE';

export const SHIPPING_FEE = 490;
export const FREE_SHIPPING_THRESHOLD = 5000;

export interface PricingLine {
  sku: string;
  quantity: number;
  /** Tax-inclusive unit price in minor units. */
  unitPrice: number;
}

export interface PricingPromotion {
  code: string;
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT';
  scope: 'ORDER' | 'LINE';
  value: number;
  /** LINE scope: the SKUs it targets. */
  skus: readonly string[];
}

export interface PricedLine extends PricingLine {
  /** unitPrice × quantity. */
  gross: number;
  discount: number;
  /** gross − discount: what the customer pays for the line. */
  net: number;
}

export interface OrderTotals {
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  totals: OrderTotals;
}

export interface PricingInput {
  lines: readonly PricingLine[];
  promotions: readonly PricingPromotion[];
  deliveryMethod: DeliveryMethod;
  taxDestination: TaxDestination;
  taxCalculator: TaxCalculator;
  /** A shipping charge already settled (an order shipping by a service level keeps what it was quoted). */
  shippingCharge?: number | undefined;
}

export function lineGross(line: Pick<PricingLine, 'unitPrice' | 'quantity'>): number {
  const gross = line.unitPrice * line.quantity;
  if (!Number.isSafeInteger(gross) || gross < 0) throw new RangeError(`Line amount out of range: ${line.unitPrice} × ${line.quantity}`);
  return gross;
}

/** Discount of one promotion on one base amount (what is left of a line or of the order). */
function discountOn(base: number, promotion: PricingPromotion, quantity: number): number {
  const wanted =
    promotion.kind === 'PERCENTAGE'
      ? scaleHalfEven(base, promotion.value, 100)
      : promotion.scope === 'LINE'
        ? promotion.value * quantity
        : promotion.value;
  return Math.min(base, wanted);
}

/** Line discounts of every promotion, LINE-scoped first, as amounts per line. */
export function discountLines(lines: readonly PricingLine[], promotions: readonly PricingPromotion[]): number[] {
  const gross = lines.map(lineGross);
  const discounts = lines.map(() => 0);
  const left = (index: number) => (gross[index] ?? 0) - (discounts[index] ?? 0);
  const ordered = [...promotions.filter((promotion) => promotion.scope === 'LINE'), ...promotions.filter((promotion) => promotion.scope === 'ORDER')];
  for (const promotion of ordered) {
    if (promotion.scope === 'LINE') {
      lines.forEach((line, index) => {
        if (promotion.skus.includes(line.sku)) discounts[index] = (discounts[index] ?? 0) + discountOn(left(index), promotion, line.quantity);
      });
    } else {
      const bases = lines.map((_line, index) => left(index));
      const base = bases.reduce((acc, amount) => acc + amount, 0);
      const shares = splitProportionally(discountOn(base, promotion, 1), bases);
      shares.forEach((share, index) => {
        discounts[index] = (discounts[index] ?? 0) + share;
      });
    }
  }
  return discounts;
}

export function shippingFor(deliveryMethod: DeliveryMethod, discountedSubtotal: number): number {
  if (deliveryMethod !== 'SHIP') return 0;
  return discountedSubtotal < FREE_SHIPPING_THRESHOLD ? SHIPPING_FEE : 0;
}

/** Totals of lines whose discounts are known, with a given shipping charge. */
export function totalsOf(
  lines: readonly { gross: number; discount: number }[],
  shippingTotal: number,
  taxDestination: TaxDestination,
  taxCalculator: TaxCalculator,
): OrderTotals {
  const subtotal = lines.reduce((acc, line) => acc + line.gross, 0);
  const discountTotal = lines.reduce((acc, line) => acc + line.discount, 0);
  const taxes = taxCalculator.includedTax([...lines.map((line) => line.gross - line.discount), shippingTotal], taxDestination);
  const taxTotal = taxes.reduce((acc, tax) => acc + tax, 0);
  return { subtotal, discountTotal, shippingTotal, taxTotal, total: subtotal - discountTotal + shippingTotal };
}

export function priceOrder(input: PricingInput): PricedOrder {
  const discounts = discountLines(input.lines, input.promotions);
  const lines = input.lines.map((line, index): PricedLine => {
    const gross = lineGross(line);
    const discount = discounts[index] ?? 0;
    return { ...line, gross, discount, net: gross - discount };
  });
  const discounted = lines.reduce((acc, line) => acc + line.net, 0);
  const totals = totalsOf(lines, input.shippingCharge ?? shippingFor(input.deliveryMethod, discounted), input.taxDestination, input.taxCalculator);
  return { lines, totals };
}

/**
 * Totals after some lines were cancelled: the remaining lines keep the discounts they were sold with
 * (a cancelled line takes its own share of an order discount with it), and shipping is recomputed
 * but never raised by a cancellation.
 */
export function repriceAfterCancellation(input: {
  remaining: readonly { gross: number; discount: number }[];
  deliveryMethod: DeliveryMethod;
  shippingCharged: number;
  /** The charge was quoted for a service level, not the flat fee: it stays while anything remains. */
  quotedShipping?: boolean | undefined;
  taxDestination: TaxDestination;
  taxCalculator: TaxCalculator;
}): OrderTotals {
  const discounted = input.remaining.reduce((acc, line) => acc + line.gross - line.discount, 0);
  const recomputed = input.quotedShipping ? input.shippingCharged : shippingFor(input.deliveryMethod, discounted);
  const shipping = input.remaining.length === 0 ? 0 : Math.min(input.shippingCharged, recomputed);
  return totalsOf(input.remaining, shipping, input.taxDestination, input.taxCalculator);
}
