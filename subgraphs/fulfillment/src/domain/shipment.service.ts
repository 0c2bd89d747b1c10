import type { FulfillmentContext } from '../context.ts';
import type { Shipment } from '../entities/shipment.entity.ts';

export function findShipment(ctx: FulfillmentContext, id: string): Promise<Shipment | null> {
  return ctx.loaders.shipmentById.load(id);
}

/** Shipments of one order, oldest first; none for an order this service has never shipped. */
export function listShipmentsOfOrder(ctx: FulfillmentContext, orderId: string): Promise<Shipment[]> {
  return ctx.loaders.shipmentsByOrderId.load(orderId);
}
