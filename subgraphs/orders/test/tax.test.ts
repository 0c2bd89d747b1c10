import { describe, expect, it } from 'vitest';
import { RateTableTaxCalculator, STANDARD_VAT_RATES_BP } from '../src/domain/tax.ts';

describe('RateTableTaxCalculator', () => {
  const tax = new RateTableTaxCalculator();

  it('extracts the VAT a tax-inclusive amount contains, per destination', () => {
    expect(tax.includedTax([12000], { country: 'FR' })).toEqual([2000]);
    expect(tax.includedTax([11900], { country: 'DE' })).toEqual([1900]);
    expect(tax.includedTax([10810], { country: 'CH' })).toEqual([810]);
    expect(tax.includedTax([11700, 0], { country: 'LU' })).toEqual([1700, 0]);
  });

  it('knows the rates of every country we ship to', () => {
    expect(Object.keys(STANDARD_VAT_RATES_BP).sort()).toEqual(['AT', 'BE', 'CH', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'LU', 'NL', 'PT']);
    expect(tax.supports({ country: 'US' })).toBe(false);
    expect(() => tax.includedTax([100], { country: 'US' })).toThrow(expect.objectContaining({ code: 'INVALID_ADDRESS' }));
  });
});
