/**
 * The delivery network as data: carriers and their service levels (transit days per destination,
 * delivery weekdays, prices by destination and weight), when each location dispatches and hands
 * over pickups, and holidays. Administrators edit it (scope sourcing:write, audited); delivery
 * promises read it.
 */
import { DomainError, isUuid, recordAudit, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { CarrierService, SERVICE_LEVELS, type ServiceLevel, type ShippingRate, type TransitLane } from '../entities/carrier-service.entity.ts';
import { DeliveryHoliday } from '../entities/delivery-holiday.entity.ts';
import { LocationDeliveryProfile } from '../entities/location-delivery-profile.entity.ts';
import { Location } from '../entities/location.entity.ts';
import { isCivilDate, isTimeZone, parseLocalTime, type DispatchCalendar, type PickupCalendar } from './delivery-calendar.ts';
import { inTransaction } from './sql.ts';
import { requireText } from './validation.ts';

/** What a location without a profile of its own works with: Paris time, weekdays, 2 h, cut-off 15:00; stores open 10:00–19:00, Monday to Saturday. */
export const DEFAULT_DELIVERY_PROFILE = {
  timeZone: 'Europe/Paris',
  processingHours: 2,
  cutoffTime: '15:00',
  shipDays: [1, 2, 3, 4, 5],
  openingTime: '10:00',
  closingTime: '19:00',
  openDays: [1, 2, 3, 4, 5, 6],
  pickupPreparationMinutes: 120,
} as const;

/** A location's delivery profile as the API shows it; `isDefault` when the location has none of its own. */
export interface DeliveryProfileView {
  timeZone: string;
  processingHours: number;
  cutoffTime: string;
  shipDays: number[];
  openingTime: string;
  closingTime: string;
  openDays: number[];
  pickupPreparationMinutes: number;
  isDefault: boolean;
}

export function profileView(profile: LocationDeliveryProfile | null | undefined): DeliveryProfileView {
  if (!profile) return { ...DEFAULT_DELIVERY_PROFILE, shipDays: [...DEFAULT_DELIVERY_PROFILE.shipDays], openDays: [...DEFAULT_DELIVERY_PROFILE.openDays], isDefault: true };
  return {
    timeZone: profile.timeZone,
    processingHours: profile.processingHours,
    cutoffTime: profile.cutoffTime,
    shipDays: profile.shipDays,
    openingTime: profile.openingTime,
    closingTime: profile.closingTime,
    openDays: profile.openDays,
    pickupPreparationMinutes: profile.pickupPreparationMinutes,
    isDefault: false,
  };
}

export async function deliveryProfileOf(ctx: InventoryContext, locationId: string): Promise<DeliveryProfileView> {
  return profileView(await ctx.loaders.deliveryProfileByLocationId.load(locationId));
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

function weekdays(field: string, values: readonly number[]): number[] {
  const unique = [...new Set(values)].sort((a, b) => a - b);
  if (unique.length === 0 || unique.some((day) => !Number.isInteger(day) || day < 1 || day > 7)) {
    throw invalid(field, 'list ISO weekdays from 1 (Monday) to 7 (Sunday), at least one');
  }
  return unique;
}

function localTime(field: string, value: string): number {
  const minutes = parseLocalTime(value);
  if (minutes === undefined) throw invalid(field, `"${value}" is not a local time HH:MM`);
  return minutes;
}

function countryCode(field: string, value: string, wildcard = false): string {
  const code = value.trim().toUpperCase();
  if ((wildcard && code === '*') || /^[A-Z]{2}$/.test(code)) return code;
  throw invalid(field, `"${value}" is not an ISO 3166-1 alpha-2 country code${wildcard ? ' (or * for any other)' : ''}`);
}

// ---------------------------------------------------------------------------------------------
// Carrier services

export interface CarrierServiceInput {
  carrierCode: string;
  carrierName: string;
  serviceLevel: ServiceLevel;
  active?: boolean | null | undefined;
  deliveryDays: readonly number[];
  lanes: readonly { country: string; postalCodePrefix?: string | null | undefined; minDays: number; maxDays: number }[];
  rates?: readonly { country: string; maxWeightGrams?: number | null | undefined; amount: number }[] | null | undefined;
  surcharge?: number | null | undefined;
  currency?: string | null | undefined;
}

const CARRIER_CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

function parseCarrierService(input: CarrierServiceInput) {
  const carrierCode = input.carrierCode.trim().toUpperCase();
  if (!CARRIER_CODE.test(carrierCode)) throw invalid('carrierCode', 'must be 1–40 letters, digits, "_" or "-"');
  if (!SERVICE_LEVELS.includes(input.serviceLevel)) throw invalid('serviceLevel', `must be one of ${SERVICE_LEVELS.join(', ')}`);
  if (input.lanes.length === 0) throw invalid('lanes', 'a service delivers somewhere: give at least one lane');
  const lanes = input.lanes.map((lane, index): TransitLane => {
    const prefix = lane.postalCodePrefix?.trim() || null;
    if (prefix !== null && !/^[A-Z0-9]{1,10}$/i.test(prefix)) throw invalid(`lanes[${index}].postalCodePrefix`, 'must be 1–10 letters or digits');
    if (!Number.isInteger(lane.minDays) || !Number.isInteger(lane.maxDays) || lane.minDays < 0 || lane.maxDays < lane.minDays || lane.maxDays > 60) {
      throw invalid(`lanes[${index}]`, 'minDays and maxDays are whole days with 0 ≤ minDays ≤ maxDays ≤ 60');
    }
    return { country: countryCode(`lanes[${index}].country`, lane.country), postalCodePrefix: prefix?.toUpperCase() ?? null, minDays: lane.minDays, maxDays: lane.maxDays };
  });
  const laneKeys = new Set(lanes.map((lane) => `${lane.country}/${lane.postalCodePrefix ?? ''}`));
  if (laneKeys.size !== lanes.length) throw invalid('lanes', 'each destination (country and prefix) appears once');
  const rates = (input.rates ?? []).map((rate, index): ShippingRate => {
    if (rate.maxWeightGrams != null && (!Number.isInteger(rate.maxWeightGrams) || rate.maxWeightGrams <= 0)) {
      throw invalid(`rates[${index}].maxWeightGrams`, 'must be a positive number of grams, or null for any weight');
    }
    if (!Number.isInteger(rate.amount) || rate.amount < 0 || rate.amount > 10_000_000) throw invalid(`rates[${index}].amount`, 'must be 0 or more minor units');
    return { country: countryCode(`rates[${index}].country`, rate.country, true), maxWeightGrams: rate.maxWeightGrams ?? null, amount: rate.amount };
  });
  const currency = (input.currency ?? 'EUR').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw invalid('currency', 'must be an ISO 4217 code');
  const surcharge = input.surcharge ?? 0;
  if (!Number.isInteger(surcharge) || surcharge < 0 || surcharge > 10_000_000) throw invalid('surcharge', 'must be 0 or more minor units');
  return {
    surcharge,
    carrierCode,
    carrierName: requireText(input.carrierName, 'carrierName', 120),
    serviceLevel: input.serviceLevel,
    active: input.active ?? true,
    deliveryDays: weekdays('deliveryDays', input.deliveryDays),
    lanes,
    rates,
    currency,
  };
}

function carrierAuditView(service: CarrierService | null): Record<string, unknown> | null {
  if (!service) return null;
  const { carrierCode, carrierName, serviceLevel, active, deliveryDays, lanes, rates, surcharge, currency } = service;
  return { carrierCode, carrierName, serviceLevel, active, deliveryDays, lanes, rates, surcharge, currency };
}

/** Creates or replaces the service level of a carrier (one per carrier and level). */
export async function upsertCarrierService(ctx: InventoryContext, input: CarrierServiceInput): Promise<CarrierService> {
  const parsed = parseCarrierService(input);
  return inTransaction(ctx.em, async (tx) => {
    const existing = await tx.findOne(CarrierService, { carrierCode: parsed.carrierCode, serviceLevel: parsed.serviceLevel });
    const before = carrierAuditView(existing);
    const service = existing ?? tx.create(CarrierService, parsed);
    if (existing) Object.assign(existing, parsed);
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'upsertCarrierService', entityType: 'CarrierService', entityId: service.id, before, after: carrierAuditView(service) },
    );
    return service;
  });
}

export function listCarrierServices(ctx: InventoryContext, activeOnly: boolean): Promise<CarrierService[]> {
  return ctx.em.find(CarrierService, activeOnly ? { active: true } : {}, { orderBy: { carrierCode: 'asc', serviceLevel: 'asc' } });
}

// ---------------------------------------------------------------------------------------------
// Location profiles

export interface LocationDeliveryProfileInput {
  locationId: string;
  timeZone?: string | null | undefined;
  processingHours?: number | null | undefined;
  cutoffTime?: string | null | undefined;
  shipDays?: readonly number[] | null | undefined;
  openingTime?: string | null | undefined;
  closingTime?: string | null | undefined;
  openDays?: readonly number[] | null | undefined;
  pickupPreparationMinutes?: number | null | undefined;
}

/** Sets a location's delivery profile; fields left out keep their current value (or the default). */
export async function setLocationDeliveryProfile(ctx: InventoryContext, input: LocationDeliveryProfileInput): Promise<{ location: Location; profile: DeliveryProfileView }> {
  if (!isUuid(input.locationId)) throw new DomainError('UNKNOWN_LOCATION', `No location with id ${input.locationId}`, { locationId: input.locationId });
  return inTransaction(ctx.em, async (tx) => {
    const location = await tx.findOne(Location, { id: input.locationId });
    if (!location) throw new DomainError('UNKNOWN_LOCATION', `No location with id ${input.locationId}`, { locationId: input.locationId });
    const existing = await tx.findOne(LocationDeliveryProfile, { location: location.id });
    const before = profileView(existing);
    const next = {
      timeZone: input.timeZone?.trim() ?? before.timeZone,
      processingHours: input.processingHours ?? before.processingHours,
      cutoffTime: input.cutoffTime ?? before.cutoffTime,
      shipDays: input.shipDays ? weekdays('shipDays', input.shipDays) : before.shipDays,
      openingTime: input.openingTime ?? before.openingTime,
      closingTime: input.closingTime ?? before.closingTime,
      openDays: input.openDays ? weekdays('openDays', input.openDays) : before.openDays,
      pickupPreparationMinutes: input.pickupPreparationMinutes ?? before.pickupPreparationMinutes,
    };
    if (!isTimeZone(next.timeZone)) throw invalid('timeZone', `"${next.timeZone}" is not an IANA time zone`);
    if (!Number.isInteger(next.processingHours) || next.processingHours < 0 || next.processingHours > 240) throw invalid('processingHours', 'must be whole hours from 0 to 240');
    localTime('cutoffTime', next.cutoffTime);
    const opening = localTime('openingTime', next.openingTime);
    const closing = localTime('closingTime', next.closingTime);
    if (opening >= closing) throw invalid('closingTime', 'must be after openingTime');
    if (!Number.isInteger(next.pickupPreparationMinutes) || next.pickupPreparationMinutes < 0 || opening + next.pickupPreparationMinutes > closing) {
      throw invalid('pickupPreparationMinutes', 'must be whole minutes that fit between opening and closing');
    }
    const profile = existing ?? tx.create(LocationDeliveryProfile, { location, ...next });
    if (existing) Object.assign(existing, next);
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'setLocationDeliveryProfile', entityType: 'Location', entityId: location.id, before: before.isDefault ? null : { ...before }, after: { ...next } },
    );
    return { location, profile: profileView(profile) };
  });
}

// ---------------------------------------------------------------------------------------------
// Holidays

export interface DeliveryHolidayInput {
  date: string;
  country?: string | null | undefined;
  locationId?: string | null | undefined;
  name: string;
}

export async function addDeliveryHoliday(ctx: InventoryContext, input: DeliveryHolidayInput): Promise<DeliveryHoliday> {
  if (!isCivilDate(input.date)) throw invalid('date', `"${input.date}" is not a date YYYY-MM-DD`);
  if ((input.country == null) === (input.locationId == null)) throw invalid('country', 'give either a country or a locationId');
  const country = input.country == null ? null : countryCode('country', input.country);
  const name = requireText(input.name, 'name', 120);
  return inTransaction(ctx.em, async (tx) => {
    if (input.locationId != null) {
      const location = isUuid(input.locationId) ? await tx.findOne(Location, { id: input.locationId }) : null;
      if (!location) throw new DomainError('UNKNOWN_LOCATION', `No location with id ${input.locationId}`, { locationId: input.locationId });
    }
    const locationId = input.locationId?.toLowerCase() ?? null;
    const duplicate = await tx.findOne(DeliveryHoliday, { date: input.date, country, locationId });
    if (duplicate) throw new DomainError('HOLIDAY_EXISTS', `${input.date} is already a holiday there (${duplicate.name})`, { id: duplicate.id });
    const holiday = tx.create(DeliveryHoliday, { date: input.date, country, locationId, name });
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'addDeliveryHoliday', entityType: 'DeliveryHoliday', entityId: holiday.id, before: null, after: { date: input.date, country, locationId, name } },
    );
    return holiday;
  });
}

export async function removeDeliveryHoliday(ctx: InventoryContext, id: string): Promise<DeliveryHoliday> {
  return inTransaction(ctx.em, async (tx) => {
    const holiday = isUuid(id) ? await tx.findOne(DeliveryHoliday, { id }) : null;
    if (!holiday) throw new DomainError('NOT_FOUND', `No holiday with id ${id}`, { id });
    tx.remove(holiday);
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      {
        action: 'removeDeliveryHoliday',
        entityType: 'DeliveryHoliday',
        entityId: holiday.id,
        before: { date: holiday.date, country: holiday.country ?? null, locationId: holiday.locationId ?? null, name: holiday.name },
        after: null,
      },
    );
    return holiday;
  });
}

export function listDeliveryHolidays(
  ctx: InventoryContext,
  filter: { from?: string | null | undefined; to?: string | null | undefined; country?: string | null | undefined; locationId?: string | null | undefined },
): Promise<DeliveryHoliday[]> {
  for (const [field, value] of [['from', filter.from], ['to', filter.to]] as const) {
    if (value != null && !isCivilDate(value)) throw invalid(field, `"${value}" is not a date YYYY-MM-DD`);
  }
  return ctx.em.find(
    DeliveryHoliday,
    {
      ...(filter.from || filter.to ? { date: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) } } : {}),
      ...(filter.country ? { country: countryCode('country', filter.country) } : {}),
      ...(filter.locationId ? { locationId: filter.locationId.toLowerCase() } : {}),
    },
    { orderBy: { date: 'asc', country: 'asc' }, limit: 1000 },
  );
}

// ---------------------------------------------------------------------------------------------
// What a promise reads

export interface DeliveryNetwork {
  carriers: CarrierService[];
  dispatchCalendarOf(location: { id: string; country: string }): DispatchCalendar;
  pickupCalendarOf(location: { id: string; country: string }): PickupCalendar;
  /** Holidays at a destination country (no delivery). */
  countryHolidays(country: string): ReadonlySet<string>;
}

/**
 * The network a promise needs, in three statements: active carrier services, the profiles of the
 * locations involved, and the holidays of those locations and of their and the destination's countries.
 */
export async function loadDeliveryNetwork(em: EntityManager, locations: readonly { id: string; country: string }[], destinationCountry: string): Promise<DeliveryNetwork> {
  const ids = [...new Set(locations.map((location) => location.id))];
  const countries = [...new Set([destinationCountry, ...locations.map((location) => location.country)])];
  const [carriers, profiles, holidays] = await Promise.all([
    em.find(CarrierService, { active: true }, { orderBy: { carrierCode: 'asc', serviceLevel: 'asc' } }),
    ids.length === 0 ? Promise.resolve([]) : em.find(LocationDeliveryProfile, { location: { $in: ids } }),
    em.find(DeliveryHoliday, { $or: [{ country: { $in: countries } }, ...(ids.length > 0 ? [{ locationId: { $in: ids } }] : [])] }),
  ]);
  const profileById = new Map(profiles.map((profile) => [profile.location.id, profileView(profile)]));
  const byCountry = new Map<string, Set<string>>();
  const byLocation = new Map<string, Set<string>>();
  for (const holiday of holidays) {
    const [map, key] = holiday.country ? [byCountry, holiday.country] : [byLocation, holiday.locationId ?? ''];
    const set = map.get(key) ?? new Set<string>();
    set.add(holiday.date);
    map.set(key, set);
  }
  const placeHolidays = (location: { id: string; country: string }) =>
    new Set([...(byCountry.get(location.country) ?? []), ...(byLocation.get(location.id) ?? [])]);
  const profileOf = (id: string) => profileById.get(id) ?? profileView(null);
  return {
    carriers,
    dispatchCalendarOf(location) {
      const profile = profileOf(location.id);
      return {
        timeZone: profile.timeZone,
        weekdays: profile.shipDays,
        holidays: placeHolidays(location),
        cutoffMinutes: parseLocalTime(profile.cutoffTime) ?? 0,
        processingHours: profile.processingHours,
      };
    },
    pickupCalendarOf(location) {
      const profile = profileOf(location.id);
      return {
        timeZone: profile.timeZone,
        weekdays: profile.openDays,
        holidays: placeHolidays(location),
        openingMinutes: parseLocalTime(profile.openingTime) ?? 0,
        closingMinutes: parseLocalTime(profile.closingTime) ?? 0,
        preparationMinutes: profile.pickupPreparationMinutes,
      };
    },
    countryHolidays: (country) => byCountry.get(country) ?? new Set(),
  };
}

/** The lane of a service to a destination: the longest matching postal-code prefix, else the country's lane. */
export function laneTo(service: { lanes: readonly TransitLane[] }, country: string, postalCode: string | null): TransitLane | undefined {
  const code = (postalCode ?? '').replace(/\s+/g, '').toUpperCase();
  const matching = service.lanes.filter((lane) => lane.country === country && (lane.postalCodePrefix === null || code.startsWith(lane.postalCodePrefix)));
  return matching.sort((a, b) => (b.postalCodePrefix?.length ?? 0) - (a.postalCodePrefix?.length ?? 0))[0];
}

/** The price of a parcel: the destination's lightest band that takes the weight, else the `*` bands; undefined when none does. */
export function rateFor(service: { rates: readonly ShippingRate[] }, country: string, weightGrams: number): number | undefined {
  const band = (rates: readonly ShippingRate[]) =>
    rates
      .filter((rate) => rate.maxWeightGrams === null || weightGrams <= rate.maxWeightGrams)
      .sort((a, b) => (a.maxWeightGrams ?? Number.MAX_SAFE_INTEGER) - (b.maxWeightGrams ?? Number.MAX_SAFE_INTEGER))[0];
  return (band(service.rates.filter((rate) => rate.country === country)) ?? band(service.rates.filter((rate) => rate.country === '*')))?.amount;
}

export type { ServiceLevel };
