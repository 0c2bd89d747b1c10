import type { FulfillmentContext } from '../context.ts';
import type { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import type { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import type { ParcelItem } from '../entities/parcel-item.entity.ts';
import type { Parcel } from '../entities/parcel.entity.ts';
import type { Shipment } from '../entities/shipment.entity.ts';
import { canSee, visibleOrNull } from './access.ts';
import { requireInteger } from './validation.ts';

export async function findShipment(ctx: FulfillmentContext, id: string): Promise<Shipment | null> {
  return visibleOrNull(ctx.access, await ctx.loaders.shipmentById.load(id));
}

/** Shipments of one order the caller may see, oldest first; none for an order this service has never shipped. */
export async function listShipmentsOfOrder(ctx: FulfillmentContext, orderId: string): Promise<Shipment[]> {
  return (await ctx.loaders.shipmentsByOrderId.load(orderId)).filter((shipment) => canSee(ctx.access, shipment));
}

/** A customer's shipments, newest first (the care 360° view); customers only ever get their own. */
export async function listShipmentsOfCustomer(ctx: FulfillmentContext, customerId: string, first: number | null | undefined): Promise<Shipment[]> {
  const size = requireInteger(first ?? 20, 'first', 1, 100);
  return (await ctx.loaders.shipmentsOfCustomer(size).load(customerId.toLowerCase())).filter((shipment) => canSee(ctx.access, shipment));
}

export function shipmentOfFulfillmentOrder(ctx: FulfillmentContext, fo: FulfillmentOrder): Promise<Shipment | null> {
  return ctx.loaders.shipmentByFulfillmentOrderId.load(fo.id);
}

export function fulfillmentOrderOfShipment(ctx: FulfillmentContext, shipment: Shipment): Promise<FulfillmentOrder | null> {
  return shipment.fulfillmentOrderId ? ctx.loaders.fulfillmentOrderById.load(shipment.fulfillmentOrderId) : Promise.resolve(null);
}

export function parcelsOfShipment(ctx: FulfillmentContext, shipment: Shipment): Promise<Parcel[]> {
  return ctx.loaders.parcelsByShipmentId.load(shipment.id);
}

export async function shipmentOfParcel(ctx: FulfillmentContext, parcel: Parcel): Promise<Shipment> {
  const shipment = await ctx.loaders.shipmentById.load(parcel.shipmentId);
  if (!shipment) throw new Error(`parcel ${parcel.id} has no shipment`);
  return shipment;
}

export function itemsOfParcel(ctx: FulfillmentContext, parcel: Parcel): Promise<ParcelItem[]> {
  return ctx.loaders.itemsByParcelId.load(parcel.id);
}

export async function lineOfItem(ctx: FulfillmentContext, item: ParcelItem): Promise<FulfillmentOrderLine> {
  const line = await ctx.loaders.lineById.load(item.lineId);
  if (!line) throw new Error(`parcel item ${item.id} has no line`);
  return line;
}

/** Where a line's SKU is shelved at its fulfillment order's location. */
export async function binCodeOfLine(ctx: FulfillmentContext, line: FulfillmentOrderLine): Promise<string | null> {
  const fo = await ctx.loaders.fulfillmentOrderById.load(line.fulfillmentOrderId);
  if (!fo) return null;
  return (await ctx.loaders.binByLocationAndSku.load(`${fo.locationId}|${line.skuCode}`))?.binCode ?? null;
}
