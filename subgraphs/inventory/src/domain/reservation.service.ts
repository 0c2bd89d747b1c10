import { eventPayload, ReservationCreated, ReservationExpired, ReservationExtended, ReservationReleased } from '@oms/contracts';
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { DomainError, isUuid, recordEvent, StateMachine, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { ReservationLine } from '../entities/reservation-line.entity.ts';
import { Reservation, type ReservationStatus } from '../entities/reservation.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { type GeoPoint, isValidPoint } from './geo.ts';
import { shortfallsToReport, ShortageSignal, isShortageSignal, type StockShortfall } from './shortage.ts';
import { canShipParcels, distanceFrom, servesChannel, type SourcingCandidate } from './sourcing.ts';
import { loadSourcingSnapshot, type SourcingSnapshot } from './sourcing-snapshot.ts';
import { inTransaction, sql, uuidArray } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { applyStockChanges, holdLineStock, type StockChange } from './stock-writer.ts';
import { requireLineCount, requireQuantity, requireText, requireUuid, notFound } from './validation.ts';

export const DEFAULT_HOLD_TTL_SECONDS = 900;
export const MAX_HOLD_TTL_SECONDS = 4 * 3600;
const MAX_HOLD_LINES = 100;

export const reservationStates = new StateMachine<ReservationStatus>('Reservation', {
  ACTIVE: ['RELEASED', 'EXPIRED', 'CONVERTED'],
  RELEASED: [],
  EXPIRED: [],
  CONVERTED: [],
});

export interface ReserveLineRequest {
  sku: string;
  quantity: number;
  locationId?: string | null | undefined;
}

export interface ReserveStockRequest {
  cartId: string;
  channel: SalesChannel;
  lines: readonly ReserveLineRequest[];
  ttlSeconds?: number | null | undefined;
  near?: GeoPoint | null | undefined;
}

export type ReserveStockOutcome = { held: true; reservation: Reservation } | { held: false; shortfalls: StockShortfall[] };

export function holdTtlSeconds(ttlSeconds: number | null | undefined): number {
  const ttl = ttlSeconds ?? DEFAULT_HOLD_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > MAX_HOLD_TTL_SECONDS) {
    throw new DomainError('BAD_USER_INPUT', `ttlSeconds must be from 1 to ${MAX_HOLD_TTL_SECONDS} (4 hours); got ${ttl}`, {
      argument: 'ttlSeconds',
    });
  }
  return ttl;
}

interface MergedLine {
  sku: string;
  quantity: number;
  locationId: string | null;
}

function mergeLines(lines: readonly ReserveLineRequest[]): MergedLine[] {
  const merged = new Map<string, MergedLine>();
  for (const line of lines) {
    requireQuantity(line.quantity, line.sku);
    const locationId = line.locationId ?? null;
    if (locationId !== null) requireUuid(locationId, 'locationId', 'UNKNOWN_LOCATION');
    const key = `${line.sku}\u0000${locationId ?? ''}`;
    const existing = merged.get(key);
    if (existing) existing.quantity += line.quantity;
    else merged.set(key, { sku: line.sku, quantity: line.quantity, locationId });
  }
  return [...merged.values()];
}

/** Where a hold line may take stock: the location it names, else any location serving the channel that ships. */
function holdCandidates(snapshot: SourcingSnapshot, line: MergedLine, near: GeoPoint | undefined): SourcingCandidate[] {
  const levels = snapshot.skus.get(line.sku)?.levels ?? [];
  return levels
    .filter((level) => (line.locationId ? level.location.id === line.locationId : canShipParcels(level.location)))
    .map((level) => ({
      locationId: level.location.id,
      locationCode: level.location.code,
      available: level.available,
      distanceKm: distanceFrom(near, level.location),
    }));
}

async function checkNamedLocations(em: EntityManager, lines: readonly MergedLine[], channel: SalesChannel): Promise<void> {
  const ids = [...new Set(lines.flatMap((line) => (line.locationId ? [line.locationId] : [])))];
  if (ids.length === 0) return;
  const found = new Map((await em.find(Location, { id: { $in: ids } })).map((location) => [location.id, location]));
  for (const id of ids) {
    const location = found.get(id);
    if (!location) throw new DomainError('UNKNOWN_LOCATION', `No location with id ${id}`, { locationId: id });
    if (!servesChannel(location, channel)) {
      throw new DomainError('LOCATION_NOT_ELIGIBLE', `${location.code} is inactive or does not serve the ${channel} channel`, {
        locationId: id,
      });
    }
  }
}

/**
 * Holds stock for a cart, all lines or none: each line at its named location, else at the nearest
 * location that has it all, else split over the nearest ones. Not enough stock is a typed result.
 */
export async function reserveStock(ctx: InventoryContext, request: ReserveStockRequest): Promise<ReserveStockOutcome> {
  const cartId = requireText(request.cartId, 'cartId', 200);
  requireLineCount(request.lines.length, MAX_HOLD_LINES);
  const ttl = holdTtlSeconds(request.ttlSeconds);
  const near = request.near ?? undefined;
  if (near && !isValidPoint(near)) throw new DomainError('BAD_USER_INPUT', 'near is not a valid point', { argument: 'near' });
  const lines = mergeLines(request.lines);
  const skuCodes = [...new Set(lines.map((line) => line.sku))];
  try {
    const reservation = await inTransaction(ctx.em, async (tx) => {
      await checkNamedLocations(tx, lines, request.channel);
      const snapshot = await loadSourcingSnapshot(tx, skuCodes, request.channel);
      const unknown = skuCodes.filter((code) => !snapshot.skus.has(code));
      if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });

      const id = randomUUID();
      const now = new Date();
      const journal = new StockJournal(tx);
      const held: { sku: string; locationId: string; quantity: number }[] = [];
      const candidatesBySku = new Map<string, SourcingCandidate[]>();
      for (const line of lines) {
        // Lines of the same SKU share candidates, so what one line took is not offered to the next.
        const key = `${line.sku}\u0000${line.locationId ?? ''}`;
        let candidates = candidatesBySku.get(key);
        if (!candidates) {
          candidates = holdCandidates(snapshot, line, near);
          candidatesBySku.set(key, candidates);
        }
        const outcome = await holdLineStock(
          tx,
          journal,
          { sku: line.sku, channelBuffer: snapshot.channelBuffer, kind: 'RESERVATION', reference: id, reason: `cart ${cartId}` },
          candidates,
          line.quantity,
        );
        if (outcome.remaining > 0) throw new ShortageSignal([line.sku]);
        for (const { candidate, quantity } of outcome.taken) held.push({ sku: line.sku, locationId: candidate.locationId, quantity });
      }

      const created = tx.create(Reservation, {
        id,
        cartId,
        channel: request.channel,
        status: 'ACTIVE',
        expiresAt: new Date(now.getTime() + ttl * 1000),
        orderId: null,
        createdAt: now,
        updatedAt: now,
      });
      for (const line of held) {
        tx.create(ReservationLine, {
          reservation: created,
          sku: tx.getReference(Sku, line.sku),
          location: tx.getReference(Location, line.locationId),
          quantity: line.quantity,
        });
      }
      recordEvent(tx, {
        type: ReservationCreated.type,
        aggregateType: 'Reservation',
        aggregateId: id,
        payload: eventPayload(ReservationCreated, { reservationId: id, cartId, channel: request.channel, expiresAt: created.expiresAt.toISOString(), lines: held }),
      });
      journal.publish();
      return created;
    });
    return { held: true, reservation };
  } catch (error) {
    if (!isShortageSignal(error)) throw error;
    const fresh = await loadSourcingSnapshot(ctx.em.fork(), skuCodes, request.channel);
    const requested = lines.map((line) => ({
      sku: line.sku,
      requested: line.quantity,
      available: holdCandidates(fresh, line, near).reduce((total, candidate) => total + candidate.available, 0),
    }));
    return { held: false, shortfalls: shortfallsToReport(requested, error.failedSkus) };
  }
}

async function lockReservation(tx: EntityManager, id: string): Promise<Reservation> {
  const reservation = isUuid(id) ? await tx.findOne(Reservation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!reservation) throw notFound('reservation', id);
  return reservation;
}

function isLive(reservation: Reservation, now: Date): boolean {
  return reservation.status === 'ACTIVE' && reservation.expiresAt.getTime() > now.getTime();
}

/** Moves an active hold's expiry to now + ttlSeconds. */
export async function extendReservation(ctx: InventoryContext, id: string, ttlSeconds: number): Promise<Reservation> {
  const ttl = holdTtlSeconds(ttlSeconds);
  return inTransaction(ctx.em, async (tx) => {
    const reservation = await lockReservation(tx, id);
    const now = new Date();
    if (!isLive(reservation, now)) {
      throw new DomainError('RESERVATION_NOT_ACTIVE', `Reservation ${id} is ${reservation.status === 'ACTIVE' ? 'expired' : reservation.status.toLowerCase()}: it cannot be extended`, {
        status: reservation.status,
      });
    }
    reservation.expiresAt = new Date(now.getTime() + ttl * 1000);
    recordEvent(tx, {
      type: ReservationExtended.type,
      aggregateType: 'Reservation',
      aggregateId: id,
      payload: eventPayload(ReservationExtended, { reservationId: id, cartId: reservation.cartId, expiresAt: reservation.expiresAt.toISOString() }),
    });
    return reservation;
  });
}

interface HeldLineRow {
  reservation_id: string;
  sku_code: string;
  location_id: string;
  quantity: number;
}

function heldLines(tx: EntityManager, reservationIds: readonly string[]): Promise<HeldLineRow[]> {
  return sql<HeldLineRow>(
    tx,
    `select reservation_id, sku_code, location_id, quantity from inventory.reservation_line
     where reservation_id = any(?::uuid[]) order by reservation_id, sku_code, location_id`,
    [uuidArray(reservationIds)],
  );
}

/**
 * Releases a hold: its units are sellable again at once. Releasing a hold that is already released
 * or expired changes nothing; a converted hold belongs to an order and cannot be released here.
 */
export async function releaseReservation(ctx: InventoryContext, id: string): Promise<Reservation> {
  return inTransaction(ctx.em, async (tx) => {
    const reservation = await lockReservation(tx, id);
    if (reservation.status === 'RELEASED' || reservation.status === 'EXPIRED') return reservation;
    reservationStates.assertTransition(reservation.status, 'RELEASED');
    const journal = new StockJournal(tx);
    const lines = await heldLines(tx, [id]);
    await applyStockChanges(
      tx,
      journal,
      lines.map((line) => ({
        sku: line.sku_code,
        locationId: line.location_id,
        onHandDelta: 0,
        reservedDelta: -Number(line.quantity),
        kind: 'RELEASE',
        reason: 'reservation released',
        reference: id,
      })),
    );
    reservation.status = 'RELEASED';
    recordEvent(tx, {
      type: ReservationReleased.type,
      aggregateType: 'Reservation',
      aggregateId: id,
      payload: eventPayload(ReservationReleased, { reservationId: id, cartId: reservation.cartId }),
    });
    journal.publish();
    return reservation;
  });
}

export interface SweepOptions {
  /** Holds expired at this instant are released (default: now). */
  asOf?: Date;
  /** Holds per transaction (default 200). */
  batchSize?: number;
}

/**
 * Expires the holds whose time is up and returns their stock, in batches. `FOR UPDATE SKIP LOCKED`
 * lets several instances sweep at once without ever releasing a hold twice, and skips a hold that
 * a request is converting or releasing right now. Returns how many holds expired.
 */
export async function sweepExpiredReservations(em: EntityManager, options: SweepOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 200;
  let total = 0;
  for (;;) {
    const expired = await inTransaction(em, async (tx) => {
      const rows = await sql<{ id: string; cart_id: string }>(
        tx,
        `update inventory.reservation r set status = 'EXPIRED', updated_at = now()
         from (select id from inventory.reservation where status = 'ACTIVE' and expires_at <= ?
               order by expires_at limit ? for update skip locked) due
         where r.id = due.id
         returning r.id, r.cart_id`,
        [options.asOf ?? new Date(), batchSize],
      );
      if (rows.length === 0) return 0;
      const journal = new StockJournal(tx);
      const lines = await heldLines(
        tx,
        rows.map((row) => row.id),
      );
      const changes: StockChange[] = lines.map((line) => ({
        sku: line.sku_code,
        locationId: line.location_id,
        onHandDelta: 0,
        reservedDelta: -Number(line.quantity),
        kind: 'EXPIRY',
        reason: 'reservation expired',
        reference: line.reservation_id,
      }));
      await applyStockChanges(tx, journal, changes);
      for (const row of rows) {
        recordEvent(tx, {
          type: ReservationExpired.type,
          aggregateType: 'Reservation',
          aggregateId: row.id,
          payload: eventPayload(ReservationExpired, { reservationId: row.id, cartId: row.cart_id }),
        });
      }
      journal.publish();
      return rows.length;
    });
    total += expired;
    if (expired < batchSize) return total;
  }
}

export function findReservation(ctx: InventoryContext, id: string): Promise<Reservation | null> {
  return ctx.loaders.reservationById.load(id);
}

export function reservationLines(ctx: InventoryContext, reservation: Reservation): Promise<ReservationLine[]> {
  return ctx.loaders.reservationLinesByReservationId.load(reservation.id);
}
