import DataLoader from 'dataloader';
import { entityByIdLoader, groupedLoader, isUuid, type EntityManager } from '@oms/platform';
import { BinLocation } from '../entities/bin-location.entity.ts';
import { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { ParcelItem } from '../entities/parcel-item.entity.ts';
import { Parcel } from '../entities/parcel.entity.ts';
import { PickWave } from '../entities/pick-wave.entity.ts';
import { Shipment } from '../entities/shipment.entity.ts';
import { TrackingEvent } from '../entities/tracking-event.entity.ts';
import { WebhookDelivery } from '../entities/webhook-delivery.entity.ts';

const uuids = (keys: readonly string[]) => [...new Set(keys.filter(isUuid))];

/** The newest `first` shipments of each customer in one statement (a lateral join per customer). */
function customerShipmentsLoader(em: EntityManager, first: number): DataLoader<string, Shipment[]> {
  const meta = em.getMetadata().get(Shipment);
  const table = em.getPlatform().quoteIdentifier(`${meta.schema ?? em.config.get('schema')}.${meta.tableName}`);
  return new DataLoader<string, Shipment[]>(async (customerIds) => {
    const valid = uuids(customerIds);
    const byCustomer = new Map<string, Shipment[]>(valid.map((id) => [id, []]));
    if (valid.length > 0) {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select page.* from unnest(array[?]::uuid[]) as customer(id)
         cross join lateral (
           select * from ${table} as s where s.customer_id = customer.id
           order by s.created_at desc, s.id desc limit ?
         ) as page`,
        [valid, first],
      );
      for (const row of rows) {
        const shipment = em.map(Shipment, row);
        if (shipment.customerId) byCustomer.get(shipment.customerId)?.push(shipment);
      }
    }
    return customerIds.map((id) => byCustomer.get(id) ?? []);
  });
}

export function createFulfillmentLoaders(em: EntityManager) {
  const customerShipmentPages = new Map<number, DataLoader<string, Shipment[]>>();
  return {
    fulfillmentOrderById: entityByIdLoader(em, FulfillmentOrder),
    fulfillmentOrdersByOrderId: groupedLoader<string, FulfillmentOrder>(
      (orderIds) => {
        const valid = uuids(orderIds);
        return valid.length === 0 ? Promise.resolve([]) : em.find(FulfillmentOrder, { orderId: { $in: valid } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      },
      (fo) => fo.orderId,
    ),
    fulfillmentOrdersByPickWaveId: groupedLoader<string, FulfillmentOrder>(
      (waveIds) => em.find(FulfillmentOrder, { pickWaveId: { $in: uuids(waveIds) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (fo) => fo.pickWaveId ?? '',
    ),
    linesByFulfillmentOrderId: groupedLoader<string, FulfillmentOrderLine>(
      (ids) => em.find(FulfillmentOrderLine, { fulfillmentOrderId: { $in: uuids(ids) } }, { orderBy: { fulfillmentOrderId: 'asc', position: 'asc' } }),
      (line) => line.fulfillmentOrderId,
    ),
    lineById: entityByIdLoader(em, FulfillmentOrderLine),
    shipmentById: entityByIdLoader(em, Shipment),
    shipmentsByOrderId: groupedLoader<string, Shipment>(
      (orderIds) => {
        // Order ids come from other services' references; a non-UUID names no order and must not reach SQL.
        const valid = uuids(orderIds);
        if (valid.length === 0) return Promise.resolve([]);
        return em.find(Shipment, { orderId: { $in: valid } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      },
      (shipment) => shipment.orderId,
    ),
    shipmentByFulfillmentOrderId: new DataLoader<string, Shipment | null>(async (ids) => {
      const found = await em.find(Shipment, { fulfillmentOrderId: { $in: uuids(ids) } });
      const byOrder = new Map(found.map((shipment) => [shipment.fulfillmentOrderId, shipment]));
      return ids.map((id) => byOrder.get(id) ?? null);
    }),
    shipmentsOfCustomer(first: number): DataLoader<string, Shipment[]> {
      let loader = customerShipmentPages.get(first);
      if (!loader) customerShipmentPages.set(first, (loader = customerShipmentsLoader(em, first)));
      return loader;
    },
    parcelById: entityByIdLoader(em, Parcel),
    parcelsByShipmentId: groupedLoader<string, Parcel>(
      (ids) => em.find(Parcel, { shipmentId: { $in: uuids(ids) } }, { orderBy: { shipmentId: 'asc', sequence: 'asc' } }),
      (parcel) => parcel.shipmentId,
    ),
    itemsByParcelId: groupedLoader<string, ParcelItem>(
      (ids) => em.find(ParcelItem, { parcelId: { $in: uuids(ids) } }),
      (item) => item.parcelId,
    ),
    trackingEventById: entityByIdLoader(em, TrackingEvent),
    trackingEventsByParcelId: groupedLoader<string, TrackingEvent>(
      (ids) => em.find(TrackingEvent, { parcelId: { $in: uuids(ids) } }, { orderBy: { parcelId: 'asc', occurredAt: 'asc', receivedAt: 'asc' } }),
      (event) => event.parcelId,
    ),
    pickWaveById: entityByIdLoader(em, PickWave),
    /** Keyed `locationId|skuCode`. */
    binByLocationAndSku: new DataLoader<string, BinLocation | null>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const locationIds = uuids(pairs.map(([locationId]) => locationId));
      const skuCodes = [...new Set(pairs.map(([, sku]) => sku))];
      const found = locationIds.length === 0 ? [] : await em.find(BinLocation, { locationId: { $in: locationIds }, skuCode: { $in: skuCodes } });
      const byKey = new Map(found.map((bin) => [`${bin.locationId}|${bin.skuCode}`, bin]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    deliveriesByFulfillmentOrderId: groupedLoader<string, WebhookDelivery>(
      (ids) => em.find(WebhookDelivery, { fulfillmentOrderId: { $in: uuids(ids) } }, { orderBy: { createdAt: 'asc' } }),
      (delivery) => delivery.fulfillmentOrderId,
    ),
  };
}

export type FulfillmentLoaders = ReturnType<typeof createFulfillmentLoaders>;
