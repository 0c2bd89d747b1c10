/**
 * The shipping rate table as data, and what a parcel costs by it. Pure: no database, no GraphQL;
 * sourcing (LOWEST_SHIPPING_COST, the dry run) and anything else that prices parcels call
 * `estimateShippingCost` on a table built once with `buildShippingRateTable`.
 *
 * The zone model is the one carriers price by: a zone is named per origin country for a
 * destination country (`FR` → `FR`: DOMESTIC, `FR` → `BE`: EU-1), a destination subdivision overriding
 * its country (`FR` → `FR-20R` Corsica: ISLANDS), and `*` for every other destination from that
 * origin. Each zone has weight bands: the parcel pays the band with the smallest upper bound that
 * holds its weight; a parcel heavier than the heaviest band, or to a destination without a zone,
 * has no rate (null), never a guessed one.
 */
import { DomainError } from '@oms/platform';

export interface ShippingZoneRule {
  /** ISO 3166-1 alpha-2 of the origin (the shipping location's country). */
  originCountry: string;
  /** `FR`, `FR-20R`, or `*` (every destination without a rule of its own). */
  destination: string;
  zone: string;
}

export interface ShippingRateBand {
  zone: string;
  /** The heaviest parcel (grams) this band takes; lighter parcels take the lightest band that fits. */
  maxWeightGrams: number;
  /** Integer minor units of `currency`. */
  amount: number;
}

export interface ShippingRateTableInput {
  /** ISO 4217; every amount of the table is in it, so costs add up across parcels. */
  currency: string;
  zones: readonly ShippingZoneRule[];
  rates: readonly ShippingRateBand[];
}

/** A validated table, indexed for lookups (built once, then used for many parcels). */
export interface ShippingRateTable extends ShippingRateTableInput {
  readonly zoneIndex: ReadonlyMap<string, string>;
  readonly bandsByZone: ReadonlyMap<string, readonly ShippingRateBand[]>;
}

export interface ParcelToRate {
  originCountry: string | null | undefined;
  destinationCountry: string | null | undefined;
  /** ISO 3166-2 (`FR-20R`), when known. */
  destinationSubdivision?: string | null | undefined;
  weightGrams: number;
}

export interface ShippingEstimate {
  zone: string;
  amount: number;
  currency: string;
  /** The band that applied (its upper bound). */
  maxWeightGrams: number;
}

export const MAX_ZONE_RULES = 2_000;
export const MAX_RATE_BANDS = 2_000;
const COUNTRY = /^[A-Z]{2}$/;
const DESTINATION = /^([A-Z]{2}(-[A-Z0-9]{1,3})?|\*)$/;
const ZONE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;

const zoneKey = (origin: string, destination: string) => `${origin}>${destination}`;

function invalid(item: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${item}: ${message}`, { item });
}

/**
 * Validates and indexes a table: codes normalised to upper case, one zone per (origin,
 * destination), one band per (zone, upper bound), every band's zone named by a zone rule and
 * every zone priced. BAD_USER_INPUT naming the entry otherwise.
 */
export function buildShippingRateTable(input: ShippingRateTableInput): ShippingRateTable {
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw invalid('currency', `${input.currency} is not an ISO 4217 code`);
  if (input.zones.length > MAX_ZONE_RULES) throw invalid('zones', `at most ${MAX_ZONE_RULES}`);
  if (input.rates.length > MAX_RATE_BANDS) throw invalid('rates', `at most ${MAX_RATE_BANDS}`);
  const zoneIndex = new Map<string, string>();
  const zones = input.zones.map((rule, index): ShippingZoneRule => {
    const item = `zones[${index}]`;
    const originCountry = rule.originCountry.trim().toUpperCase();
    const destination = rule.destination.trim().toUpperCase();
    const zone = rule.zone.trim().toUpperCase();
    if (!COUNTRY.test(originCountry)) throw invalid(item, `originCountry ${rule.originCountry} is not an ISO country code`);
    if (!DESTINATION.test(destination)) throw invalid(item, `destination ${rule.destination} is not a country (FR), a subdivision (FR-20R) or *`);
    if (!ZONE.test(zone)) throw invalid(item, 'zone must be 1 to 20 letters, digits, _ or -');
    const key = zoneKey(originCountry, destination);
    if (zoneIndex.has(key)) throw invalid(item, `${originCountry} to ${destination} is listed twice`);
    zoneIndex.set(key, zone);
    return { originCountry, destination, zone };
  });
  const bands = new Map<string, ShippingRateBand[]>();
  const rates = input.rates.map((rate, index): ShippingRateBand => {
    const item = `rates[${index}]`;
    const zone = rate.zone.trim().toUpperCase();
    if (!zones.some((rule) => rule.zone === zone)) throw invalid(item, `zone ${rate.zone} is not named by any zone rule`);
    if (!Number.isInteger(rate.maxWeightGrams) || rate.maxWeightGrams < 1 || rate.maxWeightGrams > 1_000_000) {
      throw invalid(item, 'maxWeightGrams must be an integer from 1 to 1000000');
    }
    if (!Number.isInteger(rate.amount) || rate.amount < 0 || rate.amount > 100_000_000) throw invalid(item, 'amount must be a non-negative integer of minor units');
    const list = bands.get(zone) ?? [];
    if (list.some((band) => band.maxWeightGrams === rate.maxWeightGrams)) throw invalid(item, `zone ${zone} has two bands up to ${rate.maxWeightGrams} g`);
    const band = { zone, maxWeightGrams: rate.maxWeightGrams, amount: rate.amount };
    list.push(band);
    bands.set(zone, list);
    return band;
  });
  const unpriced = [...new Set(zones.map((rule) => rule.zone))].filter((zone) => !bands.has(zone));
  if (unpriced.length > 0) throw invalid('rates', `no rate for zone ${unpriced.join(', ')}`);
  for (const list of bands.values()) list.sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  return { currency, zones, rates, zoneIndex, bandsByZone: bands };
}

/** The zone of a destination from an origin: its subdivision's rule, else its country's, else `*`. */
export function shippingZoneOf(
  table: ShippingRateTable,
  originCountry: string | null | undefined,
  destinationCountry: string | null | undefined,
  destinationSubdivision?: string | null,
): string | null {
  if (!originCountry) return null;
  const origin = originCountry.toUpperCase();
  const lookup = (destination: string | null | undefined) => (destination ? table.zoneIndex.get(zoneKey(origin, destination.toUpperCase())) : undefined);
  return lookup(destinationSubdivision) ?? lookup(destinationCountry) ?? (destinationCountry ? lookup('*') : undefined) ?? null;
}

/** What a parcel of `weightGrams` costs in a zone; null when it is heavier than every band. */
export function costInZone(table: ShippingRateTable, zone: string, weightGrams: number): number | null {
  const weight = Math.max(0, weightGrams);
  const bands = table.bandsByZone.get(zone);
  if (!bands) return null;
  for (const band of bands) if (band.maxWeightGrams >= weight) return band.amount;
  return null;
}

/** What one parcel costs by the table; null when no zone or no band applies. */
export function estimateShippingCost(table: ShippingRateTable, parcel: ParcelToRate): ShippingEstimate | null {
  const zone = shippingZoneOf(table, parcel.originCountry, parcel.destinationCountry, parcel.destinationSubdivision ?? null);
  if (zone === null) return null;
  const weight = Math.max(0, parcel.weightGrams);
  const band = table.bandsByZone.get(zone)?.find((candidate) => candidate.maxWeightGrams >= weight);
  return band ? { zone, amount: band.amount, currency: table.currency, maxWeightGrams: band.maxWeightGrams } : null;
}
