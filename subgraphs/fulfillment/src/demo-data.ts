import { demoClock, demoId, type EntityManager, type Logger } from '@oms/platform';
import { BinLocation } from './entities/bin-location.entity.ts';
import { FulfillmentOrderLine } from './entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder, type FulfillmentOrderStatus, type FulfillmentType, type ShipToAddress } from './entities/fulfillment-order.entity.ts';
import { LocationProfile, type LocationType } from './entities/location-profile.entity.ts';
import { ParcelItem } from './entities/parcel-item.entity.ts';
import { Parcel, type TrackingStatus } from './entities/parcel.entity.ts';
import { Shipment, type ShipmentStatus } from './entities/shipment.entity.ts';
import { TrackingEvent } from './entities/tracking-event.entity.ts';

const HOUR = 3600 * 1000;

/** The demo locations of the inventory subgraph (ids are `demoId('location', code)`). */
const DEMO_LOCATIONS: readonly (readonly [code: string, type: LocationType])[] = [
  ['WH-LYON', 'WAREHOUSE'],
  ['WH-PARIS', 'WAREHOUSE'],
  ['ST-PARIS-RIVOLI', 'STORE'],
  ['ST-LYON-PARTDIEU', 'STORE'],
  ['ST-MARSEILLE', 'STORE'],
  ['ST-BORDEAUX', 'STORE'],
];

/** The inventory subgraph's demo item master, by product family (the aisles of the warehouses). */
const DEMO_SKU_FAMILIES: readonly (readonly string[])[] = [
  ['TSHIRT-CLASSIC-WHT-S', 'TSHIRT-CLASSIC-WHT-M', 'TSHIRT-CLASSIC-WHT-L', 'TSHIRT-CLASSIC-BLK-S', 'TSHIRT-CLASSIC-BLK-M', 'TSHIRT-CLASSIC-BLK-L'],
  ['SHIRT-OXFORD-BLU-S', 'SHIRT-OXFORD-BLU-M', 'SHIRT-OXFORD-BLU-L', 'SHIRT-OXFORD-WHT-M'],
  ['SWEATER-MERINO-GRY-M', 'SWEATER-MERINO-GRY-L', 'SWEATER-MERINO-BGE-M', 'HOODIE-ZIP-GRY-M', 'HOODIE-ZIP-GRY-L', 'HOODIE-ZIP-GRY-XL', 'HOODIE-ZIP-NVY-L'],
  ['JEANS-SLIM-IND-30', 'JEANS-SLIM-IND-32', 'JEANS-SLIM-IND-34', 'JEANS-STRAIGHT-BLK-32', 'JEANS-STRAIGHT-BLK-34', 'CHINO-SLIM-BGE-32', 'CHINO-SLIM-BGE-34', 'CHINO-SLIM-NVY-32'],
  ['DRESS-LINEN-BLU-S', 'DRESS-LINEN-BLU-M', 'DRESS-LINEN-BLU-L', 'DRESS-LINEN-WHT-M'],
  ['JACKET-RAIN-YEL-S', 'JACKET-RAIN-YEL-M', 'JACKET-RAIN-YEL-L', 'JACKET-RAIN-NVY-M'],
  ['SNEAKER-RUN-BLK-40', 'SNEAKER-RUN-BLK-41', 'SNEAKER-RUN-BLK-42', 'SNEAKER-RUN-BLK-43', 'SNEAKER-RUN-BLK-44', 'SNEAKER-RUN-WHT-42'],
  ['SOCKS-WOOL-GRY-39', 'SOCKS-WOOL-GRY-42', 'SOCKS-WOOL-GRY-45', 'SOCKS-COTTON-WHT-39', 'SOCKS-COTTON-WHT-42'],
  ['CAP-BASE-NVY', 'CAP-BASE-BLK', 'SCARF-WOOL-RED', 'SCARF-WOOL-GRY', 'BAG-TOTE-CNV', 'BAG-BACKPACK-BLK'],
];

/**
 * Bins of the demo locations: in the warehouses one aisle per product family, walked in a snake
 * (odd aisles backwards); in the stores' stockrooms two thirds of the range on numbered shelves.
 */
function demoBins(code: string, type: LocationType): { skuCode: string; binCode: string; walkSequence: number }[] {
  const bins: { skuCode: string; binCode: string; walkSequence: number }[] = [];
  DEMO_SKU_FAMILIES.forEach((family, aisle) => {
    family.forEach((skuCode, bay) => {
      if (type === 'WAREHOUSE') {
        const walked = aisle % 2 === 0 ? bay : family.length - 1 - bay;
        bins.push({ skuCode, binCode: `${code.slice(3, 4)}${String(aisle + 1).padStart(2, '0')}-${String(bay + 1).padStart(2, '0')}-${1 + (bay % 3)}`, walkSequence: (aisle + 1) * 100 + walked });
      } else if ((aisle + bay) % 3 !== 0) {
        bins.push({ skuCode, binCode: `SR-${String(aisle + 1).padStart(2, '0')}-${String.fromCharCode(65 + (bay % 4))}`, walkSequence: (aisle + 1) * 10 + bay });
      }
    });
  });
  return bins;
}

/** Ship-to addresses of the demo customers (as in the orders subgraph's demo orders). */
const SHIP_TO: Readonly<Record<number, ShipToAddress & { email: string }>> = {
  0: { name: 'Camille Martin', line1: '14 rue de la République', line2: null, city: 'Lyon', postalCode: '69002', region: 'Auvergne-Rhône-Alpes', country: 'FR', email: 'camille.martin@example.com' },
  1: { name: 'Lucas Bernard', line1: '8 boulevard Haussmann', line2: null, city: 'Paris', postalCode: '75009', region: 'Île-de-France', country: 'FR', email: 'lucas.bernard@example.com' },
  2: { name: 'Léa Dubois', line1: '27 quai des Chartrons', line2: null, city: 'Bordeaux', postalCode: '33000', region: 'Nouvelle-Aquitaine', country: 'FR', email: 'lea.dubois@example.com' },
  3: { name: 'Hugo Thomas', line1: '3 rue Paradis', line2: null, city: 'Marseille', postalCode: '13001', region: "Provence-Alpes-Côte d'Azur", country: 'FR', email: 'hugo.thomas@example.com' },
  8: { name: 'Inès Leroy', line1: '11 rue Nationale', line2: null, city: 'Lille', postalCode: '59000', region: 'Hauts-de-France', country: 'FR', email: 'ines.leroy@example.com' },
};

interface DemoShipment {
  key: string;
  /** Index of the demo order (`OMS-10000<n+1>`) in the orders subgraph; its customer has the same index there. */
  order: number;
  customer: number;
  /** Code of the demo location in the inventory subgraph. */
  location: string;
  /** The order's sales channel (as the orders service has it). */
  channel: 'WEB' | 'MOBILE' | 'STORE' | 'CALL_CENTER' | 'MARKETPLACE';
  type: FulfillmentType;
  fulfillmentStatus: FulfillmentOrderStatus;
  /** The order lines this shipment carries out; their allocations are `demoId('allocation', 'order:line')` in inventory. */
  allocations: readonly { line: number; sku: string; quantity: number }[];
  carrier?: string;
  serviceLevel?: string;
  trackingNumber?: string;
  status: ShipmentStatus;
  /**
   * Hours before seeding (the orders and inventory demo data name the same instants): the order was
   * placed, then released to fulfillment an hour later (which created this shipment), shipped, delivered.
   */
  placedHoursAgo: number;
  shippedHoursAgo?: number;
  deliveredHoursAgo?: number;
}

/** Shipments of the demo orders; order, customer, location and allocation ids agree with the other subgraphs' demo data. */
export const DEMO_SHIPMENTS: readonly DemoShipment[] = [
  { key: 'OMS-100001-1', order: 0, customer: 0, channel: 'WEB', location: 'ST-LYON-PARTDIEU', type: 'SHIP_FROM_STORE', fulfillmentStatus: 'SHIPPED', allocations: [{ line: 1, sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2 }, { line: 2, sku: 'JEANS-SLIM-IND-32', quantity: 1 }], carrier: 'Colissimo', serviceLevel: 'standard', trackingNumber: '6A12345678901', status: 'DELIVERED', placedHoursAgo: 22 * 24, shippedHoursAgo: 20 * 24, deliveredHoursAgo: 18 * 24 },
  { key: 'OMS-100002-1', order: 1, customer: 1, channel: 'WEB', location: 'WH-PARIS', type: 'SHIP', fulfillmentStatus: 'SHIPPED', allocations: [{ line: 1, sku: 'SNEAKER-RUN-BLK-42', quantity: 1 }], carrier: 'Chronopost', serviceLevel: 'express', trackingNumber: 'XY123456789FR', status: 'IN_TRANSIT', placedHoursAgo: 3 * 24, shippedHoursAgo: 24 },
  { key: 'OMS-100003-1', order: 2, customer: 2, channel: 'MOBILE', location: 'ST-BORDEAUX', type: 'SHIP_FROM_STORE', fulfillmentStatus: 'SHIPPED', allocations: [{ line: 1, sku: 'HOODIE-ZIP-GRY-L', quantity: 1 }], carrier: 'Colissimo', serviceLevel: 'standard', trackingNumber: '6A98765432109', status: 'SHIPPED', placedHoursAgo: 4 * 24, shippedHoursAgo: 2 * 24 },
  { key: 'OMS-100003-2', order: 2, customer: 2, channel: 'MOBILE', location: 'WH-LYON', type: 'SHIP', fulfillmentStatus: 'PICKING', allocations: [{ line: 2, sku: 'CAP-BASE-NVY', quantity: 2 }], status: 'PICKING', placedHoursAgo: 4 * 24 },
  { key: 'OMS-100004-1', order: 3, customer: 3, channel: 'WEB', location: 'ST-MARSEILLE', type: 'SHIP_FROM_STORE', fulfillmentStatus: 'CREATED', allocations: [{ line: 1, sku: 'JACKET-RAIN-YEL-M', quantity: 1 }], status: 'PENDING', placedHoursAgo: 18 },
  { key: 'OMS-100009-1', order: 8, customer: 8, channel: 'WEB', location: 'WH-PARIS', type: 'SHIP', fulfillmentStatus: 'SHIPPED', allocations: [{ line: 1, sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 1 }], carrier: 'DHL', serviceLevel: 'standard', trackingNumber: 'JD014600003SE', status: 'DELIVERED', placedHoursAgo: 12 * 24, shippedHoursAgo: 10 * 24, deliveredHoursAgo: 8 * 24 },
];

/** A plausible carrier history for a demo parcel, up to its status. */
function trackingHistory(shipment: DemoShipment, shippedAt: Date, deliveredAt: Date | null): { status: TrackingStatus; at: Date; location: string; message: string }[] {
  const events: { status: TrackingStatus; at: Date; location: string; message: string }[] = [
    { status: 'LABEL_CREATED', at: new Date(shippedAt.getTime() - 2 * HOUR), location: shipment.location, message: 'Label created' },
  ];
  if (shipment.status === 'SHIPPED') return events;
  events.push({ status: 'PICKED_UP', at: shippedAt, location: shipment.location, message: 'Parcel collected by the carrier' });
  events.push({ status: 'IN_TRANSIT', at: new Date(shippedAt.getTime() + 8 * HOUR), location: 'Hub', message: 'In transit to the delivery depot' });
  if (deliveredAt) {
    events.push({ status: 'OUT_FOR_DELIVERY', at: new Date(deliveredAt.getTime() - 4 * HOUR), location: SHIP_TO[shipment.customer]!.city, message: 'Out for delivery' });
    events.push({ status: 'DELIVERED', at: deliveredAt, location: SHIP_TO[shipment.customer]!.city, message: 'Delivered' });
  }
  return events;
}

function seedLocations(em: EntityManager): void {
  for (const [code, type] of DEMO_LOCATIONS) {
    const locationId = demoId('location', code);
    em.create(LocationProfile, { locationId, type });
    for (const bin of demoBins(code, type)) em.create(BinLocation, { id: demoId('bin', `${code}:${bin.skuCode}`), locationId, ...bin });
  }
}

function seedShipment(em: EntityManager, demo: DemoShipment, now: number): void {
  const hoursAgo = (hours: number | undefined) => (hours === undefined ? null : new Date(now - hours * HOUR));
  const placedAt = new Date(now - demo.placedHoursAgo * HOUR);
  // Released to fulfillment at the end of the demo's one-hour cancellation window.
  const createdAt = new Date(placedAt.getTime() + HOUR);
  const shippedAt = hoursAgo(demo.shippedHoursAgo);
  const deliveredAt = hoursAgo(demo.deliveredHoursAgo);
  const address = SHIP_TO[demo.customer]!;
  const { email, ...shipTo } = address;
  const fo = em.create(FulfillmentOrder, {
    id: demoId('fulfillment-order', demo.key),
    orderId: demoId('order', demo.order),
    orderNumber: demo.key.slice(0, 'OMS-100001'.length),
    customerId: demoId('customer', demo.customer),
    email,
    channel: demo.channel,
    locationId: demoId('location', demo.location),
    type: demo.type,
    status: demo.fulfillmentStatus,
    releaseEventId: demoId('release-event', demo.order),
    shipTo,
    orderPlacedAt: placedAt,
    createdAt,
    acceptedAt: demo.fulfillmentStatus === 'CREATED' ? null : new Date(createdAt.getTime() + HOUR),
    pickedAt: shippedAt ? new Date(shippedAt.getTime() - 6 * HOUR) : null,
    packedAt: shippedAt ? new Date(shippedAt.getTime() - 3 * HOUR) : null,
    shippedAt,
    updatedAt: deliveredAt ?? shippedAt ?? createdAt,
  });
  const lines = demo.allocations.map((allocation, index) =>
    em.create(FulfillmentOrderLine, {
      id: demoId('fulfillment-order-line', `${demo.key}:${index + 1}`),
      fulfillmentOrderId: fo.id,
      position: index + 1,
      orderLineId: demoId('order-line', `${demo.order}:${allocation.line}`),
      allocationId: demoId('allocation', `${demo.order}:${allocation.line}`),
      skuCode: allocation.sku,
      quantity: allocation.quantity,
      pickedQuantity: shippedAt ? allocation.quantity : null,
      cancelledQuantity: 0,
    }),
  );
  const shipment = em.create(Shipment, {
    id: demoId('shipment', demo.key),
    orderId: fo.orderId,
    customerId: fo.customerId ?? null,
    locationId: fo.locationId,
    fulfillmentOrderId: fo.id,
    carrier: demo.carrier ?? null,
    serviceLevel: demo.serviceLevel ?? null,
    trackingNumber: demo.trackingNumber ?? null,
    status: demo.status,
    shippedAt,
    deliveredAt,
    createdAt,
    updatedAt: deliveredAt ?? shippedAt ?? createdAt,
  });
  if (!shippedAt || !demo.carrier || !demo.trackingNumber) return;
  const history = trackingHistory(demo, shippedAt, deliveredAt);
  const parcel = em.create(Parcel, {
    id: demoId('parcel', `${demo.key}:1`),
    shipmentId: shipment.id,
    sequence: 1,
    status: history.at(-1)!.status,
    carrier: demo.carrier,
    carrierCode: demo.carrier.toLowerCase().replace(/[^a-z0-9]/g, ''),
    serviceLevel: demo.serviceLevel ?? null,
    trackingNumber: demo.trackingNumber,
    labelReference: `LBL-${demo.trackingNumber}`,
    weightGrams: 400 + 350 * lines.length,
    lengthMm: 350,
    widthMm: 250,
    heightMm: 100,
    deliveredAt,
    createdAt: new Date(shippedAt.getTime() - 3 * HOUR),
  });
  for (const line of lines) em.create(ParcelItem, { id: demoId('parcel-item', `${demo.key}:${line.position}`), parcelId: parcel.id, lineId: line.id, quantity: line.quantity });
  history.forEach((step, index) => {
    const event = em.create(TrackingEvent, {
      id: demoId('tracking-event', `${demo.key}:${index + 1}`),
      parcelId: parcel.id,
      status: step.status,
      occurredAt: step.at,
      location: step.location,
      message: step.message,
      source: index === 0 ? 'oms' : 'generic',
      externalId: index === 0 ? null : `demo-${demo.key}-${index + 1}`,
      receivedAt: step.at,
    });
    parcel.lastEventId = event.id;
    parcel.lastEventAt = step.at;
  });
}

/** Fulfillment of the demo orders, bins and location types; loaded when the service has no fulfillment order yet. */
export async function seedFulfillmentDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(FulfillmentOrder)) > 0) return;
  // Shipments seeded before fulfillment orders existed are replaced by the complete picture.
  await em.nativeDelete(Shipment, { id: { $in: DEMO_SHIPMENTS.map((demo) => demoId('shipment', demo.key)) } });
  if ((await em.count(LocationProfile)) === 0) seedLocations(em);
  const now = demoClock();
  for (const demo of DEMO_SHIPMENTS) seedShipment(em, demo, now);
  await em.flush();
  logger.info({ shipments: DEMO_SHIPMENTS.length }, 'fulfillment demo data loaded');
}
