import { DomainError } from '@oms/platform';

/** Currencies orders may be placed in (price lists and promotions exist per currency). */
export const SUPPORTED_CURRENCIES: readonly string[] = ['EUR', 'GBP', 'CHF'];

/** An amount in integer minor units (cents) of an ISO 4217 currency. */
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amounts are integer minor units, got ${amount}`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  return { amount, currency };
}

/** An amount as people read it in notes and messages, e.g. `12.50 EUR`. */
export function formatMoney(amount: number, currency: string): string {
  const value = money(amount, currency);
  return `${(value.amount / 100).toFixed(2)} ${value.currency}`;
}

export function multiply(price: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantities are integers, got ${quantity}`);
  return money(price.amount * quantity, price.currency);
}

/** Adds amounts of one currency; the currency is explicit so that an empty sum is still money. */
export function sum(currency: string, amounts: readonly Money[]): Money {
  let total = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) {
      throw new DomainError('CURRENCY_MISMATCH', `Cannot add ${amount.currency} to ${currency}`, { currency, other: amount.currency });
    }
    total += amount.amount;
  }
  return money(total, currency);
}

/**
 * amount × multiplier / divisor, rounded half to even (banker's rounding) from the exact product: the
 * one rounding rule of every computed amount (see domain/pricing.ts). BigInt keeps it exact beyond 2^53.
 */
export function scaleHalfEven(amount: number, multiplier: number, divisor: number): number {
  for (const value of [amount, multiplier]) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`scaleHalfEven expects non-negative integers, got ${value}`);
  }
  if (!Number.isSafeInteger(divisor) || divisor <= 0) throw new RangeError(`scaleHalfEven expects a positive divisor, got ${divisor}`);
  const n = BigInt(amount) * BigInt(multiplier);
  const d = BigInt(divisor);
  const quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  return Number(twiceRemainder > d || (twiceRemainder === d && quotient % 2n === 1n) ? quotient + 1n : quotient);
}

/**
 * Splits `total` over parts in proportion to `weights` with the largest-remainder method: every part
 * gets floor(total × weight / Σweights), then the units left go one each to the largest remainders
 * (the earliest part on ties). The parts always sum to `total` exactly and never exceed their share by
 * more than one unit.
 */
export function splitProportionally(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`Cannot split ${total}`);
  const sumOfWeights = weights.reduce((acc, weight) => acc + weight, 0);
  if (weights.some((weight) => !Number.isSafeInteger(weight) || weight < 0)) throw new RangeError('Weights are non-negative integers');
  if (sumOfWeights === 0) {
    if (total !== 0) throw new RangeError(`Cannot split ${total} over zero weights`);
    return weights.map(() => 0);
  }
  const big = BigInt(sumOfWeights);
  const shares = weights.map((weight, index) => {
    const exact = BigInt(total) * BigInt(weight);
    return { index, floor: Number(exact / big), remainder: exact % big };
  });
  let left = total - shares.reduce((acc, share) => acc + share.floor, 0);
  const parts = shares.map((share) => share.floor);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (left === 0) break;
    parts[share.index] = (parts[share.index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
