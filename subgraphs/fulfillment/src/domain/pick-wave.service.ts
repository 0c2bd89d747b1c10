import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, inTransaction, recordAudit, StateMachine, type EntityManager } from '@oms/platform';
import { renewLoaders, type FulfillmentContext } from '../context.ts';
import { BinLocation } from '../entities/bin-location.entity.ts';
import { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { PickWave, type PickWaveStatus } from '../entities/pick-wave.entity.ts';
import { assertMayWork, canWork, notFound, visibleOrNull } from './access.ts';
import { openQuantity, recordTransition } from './events.ts';
import { applyPick, transition } from './fulfillment-order.service.ts';
import { flowOf, fulfillmentStateMachine } from './fulfillment-state.ts';
import { buildPickList, distributeShortages, type PickListEntry, type WaveLine, type WaveShortage } from './pick-list.ts';
import { requireCount, requireId, requireInteger, requireText } from './validation.ts';

export const pickWaveStates = new StateMachine<PickWaveStatus>('Pick wave', { OPEN: ['COMPLETED'], COMPLETED: [] });

const DEFAULT_WAVE_SIZE = 50;
const MAX_WAVE_SIZE = 200;

export interface CreatePickWaveCommand {
  locationId: string;
  fulfillmentOrderIds?: readonly string[] | null;
  maxOrders?: number | null;
}

function auditWave(ctx: FulfillmentContext, tx: EntityManager, action: string, wave: PickWave, orders: readonly FulfillmentOrder[], before: unknown, extra: Record<string, unknown> = {}): void {
  const audit = { ...ctx, em: tx };
  recordAudit(audit, { action, entityType: 'PickWave', entityId: wave.id, before, after: { status: wave.status, orders: orders.length, ...extra } });
  for (const fo of orders) {
    recordAudit(audit, { action, entityType: 'FulfillmentOrder', entityId: fo.id, before: null, after: { status: fo.status, pickWaveId: wave.id } });
  }
}

/** The wave's orders, oldest first: given ones (each must be ACCEPTED, here, in no wave), else the oldest open ones. */
async function ordersForWave(tx: EntityManager, locationId: string, command: CreatePickWaveCommand): Promise<FulfillmentOrder[]> {
  if (command.fulfillmentOrderIds?.length) {
    requireCount(command.fulfillmentOrderIds.length, 'fulfillmentOrderIds', 1, MAX_WAVE_SIZE);
    const ids = [...new Set(command.fulfillmentOrderIds.map((id) => requireId(id, 'fulfillmentOrderIds', 'fulfillment order')))];
    const found = await tx.find(FulfillmentOrder, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc', id: 'asc' } });
    const missing = ids.filter((id) => !found.some((fo) => fo.id === id));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', `No fulfillment order with id ${missing.join(', ')}`, { fulfillmentOrderIds: missing });
    for (const fo of found) {
      if (fo.locationId !== locationId) throw new DomainError('BAD_USER_INPUT', `Fulfillment order ${fo.id} is at another location`, { fulfillmentOrderId: fo.id });
      if (fo.pickWaveId) throw new DomainError('CONFLICT', `Fulfillment order ${fo.id} is already in a pick wave`, { fulfillmentOrderId: fo.id, pickWaveId: fo.pickWaveId });
      if (flowOf(fo.type) === 'DROPSHIP') throw new DomainError('BAD_USER_INPUT', `Fulfillment order ${fo.id} is drop-shipped by its vendor`, { fulfillmentOrderId: fo.id });
      fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'PICKING');
    }
    return found;
  }
  const limit = requireInteger(command.maxOrders ?? DEFAULT_WAVE_SIZE, 'maxOrders', 1, MAX_WAVE_SIZE);
  // SKIP LOCKED: two pickers creating waves at once get different orders, never the same one twice.
  const rows = await tx.execute<{ id: string }[]>(
    `select id from fulfillment.fulfillment_order
     where location_id = ? and status = 'ACCEPTED' and pick_wave_id is null and type <> 'DROPSHIP'
     order by created_at, id limit ? for update skip locked`,
    [locationId, limit],
  );
  if (rows.length === 0) return [];
  return tx.find(FulfillmentOrder, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** Groups open orders of one location into a wave: they move to PICKING and get one pick list. */
export async function createPickWave(ctx: FulfillmentContext, command: CreatePickWaveCommand): Promise<PickWave> {
  const locationId = requireId(command.locationId, 'locationId', 'location');
  assertMayWork(ctx.access, locationId, () => notFound('location', locationId, 'locationId'));
  const wave = await inTransaction(ctx.em, async (tx) => {
    const orders = await ordersForWave(tx, locationId, command);
    if (orders.length === 0) throw new DomainError('NOTHING_TO_PICK', 'No accepted fulfillment order is waiting to be picked at this location', { locationId });
    const wave = tx.create(PickWave, { locationId, status: 'OPEN', createdBy: actorOf(ctx.principal) });
    for (const fo of orders) {
      const from = await transition(tx, fo, 'PICKING');
      fo.pickWaveId = wave.id;
      recordTransition(tx, fo, from);
    }
    auditWave(ctx, tx, 'createPickWave', wave, orders, null);
    return wave;
  });
  renewLoaders(ctx);
  return wave;
}

export interface CompletePickWaveCommand {
  pickWaveId: string;
  shortages?: readonly WaveShortage[] | null;
}

/**
 * Closes a wave after the walk: each of its orders still PICKING becomes PICKED. Units missing on the
 * floor are charged to the newest orders first; each order picked short reports its shortfall.
 */
export async function completePickWave(ctx: FulfillmentContext, command: CompletePickWaveCommand): Promise<PickWave> {
  const waveId = requireId(command.pickWaveId, 'pickWaveId', 'pick wave');
  const wave = await inTransaction(ctx.em, async (tx) => {
    const wave = await tx.findOne(PickWave, { id: waveId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!wave) throw new DomainError('NOT_FOUND', `No pick wave with id ${waveId}`, { pickWaveId: waveId });
    assertMayWork(ctx.access, wave.locationId, () => notFound('pick wave', waveId, 'pickWaveId'));
    pickWaveStates.assertTransition(wave.status, 'COMPLETED');
    const orders = await tx.find(FulfillmentOrder, { pickWaveId: wave.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { createdAt: 'asc', id: 'asc' } });
    // Orders cancelled or picked on their own since the wave began are no longer the wave's to close.
    const picking = orders.filter((fo) => fo.status === 'PICKING');
    const lines = picking.length === 0 ? [] : await tx.find(FulfillmentOrderLine, { fulfillmentOrderId: { $in: picking.map((fo) => fo.id) } }, { orderBy: { position: 'asc' } });
    const waveLines = waveLinesOf(picking, lines);
    const shortages = (command.shortages ?? []).map((shortage) => ({ skuCode: requireText(shortage.skuCode, 'skuCode', 64), missingQuantity: shortage.missingQuantity }));
    const short = distributeShortages(waveLines, shortages);
    for (const fo of picking) {
      const own = lines.filter((line) => line.fulfillmentOrderId === fo.id);
      const picked = new Map(own.map((line) => [line.id, openQuantity(line) - (short.get(line.id) ?? 0)]));
      await applyPick(tx, fo, own, picked);
    }
    wave.status = 'COMPLETED';
    wave.completedAt = new Date();
    auditWave(ctx, tx, 'completePickWave', wave, picking, { status: 'OPEN' }, { shortages });
    return wave;
  });
  renewLoaders(ctx);
  return wave;
}

function waveLinesOf(orders: readonly FulfillmentOrder[], lines: readonly FulfillmentOrderLine[]): WaveLine[] {
  return orders.flatMap((fo) =>
    lines
      .filter((line) => line.fulfillmentOrderId === fo.id)
      .map((line) => ({ fulfillmentOrderId: fo.id, orderNumber: fo.orderNumber, lineId: line.id, skuCode: line.skuCode, quantity: openQuantity(line) })),
  );
}

export async function findPickWave(ctx: FulfillmentContext, id: string): Promise<PickWave | null> {
  const wave = await ctx.loaders.pickWaveById.load(id);
  if (!wave) return null;
  return visibleOrNull(ctx.access, { locationId: wave.locationId, customerId: null }) ? wave : null;
}

export async function listPickWaves(ctx: FulfillmentContext, locationId: string, status: readonly PickWaveStatus[] | null | undefined): Promise<PickWave[]> {
  const id = requireId(locationId, 'locationId', 'location');
  // Another location's waves: none, as at a location without waves.
  if (!canWork(ctx.access, id)) return [];
  return ctx.em.find(PickWave, { locationId: id, ...(status?.length ? { status: { $in: [...status] } } : {}) }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 });
}

export function waveOrders(ctx: FulfillmentContext, wave: PickWave): Promise<FulfillmentOrder[]> {
  return ctx.loaders.fulfillmentOrdersByPickWaveId.load(wave.id);
}

/** The wave's pick list, from its orders still to pick (or picked) and the location's bins. */
export async function pickListOf(ctx: FulfillmentContext, wave: PickWave): Promise<PickListEntry[]> {
  const orders = (await waveOrders(ctx, wave)).filter((fo) => fo.status !== 'CANCELLED' && fo.status !== 'REJECTED');
  const lines = (await Promise.all(orders.map((fo) => ctx.loaders.linesByFulfillmentOrderId.load(fo.id)))).flat();
  const waveLines = waveLinesOf(orders, lines);
  const skus = [...new Set(waveLines.map((line) => line.skuCode))];
  const bins = (await Promise.all(skus.map((sku) => ctx.loaders.binByLocationAndSku.load(`${wave.locationId}|${sku}`)))).filter((bin) => bin !== null);
  return buildPickList(waveLines, bins);
}

export interface SetBinLocationsCommand {
  locationId: string;
  bins: readonly { skuCode: string; binCode: string; walkSequence: number }[];
}

/** Shelves SKUs at a location (their bin and its place on the walk); replaces those SKUs' bins. */
export async function setBinLocations(ctx: FulfillmentContext, command: SetBinLocationsCommand): Promise<BinLocation[]> {
  const locationId = requireId(command.locationId, 'locationId', 'location');
  assertMayWork(ctx.access, locationId, () => notFound('location', locationId, 'locationId'));
  requireCount(command.bins.length, 'bins', 1, 1000);
  const bins = command.bins.map((bin, index) => ({
    skuCode: requireText(bin.skuCode, `bins[${index}].skuCode`, 64),
    binCode: requireText(bin.binCode, `bins[${index}].binCode`, 40),
    walkSequence: requireInteger(bin.walkSequence, `bins[${index}].walkSequence`, 0, 1_000_000),
  }));
  const skus = bins.map((bin) => bin.skuCode);
  if (new Set(skus).size !== skus.length) throw new DomainError('BAD_USER_INPUT', 'Each SKU may be given once', { argument: 'bins' });
  const saved = await inTransaction(ctx.em, async (tx) => {
    await tx.execute(
      `insert into fulfillment.bin_location (id, location_id, sku_code, bin_code, walk_sequence, updated_at)
       select gen_random_uuid(), ?::uuid, bin.sku, bin.code, bin.seq, now()
       from unnest(array[?]::text[], array[?]::text[], array[?]::int[]) as bin(sku, code, seq)
       on conflict (location_id, sku_code) do update set bin_code = excluded.bin_code, walk_sequence = excluded.walk_sequence, updated_at = now()`,
      [locationId, skus, bins.map((bin) => bin.binCode), bins.map((bin) => bin.walkSequence)],
    );
    recordAudit({ ...ctx, em: tx }, { action: 'setBinLocations', entityType: 'Location', entityId: locationId, before: null, after: { bins } });
    return tx.find(BinLocation, { locationId, skuCode: { $in: skus } }, { orderBy: { walkSequence: 'asc', binCode: 'asc' } });
  });
  renewLoaders(ctx);
  return saved;
}

export async function listBinLocations(ctx: FulfillmentContext, locationId: string, skus: readonly string[] | null | undefined): Promise<BinLocation[]> {
  const id = requireId(locationId, 'locationId', 'location');
  if (!canWork(ctx.access, id)) return [];
  return ctx.em.find(BinLocation, { locationId: id, ...(skus?.length ? { skuCode: { $in: [...skus] } } : {}) }, { orderBy: { walkSequence: 'asc', binCode: 'asc', skuCode: 'asc' } });
}
