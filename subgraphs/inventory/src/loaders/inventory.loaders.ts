import DataLoader from 'dataloader';
import { Cursor } from '@mikro-orm/core';
import { entityByIdLoader, groupedLoader, isUuid, type Connection, type EntityManager } from '@oms/platform';
import { Allocation } from '../entities/allocation.entity.ts';
import { ChannelSetting } from '../entities/channel-setting.entity.ts';
import { Location, type SalesChannel } from '../entities/location.entity.ts';
import { PriceListEntry } from '../entities/price-list-entry.entity.ts';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity.ts';
import { PurchaseOrder } from '../entities/purchase-order.entity.ts';
import { ReservationLine } from '../entities/reservation-line.entity.ts';
import { Reservation } from '../entities/reservation.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { StockLevel } from '../entities/stock-level.entity.ts';
import { StockMovement } from '../entities/stock-movement.entity.ts';
import { TransferLine } from '../entities/transfer-line.entity.ts';
import { Transfer } from '../entities/transfer.entity.ts';
import { pricesInForce } from '../domain/price.service.ts';
import { loadSourcingDecisions, type SourcingDecisionView } from '../domain/sourcing-decision.views.ts';
import { textArray, uuidArray } from '../domain/sql.ts';
import { createDeliveryLoaders } from './delivery.loaders.ts';

export interface PriceKey {
  sku: string;
  channel: SalesChannel;
  currency: string;
  at: Date;
}

/** Prices of every SKU asked for in one tick: two statements per distinct (channel, currency, moment). */
function priceLoader(em: EntityManager): DataLoader<PriceKey, number | null, string> {
  return new DataLoader<PriceKey, number | null, string>(
    async (keys) => {
      const groups = new Map<string, PriceKey[]>();
      for (const key of keys) {
        const group = `${key.channel}|${key.currency}|${key.at.toISOString()}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const prices = new Map<string, number>();
      for (const [group, members] of groups) {
        const { channel, currency, at } = members[0]!;
        const found = await pricesInForce(em, channel, currency, at, members.map((member) => member.sku));
        for (const [sku, amount] of found) prices.set(`${group}|${sku}`, amount);
      }
      return keys.map((key) => prices.get(`${key.channel}|${key.currency}|${key.at.toISOString()}|${key.sku}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.channel}|${key.currency}|${key.at.toISOString()}|${key.sku}` },
  );
}

/** A place in a newest-first ledger: the page continues with movements strictly older than it. */
export interface LedgerPosition {
  createdAt: Date;
  id: string;
}

export const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

/**
 * One page of history for every stock level asked for (key: `sku\u0000locationId`) in one statement:
 * the (sku, location, created_at, id) index gives each level its newest `first + 1` movements.
 */
function historyLoader(em: EntityManager, first: number, after: LedgerPosition | null): DataLoader<string, Connection<StockMovement>> {
  const meta = em.getMetadata().get(StockMovement);
  return new DataLoader<string, Connection<StockMovement>>(async (keys) => {
    const levels = [...new Set(keys)].map((key) => key.split('\u0000') as [string, string]);
    const rows = await em.execute<Record<string, unknown>[]>(
      `select page.* from unnest(?::text[], ?::uuid[]) as level(sku_code, location_id)
       cross join lateral (
         select * from inventory.stock_movement m
         where m.sku_code = level.sku_code and m.location_id = level.location_id${after ? ' and (m.created_at, m.id) < (?::timestamptz, ?::uuid)' : ''}
         order by m.created_at desc, m.id desc
         limit ?
       ) as page`,
      [
        textArray(levels.map(([sku]) => sku)),
        uuidArray(levels.map(([, locationId]) => locationId)),
        ...(after ? [after.createdAt, after.id] : []),
        first + 1,
      ],
    );
    const byLevel = new Map<string, StockMovement[]>();
    for (const row of rows) {
      const movement = em.map(StockMovement, row);
      const key = `${movement.sku.code}\u0000${movement.location.id}`;
      byLevel.set(key, [...(byLevel.get(key) ?? []), movement]);
    }
    return keys.map((key) => {
      const movements = byLevel.get(key) ?? [];
      const edges = movements
        .slice(0, first)
        .map((node) => ({ cursor: Cursor.for(meta, { createdAt: node.createdAt, id: node.id }, NEWEST_FIRST), node }));
      return { edges, pageInfo: { hasNextPage: movements.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  });
}

export function createInventoryLoaders(em: EntityManager) {
  // StockLevel.history takes arguments: one loader per distinct (first, after), each batching every level asked for.
  const historyPages = new Map<string, DataLoader<string, Connection<StockMovement>>>();
  return {
    ...createDeliveryLoaders(em),
    historyOfLevel(first: number, after: LedgerPosition | null): DataLoader<string, Connection<StockMovement>> {
      const key = JSON.stringify([first, after?.createdAt.toISOString() ?? null, after?.id ?? null]);
      let loader = historyPages.get(key);
      if (!loader) {
        loader = historyLoader(em, first, after);
        historyPages.set(key, loader);
      }
      return loader;
    },
    locationById: entityByIdLoader(em, Location),
    // SKUs are keyed by code, not by a UUID, so the platform's by-id loader does not fit.
    skuByCode: new DataLoader<string, Sku | null>(async (codes) => {
      const found = await em.find(Sku, { code: { $in: [...codes] } });
      const byCode = new Map(found.map((sku) => [sku.code, sku]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    stockBySkuCode: groupedLoader<string, StockLevel>(
      (codes) => em.find(StockLevel, { sku: { $in: [...codes] } }, { orderBy: { location: { code: 'asc' } } }),
      (level) => level.sku.code,
    ),
    stockByLocationId: groupedLoader<string, StockLevel>(
      (locationIds) => em.find(StockLevel, { location: { $in: [...locationIds] } }, { orderBy: { sku: 'asc' } }),
      (level) => level.location.id,
    ),
    /** Units each channel keeps back per location (0 when the channel has no setting). */
    channelBuffer: new DataLoader<SalesChannel, number>(async (channels) => {
      const found = await em.find(ChannelSetting, { channel: { $in: [...channels] } });
      const byChannel = new Map(found.map((setting) => [setting.channel, setting.safetyBuffer]));
      return channels.map((channel) => byChannel.get(channel) ?? 0);
    }),
    reservationById: entityByIdLoader(em, Reservation),
    reservationLinesByReservationId: groupedLoader<string, ReservationLine>(
      (ids) => em.find(ReservationLine, { reservation: { $in: [...ids] } }, { orderBy: { sku: 'asc', quantity: 'desc' } }),
      (line) => line.reservation.id,
    ),
    allocationsByOrderId: groupedLoader<string, Allocation>(
      async (orderIds) => {
        const valid = orderIds.filter(isUuid);
        return valid.length === 0 ? [] : em.find(Allocation, { orderId: { $in: valid } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      },
      (allocation) => allocation.orderId,
    ),
    /** Decision traces of orders with their locations: two statements per batch. */
    sourcingDecisionByOrderId: new DataLoader<string, SourcingDecisionView | null>(async (orderIds) => {
      const valid = orderIds.filter(isUuid);
      const views = valid.length === 0 ? [] : await loadSourcingDecisions(em, valid);
      const byOrderId = new Map(valid.map((id, index) => [id, views[index] ?? null]));
      return orderIds.map((id) => byOrderId.get(id) ?? null);
    }),
    transferById: entityByIdLoader(em, Transfer),
    transferLinesByTransferId: groupedLoader<string, TransferLine>(
      // With their transfer: its status says what is in transit.
      (ids) => em.find(TransferLine, { transfer: { $in: [...ids] } }, { orderBy: { sku: 'asc' }, populate: ['transfer'] }),
      (line) => line.transfer.id,
    ),
    purchaseOrderById: entityByIdLoader(em, PurchaseOrder),
    purchaseOrderLinesByOrderId: groupedLoader<string, PurchaseOrderLine>(
      (ids) => em.find(PurchaseOrderLine, { purchaseOrder: { $in: [...ids] } }, { orderBy: { sku: 'asc' } }),
      (line) => line.purchaseOrder.id,
    ),
    entriesByPriceListId: groupedLoader<string, PriceListEntry>(
      (ids) => em.find(PriceListEntry, { priceList: { $in: [...ids] } }, { orderBy: { sku: 'asc' } }),
      (entry) => entry.priceList.id,
    ),
    priceOf: priceLoader(em),
  };
}

export type InventoryLoaders = ReturnType<typeof createInventoryLoaders>;
