import { eventPayload, ReservationConverted, StockAllocated } from '@oms/contracts';
import { LockMode } from '@mikro-orm/core';
import { DomainError, isUuid, recordEvent, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Allocation } from '../entities/allocation.entity.ts';
import type { ServiceLevel } from '../entities/carrier-service.entity.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity.ts';
import { Reservation } from '../entities/reservation.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { allocationSummary, recordStockReleased, releaseAllocationUnits } from './allocation-units.ts';
import { quoteHeldUnits, validateServiceLevel, type DeliveryQuote } from './delivery-quote.service.ts';
import { deliveryPoint, type GeoPoint } from './geo.ts';
import { reservationStates } from './reservation.service.ts';
import { isShortageSignal, ShortageSignal, shortfallsToReport, type StockShortfall } from './shortage.ts';
import { distanceFrom, isEligibleSource, isPickupStore, rankCandidates, sourceLine, type DeliveryMethod, type LinePolicy, type SourcingCandidate, type SourcingOutcome } from './sourcing.ts';
import { SourcingDecision, type CandidateTraceRecord, type DecisionLineRecord } from '../entities/sourcing-decision.entity.ts';
import { loadShippingRateTable } from './shipping-rate.service.ts';
import { OrderSourcingState, SHIP_COMPLETE_ELIMINATION, shipCompleteNote, wholeOrderLocations, type ShippingContext } from './sourcing-order.ts';
import { rulesInForce, type RulesInForce } from './sourcing-rule-set.service.ts';
import {
  DEFAULT_SOURCING_RULES,
  evaluateLine,
  needsDailyCounts,
  needsShippingRates,
  shipmentLimit,
  withinShipmentLimit,
  type CandidateFacts,
  type LineContext,
  type SourcingRules,
} from './sourcing-rules.ts';
import { destinationOf, normaliseSegments, type OrderScopeFacts } from './sourcing-scope.ts';
import { loadSourcingSnapshot, type SourcingSnapshot } from './sourcing-snapshot.ts';
import { inTransaction, sql, uuidArray } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { applyStockChanges, holdLineStock, holdStockTogether, type PlannedHold, type StockChange } from './stock-writer.ts';
import { requireLineCount, requireQuantity, requireText, requireUuid } from './validation.ts';

const MAX_ORDER_LINES = 200;

export interface AllocationDelivery {
  method: DeliveryMethod;
  pickupLocationId?: string | null | undefined;
  country?: string | null | undefined;
  /** ISO 3166-2 subdivision (`FR-IDF`, or `IDF` with the country); matched by region-scoped rules and shipping zones. */
  region?: string | null | undefined;
  postalCode?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}

export interface AllocateLineRequest {
  lineId: string;
  sku: string;
  quantity: number;
}

export interface AllocateOrderStockRequest {
  orderId: string;
  channel: SalesChannel;
  reservationId?: string | null | undefined;
  delivery: AllocationDelivery;
  lines: readonly AllocateLineRequest[];
  allowPresell?: boolean | null | undefined;
  /** The customer's segments (e.g. VIP), preferred first, for segment-scoped rules; none for a guest or when unknown. */
  customerSegments?: readonly string[] | null | undefined;
  /** Order capture could not obtain the customer's segments: sourced without, and the trace says so. */
  customerSegmentsUnavailable?: boolean | null | undefined;
  /** Locations not to hold stock at (re-sourcing away from one that failed the order); internal only. */
  excludeLocationIds?: readonly string[] | undefined;
  /** SHIP: the service level chosen at checkout; the outcome then carries the quote of the parcels held. */
  serviceLevel?: ServiceLevel | null | undefined;
  /** The order's currency, the quote's (default EUR). */
  currency?: string | null | undefined;
}

export type AllocateOrderStockOutcome =
  | { allocated: true; allocations: Allocation[]; deliveryQuote?: DeliveryQuote | null }
  | { allocated: false; shortfalls: StockShortfall[] };

/** One allocation to create, once the stock (or the inbound supply) is held. */
export interface AllocationDraft {
  line: AllocateLineRequest;
  locationId: string;
  quantity: number;
  distanceKm: number | null;
  kind: 'STOCK' | 'PRESELL';
  promisedAt: Date | null;
  purchaseOrderLineId: string | null;
  /** A fixed id for the allocation (the demo history, whose ids other services' demo data name). */
  id?: string;
}

/** Each order line once, with a valid id and quantity. */
export function requireAllocationLines(lines: readonly AllocateLineRequest[]): void {
  const lineIds = new Set<string>();
  for (const line of lines) {
    requireUuid(line.lineId, 'lineId');
    if (lineIds.has(line.lineId)) throw new DomainError('BAD_USER_INPUT', `Order line ${line.lineId} appears twice`, { lineId: line.lineId });
    lineIds.add(line.lineId);
    requireQuantity(line.quantity, line.sku);
  }
}

function validateRequest(request: AllocateOrderStockRequest): void {
  requireUuid(request.orderId, 'orderId');
  requireLineCount(request.lines.length, MAX_ORDER_LINES);
  normaliseSegments(request.customerSegments);
  requireAllocationLines(request.lines);
  if (request.delivery.method !== 'SHIP') {
    const id = request.delivery.pickupLocationId;
    if (!id || !isUuid(id)) {
      throw new DomainError('PICKUP_LOCATION_INVALID', `${request.delivery.method} needs the id of a pickup store`, { pickupLocationId: id ?? null });
    }
  }
  if (request.reservationId != null && !isUuid(request.reservationId)) {
    throw new DomainError('RESERVATION_INVALID', `No reservation with id ${request.reservationId}`, { reservationId: request.reservationId });
  }
  validateServiceLevel(request);
}

/** Takes the per-order lock: allocation and release of one order never run concurrently. */
export async function lockOrder(tx: EntityManager, orderId: string): Promise<void> {
  await sql(tx, `select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`inventory.order:${orderId}`]);
}

export async function pickupStore(tx: EntityManager, request: AllocateOrderStockRequest): Promise<Location | undefined> {
  if (request.delivery.method === 'SHIP') return undefined;
  const id = request.delivery.pickupLocationId!;
  const store = await tx.findOne(Location, { id });
  if (!store || !isPickupStore(store, request.channel)) {
    throw new DomainError(
      'PICKUP_LOCATION_INVALID',
      store ? `${store.code} is not an active pickup store serving ${request.channel}` : `No location with id ${id}`,
      { pickupLocationId: id },
    );
  }
  return store;
}

function candidatesFor(snapshot: SourcingSnapshot, sku: string, request: AllocateOrderStockRequest, point: GeoPoint | undefined): SourcingCandidate[] {
  const excluded = new Set(request.excludeLocationIds ?? []);
  return (snapshot.skus.get(sku)?.levels ?? [])
    .filter((level) => !excluded.has(level.location.id))
    .filter((level) => isEligibleSource(level.location, request.channel, request.delivery.method, request.delivery.pickupLocationId))
    .map((level) => ({
      locationId: level.location.id,
      locationCode: level.location.code,
      available: level.available,
      distanceKm: distanceFrom(point, level.location),
    }));
}

/**
 * Holds the stock of an order's lines atomically: for each line the nearest eligible location that
 * has the whole line, else split across locations; or converts a cart hold into the allocation.
 * All lines or nothing: a shortfall rolls everything back and comes back as a typed result.
 * Idempotent per order: an order that already holds stock gets its allocations back.
 */
export async function allocateOrderStock(ctx: InventoryContext, request: AllocateOrderStockRequest): Promise<AllocateOrderStockOutcome> {
  validateRequest(request);
  const skuCodes = [...new Set(request.lines.map((line) => line.sku))];
  let point: GeoPoint | undefined;
  // All holds in one statement first; after a race lost that way, the whole transaction again line by line.
  const allocate = (together: boolean) =>
    inTransaction(ctx.em, async (tx) => {
      await lockOrder(tx, request.orderId);
      const existing = await tx.find(Allocation, { orderId: request.orderId, status: 'ALLOCATED' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      if (existing.length > 0) {
        const replayed = inLineOrder(existing, request.lines);
        const units = replayed.map((allocation) => ({ locationId: allocation.location.id, sku: allocation.sku.code, quantity: allocation.quantity, promisedAt: allocation.promisedAt ?? null }));
        return { allocations: replayed, deliveryQuote: await quoteHeldUnits(tx, request, units) };
      }

      const store = await pickupStore(tx, request);
      point = store ?? deliveryPoint(request.delivery);
      const snapshot = await loadSourcingSnapshot(tx, skuCodes, request.channel);
      const unknown = skuCodes.filter((code) => !snapshot.skus.has(code));
      if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });

      const journal = new StockJournal(tx);
      const drafts = await holdAsDecided(tx, journal, request, snapshot, point, new Date(), together);
      // Priced before anything is written: a service level that cannot carry the parcels rolls the holds back.
      const deliveryQuote = await quoteHeldUnits(
        tx,
        request,
        drafts.map((draft) => ({ locationId: draft.locationId, sku: draft.line.sku, quantity: draft.quantity, promisedAt: draft.promisedAt })),
      );
      const created = createAllocations(tx, request, drafts);
      recordEvent(tx, {
        type: StockAllocated.type,
        aggregateType: 'Order',
        aggregateId: request.orderId,
        payload: eventPayload(StockAllocated, { orderId: request.orderId, channel: request.channel, allocations: created.map(allocationSummary) }),
      });
      journal.publish();
      return { allocations: created, deliveryQuote };
    });
  try {
    const { allocations, deliveryQuote } = await allocate(true).catch((error: unknown) => {
      if (error instanceof HoldsRaced) return allocate(false);
      throw error;
    });
    return { allocated: true, allocations, deliveryQuote };
  } catch (error) {
    if (!isShortageSignal(error)) throw error;
    return { allocated: false, shortfalls: await shortageReport(ctx.em.fork(), request, point, error.failedSkus) };
  }
}

/**
 * Holds an order's stock as the rules in force at `decidedAt` say (or converts its cart hold) and
 * records the decision trace beside the holds; nothing is flushed.
 */
async function holdAsDecided(
  tx: EntityManager,
  journal: StockJournal,
  request: AllocateOrderStockRequest,
  snapshot: SourcingSnapshot,
  point: GeoPoint | undefined,
  decidedAt: Date,
  together = false,
): Promise<AllocationDraft[]> {
  const rules = await rulesInForce(tx, scopeFactsOf(request), decidedAt);
  const traces = new Map<string, CandidateTraceRecord[]>();
  const notes: string[] = [];
  const drafts = request.reservationId
    ? await convertReservation(tx, journal, request, request.reservationId, point)
    : await holdOrderLines(tx, journal, request, snapshot, point, rules, traces, notes, together);
  recordSourcingDecision(tx, request, point, rules, drafts, traces, notes, decidedAt);
  return drafts;
}

/**
 * Sources an order placed before this service recorded anything of it (the demo history) the way
 * placement does: the rules in force at `placedAt`, the engine, the holds and the decision trace,
 * with the allocation ids the caller gives and no events (nobody is to react to the past).
 */
export async function sourceHistoricOrder(
  tx: EntityManager,
  request: AllocateOrderStockRequest,
  placedAt: Date,
  allocationIdOf: (line: AllocateLineRequest) => string,
): Promise<Allocation[]> {
  validateRequest(request);
  const point = (await pickupStore(tx, request)) ?? deliveryPoint(request.delivery);
  const snapshot = await loadSourcingSnapshot(tx, [...new Set(request.lines.map((line) => line.sku))], request.channel);
  const drafts = await holdAsDecided(tx, new StockJournal(tx), request, snapshot, point, placedAt);
  return createAllocations(tx, request, drafts.map((draft) => ({ ...draft, id: allocationIdOf(draft.line) })));
}

/** What scoped rules match an order on: its channel, destination region and customer segment. */
export function scopeFactsOf(request: AllocateOrderStockRequest): OrderScopeFacts {
  return { channel: request.channel, ...destinationOf(request.delivery.country, request.delivery.region), customerSegments: normaliseSegments(request.customerSegments) };
}

/** The trace's word on segments nobody could ask for. */
export const SEGMENTS_UNAVAILABLE_NOTE = "The customer's segments could not be obtained (customers service unavailable): sourced without segment-scoped rules.";

/** The decision trace of an order's first allocation (committed with it). */
function recordSourcingDecision(
  tx: EntityManager,
  request: AllocateOrderStockRequest,
  point: GeoPoint | undefined,
  rules: RulesInForce,
  drafts: readonly AllocationDraft[],
  traces: ReadonlyMap<string, CandidateTraceRecord[]>,
  notes: readonly string[],
  decidedAt: Date,
): void {
  const facts = scopeFactsOf(request);
  const lines = request.lines.map(
    (line): DecisionLineRecord => ({
      lineId: line.lineId,
      sku: line.sku,
      quantity: line.quantity,
      chosen: drafts.filter((draft) => draft.line.lineId === line.lineId).map((draft) => ({ locationId: draft.locationId, quantity: draft.quantity })),
      candidates: traces.get(line.lineId) ?? [],
    }),
  );
  tx.create(SourcingDecision, {
    orderId: request.orderId,
    ruleSetId: rules.id,
    ruleSetName: rules.name,
    ruleSetVersion: rules.version,
    splitPolicy: rules.splitPolicy,
    fromReservation: request.reservationId != null,
    lines,
    channel: request.channel,
    deliveryMethod: request.delivery.method,
    deliveryCountry: facts.country ?? (request.delivery.country?.trim().toUpperCase().slice(0, 2) || null),
    deliveryRegion: facts.subdivision,
    customerSegment: rules.scope.customerSegment,
    customerSegments: [...facts.customerSegments],
    notes: request.customerSegmentsUnavailable ? [SEGMENTS_UNAVAILABLE_NOTE, ...notes] : [...notes],
    deliveryLatitude: point?.latitude ?? null,
    deliveryLongitude: point?.longitude ?? null,
    pickupLocationId: request.delivery.method === 'SHIP' ? null : (request.delivery.pickupLocationId ?? null),
    createdAt: decidedAt,
  });
}

/** The allocations of held drafts (not flushed yet: they commit with the holds). */
export function createAllocations(tx: EntityManager, request: AllocateOrderStockRequest, drafts: readonly AllocationDraft[]): Allocation[] {
  return drafts.map((draft) =>
    tx.create(Allocation, {
      ...(draft.id ? { id: draft.id } : {}),
      orderId: request.orderId,
      orderLineId: draft.line.lineId,
      sku: tx.getReference(Sku, draft.line.sku),
      location: tx.getReference(Location, draft.locationId),
      quantity: draft.quantity,
      status: 'ALLOCATED',
      kind: draft.kind,
      promisedAt: draft.promisedAt,
      purchaseOrderLine: draft.purchaseOrderLineId ? tx.getReference(PurchaseOrderLine, draft.purchaseOrderLineId) : null,
      reservationId: request.reservationId ?? null,
      distanceKm: draft.distanceKm,
      releasedAt: null,
    }),
  );
}

/** What a request that fell short could have had, as committed now (after its transaction rolled back). */
export async function shortageReport(
  em: EntityManager,
  request: AllocateOrderStockRequest,
  point: GeoPoint | undefined,
  failedSkus: readonly string[],
): Promise<StockShortfall[]> {
  const skuCodes = [...new Set(request.lines.map((line) => line.sku))];
  const fresh = await loadSourcingSnapshot(em, skuCodes, request.channel);
  const requested = skuCodes.map((sku) => ({
    sku,
    requested: request.lines.filter((line) => line.sku === sku).reduce((total, line) => total + line.quantity, 0),
    available: candidatesFor(fresh, sku, request, point).reduce((total, candidate) => total + candidate.available, 0),
  }));
  return shortfallsToReport(requested, failedSkus);
}

/** A replay answers like the first call: allocations in the order of the request's lines. */
function inLineOrder(allocations: Allocation[], lines: readonly AllocateLineRequest[]): Allocation[] {
  const position = new Map(lines.map((line, index) => [line.lineId, index]));
  const rank = (allocation: Allocation) => position.get(allocation.orderLineId) ?? lines.length;
  return allocations.map((allocation, index) => ({ allocation, index })).sort((a, b) => rank(a.allocation) - rank(b.allocation) || a.index - b.index).map(({ allocation }) => allocation);
}

/** A location as a line's candidate: what sourcing holds against, and what the rules look at. */
type RuledCandidate = SourcingCandidate & CandidateFacts;

/** Orders allocated today at each location and what it can take, for UNDER_DAILY_CAPACITY. */
export async function dailyLoad(tx: EntityManager, locationIds: readonly string[]): Promise<Map<string, { ordersToday: number; capacity: number | null }>> {
  if (locationIds.length === 0) return new Map();
  const rows = await sql<{ id: string; daily_order_capacity: number | null; orders_today: number }>(
    tx,
    `select l.id, l.daily_order_capacity,
            (select count(distinct a.order_id)::int from inventory.allocation a
             where a.location_id = l.id and a.status <> 'RELEASED' and a.created_at >= date_trunc('day', now())) as orders_today
     from inventory.location l where l.id = any(?::uuid[])`,
    [uuidArray(locationIds)],
  );
  return new Map(rows.map((row) => [row.id, { ordersToday: Number(row.orders_today), capacity: row.daily_order_capacity === null ? null : Number(row.daily_order_capacity) }]));
}

/** The shipping facts LOWEST_SHIPPING_COST needs, when the rules use it and the order ships. */
export async function shippingContextFor(
  tx: EntityManager,
  rules: SourcingRules,
  request: AllocateOrderStockRequest,
  snapshot: SourcingSnapshot,
): Promise<ShippingContext | undefined> {
  if (request.delivery.method !== 'SHIP' || !needsShippingRates(rules.rules)) return undefined;
  const table = await loadShippingRateTable(tx);
  if (!table) return undefined;
  const destination = destinationOf(request.delivery.country, request.delivery.region);
  return { table, destinationCountry: destination.country, destinationSubdivision: destination.subdivision, unitWeightOf: (sku) => snapshot.skus.get(sku)?.weightGrams ?? null };
}

/**
 * A level was short when all of an order's holds were made together: some of them were made, so
 * the transaction is to be rolled back and run again line by line.
 */
export class HoldsRaced extends Error {
  constructor() {
    super('a concurrent sale took stock the snapshot showed');
  }
}

/**
 * Holds every line from on-hand stock under the rules (filters, then rankers; whole line at the best
 * ranked location that has it, else split when the policy allows), or presells it; ShortageSignal
 * when a line cannot be covered. With `traces`, each line's candidates and their verdicts are
 * recorded there by line id; with `notes`, what the engine says about the order as a whole.
 *
 * Line by line, each hold is one conditional update (the candidates are read again after a lost
 * race). With `together`, the lines are first sourced against the snapshot as if every hold
 * succeeded, and all those holds are made in one conditional statement (`holdStockTogether`); when
 * the snapshot shows a line short, the lines are held line by line instead (presold where allowed);
 * when a level turns out short at that instant, HoldsRaced: the caller rolls back and runs again
 * line by line, so that no transaction holds levels it locked in id order while it locks others
 * in line order (two such orders could deadlock).
 *
 * SHIP_COMPLETE first looks for locations that can ship the whole order under the filters and
 * ranks every line among those only. When there is none the note says so and the lines are tried
 * as before: the first line at its best location, the others only there, so a line that location
 * lacks is short (or presold) and the order is refused as a shortage rather than split.
 */
export async function holdOrderLines(
  tx: EntityManager,
  journal: StockJournal,
  request: AllocateOrderStockRequest,
  snapshot: SourcingSnapshot,
  point: GeoPoint | undefined,
  rules: SourcingRules = DEFAULT_SOURCING_RULES,
  traces?: Map<string, CandidateTraceRecord[]>,
  notes?: string[],
  together = false,
): Promise<AllocationDraft[]> {
  const load = needsDailyCounts(rules.rules)
    ? await dailyLoad(tx, [...new Set([...snapshot.skus.values()].flatMap((sku) => sku.levels.map((level) => level.location.id)))])
    : new Map<string, { ordersToday: number; capacity: number | null }>();
  const shipping = await shippingContextFor(tx, rules, request, snapshot);
  const sourcing = { request, snapshot, point, rules, load, shipping };
  const hold = { channelBuffer: snapshot.channelBuffer, kind: 'ALLOCATION' as const, reference: request.orderId };
  const reasonOf = (line: AllocateLineRequest) => `order line ${line.lineId}`;

  if (together) {
    const planned: PlannedHold[] = [];
    const plan = await sourceOrderLines(sourcing, (line, candidates, quantity, policy) =>
      // Against the snapshot only: a candidate is offered a hold only when it shows the units.
      sourceLine(candidates, quantity, async (candidate, units) => {
        planned.push({ sku: line.sku, locationId: candidate.locationId, quantity: units, reason: reasonOf(line) });
        return true;
      }, undefined, policy),
    );
    if (plan.drafts) {
      if (!(await holdStockTogether(tx, journal, planned, hold))) throw new HoldsRaced();
      return recordTrace(plan, traces, notes);
    }
  }

  const held = await sourceOrderLines(
    sourcing,
    (line, candidates, quantity, policy) => holdLineStock(tx, journal, { ...hold, sku: line.sku, reason: reasonOf(line) }, candidates, quantity, policy),
    (line) => (request.allowPresell ? presellLine(tx, request, line, point) : Promise.resolve(undefined)),
  );
  recordTrace(held, traces, notes);
  if (!held.drafts) throw new ShortageSignal([held.shortSku!]);
  return held.drafts;
}

/** What sourcing an order's lines gave: the drafts, or the SKU of the first line it could not cover. */
interface SourcedLines {
  drafts?: AllocationDraft[];
  shortSku?: string;
  traces: Map<string, CandidateTraceRecord[]>;
  notes: string[];
}

function recordTrace(sourced: SourcedLines, traces: Map<string, CandidateTraceRecord[]> | undefined, notes: string[] | undefined): AllocationDraft[] {
  for (const [lineId, trace] of sourced.traces) traces?.set(lineId, trace);
  notes?.push(...sourced.notes);
  return sourced.drafts ?? [];
}

/**
 * Sources each line in turn under the rules, from fresh candidates built from the snapshot: `holdLine`
 * holds it (or plans to), `presell` covers a line nothing is on hand for. Stops at the first line
 * neither covers.
 */
async function sourceOrderLines(
  sourcing: {
    request: AllocateOrderStockRequest;
    snapshot: SourcingSnapshot;
    point: GeoPoint | undefined;
    rules: SourcingRules;
    load: ReadonlyMap<string, { ordersToday: number; capacity: number | null }>;
    shipping: ShippingContext | undefined;
  },
  holdLine: (line: AllocateLineRequest, candidates: RuledCandidate[], quantity: number, policy: LinePolicy<RuledCandidate>) => Promise<SourcingOutcome<RuledCandidate>>,
  presell?: (line: AllocateLineRequest) => Promise<AllocationDraft[] | undefined>,
): Promise<SourcedLines> {
  const { request, snapshot, point, rules, load } = sourcing;
  const sourced: SourcedLines = { traces: new Map(), notes: [] };
  const drafts: AllocationDraft[] = [];
  const excluded = new Set(request.excludeLocationIds ?? []);
  const limit = shipmentLimit(rules);
  const candidatesBySku = new Map<string, RuledCandidate[]>();
  for (const sku of new Set(request.lines.map((line) => line.sku))) {
    candidatesBySku.set(
      sku,
      (snapshot.skus.get(sku)?.levels ?? []).map((level) => ({
        locationId: level.location.id,
        locationCode: level.location.code,
        location: level.location,
        available: level.available,
        distanceKm: distanceFrom(point, level.location),
        ordersToday: load.get(level.location.id)?.ordersToday ?? 0,
        dailyOrderCapacity: load.get(level.location.id)?.capacity ?? null,
      })),
    );
  }
  const state = new OrderSourcingState(request.lines, candidatesBySku, sourcing.shipping);
  const usable = withinShipmentLimit(limit.maxLocations, state.usedLocationIds);
  const lineContext = (line: { quantity: number }, index?: number): LineContext => ({
    channel: request.channel,
    method: request.delivery.method,
    quantity: line.quantity,
    ...(index === undefined ? {} : { order: state.factsFor(index) }),
  });
  const ruleElimination = (candidate: RuledCandidate): string | null => {
    if (excluded.has(candidate.locationId)) return 'EXCLUDED';
    if (request.delivery.method !== 'SHIP' && !(candidate.locationId === request.delivery.pickupLocationId && candidate.location.pickup)) return 'NOT_THE_PICKUP_STORE';
    return null;
  };
  let baseElimination = ruleElimination;
  if (rules.splitPolicy.kind === 'SHIP_COMPLETE') {
    const whole = wholeOrderLocations(rules.rules, request.lines, candidatesBySku, (line) => lineContext(line), ruleElimination);
    sourced.notes.push(shipCompleteNote(whole.size));
    if (whole.size > 0) baseElimination = (candidate) => ruleElimination(candidate) ?? (whole.has(candidate.locationId) ? null : SHIP_COMPLETE_ELIMINATION);
  }
  for (const [index, line] of request.lines.entries()) {
    const candidates = candidatesBySku.get(line.sku)!;
    const evaluation = evaluateLine(rules.rules, candidates, lineContext(line, index), baseElimination);
    sourced.traces.set(
      line.lineId,
      evaluation.verdicts.map((verdict) => ({
        locationId: verdict.facts.locationId,
        distanceKm: verdict.facts.distanceKm,
        availableToSell: verdict.facts.available,
        eliminatedBy: verdict.eliminatedBy,
        rank: verdict.rank,
        score: verdict.score,
      })),
    );
    const outcome = await holdLine(line, candidates, line.quantity, { rank: () => evaluation.ranked, split: limit.split, ...(usable ? { usable } : {}) });
    if (outcome.remaining === 0) {
      for (const { candidate, quantity } of outcome.taken) {
        state.taken(candidate.locationId, line.sku, quantity);
        drafts.push({ line, locationId: candidate.locationId, quantity, distanceKm: candidate.distanceKm, kind: 'STOCK', promisedAt: null, purchaseOrderLineId: null });
      }
      continue;
    }
    // Presell only for a line nothing is on hand for (a partial line is a shortage, not a split promise).
    const presold = outcome.taken.length === 0 && presell ? await presell(line) : undefined;
    if (!presold) return { ...sourced, shortSku: line.sku };
    drafts.push(...presold);
  }
  return { ...sourced, drafts };
}

interface InboundRow {
  id: string;
  location_id: string;
  expected_at: Date | string;
  room: number;
  code: string;
  type: Location['type'];
  ships: boolean;
  pickup: boolean;
  ship_from_store: boolean;
  latitude: number;
  longitude: number;
}

/**
 * Sells a line ahead of inbound supply: promises units of open purchase order lines (earliest
 * arrival first) at locations eligible for the order, within the SKU's presell limit. The SKU row
 * lock serialises presells of one SKU so the limit holds; each promise is a conditional update.
 */
async function presellLine(
  tx: EntityManager,
  request: AllocateOrderStockRequest,
  line: AllocateLineRequest,
  point: GeoPoint | undefined,
): Promise<AllocationDraft[] | undefined> {
  const [sku] = await sql<{ presell_limit: number }>(tx, `select presell_limit from inventory.sku where code = ? for no key update`, [line.sku]);
  if (!sku) return undefined;
  // Counted after the lock, in a statement of its own: it then sees every presell committed before.
  const [presold] = await sql<{ quantity: number }>(
    tx,
    `select coalesce(sum(quantity), 0)::int as quantity from inventory.allocation where sku_code = ? and kind = 'PRESELL' and status = 'ALLOCATED'`,
    [line.sku],
  );
  if (Number(sku.presell_limit) - Number(presold?.quantity ?? 0) < line.quantity) return undefined;
  const inbound = await sql<InboundRow>(
    tx,
    `select pol.id, po.location_id, po.expected_at, pol.quantity_ordered - pol.quantity_received - pol.quantity_promised as room,
            l.code, l.type, l.ships, l.pickup, l.ship_from_store, l.latitude, l.longitude
     from inventory.purchase_order_line pol
     join inventory.purchase_order po on po.id = pol.purchase_order_id
     join inventory.location l on l.id = po.location_id
     where pol.sku_code = ? and po.status in ('OPEN', 'PARTIALLY_RECEIVED') and l.active and ? = any(l.channels)
       and pol.quantity_ordered - pol.quantity_received - pol.quantity_promised > 0
     order by po.expected_at, po.number`,
    [line.sku, request.channel],
  );
  const now = Date.now();
  const drafts: AllocationDraft[] = [];
  let remaining = line.quantity;
  for (const row of inbound) {
    if (remaining === 0) break;
    const location = {
      id: row.location_id,
      code: row.code,
      type: row.type,
      active: true,
      ships: row.ships,
      pickup: row.pickup,
      shipFromStore: row.ship_from_store,
      channels: [request.channel],
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
    };
    if (!isEligibleSource(location, request.channel, request.delivery.method, request.delivery.pickupLocationId)) continue;
    const want = Math.min(remaining, Number(row.room));
    const [promised] = await sql(
      tx,
      `update inventory.purchase_order_line set quantity_promised = quantity_promised + ?
       where id = ? and quantity_ordered - quantity_received - quantity_promised >= ? returning id`,
      [want, row.id, want],
    );
    if (!promised) continue;
    remaining -= want;
    const expectedAt = new Date(row.expected_at);
    drafts.push({
      line,
      locationId: row.location_id,
      quantity: want,
      distanceKm: distanceFrom(point, location),
      kind: 'PRESELL',
      // A late delivery cannot be promised for yesterday.
      promisedAt: new Date(Math.max(now, expectedAt.getTime())),
      purchaseOrderLineId: row.id,
    });
  }
  return remaining === 0 ? drafts : undefined;
}

/**
 * Turns an active cart hold into the order's allocation in the same transaction: its units stay
 * reserved and now belong to the order (no double counting); units the order does not need are
 * released. A hold that is not active, does not cover the lines, or sits where this delivery
 * cannot be served from is RESERVATION_INVALID.
 */
async function convertReservation(
  tx: EntityManager,
  journal: StockJournal,
  request: AllocateOrderStockRequest,
  reservationId: string,
  point: GeoPoint | undefined,
): Promise<AllocationDraft[]> {
  const invalid = (why: string) => new DomainError('RESERVATION_INVALID', `Reservation ${reservationId} ${why}`, { reservationId });
  const reservation = await tx.findOne(Reservation, { id: reservationId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!reservation) throw invalid('does not exist');
  if (reservation.status !== 'ACTIVE') throw invalid(`is ${reservation.status.toLowerCase()}`);
  if (reservation.expiresAt.getTime() <= Date.now()) throw invalid('has expired');
  const held = await sql<{ sku_code: string; location_id: string; quantity: number }>(
    tx,
    `select sku_code, location_id, sum(quantity)::int as quantity from inventory.reservation_line
     where reservation_id = ? group by sku_code, location_id`,
    [reservationId],
  );
  const locations = new Map(
    (await tx.find(Location, { id: { $in: [...new Set(held.map((row) => row.location_id))] } })).map((location) => [location.id, location]),
  );
  const pools = new Map<string, (SourcingCandidate & { left: number })[]>();
  for (const row of held) {
    const location = locations.get(row.location_id)!;
    if (!isEligibleSource(location, request.channel, request.delivery.method, request.delivery.pickupLocationId)) {
      if (request.lines.some((line) => line.sku === row.sku_code)) {
        throw invalid(`holds ${row.sku_code} at ${location.code}, which cannot serve this ${request.delivery.method.toLowerCase()} order`);
      }
    }
    const pool = pools.get(row.sku_code) ?? [];
    const quantity = Number(row.quantity);
    pool.push({ locationId: row.location_id, locationCode: location.code, available: quantity, left: quantity, distanceKm: distanceFrom(point, location) });
    pools.set(row.sku_code, pool);
  }
  for (const sku of new Set(request.lines.map((line) => line.sku))) {
    const wanted = request.lines.filter((line) => line.sku === sku).reduce((total, line) => total + line.quantity, 0);
    const holding = (pools.get(sku) ?? []).reduce((total, entry) => total + entry.left, 0);
    if (holding < wanted) throw invalid(`holds ${holding} of ${sku}, the order needs ${wanted}`);
  }

  const drafts: AllocationDraft[] = [];
  const changes: StockChange[] = [];
  for (const line of request.lines) {
    let remaining = line.quantity;
    for (const entry of rankCandidates(pools.get(line.sku) ?? [])) {
      if (remaining === 0) break;
      const take = Math.min(remaining, entry.left);
      if (take === 0) continue;
      entry.left -= take;
      remaining -= take;
      drafts.push({ line, locationId: entry.locationId, quantity: take, distanceKm: entry.distanceKm, kind: 'STOCK', promisedAt: null, purchaseOrderLineId: null });
      // The units stay reserved, now for the order: a ledger row without a change in figures.
      changes.push({ sku: line.sku, locationId: entry.locationId, onHandDelta: 0, reservedDelta: 0, kind: 'ALLOCATION', reason: `converted from reservation ${reservationId}`, reference: request.orderId });
    }
  }
  for (const [sku, pool] of pools) {
    for (const entry of pool) {
      if (entry.left > 0) {
        changes.push({ sku, locationId: entry.locationId, onHandDelta: 0, reservedDelta: -entry.left, kind: 'RELEASE', reason: 'not needed by the order', reference: reservationId });
      }
    }
  }
  await applyStockChanges(tx, journal, changes);
  reservationStates.assertTransition(reservation.status, 'CONVERTED');
  reservation.status = 'CONVERTED';
  reservation.orderId = request.orderId;
  recordEvent(tx, {
    type: ReservationConverted.type,
    aggregateType: 'Reservation',
    aggregateId: reservationId,
    payload: eventPayload(ReservationConverted, { reservationId, cartId: reservation.cartId, orderId: request.orderId }),
  });
  return drafts;
}

export interface ReleaseOrderStockRequest {
  orderId: string;
  lineIds?: readonly string[] | null | undefined;
  reason: string;
}

/**
 * Releases an order's allocations (all, or those of some lines): stock allocations give their
 * units back to the level, presell ones their promise back to the purchase order line.
 * Idempotent: released allocations stay released. Returns the order's matching allocations.
 */
export async function releaseOrderStock(ctx: InventoryContext, request: ReleaseOrderStockRequest): Promise<Allocation[]> {
  requireUuid(request.orderId, 'orderId');
  const reason = requireText(request.reason, 'reason', 500);
  const lineIds = request.lineIds ? [...new Set(request.lineIds)] : undefined;
  for (const id of lineIds ?? []) requireUuid(id, 'lineIds');
  return releaseOrderAllocations(ctx.em, request.orderId, lineIds, reason);
}

/** Releases what an order (or some of its lines) holds, in its own transaction under the order's lock. */
export async function releaseOrderAllocations(em: EntityManager, orderId: string, lineIds: readonly string[] | undefined, reason: string): Promise<Allocation[]> {
  return inTransaction(em, async (tx) => {
    await lockOrder(tx, orderId);
    const allocations = await tx.find(
      Allocation,
      { orderId, ...(lineIds ? { orderLineId: { $in: [...lineIds] } } : {}) },
      { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true },
    );
    const releasing = allocations.filter((allocation) => allocation.status === 'ALLOCATED');
    if (releasing.length === 0) return allocations;
    const journal = new StockJournal(tx);
    const released = await releaseAllocationUnits(
      tx,
      journal,
      releasing.map((allocation) => ({ allocation, quantity: allocation.quantity })),
      { reason, reference: orderId },
    );
    recordStockReleased(tx, orderId, reason, released);
    journal.publish();
    return allocations;
  });
}

export function allocationsOfOrder(ctx: InventoryContext, orderId: string): Promise<Allocation[]> {
  return ctx.loaders.allocationsByOrderId.load(orderId);
}

/**
 * The customer's segments recorded with an order's first allocation: re-sourcing and edits match
 * scopes on them again rather than asking the customers service (the order was sourced for them).
 */
export async function recordedSegments(tx: EntityManager, orderId: string): Promise<string[]> {
  const [decided] = await sql<{ customer_segments: string[] | null }>(tx, `select customer_segments from inventory.sourcing_decision where order_id = ?`, [orderId]);
  return decided?.customer_segments ?? [];
}

/** The orders with an allocation at a location, whatever its status (a store's work, past and present). */
export async function ordersFulfilledAt(ctx: InventoryContext, locationId: string): Promise<string[]> {
  if (!isUuid(locationId)) return [];
  const rows = await sql<{ order_id: string }>(ctx.em, `select distinct order_id from inventory.allocation where location_id = ?`, [locationId.toLowerCase()]);
  return rows.map((row) => row.order_id);
}
