import { DomainError } from '@oms/platform';
import { STANDARD_VAT_RATES_BP } from './tax.ts';

export interface ShippingAddress {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
}

export interface AddressCommand {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  region?: string | null;
  country: string;
  phone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** The countries we deliver to: those whose VAT we know. */
export const SHIPPING_COUNTRIES: readonly string[] = Object.keys(STANDARD_VAT_RATES_BP);

/** Postal-code shape per country, on the upper-cased code; `format` gives the stored form. */
const POSTAL_CODES: Record<string, { pattern: RegExp; format?: (match: RegExpMatchArray) => string }> = {
  FR: { pattern: /^\d{5}$/ },
  DE: { pattern: /^\d{5}$/ },
  ES: { pattern: /^\d{5}$/ },
  IT: { pattern: /^\d{5}$/ },
  BE: { pattern: /^\d{4}$/ },
  AT: { pattern: /^\d{4}$/ },
  CH: { pattern: /^\d{4}$/ },
  LU: { pattern: /^(?:L-?)?(\d{4})$/, format: (match) => match[1] ?? '' },
  NL: { pattern: /^(\d{4}) ?([A-Z]{2})$/, format: (match) => `${match[1]} ${match[2]}` },
  PT: { pattern: /^\d{4}-\d{3}$/ },
  // Eircode: routing key (letter, digit, digit or W) and a four-character unique identifier.
  IE: { pattern: /^([AC-FHKNPRTV-Y]\d[\dW]) ?([0-9AC-FHKNPRTV-Y]{4})$/, format: (match) => `${match[1]} ${match[2]}` },
  // UK postcodes: outward code (area, district) and inward code (sector, unit).
  GB: { pattern: /^(GIR|[A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/, format: (match) => `${match[1]} ${match[2]}` },
};

function invalid(field: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('INVALID_ADDRESS', message, { field, ...details });
}

function text(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) {
    if (required) throw invalid(field, `The address needs a ${field}`);
    return null;
  }
  if (trimmed.length > max) throw invalid(field, `The address ${field} is longer than ${max} characters`);
  return trimmed;
}

function withinDegrees(value: number | null | undefined, limit: number): boolean {
  return value === null || value === undefined || Math.abs(value) <= limit;
}

/** Checks a delivery address and returns it normalized (trimmed, upper-case country, canonical postal code). */
export function validateShippingAddress(address: AddressCommand): ShippingAddress {
  const country = address.country.trim().toUpperCase();
  const rule = POSTAL_CODES[country];
  if (!SHIPPING_COUNTRIES.includes(country) || !rule) {
    throw invalid('country', `We do not deliver to "${address.country}"`, { country, supported: SHIPPING_COUNTRIES });
  }
  const rawPostalCode = address.postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  const match = rawPostalCode.match(rule.pattern);
  if (!match) throw invalid('postalCode', `"${address.postalCode}" is not a valid postal code for ${country}`, { country });
  if (!withinDegrees(address.latitude, 90)) throw invalid('latitude', 'latitude is between -90 and 90');
  if (!withinDegrees(address.longitude, 180)) throw invalid('longitude', 'longitude is between -180 and 180');
  return {
    name: text(address.name, 'name', 200, true) ?? '',
    line1: text(address.line1, 'line1', 200, true) ?? '',
    line2: text(address.line2, 'line2', 200, false),
    city: text(address.city, 'city', 100, true) ?? '',
    postalCode: rule.format ? rule.format(match) : rawPostalCode,
    region: text(address.region, 'region', 100, false),
    country,
  };
}

/**
 * Checks a billing address: where the payment method is registered may be any country (a card
 * from abroad), so only its shape is checked; the postal code is canonical where we know the format.
 */
export function validateBillingAddress(address: AddressCommand): ShippingAddress {
  const country = address.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw invalid('billingAddress.country', `"${address.country}" is not an ISO 3166-1 alpha-2 country code`);
  const rule = POSTAL_CODES[country];
  const rawPostalCode = address.postalCode.trim().toUpperCase().replace(/\s+/g, ' ');
  const match = rule ? rawPostalCode.match(rule.pattern) : null;
  if (rule && !match) throw invalid('billingAddress.postalCode', `"${address.postalCode}" is not a valid postal code for ${country}`, { country });
  if (rawPostalCode.length === 0 || rawPostalCode.length > 20) throw invalid('billingAddress.postalCode', 'The billing address needs a postal code of at most 20 characters');
  return {
    name: text(address.name, 'billingAddress.name', 200, true) ?? '',
    line1: text(address.line1, 'billingAddress.line1', 200, true) ?? '',
    line2: text(address.line2, 'billingAddress.line2', 200, false),
    city: text(address.city, 'billingAddress.city', 100, true) ?? '',
    postalCode: rule?.format && match ? rule.format(match) : rawPostalCode,
    region: text(address.region, 'billingAddress.region', 100, false),
    country,
  };
}
