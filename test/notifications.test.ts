// Customer notifications through the real gateway and services: orders and fulfillment publish
// their milestones, the customers service writes each message in the customer's language and
// sends it (here to the development sink, SMTP_URL being unset), readable through the API.
import { randomUUID } from 'node:crypto';
import { OrderHeld, OrderHoldReleased, OrderPlaced, OrderStatusChanged, ReturnRefunded } from '@oms/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, type BusEvent } from '@oms/platform';
import { recordNotificationFor } from '../subgraphs/customers/src/domain/notification.service.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { createLocation, createSku, errorCode } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// Pickup orders go to the store at once instead of after the cancellation window.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let warehouse: string;

const FRENCH = demoId('customer', 0); // Camille Martin
const ENGLISH = demoId('customer', 2); // Léa Dubois, no language preference: the default
const STRANGER = demoId('customer', 3);
const CARE = staffToken(['CARE_AGENT'], { staffId: 'care-notifications' });

interface NotificationView {
  id: string;
  template: string;
  eventId: string;
  customerId: string | null;
  orderId: string | null;
  recipient: string;
  language: string;
  subject: string;
  body: string;
  channel: string | null;
  status: string;
  attempts: number;
  providerMessageId: string | null;
  sentAt: string | null;
}

const NOTIFICATIONS = `query($customerId: ID, $orderId: ID, $first: Int, $after: String) {
  notifications(customerId: $customerId, orderId: $orderId, first: $first, after: $after) {
    edges { cursor node { id template eventId customerId orderId recipient language subject body channel status attempts providerMessageId sentAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function notifications(token: string, variables: { customerId?: string; orderId?: string; first?: number; after?: string }) {
  const data = ok(await system.query<{ notifications: { edges: { cursor: string; node: NotificationView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(NOTIFICATIONS, variables, token));
  return data.notifications;
}

/** The order's messages once every template given has been SENT, oldest first. */
async function sentMessages(orderId: string, templates: string[], token = ADMIN): Promise<NotificationView[]> {
  return eventually(`${templates.join(', ')} for ${orderId}`, async () => {
    const nodes = (await notifications(token, { orderId })).edges.map((edge) => edge.node).reverse();
    const sent = nodes.filter((node) => node.status === 'SENT');
    return templates.every((template) => sent.some((node) => node.template === template)) ? nodes : undefined;
  });
}

async function placeOrder(customerId: string, sku: string, delivery: Record<string, unknown>): Promise<{ id: string; number: string }> {
  const data = ok(
    await system.query<{ placeOrder: { __typename: string; id: string; number: string } }>(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number } } }`,
      { input: { idempotencyKey: randomUUID(), channel: 'WEB', customerId, lines: [{ sku, quantity: 1 }], delivery, payment: { token: 'tok_visa' } } },
      customerToken(customerId),
    ),
  );
  expect(data.placeOrder.__typename).toBe('Order');
  return data.placeOrder;
}

const shipTo = { method: 'SHIP', address: { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } };

beforeAll(async () => {
  system = await startTestSystem();
  warehouse = await createLocation(system);
  // The customer chose French in their profile.
  ok(await system.query(`mutation($id: ID!) { updateCustomer(id: $id, input: { preferences: { language: "fr" } }) { id } }`, { id: FRENCH }, ADMIN));
});

afterAll(async () => {
  await system?.close();
});

describe('customer notifications', () => {
  it('tells the customer of a placed and then cancelled order, in their language, once per event', async () => {
    const sku = await createSku(system, { price: 2500, stock: { [warehouse]: 5 } });
    const order = await placeOrder(FRENCH, sku, shipTo);
    const cancelled = await system.query<{ cancelOrder: { status: string } }>(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`,
      { input: { orderId: order.id, reason: 'changed my mind' } },
      customerToken(FRENCH),
    );
    expect(ok(cancelled).cancelOrder.status).toBe('CANCELLED');

    const messages = await sentMessages(order.id, ['ORDER_CONFIRMED', 'ORDER_CANCELLED']);
    expect(messages.map((message) => message.template)).toEqual(['ORDER_CONFIRMED', 'ORDER_CANCELLED']);
    const [confirmed, cancellation] = messages;
    expect(confirmed).toMatchObject({
      customerId: FRENCH,
      orderId: order.id,
      recipient: 'camille.martin@example.com',
      language: 'fr',
      subject: `Votre commande ${order.number} est confirmée`,
      channel: 'DEV_SINK',
      status: 'SENT',
      attempts: 1,
      providerMessageId: `dev-sink:${confirmed!.id}`,
    });
    expect(confirmed!.body).toContain('Bonjour Camille,');
    // 25,00 € plus shipping, as the French write amounts.
    expect(confirmed!.body).toMatch(/Montant total : \d+,\d{2}\s€/);
    expect(cancellation).toMatchObject({ language: 'fr', subject: `Votre commande ${order.number} a été annulée`, status: 'SENT' });
    // Reasons typed into a cancellation are internal: never quoted to the customer.
    expect(cancellation!.body).not.toContain('changed my mind');

    // The customer reads the same messages as their own.
    const own = await notifications(customerToken(FRENCH), { orderId: order.id });
    expect(own.edges.map((edge) => edge.node.id).sort()).toEqual(messages.map((message) => message.id).sort());

    // A redelivered event records nothing more (idempotent per event and template).
    const [published] = await eventually('the OrderStatusChanged → CANCELLED event', async () => {
      const rows = await system.subgraphs.customers.orm.em.fork().execute<{ id: string; source: string; type: string; aggregate_type: string; aggregate_id: string; payload: Record<string, unknown>; occurred_at: string | Date }[]>(
        `select * from bus.event where type = 'OrderStatusChanged' and payload->>'orderId' = ? and payload->>'to' = 'CANCELLED'`,
        [order.id],
      );
      return rows.length > 0 ? rows : undefined;
    });
    const event: BusEvent = {
      id: published!.id,
      source: published!.source,
      type: published!.type,
      aggregateType: published!.aggregate_type,
      aggregateId: published!.aggregate_id,
      payload: published!.payload,
      occurredAt: new Date(published!.occurred_at).toISOString(),
    };
    expect(await recordNotificationFor(system.subgraphs.customers.orm.em.fork(), event)).toBe(false);
    expect((await notifications(ADMIN, { orderId: order.id })).edges).toHaveLength(2);
  });

  it('writes in English when the customer has no language preference', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 5 } });
    const order = await placeOrder(ENGLISH, sku, shipTo);
    const [confirmed] = await sentMessages(order.id, ['ORDER_CONFIRMED']);
    expect(confirmed).toMatchObject({ language: 'en', recipient: 'lea.dubois@example.com', subject: `Your order ${order.number} is confirmed` });
    expect(confirmed!.body).toContain('Hello Léa,');
    expect(confirmed!.body).toMatch(/Total: €\d+\.\d{2}\./);
  });

  it('gives the pickup code to the customer only, and the code collects the order', async () => {
    const store = await createLocation(system, { type: 'STORE' });
    const sku = await createSku(system, { price: 1500, stock: { [store]: 3 } });
    const order = await placeOrder(FRENCH, sku, { method: 'PICKUP', pickupLocationId: store });
    const fulfillmentOrder = await eventually('the store’s fulfillment order', async () => {
      const data = ok(await system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string; quantity: number }[] }[] | null } }>(
        `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id quantity } } } }`, { id: order.id }, ADMIN));
      return data.order.fulfillmentOrders?.[0];
    });
    ok(await system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fulfillmentOrder.id }, ADMIN));
    ok(await system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
      input: { fulfillmentOrderId: fulfillmentOrder.id, lines: fulfillmentOrder.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
    }, ADMIN));
    ok(await system.query(`mutation($input: MarkReadyForPickupInput!) { markReadyForPickup(input: $input) { status } }`, { input: { fulfillmentOrderId: fulfillmentOrder.id } }, ADMIN));

    const mine = await sentMessages(order.id, ['PICKUP_READY'], customerToken(FRENCH));
    const ready = mine.find((message) => message.template === 'PICKUP_READY')!;
    expect(ready).toMatchObject({ language: 'fr', subject: `Votre commande ${order.number} est prête à être retirée` });
    const code = /code de retrait : (\d{6})\./.exec(ready.body)?.[1];
    expect(code).toBeDefined();
    // Care agents see the message, not the code that proves who collects the order.
    const asStaff = (await notifications(CARE, { orderId: order.id })).edges.find((edge) => edge.node.id === ready.id)!.node;
    expect(asStaff.body).not.toContain(code);
    expect(asStaff.body).toContain('code de retrait : ••••••.');

    const collected = await system.query<{ confirmPickup: { status: string } }>(
      `mutation($input: ConfirmPickupInput!) { confirmPickup(input: $input) { status } }`, { input: { fulfillmentOrderId: fulfillmentOrder.id, code } }, ADMIN);
    expect(ok(collected).confirmPickup.status).toBe('PICKED_UP');
    const after = await sentMessages(order.id, ['PICKED_UP']);
    expect(after.map((message) => message.template)).toEqual(['ORDER_CONFIRMED', 'PICKUP_READY', 'PICKED_UP']);
  });

  it('writes to a guest at the address the order was placed with', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 5 } });
    const email = `guest-${randomUUID().slice(0, 8)}@example.org`;
    const data = ok(
      await system.query<{ placeOrder: { id: string; number: string } }>(
        `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ... on Order { id number } } }`,
        { input: { idempotencyKey: randomUUID(), channel: 'CALL_CENTER', guestEmail: email, lines: [{ sku, quantity: 1 }], delivery: shipTo, payment: { token: 'tok_visa' } } },
        ADMIN,
      ),
    );
    const [confirmed] = await sentMessages(data.placeOrder.id, ['ORDER_CONFIRMED']);
    expect(confirmed).toMatchObject({ customerId: null, recipient: email, language: 'en', subject: `Your order ${data.placeOrder.number} is confirmed` });
    expect(confirmed!.body).toContain('Hello,');
  });

  it('tells a hold once whichever event reports it first, its release, a new hold, and a refund', async () => {
    // Events as the orders service publishes them for holds and refunds (each keeps its contract).
    const orderId = randomUUID();
    const number = `OMS-T${Date.now()}`;
    const email = 'camille.martin@example.com';
    const holdId = randomUUID();
    const publish = async (type: string, payload: Record<string, unknown>) =>
      system.bus.publish([{ id: randomUUID(), source: 'orders', type, aggregateType: 'Order', aggregateId: orderId, payload: { orderId, customerId: FRENCH, ...payload }, occurredAt: new Date().toISOString() }]);
    await publish(OrderPlaced.type, { number, email, channel: 'WEB', lines: [], allocations: [], total: { amount: 4990, currency: 'EUR' } });
    await publish(OrderHeld.type, { number, email, holds: [{ holdId, reason: 'RISK_ORDER_VALUE', detail: 'total over 1,000 EUR', expiresAt: null }] });
    await publish(OrderStatusChanged.type, { from: 'CREATED', to: 'ON_HOLD' });
    await publish(OrderHoldReleased.type, { number, email, holds: [{ holdId, reason: 'RISK_ORDER_VALUE' }], releasedBy: 'staff:test', note: 'checked', status: 'CONFIRMED' });
    await publish(OrderStatusChanged.type, { from: 'ON_HOLD', to: 'CONFIRMED' });
    await publish(OrderStatusChanged.type, { from: 'CONFIRMED', to: 'ON_HOLD' });
    await publish(ReturnRefunded.type, {
      orderNumber: number,
      email,
      amount: 1250,
      currency: 'EUR',
      method: 'ORIGINAL_PAYMENT',
      refundId: randomUUID(),
      providerReference: null,
      returnId: randomUUID(),
      returnNumber: `${number}-R1`,
    });
    const messages = await sentMessages(orderId, ['ORDER_REFUNDED']);
    expect(messages.map((message) => message.template)).toEqual(['ORDER_ON_HOLD', 'ORDER_HOLD_RELEASED', 'ORDER_CONFIRMED', 'ORDER_ON_HOLD', 'ORDER_REFUNDED']);
    expect(messages[0]!.subject).toBe(`Votre commande ${number} est en attente`);
    // Hold reasons are internal (fraud screening among them).
    expect(messages[0]!.body).not.toMatch(/RISK|1,000/);
    expect(messages[4]!.body).toMatch(/Nous avons remboursé 12,50\s€ pour votre commande/);
  });

  it('lets customers read only their own notifications; staff filter by customer', async () => {
    const theirs = await notifications(ADMIN, { customerId: FRENCH, first: 2 });
    expect(theirs.edges.length).toBe(2);
    expect(theirs.edges.every((edge) => edge.node.customerId === FRENCH)).toBe(true);
    // Pages follow on from the cursor without overlap.
    const next = await notifications(ADMIN, { customerId: FRENCH, first: 2, after: theirs.pageInfo.endCursor! });
    expect(next.edges.map((edge) => edge.node.id)).not.toContain(theirs.edges[0]!.node.id);

    // Someone else's messages: none, as for a customer without messages.
    const forbidden = await system.query<{ notifications: { edges: unknown[] } }>(NOTIFICATIONS, { customerId: FRENCH }, customerToken(STRANGER));
    expect(forbidden.errors).toBeUndefined();
    expect(forbidden.data?.notifications.edges).toEqual([]);
    const own = await notifications(customerToken(STRANGER), {});
    expect(own.edges).toEqual([]);
    // An order of someone else's, asked for by a customer: nothing of it.
    const someoneElses = await notifications(customerToken(STRANGER), { orderId: theirs.edges[0]!.node.orderId! });
    expect(someoneElses.edges).toEqual([]);
    expect(errorCode(await system.query(NOTIFICATIONS, {}))).toBe('UNAUTHENTICATED');
  });
});
