import { demoClock, demoId, type EntityManager, type Logger } from '@oms/platform';
import { seedDeliveryNetworkDemoData } from './demo-delivery-network.ts';
import { releaseAllocationUnits } from './domain/allocation-units.ts';
import { sourceHistoricOrder } from './domain/allocation.service.ts';
import { StockJournal } from './domain/stock-journal.ts';
import { applyStockChanges } from './domain/stock-writer.ts';
import { ChannelSetting } from './entities/channel-setting.entity.ts';
import { Location, SALES_CHANNELS, type LocationType, type SalesChannel } from './entities/location.entity.ts';
import { PriceListEntry } from './entities/price-list-entry.entity.ts';
import { PriceList } from './entities/price-list.entity.ts';
import { PurchaseOrderLine } from './entities/purchase-order-line.entity.ts';
import { PurchaseOrder } from './entities/purchase-order.entity.ts';
import { ShippingRate } from './entities/shipping-rate.entity.ts';
import { ShippingZone } from './entities/shipping-zone.entity.ts';
import { Sku, type SkuAttribute } from './entities/sku.entity.ts';
import { StockLevel } from './entities/stock-level.entity.ts';
import { StockMovement } from './entities/stock-movement.entity.ts';
import { TransferLine } from './entities/transfer-line.entity.ts';
import { Transfer } from './entities/transfer.entity.ts';

interface DemoLocation {
  code: string;
  name: string;
  type: LocationType;
  line1: string;
  city: string;
  postalCode: string;
  region: string;
  latitude: number;
  longitude: number;
  /** Stores only: online orders per day they can take. */
  dailyOrderCapacity?: number;
}

const WAREHOUSE_CHANNELS: readonly SalesChannel[] = ['WEB', 'MOBILE', 'CALL_CENTER', 'MARKETPLACE'];

/** Two warehouses and four stores; ids are `demoId('location', code)`, as the other subgraphs expect. */
export const DEMO_LOCATIONS: readonly DemoLocation[] = [
  { code: 'WH-LYON', name: 'Entrepôt Lyon Saint-Priest', type: 'WAREHOUSE', line1: "15 rue de l'Aviation, ZI Mi-Plaine", city: 'Saint-Priest', postalCode: '69800', region: 'Auvergne-Rhône-Alpes', latitude: 45.696, longitude: 4.944 },
  { code: 'WH-PARIS', name: 'Entrepôt Paris Nord – Gonesse', type: 'WAREHOUSE', line1: '14 avenue Georges Pompidou, ZAC des Tulipes', city: 'Gonesse', postalCode: '95500', region: 'Île-de-France', latitude: 48.987, longitude: 2.449 },
  { code: 'ST-PARIS-RIVOLI', name: 'Paris Rivoli', type: 'STORE', line1: '112 rue de Rivoli', city: 'Paris', postalCode: '75001', region: 'Île-de-France', latitude: 48.8606, longitude: 2.347, dailyOrderCapacity: 80 },
  { code: 'ST-LYON-PARTDIEU', name: 'Lyon Part-Dieu', type: 'STORE', line1: '17 rue du Docteur Bouchut', city: 'Lyon', postalCode: '69003', region: 'Auvergne-Rhône-Alpes', latitude: 45.761, longitude: 4.857, dailyOrderCapacity: 60 },
  { code: 'ST-MARSEILLE', name: 'Marseille Vieux-Port', type: 'STORE', line1: '24 La Canebière', city: 'Marseille', postalCode: '13001', region: "Provence-Alpes-Côte d'Azur", latitude: 43.296, longitude: 5.374, dailyOrderCapacity: 50 },
  { code: 'ST-BORDEAUX', name: 'Bordeaux Sainte-Catherine', type: 'STORE', line1: '85 rue Sainte-Catherine', city: 'Bordeaux', postalCode: '33000', region: 'Nouvelle-Aquitaine', latitude: 44.84, longitude: -0.573, dailyOrderCapacity: 40 },
];

/** The item master of an apparel retailer; the orders demo data refers to several of these codes. */
export const DEMO_SKUS: readonly (readonly [code: string, name: string])[] = [
  ['TSHIRT-CLASSIC-WHT-S', 'Classic T-shirt, white, S'],
  ['TSHIRT-CLASSIC-WHT-M', 'Classic T-shirt, white, M'],
  ['TSHIRT-CLASSIC-WHT-L', 'Classic T-shirt, white, L'],
  ['TSHIRT-CLASSIC-BLK-S', 'Classic T-shirt, black, S'],
  ['TSHIRT-CLASSIC-BLK-M', 'Classic T-shirt, black, M'],
  ['TSHIRT-CLASSIC-BLK-L', 'Classic T-shirt, black, L'],
  ['JEANS-SLIM-IND-30', 'Slim jeans, indigo, W30'],
  ['JEANS-SLIM-IND-32', 'Slim jeans, indigo, W32'],
  ['JEANS-SLIM-IND-34', 'Slim jeans, indigo, W34'],
  ['JEANS-STRAIGHT-BLK-32', 'Straight jeans, black, W32'],
  ['JEANS-STRAIGHT-BLK-34', 'Straight jeans, black, W34'],
  ['SNEAKER-RUN-BLK-40', 'Running sneaker, black, 40'],
  ['SNEAKER-RUN-BLK-41', 'Running sneaker, black, 41'],
  ['SNEAKER-RUN-BLK-42', 'Running sneaker, black, 42'],
  ['SNEAKER-RUN-BLK-43', 'Running sneaker, black, 43'],
  ['SNEAKER-RUN-BLK-44', 'Running sneaker, black, 44'],
  ['SNEAKER-RUN-WHT-42', 'Running sneaker, white, 42'],
  ['HOODIE-ZIP-GRY-M', 'Zip hoodie, heather grey, M'],
  ['HOODIE-ZIP-GRY-L', 'Zip hoodie, heather grey, L'],
  ['HOODIE-ZIP-GRY-XL', 'Zip hoodie, heather grey, XL'],
  ['HOODIE-ZIP-NVY-L', 'Zip hoodie, navy, L'],
  ['CAP-BASE-NVY', 'Baseball cap, navy'],
  ['CAP-BASE-BLK', 'Baseball cap, black'],
  ['JACKET-RAIN-YEL-S', 'Rain jacket, yellow, S'],
  ['JACKET-RAIN-YEL-M', 'Rain jacket, yellow, M'],
  ['JACKET-RAIN-YEL-L', 'Rain jacket, yellow, L'],
  ['JACKET-RAIN-NVY-M', 'Rain jacket, navy, M'],
  ['SOCKS-WOOL-GRY-39', 'Wool socks, grey, 39–41'],
  ['SOCKS-WOOL-GRY-42', 'Wool socks, grey, 42–44'],
  ['SOCKS-WOOL-GRY-45', 'Wool socks, grey, 45–47'],
  ['SOCKS-COTTON-WHT-39', 'Cotton socks, white, 39–41'],
  ['SOCKS-COTTON-WHT-42', 'Cotton socks, white, 42–44'],
  ['SCARF-WOOL-RED', 'Wool scarf, red'],
  ['SCARF-WOOL-GRY', 'Wool scarf, grey'],
  ['BAG-TOTE-CNV', 'Canvas tote bag'],
  ['BAG-BACKPACK-BLK', 'Everyday backpack, black'],
  ['DRESS-LINEN-BLU-S', 'Linen dress, blue, S'],
  ['DRESS-LINEN-BLU-M', 'Linen dress, blue, M'],
  ['DRESS-LINEN-BLU-L', 'Linen dress, blue, L'],
  ['DRESS-LINEN-WHT-M', 'Linen dress, white, M'],
  ['SHIRT-OXFORD-BLU-S', 'Oxford shirt, blue, S'],
  ['SHIRT-OXFORD-BLU-M', 'Oxford shirt, blue, M'],
  ['SHIRT-OXFORD-BLU-L', 'Oxford shirt, blue, L'],
  ['SHIRT-OXFORD-WHT-M', 'Oxford shirt, white, M'],
  ['SWEATER-MERINO-GRY-M', 'Merino sweater, grey, M'],
  ['SWEATER-MERINO-GRY-L', 'Merino sweater, grey, L'],
  ['SWEATER-MERINO-BGE-M', 'Merino sweater, beige, M'],
  ['CHINO-SLIM-BGE-32', 'Slim chinos, beige, W32'],
  ['CHINO-SLIM-BGE-34', 'Slim chinos, beige, W34'],
  ['CHINO-SLIM-NVY-32', 'Slim chinos, navy, W32'],
];

interface ProductFamily {
  prefix: string;
  /** Unit price in cents, VAT included, the same in every channel. */
  price: number;
  material: string;
  weightGrams: number;
  /** Folded parcel size, mm. */
  dimensions: readonly [number, number, number];
  returnable: boolean;
}

const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  { prefix: 'TSHIRT-CLASSIC', price: 1990, material: 'Organic cotton', weightGrams: 180, dimensions: [300, 220, 20], returnable: true },
  { prefix: 'JEANS-SLIM', price: 5990, material: 'Denim, 98 % cotton', weightGrams: 650, dimensions: [350, 280, 50], returnable: true },
  { prefix: 'JEANS-STRAIGHT', price: 6490, material: 'Denim, 100 % cotton', weightGrams: 700, dimensions: [350, 280, 50], returnable: true },
  { prefix: 'SNEAKER-RUN', price: 8990, material: 'Recycled mesh', weightGrams: 900, dimensions: [330, 210, 120], returnable: true },
  { prefix: 'HOODIE-ZIP', price: 4990, material: 'Brushed cotton fleece', weightGrams: 600, dimensions: [350, 280, 60], returnable: true },
  { prefix: 'CAP-BASE', price: 1490, material: 'Cotton twill', weightGrams: 110, dimensions: [260, 190, 120], returnable: true },
  { prefix: 'JACKET-RAIN', price: 7990, material: 'Waterproof recycled polyester', weightGrams: 750, dimensions: [380, 300, 70], returnable: true },
  // Hygiene: socks are not taken back once sent.
  { prefix: 'SOCKS-WOOL', price: 990, material: 'Merino wool blend', weightGrams: 80, dimensions: [200, 100, 30], returnable: false },
  { prefix: 'SOCKS-COTTON', price: 690, material: 'Combed cotton', weightGrams: 60, dimensions: [200, 100, 30], returnable: false },
  { prefix: 'SCARF-WOOL', price: 2990, material: 'Lambswool', weightGrams: 200, dimensions: [300, 200, 40], returnable: true },
  { prefix: 'BAG-TOTE', price: 3490, material: 'Heavy canvas', weightGrams: 400, dimensions: [400, 350, 30], returnable: true },
  { prefix: 'BAG-BACKPACK', price: 5490, material: 'Recycled nylon', weightGrams: 800, dimensions: [450, 300, 150], returnable: true },
  { prefix: 'DRESS-LINEN', price: 6990, material: 'Linen', weightGrams: 350, dimensions: [350, 280, 40], returnable: true },
  { prefix: 'SHIRT-OXFORD', price: 4490, material: 'Oxford cotton', weightGrams: 300, dimensions: [330, 250, 40], returnable: true },
  { prefix: 'SWEATER-MERINO', price: 7490, material: 'Extra-fine merino', weightGrams: 400, dimensions: [350, 280, 50], returnable: true },
  { prefix: 'CHINO-SLIM', price: 4990, material: 'Stretch cotton twill', weightGrams: 550, dimensions: [350, 280, 50], returnable: true },
];

const COLOURS: Readonly<Record<string, string>> = {
  WHT: 'white', BLK: 'black', IND: 'indigo', GRY: 'grey', NVY: 'navy', YEL: 'yellow', RED: 'red', BLU: 'blue', BGE: 'beige', CNV: 'natural',
};

function familyOf(code: string): ProductFamily {
  const family = PRODUCT_FAMILIES.find((candidate) => code.startsWith(`${candidate.prefix}-`));
  if (!family) throw new Error(`no product family for demo SKU ${code}`);
  return family;
}

function attributesOf(code: string, family: ProductFamily): SkuAttribute[] {
  const parts = code.slice(family.prefix.length + 1).split('-');
  const attributes: SkuAttribute[] = [];
  const colour = COLOURS[parts[0] ?? ''];
  if (colour) attributes.push({ name: 'colour', value: colour });
  if (parts[1]) attributes.push({ name: 'size', value: parts[1] });
  attributes.push({ name: 'material', value: family.material });
  return attributes;
}

/** Out of stock everywhere, but inbound on purchase orders and open for presell. */
const PRESELL_LIMITS: Readonly<Record<string, number>> = { 'JACKET-RAIN-NVY-M': 20, 'SWEATER-MERINO-BGE-M': 15 };

/** Units of the channel kept back at every location (marketplace stock feeds lag behind). */
const CHANNEL_BUFFERS: Readonly<Record<SalesChannel, number>> = { WEB: 0, MOBILE: 0, STORE: 0, CALL_CENTER: 0, MARKETPLACE: 1 };

interface DemoStock {
  onHand: number;
  safetyStock: number;
}

/**
 * Deterministic spread (no randomness, so every run and every test sees the same figures):
 * warehouses hold nearly every SKU in quantity, each store about two thirds of the range in
 * small quantities, some levels are at zero. Nothing is reserved here: reserved comes only from
 * the allocations below, so it always equals what is held.
 */
/** Shelves the spread would fill but that were empty when the demo orders came in (`SKU@location`). */
const DEMO_STOCK_GAPS: ReadonlySet<string> = new Set(['CAP-BASE-NVY@ST-BORDEAUX']);

function demoStock(skuIndex: number, locationIndex: number, type: LocationType): DemoStock | undefined {
  if (type === 'WAREHOUSE') {
    if ((skuIndex + locationIndex * 5) % 17 === 16) return undefined;
    const onHand = (skuIndex * 7 + locationIndex * 3) % 13 === 5 ? 0 : 20 + ((skuIndex * 11 + locationIndex * 17) % 90);
    return { onHand, safetyStock: (skuIndex + locationIndex) % 4 };
  }
  if ((skuIndex + locationIndex) % 3 === 0) return undefined;
  const onHand = (skuIndex * 5 + locationIndex * 3) % 9;
  return { onHand, safetyStock: onHand === 0 ? 0 : (skuIndex + locationIndex) % 2 };
}

/** What became of a demo order line's held units. */
type DemoLineOutcome = 'SHIPPED' | 'HELD' | 'RELEASED';

interface DemoOrderSourcing {
  /** `demoId('order', n)` in the orders service, `OMS-10000<n+1>`. */
  order: number;
  channel: SalesChannel;
  /** SHIP: the destination's postal code (France); PICKUP: the store's code. */
  shipTo?: string;
  pickupAt?: string;
  /** Hours before seeding the order was placed (the orders service's demo data agrees). */
  placedHoursAgo: number;
  lines: readonly { line: number; sku: string; quantity: number; outcome: DemoLineOutcome }[];
}

/**
 * The demo orders as sourcing saw them: each is sourced by the engine under the rules in force
 * when it was placed, against the stock of the time (oldest first), which records its decision
 * trace and allocations; then what happened next is applied (units shipped, or released by a
 * cancellation). The locations chosen are those the fulfillment demo data ships from.
 */
export const DEMO_ORDER_SOURCING: readonly DemoOrderSourcing[] = [
  { order: 0, channel: 'WEB', shipTo: '69002', placedHoursAgo: 22 * 24, lines: [{ line: 1, sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2, outcome: 'SHIPPED' }, { line: 2, sku: 'JEANS-SLIM-IND-32', quantity: 1, outcome: 'SHIPPED' }] },
  { order: 8, channel: 'WEB', shipTo: '59000', placedHoursAgo: 12 * 24, lines: [{ line: 1, sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 1, outcome: 'SHIPPED' }] },
  { order: 6, channel: 'WEB', shipTo: '75011', placedHoursAgo: 9 * 24, lines: [{ line: 1, sku: 'BAG-TOTE-CNV', quantity: 1, outcome: 'RELEASED' }] },
  { order: 2, channel: 'MOBILE', shipTo: '33000', placedHoursAgo: 4 * 24, lines: [{ line: 1, sku: 'HOODIE-ZIP-GRY-L', quantity: 1, outcome: 'SHIPPED' }, { line: 2, sku: 'CAP-BASE-NVY', quantity: 2, outcome: 'HELD' }] },
  { order: 1, channel: 'WEB', shipTo: '75009', placedHoursAgo: 3 * 24, lines: [{ line: 1, sku: 'SNEAKER-RUN-BLK-42', quantity: 1, outcome: 'SHIPPED' }] },
  { order: 7, channel: 'MARKETPLACE', shipTo: '69002', placedHoursAgo: 26, lines: [{ line: 1, sku: 'DRESS-LINEN-BLU-S', quantity: 1, outcome: 'HELD' }] },
  { order: 3, channel: 'WEB', shipTo: '13001', placedHoursAgo: 18, lines: [{ line: 1, sku: 'JACKET-RAIN-YEL-M', quantity: 1, outcome: 'HELD' }] },
  { order: 4, channel: 'CALL_CENTER', shipTo: '06000', placedHoursAgo: 0.5, lines: [{ line: 1, sku: 'SOCKS-WOOL-GRY-39', quantity: 3, outcome: 'HELD' }] },
  { order: 5, channel: 'STORE', pickupAt: 'ST-LYON-PARTDIEU', placedHoursAgo: 0.25, lines: [{ line: 1, sku: 'SCARF-WOOL-RED', quantity: 1, outcome: 'HELD' }] },
];

const DEMO_PURCHASE_ORDERS = [
  { number: 'PO-2026-0001', supplier: 'Atelier Textile du Nord', location: 'WH-LYON', inDays: 7, lines: [['JACKET-RAIN-NVY-M', 40], ['TSHIRT-CLASSIC-WHT-M', 120], ['SOCKS-WOOL-GRY-39', 60]] },
  { number: 'PO-2026-0002', supplier: 'Iberia Denim SL', location: 'WH-PARIS', inDays: 14, lines: [['JEANS-SLIM-IND-32', 50], ['SWEATER-MERINO-BGE-M', 30], ['CHINO-SLIM-BGE-32', 40]] },
  { number: 'PO-2026-0003', supplier: 'Nordic Wool AB', location: 'WH-LYON', inDays: 21, lines: [['SWEATER-MERINO-BGE-M', 20], ['SCARF-WOOL-GRY', 30]] },
] as const;

/** Replenishment of the Rivoli store, shipped yesterday: in transit, sellable nowhere. */
const DEMO_TRANSFER = { from: 'WH-PARIS', to: 'ST-PARIS-RIVOLI', lines: [['SNEAKER-RUN-BLK-42', 4], ['HOODIE-ZIP-GRY-L', 3]] } as const;

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * A parcel carrier's grid from France (EUR, cents): mainland, Corsica (FR-20R), neighbours, the
 * rest of the world; bands up to 0.5, 1, 2, 5, 10 and 30 kg.
 */
const DEMO_SHIPPING_ZONES = [
  ['FR', 'FR', 'FR-MAINLAND'],
  ['FR', 'FR-20R', 'FR-CORSICA'],
  ['FR', 'BE', 'EU-1'],
  ['FR', 'LU', 'EU-1'],
  ['FR', 'DE', 'EU-1'],
  ['FR', 'NL', 'EU-1'],
  ['FR', 'ES', 'EU-1'],
  ['FR', 'IT', 'EU-1'],
  ['FR', '*', 'WORLD'],
] as const;
const DEMO_SHIPPING_BANDS = [500, 1000, 2000, 5000, 10000, 30000] as const;
const DEMO_SHIPPING_PRICES: Readonly<Record<string, readonly number[]>> = {
  'FR-MAINLAND': [495, 590, 690, 890, 1290, 1990],
  'FR-CORSICA': [790, 890, 1090, 1490, 1990, 2990],
  'EU-1': [990, 1190, 1490, 1890, 2490, 3990],
  WORLD: [1990, 2490, 2990, 3990, 5490, 8990],
};

export async function seedInventoryDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Location)) > 0) return;
  const now = Date.now();
  const createdAt = new Date(now - 400 * DAY);
  const locations = DEMO_LOCATIONS.map(({ code, dailyOrderCapacity, ...place }) => {
    const store = place.type === 'STORE';
    return em.create(Location, {
      id: demoId('location', code),
      code,
      ...place,
      country: 'FR',
      active: true,
      ships: !store,
      pickup: store,
      shipFromStore: store,
      channels: store ? [...SALES_CHANNELS] : [...WAREHOUSE_CHANNELS],
      dailyOrderCapacity: dailyOrderCapacity ?? null,
      defaultSafetyStock: store ? 1 : 2,
      createdAt,
    });
  });
  const locationByCode = new Map(locations.map((location) => [location.code, location]));
  const skus = DEMO_SKUS.map(([code, name]) => {
    const family = familyOf(code);
    return em.create(Sku, {
      code,
      name,
      attributes: attributesOf(code, family),
      weightGrams: family.weightGrams,
      lengthMm: family.dimensions[0],
      widthMm: family.dimensions[1],
      heightMm: family.dimensions[2],
      returnable: family.returnable,
      presellLimit: PRESELL_LIMITS[code] ?? 0,
      createdAt,
    });
  });
  for (const channel of SALES_CHANNELS) em.create(ChannelSetting, { channel, safetyBuffer: CHANNEL_BUFFERS[channel], updatedAt: createdAt });

  const levels = new Map<string, StockLevel>();
  skus.forEach((sku, skuIndex) => {
    locations.forEach((location, locationIndex) => {
      const stock = DEMO_STOCK_GAPS.has(`${sku.code}@${location.code}`) ? undefined : demoStock(skuIndex, locationIndex, location.type);
      if (!stock) return;
      const presell = PRESELL_LIMITS[sku.code] !== undefined;
      const level = em.create(StockLevel, {
        id: demoId('stock-level', `${sku.code}@${location.code}`),
        sku,
        location,
        onHand: presell ? 0 : stock.onHand,
        reserved: 0,
        safetyStock: stock.safetyStock,
        updatedAt: createdAt,
      });
      levels.set(`${sku.code}@${location.code}`, level);
    });
  });
  const levelOf = (sku: string, location: string): StockLevel => {
    let level = levels.get(`${sku}@${location}`);
    if (!level) {
      level = em.create(StockLevel, {
        id: demoId('stock-level', `${sku}@${location}`),
        sku: em.getReference(Sku, sku),
        location: locationByCode.get(location)!,
        onHand: 0,
        reserved: 0,
        safetyStock: 0,
        updatedAt: createdAt,
      });
      levels.set(`${sku}@${location}`, level);
    }
    return level;
  };
  const ledger = (level: StockLevel, kind: 'ALLOCATION' | 'TRANSFER_OUT', before: { onHand: number; reserved: number }, reference: string, reason: string, at: Date) =>
    em.create(StockMovement, {
      sku: level.sku,
      location: level.location,
      kind,
      onHandBefore: before.onHand,
      onHandAfter: level.onHand,
      reservedBefore: before.reserved,
      reservedAfter: level.reserved,
      reason,
      reference,
      createdAt: at,
    });

  for (const channel of SALES_CHANNELS) {
    const list = em.create(PriceList, {
      id: demoId('price-list', channel),
      name: `${channel.replace('_', ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase())} prices ${new Date(now - 365 * DAY).getUTCFullYear()}`,
      channel,
      currency: 'EUR',
      validFrom: new Date(now - 365 * DAY),
      validTo: null,
      createdAt,
    });
    for (const sku of skus) em.create(PriceListEntry, { priceList: list, sku, amount: familyOf(sku.code).price });
  }

  for (const demo of DEMO_PURCHASE_ORDERS) {
    const order = em.create(PurchaseOrder, {
      id: demoId('purchase-order', demo.number),
      number: demo.number,
      supplier: demo.supplier,
      location: locationByCode.get(demo.location)!,
      status: 'OPEN',
      expectedAt: new Date(now + demo.inDays * DAY),
      createdAt: new Date(now - 10 * DAY),
      updatedAt: new Date(now - 10 * DAY),
    });
    for (const [sku, quantity] of demo.lines) {
      em.create(PurchaseOrderLine, { purchaseOrder: order, sku: em.getReference(Sku, sku), quantityOrdered: quantity, quantityReceived: 0, quantityPromised: 0 });
    }
  }

  const shippedAt = new Date(now - DAY);
  const transfer = em.create(Transfer, {
    id: demoId('transfer', 'demo-1'),
    fromLocation: locationByCode.get(DEMO_TRANSFER.from)!,
    toLocation: locationByCode.get(DEMO_TRANSFER.to)!,
    status: 'SHIPPED',
    reference: 'Weekly replenishment, Paris Rivoli',
    shippedAt,
    receivedAt: null,
    createdAt: new Date(now - 2 * DAY),
    updatedAt: shippedAt,
  });
  for (const [sku, quantity] of DEMO_TRANSFER.lines) {
    em.create(TransferLine, { transfer, sku: em.getReference(Sku, sku), quantity, receivedQuantity: 0 });
    // The units left the warehouse when it shipped: on hand there is what remained.
    const level = levelOf(sku, DEMO_TRANSFER.from);
    const before = { onHand: Math.max(level.onHand, level.reserved) + quantity, reserved: level.reserved };
    level.onHand = before.onHand - quantity;
    ledger(level, 'TRANSFER_OUT', before, transfer.id, 'transfer shipped', shippedAt);
  }

  for (const [originCountry, destination, zone] of DEMO_SHIPPING_ZONES) {
    em.create(ShippingZone, { originCountry, destination, zone, createdBy: 'system', createdAt });
  }
  for (const [zone, prices] of Object.entries(DEMO_SHIPPING_PRICES)) {
    prices.forEach((amount, band) => em.create(ShippingRate, { zone, maxWeightGrams: DEMO_SHIPPING_BANDS[band]!, amount, currency: 'EUR', createdBy: 'system', createdAt }));
  }

  seedDeliveryNetworkDemoData(em, locations);

  await em.flush();
  const allocations = await em.transactional((tx) => sourceDemoOrders(tx));
  logger.info(
    { locations: locations.length, skus: skus.length, stockLevels: levels.size, allocations, purchaseOrders: DEMO_PURCHASE_ORDERS.length },
    'inventory demo data loaded',
  );
}

/** Sources the demo orders oldest first, then ships or releases their units as happened since; returns the allocations made. */
async function sourceDemoOrders(tx: EntityManager): Promise<number> {
  const clock = demoClock();
  let count = 0;
  for (const demo of [...DEMO_ORDER_SOURCING].sort((a, b) => b.placedHoursAgo - a.placedHoursAgo)) {
    const orderId = demoId('order', demo.order);
    const lineIdOf = (line: number) => demoId('order-line', `${demo.order}:${line}`);
    const outcomes = new Map(demo.lines.map((line) => [lineIdOf(line.line), line.outcome]));
    const lineNumbers = new Map(demo.lines.map((line) => [lineIdOf(line.line), line.line]));
    const allocations = await sourceHistoricOrder(
      tx,
      {
        orderId,
        channel: demo.channel,
        delivery: demo.pickupAt
          ? { method: 'PICKUP', pickupLocationId: demoId('location', demo.pickupAt), country: 'FR' }
          : { method: 'SHIP', country: 'FR', postalCode: demo.shipTo ?? null },
        lines: demo.lines.map((line) => ({ lineId: lineIdOf(line.line), sku: line.sku, quantity: line.quantity })),
      },
      new Date(clock - demo.placedHoursAgo * HOUR),
      // One allocation per line (a demo line that split would collide here, loudly).
      (line) => demoId('allocation', `${demo.order}:${lineNumbers.get(line.lineId)}`),
    );
    await tx.flush();
    const journal = new StockJournal(tx);
    const shipped = allocations.filter((allocation) => outcomes.get(allocation.orderLineId) === 'SHIPPED');
    for (const allocation of shipped) allocation.status = 'SHIPPED';
    await applyStockChanges(
      tx,
      journal,
      shipped.map((allocation) => ({ sku: allocation.sku.code, locationId: allocation.location.id, onHandDelta: -allocation.quantity, reservedDelta: -allocation.quantity, kind: 'SHIPMENT' as const, reason: 'shipped', reference: orderId })),
    );
    const released = allocations.filter((allocation) => outcomes.get(allocation.orderLineId) === 'RELEASED');
    await releaseAllocationUnits(tx, journal, released.map((allocation) => ({ allocation, quantity: allocation.quantity })), { reason: 'order cancelled', reference: orderId });
    count += allocations.length;
  }
  return count;
}
