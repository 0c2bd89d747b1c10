import { demoClock, demoId, type EntityManager, type Logger } from '@oms/platform';
import { money, multiply, sum } from './domain/money.ts';
import { pathTo } from './domain/order-state.ts';
import { OrderHold } from './entities/order-hold.entity.ts';
import { OrderLine, type OrderLineStatus } from './entities/order-line.entity.ts';
import { OrderTransition } from './entities/order-transition.entity.ts';
import { Order, type OrderStatus, type SalesChannel } from './entities/order.entity.ts';
import { PaymentOperation } from './entities/payment-operation.entity.ts';
import { Payment, type PaymentStatus } from './entities/payment.entity.ts';
import { Promotion } from './entities/promotion.entity.ts';

/** The customers (by their index in the customers demo data) who ordered, with their home address. */
const DEMO_CUSTOMERS = {
  0: { first: 'Camille', last: 'Martin', line1: '14 rue de la République', postalCode: '69002', city: 'Lyon', region: 'Auvergne-Rhône-Alpes' },
  1: { first: 'Lucas', last: 'Bernard', line1: '8 boulevard Haussmann', postalCode: '75009', city: 'Paris', region: 'Île-de-France' },
  2: { first: 'Léa', last: 'Dubois', line1: '27 quai des Chartrons', postalCode: '33000', city: 'Bordeaux', region: 'Nouvelle-Aquitaine' },
  3: { first: 'Hugo', last: 'Thomas', line1: '3 rue Paradis', postalCode: '13001', city: 'Marseille', region: "Provence-Alpes-Côte d'Azur" },
  4: { first: 'Chloé', last: 'Robert', line1: '52 avenue Jean Médecin', postalCode: '06000', city: 'Nice', region: "Provence-Alpes-Côte d'Azur" },
  6: { first: 'Manon', last: 'Petit', line1: '6 place Bellecour', postalCode: '69002', city: 'Lyon', region: 'Auvergne-Rhône-Alpes' },
  7: { first: 'Gabriel', last: 'Durand', line1: '41 rue du Faubourg Saint-Antoine', postalCode: '75011', city: 'Paris', region: 'Île-de-France' },
  8: { first: 'Inès', last: 'Leroy', line1: '11 rue Nationale', postalCode: '59000', city: 'Lille', region: 'Hauts-de-France' },
} as const;

type DemoCustomerIndex = keyof typeof DEMO_CUSTOMERS;

interface DemoOrder {
  number: string;
  customer: DemoCustomerIndex;
  status: OrderStatus;
  channel: SalesChannel;
  /** Store orders are collected at the Lyon Part-Dieu store: nothing to ship. */
  ships: boolean;
  lines: { sku: string; quantity: number; unitPrice: number }[];
  /**
   * Hours before seeding (the inventory and fulfillment demo data name the same instants): placed,
   * first parcel shipped, delivered. Released orders went to fulfillment at the end of the demo
   * cancellation window; cancelled ones were cancelled within it.
   */
  placedHoursAgo: number;
  shippedHoursAgo?: number;
  deliveredHoursAgo?: number;
}

/** Nine orders across the stages of the order process; ids are `demoId('order', index)`. */
export const DEMO_ORDERS: readonly DemoOrder[] = [
  { number: 'OMS-100001', customer: 0, status: 'DELIVERED', channel: 'WEB', ships: true, placedHoursAgo: 22 * 24, shippedHoursAgo: 20 * 24, deliveredHoursAgo: 18 * 24, lines: [
    { sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2, unitPrice: 1990 },
    { sku: 'JEANS-SLIM-IND-32', quantity: 1, unitPrice: 5990 },
  ] },
  { number: 'OMS-100002', customer: 1, status: 'SHIPPED', channel: 'WEB', ships: true, placedHoursAgo: 3 * 24, shippedHoursAgo: 24, lines: [
    { sku: 'SNEAKER-RUN-BLK-42', quantity: 1, unitPrice: 8990 },
  ] },
  { number: 'OMS-100003', customer: 2, status: 'PARTIALLY_SHIPPED', channel: 'MOBILE', ships: true, placedHoursAgo: 4 * 24, shippedHoursAgo: 2 * 24, lines: [
    { sku: 'HOODIE-ZIP-GRY-L', quantity: 1, unitPrice: 4990 },
    { sku: 'CAP-BASE-NVY', quantity: 2, unitPrice: 1490 },
  ] },
  { number: 'OMS-100004', customer: 3, status: 'RELEASED', channel: 'WEB', ships: true, placedHoursAgo: 18, lines: [
    { sku: 'JACKET-RAIN-YEL-M', quantity: 1, unitPrice: 7990 },
  ] },
  { number: 'OMS-100005', customer: 4, status: 'ALLOCATED', channel: 'CALL_CENTER', ships: true, placedHoursAgo: 0.5, lines: [
    { sku: 'SOCKS-WOOL-GRY-39', quantity: 3, unitPrice: 990 },
  ] },
  { number: 'OMS-100006', customer: 6, status: 'ALLOCATED', channel: 'STORE', ships: false, placedHoursAgo: 0.25, lines: [
    { sku: 'SCARF-WOOL-RED', quantity: 1, unitPrice: 2990 },
  ] },
  { number: 'OMS-100007', customer: 7, status: 'CANCELLED', channel: 'WEB', ships: true, placedHoursAgo: 9 * 24, lines: [
    { sku: 'BAG-TOTE-CNV', quantity: 1, unitPrice: 3490 },
  ] },
  { number: 'OMS-100008', customer: 0, status: 'ON_HOLD', channel: 'MARKETPLACE', ships: true, placedHoursAgo: 26, lines: [
    { sku: 'DRESS-LINEN-BLU-S', quantity: 1, unitPrice: 6990 },
  ] },
  { number: 'OMS-100009', customer: 8, status: 'DELIVERED', channel: 'WEB', ships: true, placedHoursAgo: 12 * 24, shippedHoursAgo: 10 * 24, deliveredHoursAgo: 8 * 24, lines: [
    { sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 1, unitPrice: 1990 },
  ] },
];

const CURRENCY = 'EUR';
const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;
const DAY = 24 * HOUR;
const PICKUP_STORE = 'ST-LYON-PARTDIEU';
/** The demo's cancellation window: orders went to fulfillment an hour after they were placed. */
const DEMO_RELEASE_WINDOW = HOUR;
/** How long the demo hold lasts before the sweeper would cancel the order (the risk rules' default). */
const DEMO_HOLD_HOURS = 72;

/** When a demo order reached a status: placement and its automatic steps, then its recorded milestones. */
function milestone(demo: DemoOrder, status: OrderStatus, placedAt: Date, now: number): Date {
  const after = (ms: number) => new Date(placedAt.getTime() + ms);
  switch (status) {
    case 'CREATED':
      return placedAt;
    case 'CONFIRMED':
      return after(1000);
    case 'ALLOCATED':
      return after(2000);
    case 'ON_HOLD':
      return after(10 * MINUTE);
    case 'CANCELLED':
      return after(20 * MINUTE);
    case 'RELEASED':
      return after(DEMO_RELEASE_WINDOW);
    case 'PARTIALLY_SHIPPED':
    case 'SHIPPED':
      return new Date(now - (demo.shippedHoursAgo ?? 0) * HOUR);
    case 'DELIVERED':
      return new Date(now - (demo.deliveredHoursAgo ?? 0) * HOUR);
    case 'BACKORDERED':
      return after(2000);
  }
}

/** Promotions customers can try on the demo data. */
const DEMO_PROMOTIONS = [
  { code: 'WELCOME10', description: '10 % off orders of 30 € or more', kind: 'PERCENTAGE', scope: 'ORDER', value: 10, skus: [], minimumSubtotal: 3000, usageLimit: null },
  { code: 'SOCKS2', description: '2 € off every pair of wool socks', kind: 'FIXED_AMOUNT', scope: 'LINE', value: 200, skus: ['SOCKS-WOOL-GRY-39', 'SOCKS-WOOL-GRY-42', 'SOCKS-WOOL-GRY-45'], minimumSubtotal: null, usageLimit: null },
  { code: 'FLASH100', description: '15 € off, first 100 orders only', kind: 'FIXED_AMOUNT', scope: 'ORDER', value: 1500, skus: [], minimumSubtotal: 5000, usageLimit: 100 },
] as const;

/** Who moved a demo order into each status, and why. */
function transitionActor(status: OrderStatus, customerActor: string): { actor: string; reason: string | null } {
  switch (status) {
    case 'CREATED':
      return { actor: customerActor, reason: 'placed' };
    case 'CONFIRMED':
    case 'ALLOCATED':
      return { actor: 'service:orders', reason: null };
    case 'ON_HOLD':
      return { actor: 'staff:demo-care-agent', reason: 'marketplace address check' };
    case 'CANCELLED':
      return { actor: customerActor, reason: 'changed my mind' };
    default:
      return { actor: 'service:fulfillment', reason: null };
  }
}

function lineStatusOf(order: OrderStatus, lineNumber: number): OrderLineStatus {
  if (order === 'SHIPPED' || order === 'DELIVERED') return 'SHIPPED';
  if (order === 'CANCELLED') return 'CANCELLED';
  // OMS-100003's first parcel (the hoodie) has left the Bordeaux store.
  if (order === 'PARTIALLY_SHIPPED') return lineNumber === 1 ? 'SHIPPED' : 'OPEN';
  return 'OPEN';
}

function paymentStatusOf(order: OrderStatus): PaymentStatus {
  if (order === 'SHIPPED' || order === 'DELIVERED') return 'CAPTURED';
  if (order === 'PARTIALLY_SHIPPED') return 'PARTIALLY_CAPTURED';
  if (order === 'CANCELLED') return 'VOIDED';
  return 'AUTHORIZED';
}
/** Flat shipping fee of the remote channels; store and call-centre orders ship free. */
const SHIPPING_FEE: Record<SalesChannel, number> = { WEB: 490, MOBILE: 490, MARKETPLACE: 490, STORE: 0, CALL_CENTER: 0 };

function emailOf(first: string, last: string): string {
  const plain = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return `${plain}@example.com`;
}

/**
 * Prices are VAT-inclusive (French 20 % VAT), so the total is subtotal + shipping and taxTotal only
 * reports the VAT the subtotal contains: round(subtotal × 20 / 120). These orders predate the current
 * tariff (domain/pricing.ts) and keep the totals they were billed with.
 */
export async function seedOrdersDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(Order)) > 0) return;
  const now = demoClock();
  DEMO_ORDERS.forEach((demo, index) => {
    const person = DEMO_CUSTOMERS[demo.customer];
    const customerId = demoId('customer', demo.customer);
    const placedAt = new Date(now - demo.placedHoursAgo * HOUR);
    const path = demo.status === 'ON_HOLD' ? [...pathTo('ALLOCATED'), 'ON_HOLD' as const] : pathTo(demo.status);
    const at = (status: OrderStatus) => milestone(demo, status, placedAt, now);
    const subtotal = sum(CURRENCY, demo.lines.map((line) => multiply(money(line.unitPrice, CURRENCY), line.quantity))).amount;
    const shippingTotal = SHIPPING_FEE[demo.channel];
    const total = subtotal + shippingTotal;
    const order = em.create(Order, {
      id: demoId('order', index),
      number: demo.number,
      status: demo.status,
      channel: demo.channel,
      customerId,
      email: emailOf(person.first, person.last),
      ...(demo.ships
        ? {
            deliveryMethod: 'SHIP' as const,
            shipToName: `${person.first} ${person.last}`,
            shipToLine1: person.line1,
            shipToCity: person.city,
            shipToPostalCode: person.postalCode,
            shipToRegion: person.region,
            shipToCountry: 'FR',
          }
        : { deliveryMethod: 'PICKUP' as const, pickupLocationId: demoId('location', PICKUP_STORE) }),
      currency: CURRENCY,
      subtotal,
      discountTotal: 0,
      shippingTotal,
      taxTotal: Math.round((subtotal * 20) / 120),
      total,
      taxCountry: 'FR',
      placedAt,
      // Allocated orders go to fulfillment when their window ends; on hold, when staff release the hold.
      releaseAt: demo.status === 'ALLOCATED' ? at('RELEASED') : null,
      releasedAt: path.includes('RELEASED') ? at('RELEASED') : null,
      createdAt: placedAt,
      updatedAt: at(path.at(-1)!),
    });
    demo.lines.forEach((line, lineIndex) => {
      const status = lineStatusOf(demo.status, lineIndex + 1);
      em.create(OrderLine, {
        id: demoId('order-line', `${index}:${lineIndex + 1}`),
        order,
        lineNumber: lineIndex + 1,
        skuCode: line.sku,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        currency: CURRENCY,
        status,
        discount: 0,
        shippedQuantity: status === 'SHIPPED' ? line.quantity : 0,
        cancelledQuantity: status === 'CANCELLED' ? line.quantity : 0,
      });
    });

    let from: OrderStatus | null = null;
    path.forEach((to, step) => {
      em.create(OrderTransition, { order, position: step + 1, fromStatus: from, toStatus: to, ...transitionActor(to, `customer:${customerId}`), at: at(to) });
      from = to;
    });
    if (demo.status === 'ON_HOLD') {
      em.create(OrderHold, {
        order,
        reason: 'OTHER',
        detail: 'Marketplace address check: the shipping address is being confirmed with the marketplace',
        placedAt: at('ON_HOLD'),
        placedBy: 'staff:demo-care-agent',
        expiresAt: new Date(at('ON_HOLD').getTime() + DEMO_HOLD_HOURS * HOUR),
        releasedAt: null,
        releasedBy: null,
        releaseNote: null,
      });
    }

    const status = paymentStatusOf(demo.status);
    const firstLine = demo.lines[0];
    const captured = status === 'CAPTURED' ? total : status === 'PARTIALLY_CAPTURED' && firstLine ? firstLine.unitPrice * firstLine.quantity : 0;
    const reference = `test_ch_${demo.number.slice('OMS-'.length)}`;
    const payment = em.create(Payment, {
      id: demoId('payment', index),
      order,
      provider: 'test',
      reference,
      status,
      currency: CURRENCY,
      amountAuthorized: total,
      amountCaptured: captured,
      amountRefunded: 0,
      createdAt: placedAt,
      updatedAt: order.updatedAt,
    });
    const operations = [
      { operation: 'AUTHORIZE' as const, amount: total, at: placedAt },
      // Captured when the goods left (the first parcel for a partial shipment).
      ...(captured > 0 ? [{ operation: 'CAPTURE' as const, amount: captured, at: at('SHIPPED') }] : []),
      ...(status === 'VOIDED' ? [{ operation: 'VOID' as const, amount: total, at: at('CANCELLED') }] : []),
    ];
    for (const operation of operations) {
      em.create(PaymentOperation, { payment, ...operation, currency: CURRENCY, outcome: 'SUCCEEDED', providerReference: reference });
    }
  });
  for (const promotion of DEMO_PROMOTIONS) {
    em.create(Promotion, {
      id: demoId('promotion', promotion.code),
      ...promotion,
      skus: [...promotion.skus],
      currency: CURRENCY,
      validFrom: new Date(now - 30 * DAY),
      validTo: null,
      usageCount: 0,
      createdAt: new Date(now - 30 * DAY),
    });
  }
  await em.flush();
  logger.info({ orders: DEMO_ORDERS.length }, 'orders demo data loaded');
}
