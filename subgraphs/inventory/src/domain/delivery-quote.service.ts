/**
 * The promise kept: when an order ships by a service level the customer chose, its allocation
 * answers the price and dates of its parcels by that level, computed with the checkout's promise
 * (`parcelOptions`: same carriers, rates, calendars and tie-break), so the order is charged what
 * `deliveryPromise` quoted for the same lines and destination.
 */
import { DomainError, type EntityManager } from '@oms/platform';
import { SERVICE_LEVELS, type ServiceLevel } from '../entities/carrier-service.entity.ts';
import { Location } from '../entities/location.entity.ts';
import type { CivilDate } from './delivery-calendar.ts';
import { loadDeliveryNetwork } from './delivery-network.service.ts';
import { countryOf, parcelOptions, type Parcel } from './delivery-promise.service.ts';
import { loadShippingRateTable } from './shipping-rate.service.ts';
import { sql, textArray } from './sql.ts';

export interface DeliveryQuote {
  serviceLevel: ServiceLevel;
  carrierCode: string;
  carrierName: string;
  amount: number;
  currency: string;
  dispatchDate: CivilDate;
  earliestDeliveryDate: CivilDate;
  latestDeliveryDate: CivilDate;
}

export interface QuoteRequest {
  serviceLevel?: ServiceLevel | null | undefined;
  currency?: string | null | undefined;
  delivery: { method: string; country?: string | null | undefined; postalCode?: string | null | undefined };
}

/** Units held at a location (presell units with the day their supply arrives). */
export interface QuotedUnits {
  locationId: string;
  sku: string;
  quantity: number;
  promisedAt: Date | null;
}

/** A service level is for orders that ship; refused before anything is held. */
export function validateServiceLevel(request: QuoteRequest): void {
  if (request.serviceLevel == null) return;
  if (!SERVICE_LEVELS.includes(request.serviceLevel)) throw new DomainError('BAD_USER_INPUT', `serviceLevel is one of ${SERVICE_LEVELS.join(', ')}`, { field: 'serviceLevel' });
  if (request.delivery.method !== 'SHIP') throw new DomainError('BAD_USER_INPUT', 'A service level applies to orders that ship', { field: 'serviceLevel' });
}

/**
 * The quote of held units by the request's service level (null without one): one parcel per
 * location, weighed from the item master, leaving when its goods are there. SERVICE_LEVEL_UNAVAILABLE
 * when no active carrier service of that level delivers and prices them in the order's currency
 * (thrown inside the allocation's transaction: nothing is then held).
 */
export async function quoteHeldUnits(em: EntityManager, request: QuoteRequest, units: readonly QuotedUnits[], now = new Date()): Promise<DeliveryQuote | null> {
  const level = request.serviceLevel;
  if (level == null || units.length === 0) return null;
  const currency = (request.currency ?? 'EUR').trim().toUpperCase();
  const destinationCountry = countryOf(request.delivery.country);
  const locationIds = [...new Set(units.map((unit) => unit.locationId))];
  const skuCodes = [...new Set(units.map((unit) => unit.sku))];
  const [locations, weights, rateTable] = await Promise.all([
    em.find(Location, { id: { $in: locationIds } }),
    sql<{ code: string; weight_grams: number | null }>(em, `select code, weight_grams from inventory.sku where code = any(?::text[])`, [textArray(skuCodes)]),
    loadShippingRateTable(em),
  ]);
  const network = await loadDeliveryNetwork(em, locations, destinationCountry);
  const weightOf = new Map(weights.map((row) => [row.code, Number(row.weight_grams ?? 0)]));
  const byId = new Map(locations.map((location) => [location.id, location]));
  const parcels = new Map<string, Parcel>();
  for (const unit of units) {
    const location = byId.get(unit.locationId);
    if (!location) continue;
    const parcel = parcels.get(location.id) ?? { location, weight: 0 };
    parcel.weight += unit.quantity * (weightOf.get(unit.sku) ?? 0);
    if (unit.promisedAt && (!parcel.availableAt || unit.promisedAt > parcel.availableAt)) parcel.availableAt = unit.promisedAt;
    parcels.set(location.id, parcel);
  }
  const option = parcelOptions(
    { network, rateTable, destinationCountry, postalCode: request.delivery.postalCode?.trim() || null, now },
    [...parcels.values()],
  ).find((candidate) => candidate.serviceLevel === level && candidate.price.currency === currency);
  if (!option) {
    throw new DomainError('SERVICE_LEVEL_UNAVAILABLE', `No ${level} delivery to ${destinationCountry} priced in ${currency} for this order`, {
      serviceLevel: level,
      country: destinationCountry,
    });
  }
  return {
    serviceLevel: level,
    carrierCode: option.carrierCode ?? '',
    carrierName: option.carrierName ?? '',
    amount: option.price.amount,
    currency: option.price.currency,
    dispatchDate: option.dispatchDate,
    earliestDeliveryDate: option.earliestDeliveryDate,
    latestDeliveryDate: option.latestDeliveryDate,
  };
}
