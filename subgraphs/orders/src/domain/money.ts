import { DomainError } from '@oms/platform';

/** An amount in integer minor units (cents) of an ISO 4217 currency. */
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money amounts are integer minor units, got ${amount}`);
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  return { amount, currency };
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
