/**
 * Delivery promises: the options a storefront shows at checkout (ship by a service level for a
 * price and arrival dates, or collect at a nearby store from a time), computed with the sourcing
 * rules in force at `now` over live availability — the plan allocation would make — and the
 * delivery network's calendars. Read-only: nothing is held.
 */
import { DomainError, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { CarrierService, ServiceLevel } from '../entities/carrier-service.entity.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { dailyLoad } from './allocation.service.ts';
import { deliveryDate, dispatchDate, pickupReadyAt, type CivilDate } from './delivery-calendar.ts';
import { laneTo, loadDeliveryNetwork, rateFor, type DeliveryNetwork } from './delivery-network.service.ts';
import { deliveryPoint, haversineKm, isValidPoint, roundKm, type GeoPoint } from './geo.ts';
import { loadShippingRateTable } from './shipping-rate.service.ts';
import { estimateShippingCost, type ShippingRateTable } from './shipping-rates.ts';
import { rulesInForce, type RulesInForce } from './sourcing-rule-set.service.ts';
import { needsDailyCounts } from './sourcing-rules.ts';
import { planOrder, type DailyLoad, type OrderPlan } from './sourcing-simulation.ts';
import { loadSourcingSnapshot, type SnapshotLevel, type SourcingSnapshot } from './sourcing-snapshot.ts';
import { isPickupStore, type DeliveryMethod } from './sourcing.ts';
import { requireQuantity } from './validation.ts';

export const MAX_PROMISE_LINES = 100;
export const DEFAULT_PICKUP_RADIUS_KM = 50;
/** Pickup options shown at most: the nearest stores that can serve the whole order. */
export const MAX_PICKUP_OPTIONS = 5;

export interface PromiseLine {
  sku: string;
  quantity: number;
}

export interface PromiseDestination {
  country: string;
  postalCode?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}

export interface DeliveryPromiseRequest {
  lines: readonly PromiseLine[];
  destination: PromiseDestination;
  channel: SalesChannel;
  /** The moment the promise is made for (tests, previews); default now. */
  now?: Date | null | undefined;
  radiusKm?: number | null | undefined;
}

export interface DeliveryOption {
  method: DeliveryMethod;
  serviceLevel: ServiceLevel | null;
  carrierCode: string | null;
  carrierName: string | null;
  price: { amount: number; currency: string };
  /** Local date of the last parcel's departure (SHIP), or the day the order is ready (PICKUP). */
  dispatchDate: CivilDate;
  earliestDeliveryDate: CivilDate;
  latestDeliveryDate: CivilDate;
  shipsFrom: Location[];
  pickupLocation: Location | null;
  distanceKm: number | null;
  readyAt: Date | null;
  label: string;
}

export interface PromiseShortfall {
  sku: string;
  requested: number;
  available: number;
}

export interface DeliveryPromise {
  promisedAt: Date;
  ruleSet: { id: string; name: string; version: number };
  options: DeliveryOption[];
  /** Lines the rules in force cannot ship now (no ship option is offered then). */
  shortfalls: PromiseShortfall[];
}

/** Everything a plan needs, read once per request: rules in force, stock (with SKU weights), locations, network. */
export interface PlanningContext {
  channel: SalesChannel;
  now: Date;
  rules: RulesInForce;
  snapshot: SourcingSnapshot;
  load: DailyLoad;
  locations: Map<string, Location>;
  rateTable: ShippingRateTable | null;
  network: DeliveryNetwork;
  destinationCountry: string;
  postalCode: string | null;
}

export function parseNow(now: Date | null | undefined): Date {
  const moment = now ?? new Date();
  if (Number.isNaN(moment.getTime())) throw new DomainError('BAD_USER_INPUT', 'now is not a valid moment', { field: 'now' });
  return moment;
}

export function validatePromiseLines(lines: readonly PromiseLine[]): PromiseLine[] {
  if (lines.length === 0 || lines.length > MAX_PROMISE_LINES) {
    throw new DomainError('BAD_USER_INPUT', `Give 1 to ${MAX_PROMISE_LINES} lines`, { field: 'lines' });
  }
  return lines.map((line) => {
    requireQuantity(line.quantity, line.sku);
    return { sku: line.sku.trim(), quantity: line.quantity };
  });
}

export function countryOf(value: string | null | undefined, fallback = 'FR'): string {
  const country = (value ?? fallback).trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new DomainError('BAD_USER_INPUT', `"${value}" is not an ISO 3166-1 alpha-2 country code`, { field: 'country' });
  return country;
}

/**
 * Reads what planning needs in a handful of statements whatever the number of lines: the rules in
 * force at `now`, the stock snapshot (which carries the SKU weights), today's load (when a rule needs
 * it), the locations, the shipping rate table and the delivery network. Unknown SKUs are UNKNOWN_SKU.
 */
export async function loadPlanningContext(
  em: EntityManager,
  skuCodes: readonly string[],
  channel: SalesChannel,
  now: Date,
  destinationCountry: string,
  postalCode: string | null,
  extraLocationIds: readonly string[] = [],
): Promise<PlanningContext> {
  const codes = [...new Set(skuCodes)];
  const [rules, snapshot, rateTable] = await Promise.all([rulesInForce(em, channel, now), loadSourcingSnapshot(em, codes, channel), loadShippingRateTable(em)]);
  const unknown = codes.filter((code) => !snapshot.skus.has(code));
  if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
  const ids = [...new Set([...[...snapshot.skus.values()].flatMap((sku) => sku.levels.map((level) => level.location.id)), ...extraLocationIds])];
  const [locations, load] = await Promise.all([
    ids.length === 0 ? Promise.resolve([]) : em.find(Location, { id: { $in: ids } }),
    needsDailyCounts(rules.rules) ? dailyLoad(em, ids) : Promise.resolve(new Map() as DailyLoad),
  ]);
  const network = await loadDeliveryNetwork(em, locations, destinationCountry);
  return {
    channel,
    now,
    rules,
    snapshot,
    load,
    locations: new Map(locations.map((location) => [location.id, location])),
    rateTable,
    network,
    destinationCountry,
    postalCode,
  };
}

/** Where the lines would come from for a delivery, under the rules in force (every hold succeeding in memory). */
export function planDelivery(
  planning: PlanningContext,
  method: DeliveryMethod,
  pickupLocationId: string | null,
  point: GeoPoint | undefined,
  lines: readonly PromiseLine[],
  excludeLocationIds: ReadonlySet<string> = new Set(),
): Promise<OrderPlan> {
  const levelsOf = (sku: string): readonly SnapshotLevel[] => (planning.snapshot.skus.get(sku)?.levels ?? []).filter((level) => !excludeLocationIds.has(level.location.id));
  return planOrder(
    planning.rules,
    { orderId: 'promise', channel: planning.channel, method, pickupLocationId, point, lines: lines.map((line, index) => ({ lineId: String(index), sku: line.sku, quantity: line.quantity })) },
    levelsOf,
    planning.load,
  );
}

export const isCovered = (plan: OrderPlan): boolean => plan.lines.every((line) => line.missing === 0);

/** The weight leaving each location of a plan, grams. */
function shipmentsOf(planning: PlanningContext, plan: OrderPlan): Map<string, number> {
  const shipments = new Map<string, number>();
  for (const line of plan.lines) {
    for (const take of line.taken) {
      shipments.set(take.locationId, (shipments.get(take.locationId) ?? 0) + take.quantity * (planning.snapshot.skus.get(line.sku)?.weightGrams ?? 0));
    }
  }
  return shipments;
}

/** What rating parcels needs: the network, the rate table, the destination and the moment of the promise. */
export type DeliveryRating = Pick<PlanningContext, 'network' | 'rateTable' | 'destinationCountry' | 'postalCode' | 'now'>;

/** One parcel of an order: where it leaves from, what it weighs, and (presell) when its goods arrive there. */
export interface Parcel {
  location: Location;
  weight: number;
  /** Default the moment of the promise. */
  availableAt?: Date | undefined;
}

/** A parcel's price by a service: its own rate for the destination, else the rate table's cost plus its surcharge. */
function parcelPrice(planning: DeliveryRating, service: CarrierService, origin: Location, weightGrams: number): number | undefined {
  const own = rateFor(service, planning.destinationCountry, weightGrams);
  if (own !== undefined) return own;
  if (!planning.rateTable || planning.rateTable.currency !== service.currency) return undefined;
  const estimate = estimateShippingCost(planning.rateTable, { originCountry: origin.country, destinationCountry: planning.destinationCountry, weightGrams });
  return estimate ? estimate.amount + service.surcharge : undefined;
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
export function dayLabel(date: CivilDate): string {
  return DAY_LABEL.format(new Date(`${date}T00:00:00Z`));
}

function moneyLabel(amount: number, currency: string): string {
  return amount === 0 ? 'free' : `${(amount / 100).toFixed(2)} ${currency}`;
}

/** The ship options of a plan that covers the order: one per service level (the cheapest carrier, then the earliest). */
export function shipOptions(planning: PlanningContext, plan: OrderPlan): DeliveryOption[] {
  return parcelOptions(planning, [...shipmentsOf(planning, plan)].map(([locationId, weight]) => ({ location: planning.locations.get(locationId)!, weight })));
}

/**
 * The ship options of parcels: one per service level (the cheapest carrier, then the earliest),
 * earliest arrival first. Shared by the checkout's promise and the allocation's quote, so the
 * price an order is charged is the price it was promised.
 */
export function parcelOptions(planning: DeliveryRating, shipments: readonly Parcel[]): DeliveryOption[] {
  if (shipments.length === 0) return [];
  const carrierDays = (service: CarrierService) => ({ weekdays: service.deliveryDays, holidays: planning.network.countryHolidays(planning.destinationCountry) });
  const options: DeliveryOption[] = [];
  for (const service of planning.network.carriers) {
    const lane = laneTo(service, planning.destinationCountry, planning.postalCode);
    if (!lane) continue;
    let price = 0;
    let dispatch = '';
    let earliest = '';
    let latest = '';
    let priced = true;
    for (const shipment of shipments) {
      const parcel = parcelPrice(planning, service, shipment.location, shipment.weight);
      if (parcel === undefined) {
        priced = false;
        break;
      }
      price += parcel;
      const ready = shipment.availableAt && shipment.availableAt > planning.now ? shipment.availableAt : planning.now;
      const leaves = dispatchDate(ready, planning.network.dispatchCalendarOf(shipment.location));
      const first = deliveryDate(leaves, lane.minDays, carrierDays(service));
      const last = deliveryDate(leaves, lane.maxDays, carrierDays(service));
      // The order is complete when its last parcel arrives.
      if (leaves > dispatch) dispatch = leaves;
      if (first > earliest) earliest = first;
      if (last > latest) latest = last;
    }
    if (!priced) continue;
    const arrives = earliest === latest ? `arrives ${dayLabel(earliest)}` : `arrives ${dayLabel(earliest)} – ${dayLabel(latest)}`;
    options.push({
      method: 'SHIP',
      serviceLevel: service.serviceLevel,
      carrierCode: service.carrierCode,
      carrierName: service.carrierName,
      price: { amount: price, currency: service.currency },
      dispatchDate: dispatch,
      earliestDeliveryDate: earliest,
      latestDeliveryDate: latest,
      shipsFrom: shipments.map((shipment) => shipment.location),
      pickupLocation: null,
      distanceKm: null,
      readyAt: null,
      label: `${service.serviceLevel} (${service.carrierName}), ${moneyLabel(price, service.currency)}, ${arrives}`,
    });
  }
  const best = new Map<string, DeliveryOption>();
  for (const option of options) {
    const key = option.serviceLevel ?? '';
    const current = best.get(key);
    if (!current || option.price.amount < current.price.amount || (option.price.amount === current.price.amount && option.earliestDeliveryDate < current.earliestDeliveryDate)) {
      best.set(key, option);
    }
  }
  return [...best.values()].sort((a, b) => (a.earliestDeliveryDate < b.earliestDeliveryDate ? -1 : a.earliestDeliveryDate > b.earliestDeliveryDate ? 1 : a.price.amount - b.price.amount));
}

/** The pickup option at a store whose plan covers the order, or undefined when it cannot be ready. */
export function pickupOption(planning: PlanningContext, store: Location, distanceKm: number | null, currency = 'EUR'): DeliveryOption | undefined {
  const calendar = planning.network.pickupCalendarOf(store);
  const readyAt = pickupReadyAt(planning.now, calendar);
  if (!readyAt) return undefined;
  const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: calendar.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const readyDate = new Intl.DateTimeFormat('en-CA', { timeZone: calendar.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(readyAt);
  const nowDate = new Intl.DateTimeFormat('en-CA', { timeZone: calendar.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(planning.now);
  const when = readyDate === nowDate ? 'today' : dayLabel(readyDate);
  return {
    method: 'PICKUP',
    serviceLevel: null,
    carrierCode: null,
    carrierName: null,
    price: { amount: 0, currency },
    dispatchDate: readyDate,
    earliestDeliveryDate: readyDate,
    latestDeliveryDate: readyDate,
    shipsFrom: [store],
    pickupLocation: store,
    distanceKm,
    readyAt,
    label: `PICKUP at ${store.name}${distanceKm === null ? '' : ` (${distanceKm} km)`}, ready ${when} from ${timeFormat.format(readyAt)}`,
  };
}

/** Pickup stores of the channel that hold stock of every line, nearest first within the radius of the point. */
export function nearbyPickupStores(planning: PlanningContext, point: GeoPoint | undefined, radiusKm: number, lines: readonly PromiseLine[], exceptId?: string | null): { store: Location; distanceKm: number }[] {
  if (!point) return [];
  const holding = lines.map((line) => new Set((planning.snapshot.skus.get(line.sku)?.levels ?? []).filter((level) => level.available > 0).map((level) => level.location.id)));
  const stores: { store: Location; distanceKm: number }[] = [];
  for (const location of planning.locations.values()) {
    if (location.id === exceptId || !isPickupStore(location, planning.channel) || !holding.every((ids) => ids.has(location.id))) continue;
    const distanceKm = roundKm(haversineKm(point, location));
    if (distanceKm <= radiusKm) stores.push({ store: location, distanceKm });
  }
  return stores.sort((a, b) => a.distanceKm - b.distanceKm || (a.store.code < b.store.code ? -1 : 1));
}

/** Pickup options at the nearest stores whose plan (under the rules in force) covers the order. */
export async function pickupOptions(planning: PlanningContext, point: GeoPoint | undefined, radiusKm: number, lines: readonly PromiseLine[], limit: number, exceptId?: string | null): Promise<DeliveryOption[]> {
  const options: DeliveryOption[] = [];
  for (const { store, distanceKm } of nearbyPickupStores(planning, point, radiusKm, lines, exceptId)) {
    if (options.length >= limit) break;
    if (!isCovered(await planDelivery(planning, 'PICKUP', store.id, store, lines))) continue;
    const option = pickupOption(planning, store, distanceKm);
    if (option) options.push(option);
  }
  return options;
}

/** What the lines miss in a plan: the shortfall per SKU, with what the plan could give. */
export function shortfallsOf(plan: OrderPlan): PromiseShortfall[] {
  const bySku = new Map<string, PromiseShortfall>();
  for (const line of plan.lines) {
    if (line.missing === 0) continue;
    const entry = bySku.get(line.sku) ?? { sku: line.sku, requested: 0, available: 0 };
    entry.requested += line.quantity;
    entry.available += line.quantity - line.missing;
    bySku.set(line.sku, entry);
  }
  return [...bySku.values()];
}

export function destinationPoint(destination: PromiseDestination): GeoPoint | undefined {
  if (destination.latitude != null && destination.longitude != null && !isValidPoint({ latitude: destination.latitude, longitude: destination.longitude })) {
    throw new DomainError('BAD_USER_INPUT', 'latitude/longitude is not a valid point', { field: 'destination' });
  }
  return deliveryPoint(destination);
}

/**
 * The checkout's delivery options for the lines to the destination: each service level that can
 * ship the whole order under the rules in force (price, dispatch and arrival dates, the locations
 * it leaves from), then pickup at the nearest stores that hold all of it (ready-at). Options that
 * cannot be kept are left out; lines the rules cannot ship are listed as shortfalls.
 */
export async function deliveryPromise(ctx: InventoryContext, request: DeliveryPromiseRequest): Promise<DeliveryPromise> {
  const lines = validatePromiseLines(request.lines);
  const now = parseNow(request.now);
  const country = countryOf(request.destination.country);
  const radiusKm = request.radiusKm ?? DEFAULT_PICKUP_RADIUS_KM;
  if (!(radiusKm > 0 && radiusKm <= 500)) throw new DomainError('BAD_USER_INPUT', 'radiusKm must be above 0 and at most 500', { field: 'radiusKm' });
  const point = destinationPoint({ ...request.destination, country });
  const planning = await loadPlanningContext(ctx.em, lines.map((line) => line.sku), request.channel, now, country, request.destination.postalCode ?? null);
  for (const location of planning.locations.values()) ctx.loaders.locationById.prime(location.id, location);
  const shipPlan = await planDelivery(planning, 'SHIP', null, point, lines);
  const shortfalls = shortfallsOf(shipPlan);
  const options = [...(shortfalls.length === 0 ? shipOptions(planning, shipPlan) : []), ...(await pickupOptions(planning, point, radiusKm, lines, MAX_PICKUP_OPTIONS))];
  return { promisedAt: now, ruleSet: { id: planning.rules.id, name: planning.rules.name, version: planning.rules.version }, options, shortfalls };
}
