import { DomainError } from '@oms/platform';
import { scaleHalfEven } from './money.ts';

/** Where the goods are supplied, which decides the VAT rate the tax-inclusive prices contain. */
export interface TaxDestination {
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * Computes the tax contained in tax-inclusive amounts. Prices in the OMS include tax, so a calculator
 * never changes what the customer pays, only how much of it is tax. A real tax engine (Avalara,
 * Vertex…) plugs in behind this interface.
 */
export interface TaxCalculator {
  supports(destination: TaxDestination): boolean;
  /** The tax included in each amount (same order), in minor units. */
  includedTax(amounts: readonly number[], destination: TaxDestination): number[];
}

/** Standard VAT rates in basis points (1/100 of a percent), so 8.1 % stays an integer. */
export const STANDARD_VAT_RATES_BP: Readonly<Record<string, number>> = Object.freeze({
  FR: 2000,
  DE: 1900,
  BE: 2100,
  NL: 2100,
  ES: 2100,
  IT: 2200,
  PT: 2300,
  AT: 2000,
  IE: 2300,
  LU: 1700,
  GB: 2000,
  CH: 810,
});

/** The retailer's home country: the country of its stores in the demo, used when an order has no destination of its own. */
export const HOME_TAX_COUNTRY = 'FR';

const BASIS_POINTS = 10_000;

/**
 * Built-in calculator over a table of rates by destination country. Tax included in a gross amount
 * is gross × rate / (1 + rate), rounded half to even, per amount.
 */
export class RateTableTaxCalculator implements TaxCalculator {
  readonly #rates: Readonly<Record<string, number>>;

  constructor(rates: Readonly<Record<string, number>> = STANDARD_VAT_RATES_BP) {
    this.#rates = rates;
  }

  supports(destination: TaxDestination): boolean {
    return this.#rates[destination.country] !== undefined;
  }

  includedTax(amounts: readonly number[], destination: TaxDestination): number[] {
    const rate = this.#rates[destination.country];
    if (rate === undefined) {
      throw new DomainError('INVALID_ADDRESS', `We do not deliver to ${destination.country}`, { country: destination.country });
    }
    return amounts.map((gross) => scaleHalfEven(gross, rate, BASIS_POINTS + rate));
  }
}
