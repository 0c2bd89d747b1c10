import { demoId, type EntityManager, type Logger } from '@oms/platform';
import { Shipment, type ShipmentStatus } from './entities/shipment.entity.ts';

const DAY = 24 * 3600 * 1000;

interface DemoShipment {
  key: string;
  /** Index of the demo order (`OMS-10000<n+1>`) in the orders subgraph. */
  order: number;
  /** Code of the demo location in the inventory subgraph. */
  location: string;
  carrier?: string;
  trackingNumber?: string;
  status: ShipmentStatus;
  /** Days before seeding; a shipment is created a day before it leaves. */
  createdDaysAgo: number;
  shippedDaysAgo?: number;
  deliveredDaysAgo?: number;
}

/** Shipments of the demo orders; order and location ids agree with the orders and inventory demo data. */
export const DEMO_SHIPMENTS: readonly DemoShipment[] = [
  { key: 'OMS-100001-1', order: 0, location: 'WH-LYON', carrier: 'Colissimo', trackingNumber: '6A12345678901', status: 'DELIVERED', createdDaysAgo: 21, shippedDaysAgo: 20, deliveredDaysAgo: 18 },
  { key: 'OMS-100002-1', order: 1, location: 'WH-PARIS', carrier: 'Chronopost', trackingNumber: 'XY123456789FR', status: 'IN_TRANSIT', createdDaysAgo: 2, shippedDaysAgo: 1 },
  { key: 'OMS-100003-1', order: 2, location: 'ST-BORDEAUX', carrier: 'Colissimo', trackingNumber: '6A98765432109', status: 'SHIPPED', createdDaysAgo: 3, shippedDaysAgo: 2 },
  { key: 'OMS-100003-2', order: 2, location: 'WH-LYON', status: 'PICKING', createdDaysAgo: 2.5 },
  { key: 'OMS-100004-1', order: 3, location: 'ST-MARSEILLE', status: 'PENDING', createdDaysAgo: 0.5 },
  { key: 'OMS-100009-1', order: 8, location: 'WH-PARIS', carrier: 'DHL', trackingNumber: 'JD014600003SE', status: 'DELIVERED', createdDaysAgo: 11, shippedDaysAgo: 10, deliveredDaysAgo: 8 },
];

export async function seedFulfillmentDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Shipment)) > 0) return;
  const now = Date.now();
  const daysAgo = (days: number | undefined) => (days === undefined ? null : new Date(now - days * DAY));
  for (const shipment of DEMO_SHIPMENTS) {
    const createdAt = new Date(now - shipment.createdDaysAgo * DAY);
    em.create(Shipment, {
      id: demoId('shipment', shipment.key),
      orderId: demoId('order', shipment.order),
      locationId: demoId('location', shipment.location),
      carrier: shipment.carrier ?? null,
      trackingNumber: shipment.trackingNumber ?? null,
      status: shipment.status,
      shippedAt: daysAgo(shipment.shippedDaysAgo),
      deliveredAt: daysAgo(shipment.deliveredDaysAgo),
      createdAt,
      updatedAt: daysAgo(shipment.deliveredDaysAgo ?? shipment.shippedDaysAgo) ?? createdAt,
    });
  }
  await em.flush();
  logger.info({ shipments: DEMO_SHIPMENTS.length }, 'fulfillment demo data loaded');
}
