import { DomainError, isUuid } from '@oms/platform';
import { CONTACT_CHANNELS, type ContactChannel } from '../entities/customer.entity.ts';

/**
 * Checks and normal forms of what staff and customers type into a profile. Each failure names the
 * field (`details.field`) with a code a form can branch on: INVALID_EMAIL, INVALID_PHONE,
 * INVALID_ADDRESS (a bad country among them), BAD_USER_INPUT for the rest.
 */

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL ' +
    'CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT ' +
    'GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN ' +
    'PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT ' +
    'TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
const LANGUAGE = /^[a-z]{2}$/;
const TAG = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const MAX_TAGS = 50;

export function parseEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new DomainError('INVALID_EMAIL', `"${value}" is not an email address.`, { field: 'email' });
  }
  return email;
}

/**
 * A phone number in international form, stored as E.164 (`+33612345678`). Spaces, dots, dashes and
 * brackets are dropped and a leading 00 means +; a national number without its country code is
 * refused, since it cannot be dialled from elsewhere.
 */
export function parsePhone(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0) return null;
  const compact = trimmed.replace(/[\s.\-()/]/g, '').replace(/^00/, '+');
  if (!E164.test(compact)) {
    throw new DomainError('INVALID_PHONE', `"${value}" is not an international phone number (e.g. +33 6 12 34 56 78).`, { field: 'phone' });
  }
  return compact;
}

export function parseCountry(value: string): string {
  const country = value.trim().toUpperCase();
  if (!COUNTRIES.has(country)) {
    throw new DomainError('INVALID_ADDRESS', `"${value}" is not an ISO 3166-1 alpha-2 country code.`, { field: 'country' });
  }
  return country;
}

export function parseName(value: string, field: 'firstName' | 'lastName'): string {
  const name = value.trim();
  if (name.length === 0 || name.length > 100) {
    throw new DomainError('BAD_USER_INPUT', `${field} needs 1 to 100 characters.`, { field });
  }
  return name;
}

export function parseLanguage(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const language = value.trim().toLowerCase();
  if (!LANGUAGE.test(language)) {
    throw new DomainError('BAD_USER_INPUT', `"${value}" is not an ISO 639-1 language code (e.g. fr).`, { field: 'language' });
  }
  return language;
}

export function parseContactChannel(value: string | null | undefined, field = 'preferredChannel'): ContactChannel | null {
  if (value == null) return null;
  if (!(CONTACT_CHANNELS as readonly string[]).includes(value)) {
    throw new DomainError('BAD_USER_INPUT', `"${value}" is not a contact channel.`, { field });
  }
  return value as ContactChannel;
}

export function parseStoreId(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!isUuid(value)) throw new DomainError('BAD_USER_INPUT', `"${value}" is not a store id.`, { field: 'preferredStoreId' });
  return value.toLowerCase();
}

/** Tags are lower-case words (`vip`, `fraud-watch`), so that `VIP` and `vip` are one tag. */
export function parseTags(values: readonly string[]): string[] {
  const tags = [...new Set(values.map((value) => value.trim().toLowerCase()))];
  for (const tag of tags) {
    if (!TAG.test(tag)) {
      throw new DomainError('BAD_USER_INPUT', `"${tag}" is not a tag: 1 to 40 letters, digits, - or _.`, { field: 'tags' });
    }
  }
  return tags;
}

/** Optional free text: trimmed, empty → null, at most `max` characters. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) return null;
  if (text.length > max) throw new DomainError('BAD_USER_INPUT', `${field} has at most ${max} characters.`, { field });
  return text;
}

export function requiredText(value: string, field: string, max: number): string {
  const text = optionalText(value, field, max);
  if (text === null) throw new DomainError('BAD_USER_INPUT', `${field} is required.`, { field });
  return text;
}

export interface AddressFields {
  label: string | null;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
}

export interface AddressInput {
  label?: string | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  city: string;
  postalCode: string;
  region?: string | null | undefined;
  country: string;
}

function addressText(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) {
    if (required) throw new DomainError('INVALID_ADDRESS', `The address needs a ${field}.`, { field });
    return null;
  }
  if (text.length > max) throw new DomainError('INVALID_ADDRESS', `The address ${field} has at most ${max} characters.`, { field });
  return text;
}

/** An address as stored: trimmed, the postal code upper-cased with single spaces, the country checked. */
export function parseAddress(input: AddressInput): AddressFields {
  const postalCode = (addressText(input.postalCode, 'postalCode', 20, true) ?? '').toUpperCase().replace(/\s+/g, ' ');
  if (!/^[A-Z0-9][A-Z0-9 -]*$/.test(postalCode)) {
    throw new DomainError('INVALID_ADDRESS', `"${input.postalCode}" is not a postal code.`, { field: 'postalCode' });
  }
  return {
    label: addressText(input.label, 'label', 60, false),
    line1: addressText(input.line1, 'line1', 200, true) ?? '',
    line2: addressText(input.line2, 'line2', 200, false),
    city: addressText(input.city, 'city', 100, true) ?? '',
    postalCode,
    region: addressText(input.region, 'region', 100, false),
    country: parseCountry(input.country),
  };
}
