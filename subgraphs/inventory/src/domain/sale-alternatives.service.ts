/**
 * Save the sale: when an order's lines cannot be sourced as asked, the alternatives that can,
 * ranked: collect at another store nearby (nearest first), have it shipped instead, buy it now
 * for delivery from inbound supply (presell), take a configured substitute, or take what is
 * available now. Every alternative is checked with the plan allocation would make under the rules
 * in force, so accepting it places an order that holds its stock (unless a concurrent sale takes
 * it first; the order then answers out of stock with fresh alternatives). Read-only.
 */
import { DomainError, isUuid } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { SkuSubstitute } from '../entities/sku-substitute.entity.ts';
import { deliveryDate, dispatchDate, localMoment, pickupReadyAt, type CivilDate } from './delivery-calendar.ts';
import { laneTo } from './delivery-network.service.ts';
import {
  countryOf,
  DEFAULT_PICKUP_RADIUS_KM,
  dayLabel,
  destinationPoint,
  isCovered,
  loadPlanningContext,
  parseNow,
  pickupOptions,
  planDelivery,
  shipOptions,
  shortfallsOf,
  validatePromiseLines,
  type PlanningContext,
  type PromiseLine,
} from './delivery-promise.service.ts';
import type { GeoPoint } from './geo.ts';
import { pricesInForce } from './price.service.ts';
import { evaluateLine, shipmentLimit, type CandidateFacts } from './sourcing-rules.ts';
import { distanceFrom, isEligibleSource, type DeliveryMethod } from './sourcing.ts';
import { sql, textArray } from './sql.ts';

export const SALE_ALTERNATIVE_KINDS = ['PICKUP_ELSEWHERE', 'SHIP_TO_HOME', 'PRESELL', 'SUBSTITUTE', 'PARTIAL'] as const;
export type SaleAlternativeKind = (typeof SALE_ALTERNATIVE_KINDS)[number];
const MAX_OTHER_STORES = 3;

export interface SaleAlternativesRequest {
  channel: SalesChannel;
  lines: readonly PromiseLine[];
  delivery: {
    method: DeliveryMethod;
    pickupLocationId?: string | null | undefined;
    country?: string | null | undefined;
    postalCode?: string | null | undefined;
    latitude?: number | null | undefined;
    longitude?: number | null | undefined;
  };
  /** The order's currency: a substitute must have a price in it. Default EUR. */
  currency?: string | null | undefined;
  now?: Date | null | undefined;
  radiusKm?: number | null | undefined;
  /** Locations that must not serve the order (one that just failed it); internal only. */
  excludeLocationIds?: readonly string[] | null | undefined;
}

export interface AlternativeLine {
  sku: string;
  quantity: number;
  /** For a substitute: the SKU it replaces. */
  replacesSku: string | null;
}

export interface SaleAlternative {
  kind: SaleAlternativeKind;
  rank: number;
  description: string;
  deliveryMethod: DeliveryMethod;
  pickupLocation: Location | null;
  distanceKm: number | null;
  /** The lines of the revised order (all of them, changed or not). */
  lines: AlternativeLine[];
  /** Whether the revised order sells ahead of inbound supply (allowBackorder). */
  allowPresell: boolean;
  /** True when switching to shipping: the customer must give a delivery address. */
  requiresAddress: boolean;
  earliestDeliveryDate: CivilDate | null;
  latestDeliveryDate: CivilDate | null;
  readyAt: Date | null;
  /** For presell: when the inbound supply is expected; for a partial order: when the units left out could come. */
  availableFrom: Date | null;
}

type Draft = Omit<SaleAlternative, 'rank'>;

interface InboundRow {
  sku_code: string;
  location_id: string;
  expected_at: Date | string;
  room: number;
  presell_limit: number;
  presold: number;
}

/** Open purchase order lines with unpromised units, earliest first, with each SKU's presell room. */
async function inboundSupply(planning: PlanningContext, ctx: InventoryContext, skus: readonly string[]): Promise<InboundRow[]> {
  if (skus.length === 0) return [];
  return sql<InboundRow>(
    ctx.em,
    `select pol.sku_code, po.location_id, po.expected_at, pol.quantity_ordered - pol.quantity_received - pol.quantity_promised as room, s.presell_limit,
            coalesce((select sum(a.quantity) from inventory.allocation a where a.sku_code = s.code and a.kind = 'PRESELL' and a.status = 'ALLOCATED'), 0)::int as presold
     from inventory.purchase_order_line pol
     join inventory.purchase_order po on po.id = pol.purchase_order_id
     join inventory.location l on l.id = po.location_id
     join inventory.sku s on s.code = pol.sku_code
     where pol.sku_code = any(?::text[]) and po.status in ('OPEN', 'PARTIALLY_RECEIVED') and l.active and ? = any(l.channels)
       and pol.quantity_ordered - pol.quantity_received - pol.quantity_promised > 0
     order by po.expected_at, po.number`,
    [textArray(skus), planning.channel],
  );
}

/**
 * When inbound supply eligible for the delivery covers `quantity` units within the presell limit
 * (as allocation presells: earliest arrival first), the arrival of the last unit; else undefined.
 */
function presellArrival(
  inbound: readonly InboundRow[],
  locations: ReadonlyMap<string, Location>,
  sku: string,
  quantity: number,
  channel: SalesChannel,
  method: DeliveryMethod,
  pickupLocationId: string | null,
): { at: Date; locationId: string } | undefined {
  let left = quantity;
  const rows = inbound.filter((row) => row.sku_code === sku);
  const first = rows[0];
  if (!first || Number(first.presell_limit) - Number(first.presold) < quantity) return undefined;
  for (const row of rows) {
    const location = locations.get(row.location_id);
    if (!location || !isEligibleSource(location, channel, method, pickupLocationId)) continue;
    left -= Math.min(left, Number(row.room));
    if (left === 0) return { at: new Date(row.expected_at), locationId: row.location_id };
  }
  return undefined;
}

/** Units of a line the rules could give now for the delivery: the most at one location when lines may not split, else the total of the eligible ones. */
function sourceableNow(planning: PlanningContext, sku: string, quantity: number, method: DeliveryMethod, pickupLocationId: string | null, point: GeoPoint | undefined, excluded: ReadonlySet<string>): number {
  const candidates = (planning.snapshot.skus.get(sku)?.levels ?? [])
    .filter((level) => !excluded.has(level.location.id))
    .map(
      (level): CandidateFacts => ({
        location: level.location,
        available: level.available,
        distanceKm: distanceFrom(point, level.location),
        ordersToday: planning.load.get(level.location.id)?.ordersToday ?? 0,
        dailyOrderCapacity: planning.load.get(level.location.id)?.capacity ?? null,
      }),
    );
  const base = (facts: CandidateFacts) => (method !== 'SHIP' && !(facts.location.id === pickupLocationId && facts.location.pickup) ? 'NOT_THE_PICKUP_STORE' : null);
  // Sized as a line of one unit, so HAS_WHOLE_LINE does not remove locations holding part of it.
  const { ranked } = evaluateLine(planning.rules.rules, candidates, { channel: planning.channel, method, quantity: 1 }, base);
  const amounts = ranked.map((facts) => Math.max(0, facts.available));
  const most = shipmentLimit(planning.rules).split ? amounts.reduce((total, amount) => total + amount, 0) : Math.max(0, ...amounts);
  return Math.min(quantity, most);
}

const describeLines = (lines: readonly { sku: string; quantity: number }[]) => lines.map((line) => `${line.quantity} × ${line.sku}`).join(', ');

/**
 * The ranked alternatives for lines that cannot be sourced as requested; empty when they can (or
 * when nothing would save the sale). Ranking: PICKUP_ELSEWHERE (nearest store first), SHIP_TO_HOME,
 * PRESELL, SUBSTITUTE, PARTIAL.
 */
export async function saleAlternatives(ctx: InventoryContext, request: SaleAlternativesRequest): Promise<SaleAlternative[]> {
  const lines = validatePromiseLines(request.lines);
  const now = parseNow(request.now);
  const radiusKm = request.radiusKm ?? DEFAULT_PICKUP_RADIUS_KM;
  if (!(radiusKm > 0 && radiusKm <= 500)) throw new DomainError('BAD_USER_INPUT', 'radiusKm must be above 0 and at most 500', { field: 'radiusKm' });
  const method = request.delivery.method;
  const pickupLocationId = method === 'SHIP' ? null : (request.delivery.pickupLocationId?.toLowerCase() ?? null);
  if (method !== 'SHIP' && (!pickupLocationId || !isUuid(pickupLocationId))) {
    throw new DomainError('PICKUP_LOCATION_INVALID', `${method} needs the id of a pickup store`, { pickupLocationId });
  }
  const excluded = new Set((request.excludeLocationIds ?? []).map((id) => id.toLowerCase()));
  const currency = (request.currency ?? 'EUR').trim().toUpperCase();

  const store = pickupLocationId ? await ctx.em.findOne(Location, { id: pickupLocationId }) : null;
  if (pickupLocationId && !store) throw new DomainError('PICKUP_LOCATION_INVALID', `No location with id ${pickupLocationId}`, { pickupLocationId });
  const country = countryOf(request.delivery.country ?? store?.country);
  const customerPoint = store ?? destinationPoint({ ...request.delivery, country });
  const requested = [...new Set(lines.map((line) => line.sku))];
  const substituteRows = await ctx.em.find(SkuSubstitute, { skuCode: { $in: requested } }, { orderBy: { skuCode: 'asc', position: 'asc' } });
  const planning = await loadPlanningContext(
    ctx.em,
    [...requested, ...substituteRows.map((row) => row.substituteCode)],
    request.channel,
    now,
    country,
    request.delivery.postalCode ?? null,
    store ? [store.id] : [],
  );
  for (const location of planning.locations.values()) ctx.loaders.locationById.prime(location.id, location);

  const plan = await planDelivery(planning, method, pickupLocationId, customerPoint, lines, excluded);
  const short = shortfallsOf(plan);
  if (short.length === 0) return [];
  const shortSkus = new Set(short.map((entry) => entry.sku));
  const drafts: Draft[] = [];
  const unchanged = (): AlternativeLine[] => lines.map((line) => ({ sku: line.sku, quantity: line.quantity, replacesSku: null }));
  const fastestShip = (shipPlan: Awaited<ReturnType<typeof planDelivery>>) => shipOptions(planning, shipPlan)[0];

  // 1. Collect at another store nearby that holds the whole order.
  const stores = await pickupOptions(planning, customerPoint, radiusKm, lines, MAX_OTHER_STORES, pickupLocationId);
  for (const option of stores) {
    if (excluded.has(option.pickupLocation!.id)) continue;
    drafts.push({
      kind: 'PICKUP_ELSEWHERE',
      description: `${option.label}`,
      deliveryMethod: 'PICKUP',
      pickupLocation: option.pickupLocation,
      distanceKm: option.distanceKm,
      lines: unchanged(),
      allowPresell: false,
      requiresAddress: false,
      earliestDeliveryDate: option.earliestDeliveryDate,
      latestDeliveryDate: option.latestDeliveryDate,
      readyAt: option.readyAt,
      availableFrom: null,
    });
  }

  // 2. Have it shipped instead of collecting it.
  const shipPoint = method === 'SHIP' ? customerPoint : (destinationPoint({ ...request.delivery, country }) ?? customerPoint);
  if (method !== 'SHIP') {
    const shipPlan = await planDelivery(planning, 'SHIP', null, shipPoint, lines, excluded);
    const option = isCovered(shipPlan) ? fastestShip(shipPlan) : undefined;
    if (isCovered(shipPlan)) {
      drafts.push({
        kind: 'SHIP_TO_HOME',
        description: option ? `Have it delivered: ${option.label}` : 'Have it delivered to an address instead',
        deliveryMethod: 'SHIP',
        pickupLocation: null,
        distanceKm: null,
        lines: unchanged(),
        allowPresell: false,
        requiresAddress: true,
        earliestDeliveryDate: option?.earliestDeliveryDate ?? null,
        latestDeliveryDate: option?.latestDeliveryDate ?? null,
        readyAt: null,
        availableFrom: null,
      });
    }
  }

  // 3. Buy now, delivered from inbound supply: only lines nothing can be held for now presell (as allocation does).
  const inbound = await inboundSupply(planning, ctx, [...shortSkus]);
  const presellable = short.every((entry) => sourceableNow(planning, entry.sku, 1, method, pickupLocationId, customerPoint, excluded) === 0);
  if (presellable) {
    const arrivals = short.map((entry) => presellArrival(inbound, planning.locations, entry.sku, entry.requested, planning.channel, method, pickupLocationId));
    if (arrivals.every((arrival) => arrival !== undefined)) {
      const last = arrivals.reduce((latest, arrival) => (arrival.at > latest.at ? arrival : latest));
      const arrival = new Date(Math.max(now.getTime(), last.at.getTime()));
      const origin = planning.locations.get(last.locationId) ?? (await ctx.em.findOne(Location, { id: last.locationId }));
      const dates = promisedFrom(planning, arrival, method, method === 'SHIP' ? origin : store);
      drafts.push({
        kind: 'PRESELL',
        description: `Order now, ${describeLines(short.map((entry) => ({ sku: entry.sku, quantity: entry.requested })))} expected ${dayLabel(arrival.toISOString().slice(0, 10))}${dates.earliest ? `, ${method === 'SHIP' ? 'arrives' : 'ready'} ${dayLabel(dates.earliest)}` : ''}`,
        deliveryMethod: method,
        pickupLocation: store,
        distanceKm: null,
        lines: unchanged(),
        allowPresell: true,
        requiresAddress: false,
        earliestDeliveryDate: dates.earliest,
        latestDeliveryDate: dates.latest,
        readyAt: null,
        availableFrom: arrival,
      });
    }
  }

  // 4. A configured substitute for each short line: the first, in order of preference, that has a price and stock for the delivery.
  if (substituteRows.length > 0) {
    const priced = await pricesInForce(ctx.em, planning.channel, currency, now, substituteRows.map((row) => row.substituteCode));
    let revised = lines.map((line): AlternativeLine => ({ ...line, replacesSku: null }));
    for (const sku of shortSkus) {
      for (const row of substituteRows.filter((candidate) => candidate.skuCode === sku && priced.has(candidate.substituteCode))) {
        const attempt = revised.map((line) => (line.sku === sku && line.replacesSku === null ? { sku: row.substituteCode, quantity: line.quantity, replacesSku: sku } : line));
        const trial = await planDelivery(planning, method, pickupLocationId, customerPoint, attempt, excluded);
        if (trial.lines.every((line, index) => line.missing === 0 || attempt[index]?.replacesSku === null)) {
          revised = attempt;
          break;
        }
      }
    }
    const swaps = revised.filter((line) => line.replacesSku !== null);
    if (swaps.length > 0 && isCovered(await planDelivery(planning, method, pickupLocationId, customerPoint, revised, excluded))) {
      drafts.push({
        kind: 'SUBSTITUTE',
        description: `Take ${swaps.map((line) => `${line.sku} instead of ${line.replacesSku}`).join(', ')}`,
        deliveryMethod: method,
        pickupLocation: store,
        distanceKm: null,
        lines: revised,
        allowPresell: false,
        requiresAddress: false,
        earliestDeliveryDate: null,
        latestDeliveryDate: null,
        readyAt: null,
        availableFrom: null,
      });
    }
  }

  // 5. What is available now, the rest left out (with when it could come from inbound supply).
  const reduced = lines
    .map((line): AlternativeLine => ({
      sku: line.sku,
      quantity: shortSkus.has(line.sku) ? sourceableNow(planning, line.sku, line.quantity, method, pickupLocationId, customerPoint, excluded) : line.quantity,
      replacesSku: null,
    }))
    .filter((line) => line.quantity > 0);
  const reducedTotal = reduced.reduce((total, line) => total + line.quantity, 0);
  const wantedTotal = lines.reduce((total, line) => total + line.quantity, 0);
  if (reduced.length > 0 && reducedTotal < wantedTotal && isCovered(await planDelivery(planning, method, pickupLocationId, customerPoint, reduced, excluded))) {
    const left = short.map((entry) => ({ sku: entry.sku, quantity: entry.requested - (reduced.find((line) => line.sku === entry.sku)?.quantity ?? 0) })).filter((entry) => entry.quantity > 0);
    const later = inbound.filter((row) => left.some((entry) => entry.sku === row.sku_code)).map((row) => new Date(row.expected_at).getTime());
    const availableFrom = later.length > 0 ? new Date(Math.max(now.getTime(), ...later)) : null;
    drafts.push({
      kind: 'PARTIAL',
      description: `Take what is available now (${describeLines(reduced)}); ${describeLines(left)} left out${availableFrom ? `, expected again from ${dayLabel(availableFrom.toISOString().slice(0, 10))}` : ''}`,
      deliveryMethod: method,
      pickupLocation: store,
      distanceKm: null,
      lines: reduced,
      allowPresell: false,
      requiresAddress: false,
      earliestDeliveryDate: null,
      latestDeliveryDate: null,
      readyAt: null,
      availableFrom,
    });
  }
  return drafts.map((draft, index) => ({ ...draft, rank: index + 1 }));
}

/** Delivery dates of an order whose goods arrive at `arrival`: shipped from where they arrive (by the fastest service), or ready at the store. */
function promisedFrom(planning: PlanningContext, arrival: Date, method: DeliveryMethod, place: Location | null): { earliest: CivilDate | null; latest: CivilDate | null } {
  if (!place) return { earliest: null, latest: null };
  if (method !== 'SHIP') {
    const calendar = planning.network.pickupCalendarOf(place);
    const ready = pickupReadyAt(arrival, calendar);
    const day = ready ? localMoment(ready, calendar.timeZone).date : null;
    return { earliest: day, latest: day };
  }
  let best: { earliest: CivilDate; latest: CivilDate } | null = null;
  const leaves = dispatchDate(arrival, planning.network.dispatchCalendarOf(place));
  const days = { weekdays: [] as number[], holidays: planning.network.countryHolidays(planning.destinationCountry) };
  for (const service of planning.network.carriers) {
    const lane = laneTo(service, planning.destinationCountry, planning.postalCode);
    if (!lane) continue;
    days.weekdays = service.deliveryDays;
    const earliest = deliveryDate(leaves, lane.minDays, days);
    if (!best || earliest < best.earliest) best = { earliest, latest: deliveryDate(leaves, lane.maxDays, days) };
  }
  return best ?? { earliest: null, latest: null };
}
