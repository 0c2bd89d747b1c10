import { entityByIdLoader, groupedLoader, isUuid, type EntityManager } from '@oms/platform';
import { Shipment } from '../entities/shipment.entity.ts';

export function createShipmentLoaders(em: EntityManager) {
  return {
    shipmentById: entityByIdLoader(em, Shipment),
    shipmentsByOrderId: groupedLoader<string, Shipment>(
      (orderIds) => {
        // Order ids come from other services' references; a non-UUID names no order and must not reach SQL.
        const valid = orderIds.filter(isUuid);
        if (valid.length === 0) return Promise.resolve([]);
        return em.find(Shipment, { orderId: { $in: valid } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      },
      (shipment) => shipment.orderId,
    ),
  };
}

export type ShipmentLoaders = ReturnType<typeof createShipmentLoaders>;
