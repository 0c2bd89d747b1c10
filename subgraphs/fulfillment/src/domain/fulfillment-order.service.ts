import { LockMode } from '@mikro-orm/core';
import { DomainError, findNewestFirst, inTransaction, recordAudit, type Connection, type EntityManager, type PageArgs } from '@oms/platform';
import { renewLoaders, type FulfillmentContext } from '../context.ts';
import { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder, type FulfillmentOrderStatus, type FulfillmentType } from '../entities/fulfillment-order.entity.ts';
import { ParcelItem } from '../entities/parcel-item.entity.ts';
import { Parcel } from '../entities/parcel.entity.ts';
import { Shipment } from '../entities/shipment.entity.ts';
import { assertMayWork, canSee, notFound, visibleOrNull, type FulfillmentAccess } from './access.ts';
import { FulfillmentEvents, lineQuantities, openQuantity, recordFulfillmentEvent, recordTransition } from './events.ts';
import { flowOf, fulfillmentStateMachine, shipmentStatusBeforeShipping } from './fulfillment-state.ts';
import { shipParcels, type ParcelShipping } from './shipping.ts';
import { requireCount, requireId, requireInteger, requireText } from './validation.ts';

export interface FulfillmentOrderFilter {
  locationId?: string | null;
  status?: readonly FulfillmentOrderStatus[] | null;
  type?: readonly FulfillmentType[] | null;
  orderId?: string | null;
  pickWaveId?: string | null;
}

export async function findFulfillmentOrder(ctx: FulfillmentContext, id: string): Promise<FulfillmentOrder | null> {
  return visibleOrNull(ctx.access, await ctx.loaders.fulfillmentOrderById.load(id));
}

/** Where-clause of what the caller may list: their store's, their locations', their own. */
function accessFilter(access: FulfillmentAccess, locationId: string | null): Record<string, unknown> {
  switch (access.kind) {
    case 'all':
      return { ...(locationId ? { locationId } : {}), ...(access.channel ? { channel: access.channel } : {}) };
    case 'locations':
      // Another location lists nothing, as a location without fulfillment orders.
      if (locationId && !access.locationIds.includes(locationId)) return { locationId: { $in: [] } };
      return { locationId: locationId ?? { $in: [...access.locationIds] }, ...(access.channel ? { channel: access.channel } : {}) };
    case 'customer':
      return { customerId: access.customerId, ...(locationId ? { locationId } : {}) };
    case 'none':
      throw new DomainError('FORBIDDEN', 'You may not access fulfillment orders');
  }
}

export function listFulfillmentOrders(ctx: FulfillmentContext, filter: FulfillmentOrderFilter | null | undefined, page: PageArgs): Promise<Connection<FulfillmentOrder>> {
  const locationId = filter?.locationId ? requireId(filter.locationId, 'filter.locationId', 'location') : null;
  const where: Record<string, unknown> = { ...accessFilter(ctx.access, locationId) };
  if (filter?.status?.length) where['status'] = { $in: [...filter.status] };
  if (filter?.type?.length) where['type'] = { $in: [...filter.type] };
  if (filter?.orderId) where['orderId'] = requireId(filter.orderId, 'filter.orderId', 'order');
  if (filter?.pickWaveId) where['pickWaveId'] = requireId(filter.pickWaveId, 'filter.pickWaveId', 'pick wave');
  return findNewestFirst(ctx.em, FulfillmentOrder, where, page);
}

/** Fulfillment orders of an order the caller may see, oldest first. */
export async function fulfillmentOrdersOfOrder(ctx: FulfillmentContext, orderId: string): Promise<FulfillmentOrder[]> {
  return (await ctx.loaders.fulfillmentOrdersByOrderId.load(orderId)).filter((fo) => canSee(ctx.access, fo));
}

export function fulfillmentOrderLines(ctx: FulfillmentContext, fo: FulfillmentOrder): Promise<FulfillmentOrderLine[]> {
  return ctx.loaders.linesByFulfillmentOrderId.load(fo.id);
}

/** What the audit log keeps of a fulfillment order: never the pickup code's hash. */
function auditView(fo: FulfillmentOrder) {
  return { status: fo.status, type: fo.type, locationId: fo.locationId, orderId: fo.orderId };
}

export async function lockFulfillmentOrder(tx: EntityManager, id: string): Promise<FulfillmentOrder> {
  const fo = await tx.findOne(FulfillmentOrder, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!fo) throw new DomainError('NOT_FOUND', `No fulfillment order with id ${id}`, { fulfillmentOrderId: id });
  return fo;
}

export function linesOf(tx: EntityManager, fo: FulfillmentOrder): Promise<FulfillmentOrderLine[]> {
  return tx.find(FulfillmentOrderLine, { fulfillmentOrderId: fo.id }, { orderBy: { position: 'asc' } });
}

export interface ChangeOptions {
  /** Who may make this change (default: staff and partners working the order's location). */
  authorize?: (access: FulfillmentAccess, fo: FulfillmentOrder) => void;
  /** Audit entry details beyond the status. */
  auditDetails?: (fo: FulfillmentOrder) => Record<string, unknown>;
}

/**
 * One change to one fulfillment order: in a transaction, with the row locked (concurrent changes
 * serialize), the caller's right to work it checked, and the change audited. Anything thrown
 * rolls it all back: nothing is written.
 */
export async function changeFulfillmentOrder<T>(
  ctx: FulfillmentContext,
  id: string,
  action: string,
  work: (tx: EntityManager, fo: FulfillmentOrder) => Promise<T>,
  options: ChangeOptions = {},
): Promise<T> {
  const foId = requireId(id, 'fulfillmentOrderId', 'fulfillment order');
  const result = await inTransaction(ctx.em, async (tx) => {
    const fo = await lockFulfillmentOrder(tx, foId);
    if (options.authorize) options.authorize(ctx.access, fo);
    else assertMayWork(ctx.access, fo.locationId, () => notFound('fulfillment order', foId, 'fulfillmentOrderId'), fo.channel);
    const before = auditView(fo);
    const outcome = await work(tx, fo);
    recordAudit({ ...ctx, em: tx }, {
      action,
      entityType: 'FulfillmentOrder',
      entityId: fo.id,
      before,
      after: { ...auditView(fo), ...options.auditDetails?.(fo) },
    });
    return outcome;
  });
  // The answer shows what was committed, not what this request's loaders saw before.
  renewLoaders(ctx);
  return result;
}

const TIMESTAMPS: Partial<Record<FulfillmentOrderStatus, 'acceptedAt' | 'pickedAt' | 'packedAt' | 'shippedAt' | 'readyForPickupAt' | 'pickedUpAt'>> = {
  ACCEPTED: 'acceptedAt',
  PICKED: 'pickedAt',
  PACKED: 'packedAt',
  SHIPPED: 'shippedAt',
  READY_FOR_PICKUP: 'readyForPickupAt',
  PICKED_UP: 'pickedUpAt',
};

/**
 * Moves a fulfillment order along its flow's transitions table (INVALID_STATE_TRANSITION otherwise)
 * and keeps its shipment's status in step. Returns the status it left.
 */
export async function transition(tx: EntityManager, fo: FulfillmentOrder, to: FulfillmentOrderStatus, at = new Date()): Promise<FulfillmentOrderStatus> {
  fulfillmentStateMachine(fo.type).assertTransition(fo.status, to);
  const from = fo.status;
  fo.status = to;
  const stamp = TIMESTAMPS[to];
  if (stamp) fo[stamp] = at;
  const shipmentStatus = shipmentStatusBeforeShipping(to);
  if (shipmentStatus && flowOf(fo.type) !== 'PICKUP') {
    const shipment = await tx.findOne(Shipment, { fulfillmentOrderId: fo.id });
    if (shipment && shipment.status !== shipmentStatus) shipment.status = shipmentStatus;
  }
  return from;
}

export function acceptFulfillmentOrder(ctx: FulfillmentContext, id: string): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(ctx, id, 'acceptFulfillmentOrder', async (tx, fo) => {
    const from = await transition(tx, fo, 'ACCEPTED');
    recordTransition(tx, fo, from, { event: FulfillmentEvents.Accepted, payload: { type: fo.type } });
    return fo;
  });
}

export interface RejectCommand {
  fulfillmentOrderId: string;
  reason: string;
}

/** The location cannot serve it: its open lines go back to the orders service for re-sourcing. */
export function rejectFulfillmentOrder(ctx: FulfillmentContext, command: RejectCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(
    ctx,
    command.fulfillmentOrderId,
    'rejectFulfillmentOrder',
    async (tx, fo) => {
      fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'REJECTED');
      const reason = requireText(command.reason, 'reason', 500);
      const lines = await linesOf(tx, fo);
      const from = await transition(tx, fo, 'REJECTED');
      fo.rejectionReason = reason;
      recordTransition(tx, fo, from, { event: FulfillmentEvents.Rejected, payload: { reason, lines: lineQuantities(lines, openQuantity) } });
      return fo;
    },
    { auditDetails: (fo) => ({ reason: fo.rejectionReason }) },
  );
}

export interface PickCommand {
  fulfillmentOrderId: string;
  lines: readonly { lineId: string; pickedQuantity: number }[];
}

export interface PickShortfall {
  line: FulfillmentOrderLine;
  skuCode: string;
  orderedQuantity: number;
  pickedQuantity: number;
  shortQuantity: number;
}

export interface PickOutcome {
  fulfillmentOrder: FulfillmentOrder;
  shortfalls: PickShortfall[];
}

/** Checks a pick against the order's lines: every open line once, 0 to its open quantity. */
function pickedQuantities(lines: readonly FulfillmentOrderLine[], given: PickCommand['lines']): Map<string, number> {
  const picked = new Map<string, number>();
  for (const entry of given) {
    const line = lines.find((candidate) => candidate.id === entry.lineId.toLowerCase());
    if (!line) throw new DomainError('BAD_USER_INPUT', `Line ${entry.lineId} is not a line of this fulfillment order`, { lineId: entry.lineId });
    if (picked.has(line.id)) throw new DomainError('BAD_USER_INPUT', `Line ${entry.lineId} is given twice`, { lineId: entry.lineId });
    picked.set(line.id, requireInteger(entry.pickedQuantity, `pickedQuantity of line ${entry.lineId}`, 0, openQuantity(line)));
  }
  const missing = lines.filter((line) => openQuantity(line) > 0 && !picked.has(line.id));
  if (missing.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `Every line must be reported; missing: ${missing.map((line) => line.id).join(', ')}`, {
      lineIds: missing.map((line) => line.id),
    });
  }
  return picked;
}

/** Picking may start (ACCEPTED, through PICKING) or end (PICKING) from here: INVALID_STATE_TRANSITION otherwise. */
export function assertPickable(fo: FulfillmentOrder): void {
  const machine = fulfillmentStateMachine(fo.type);
  if (fo.status === 'ACCEPTED') machine.assertTransition('ACCEPTED', 'PICKING');
  else machine.assertTransition(fo.status, 'PICKED');
}

/**
 * Records the quantities picked and closes picking. Lines picked short are reported (the orders
 * service re-sources them); an order of which nothing could be found is cancelled.
 */
export async function applyPick(tx: EntityManager, fo: FulfillmentOrder, lines: readonly FulfillmentOrderLine[], picked: ReadonlyMap<string, number>): Promise<PickShortfall[]> {
  assertPickable(fo);
  const start = fo.status;
  const shortfalls: PickShortfall[] = [];
  for (const line of lines) {
    const open = openQuantity(line);
    const quantity = picked.get(line.id) ?? 0;
    line.pickedQuantity = quantity;
    if (quantity < open) shortfalls.push({ line, skuCode: line.skuCode, orderedQuantity: open, pickedQuantity: quantity, shortQuantity: open - quantity });
  }
  if (start === 'ACCEPTED') await transition(tx, fo, 'PICKING');
  const nothing = lines.every((line) => (line.pickedQuantity ?? 0) === 0);
  if (shortfalls.length > 0) {
    recordFulfillmentEvent(tx, FulfillmentEvents.ShortPicked, fo, {
      lines: shortfalls.map((short) => ({ orderLineId: short.line.orderLineId, allocationId: short.line.allocationId, sku: short.skuCode, shortQuantity: short.shortQuantity })),
    });
  }
  if (nothing) {
    await transition(tx, fo, 'CANCELLED');
    fo.cancellationReason = 'Nothing could be picked';
    // The short pick above already hands every line back for re-sourcing.
    recordTransition(tx, fo, start, { event: FulfillmentEvents.Cancelled, payload: { reason: fo.cancellationReason, lines: [], shortPicked: true } });
  } else {
    await transition(tx, fo, 'PICKED');
    recordTransition(tx, fo, start);
  }
  return shortfalls;
}

export function pickFulfillmentOrder(ctx: FulfillmentContext, command: PickCommand): Promise<PickOutcome> {
  return changeFulfillmentOrder(ctx, command.fulfillmentOrderId, 'pickFulfillmentOrder', async (tx, fo) => {
    assertPickable(fo);
    requireCount(command.lines.length, 'lines', 1, 500);
    const lines = await linesOf(tx, fo);
    const picked = pickedQuantities(lines, command.lines);
    const shortfalls = await applyPick(tx, fo, lines, picked);
    return { fulfillmentOrder: fo, shortfalls };
  });
}

export interface PackCommand {
  fulfillmentOrderId: string;
  parcels: readonly {
    weightGrams: number;
    lengthMm: number;
    widthMm: number;
    heightMm: number;
    items: readonly { lineId: string; quantity: number }[];
  }[];
}

const MAX_WEIGHT_GRAMS = 1_000_000;
const MAX_DIMENSION_MM = 5_000;

/** Checks parcel contents: each item a line of the order, and together exactly `expected` per line. */
export function checkParcelContents(
  lines: readonly FulfillmentOrderLine[],
  parcels: readonly { items: readonly { lineId: string; quantity: number }[] }[],
  expected: (line: FulfillmentOrderLine) => number,
): void {
  const packed = new Map<string, number>();
  parcels.forEach((parcel, index) => {
    if (parcel.items.length === 0) throw new DomainError('BAD_USER_INPUT', `Parcel ${index + 1} is empty`, { parcel: index + 1 });
    const seen = new Set<string>();
    for (const item of parcel.items) {
      const line = lines.find((candidate) => candidate.id === item.lineId.toLowerCase());
      if (!line) throw new DomainError('BAD_USER_INPUT', `Line ${item.lineId} is not a line of this fulfillment order`, { lineId: item.lineId });
      if (seen.has(line.id)) throw new DomainError('BAD_USER_INPUT', `Line ${item.lineId} appears twice in parcel ${index + 1}`, { lineId: item.lineId });
      seen.add(line.id);
      requireInteger(item.quantity, `quantity of line ${item.lineId}`, 1, 100_000);
      packed.set(line.id, (packed.get(line.id) ?? 0) + item.quantity);
    }
  });
  for (const line of lines) {
    const want = expected(line);
    const got = packed.get(line.id) ?? 0;
    if (got !== want) {
      throw new DomainError('BAD_USER_INPUT', `Line ${line.id} (${line.skuCode}): ${want} to pack, ${got} in the parcels`, {
        lineId: line.id,
        expected: want,
        packed: got,
      });
    }
  }
}

/** Packs the picked goods into parcels: exactly what was picked, measured and weighed. */
export function packFulfillmentOrder(ctx: FulfillmentContext, command: PackCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(ctx, command.fulfillmentOrderId, 'packFulfillmentOrder', async (tx, fo) => {
    fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'PACKED');
    requireCount(command.parcels.length, 'parcels', 1, 50);
    command.parcels.forEach((parcel, index) => {
      requireInteger(parcel.weightGrams, `parcels[${index}].weightGrams`, 1, MAX_WEIGHT_GRAMS);
      requireInteger(parcel.lengthMm, `parcels[${index}].lengthMm`, 1, MAX_DIMENSION_MM);
      requireInteger(parcel.widthMm, `parcels[${index}].widthMm`, 1, MAX_DIMENSION_MM);
      requireInteger(parcel.heightMm, `parcels[${index}].heightMm`, 1, MAX_DIMENSION_MM);
    });
    const lines = await linesOf(tx, fo);
    checkParcelContents(lines, command.parcels, (line) => line.pickedQuantity ?? 0);
    const shipment = await shipmentOf(tx, fo);
    command.parcels.forEach((input, index) => {
      const parcel = tx.create(Parcel, {
        shipmentId: shipment.id,
        sequence: index + 1,
        status: 'PACKED',
        weightGrams: input.weightGrams,
        lengthMm: input.lengthMm,
        widthMm: input.widthMm,
        heightMm: input.heightMm,
      } as never);
      for (const item of input.items) tx.create(ParcelItem, { parcelId: parcel.id, lineId: item.lineId.toLowerCase(), quantity: item.quantity } as never);
    });
    const from = await transition(tx, fo, 'PACKED');
    recordTransition(tx, fo, from);
    return fo;
  });
}

export async function shipmentOf(tx: EntityManager, fo: FulfillmentOrder): Promise<Shipment> {
  const shipment = await tx.findOne(Shipment, { fulfillmentOrderId: fo.id });
  if (!shipment) throw new DomainError('INTERNAL_SERVER_ERROR', `Fulfillment order ${fo.id} has no shipment`);
  return shipment;
}

export interface ShipCommand {
  fulfillmentOrderId: string;
  carrier: string;
  serviceLevel: string;
  parcels: readonly { parcelId: string; trackingNumber: string; labelReference?: string | null }[];
}

/** Hands the packed parcels to the carrier, each with its tracking number and label. */
export function shipFulfillmentOrder(ctx: FulfillmentContext, command: ShipCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(ctx, command.fulfillmentOrderId, 'shipFulfillmentOrder', async (tx, fo) => {
    fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'SHIPPED');
    const shipment = await shipmentOf(tx, fo);
    const parcels = await tx.find(Parcel, { shipmentId: shipment.id }, { orderBy: { sequence: 'asc' } });
    const given = new Map<string, (typeof command.parcels)[number]>();
    for (const entry of command.parcels) {
      const id = entry.parcelId.toLowerCase();
      if (!parcels.some((parcel) => parcel.id === id)) throw new DomainError('BAD_USER_INPUT', `Parcel ${entry.parcelId} is not a parcel of this fulfillment order`, { parcelId: entry.parcelId });
      if (given.has(id)) throw new DomainError('BAD_USER_INPUT', `Parcel ${entry.parcelId} is given twice`, { parcelId: entry.parcelId });
      given.set(id, entry);
    }
    const missing = parcels.filter((parcel) => !given.has(parcel.id));
    if (missing.length > 0) throw new DomainError('BAD_USER_INPUT', `Every parcel needs its tracking number; missing: ${missing.map((parcel) => parcel.id).join(', ')}`);
    const shipping: ParcelShipping[] = parcels.map((parcel) => {
      const entry = given.get(parcel.id)!;
      return { parcel, trackingNumber: entry.trackingNumber, labelReference: entry.labelReference ?? null };
    });
    const lines = await linesOf(tx, fo);
    const from = fo.status;
    await shipParcels(tx, { fo, shipment, lines, carrier: command.carrier, serviceLevel: command.serviceLevel, parcels: shipping, from });
    return fo;
  });
}
