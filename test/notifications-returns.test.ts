// Every step of a return, an exchange, an appeasement and an order edit is told to the customer,
// in their language and once, through the real gateway and services: orders are placed, shipped
// and returned for real, and the messages read back from the development sink (SMTP_URL unset).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { OrderAlternativeAccepted, OrderPlaced } from '@oms/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { createLocation, createSku } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

// Shipped orders go to the warehouse at once; orders above the risk threshold stay held (editable).
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let warehouse: string;
let webhookServer: Server;
const webhookBodies: { type: string; data: Record<string, unknown>; eventId: string }[] = [];

const FRENCH = demoId('customer', 0); // Camille Martin, French chosen below
const ENGLISH = demoId('customer', 2); // Léa Dubois, no language preference
const CARE = staffToken(['CARE_AGENT'], { staffId: 'care-return-notifications' });
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };
/** Returns above this value wait for a staff decision. */
const APPROVAL_THRESHOLD = 5_000;
/** Orders above this total are held by the risk check (never released, so still editable). */
const RISK_THRESHOLD = 50_000;

interface Message {
  id: string;
  template: string;
  customerId: string | null;
  recipient: string;
  language: string;
  subject: string;
  body: string;
  status: string;
}

async function messagesOf(orderId: string): Promise<Message[]> {
  const data = ok(await system.query<{ notifications: { edges: { node: Message }[] } }>(
    `query($orderId: ID) { notifications(orderId: $orderId, first: 100) { edges { node { id template customerId recipient language subject body status } } } }`,
    { orderId },
    ADMIN,
  ));
  return data.notifications.edges.map((edge) => edge.node).reverse();
}

/** The order's messages, oldest first, once one of each template given has been sent. */
function sent(orderId: string, templates: string[]): Promise<Message[]> {
  return waitFor(`${templates.join(', ')} for ${orderId}`, async () => {
    const messages = await messagesOf(orderId);
    const done = templates.every((template) => messages.some((message) => message.template === template && message.status === 'SENT'));
    return done ? messages : undefined;
  });
}

function only(messages: Message[], template: string): Message {
  const found = messages.filter((message) => message.template === template);
  expect(found, template).toHaveLength(1);
  return found[0]!;
}

const euros = (locale: string, minor: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(minor / 100);

async function sku(price: number, stock = 20): Promise<string> {
  return createSku(system, { price, stock: { [warehouse]: stock } });
}

interface Placed {
  id: string;
  number: string;
  status: string;
  total: number;
  lines: { id: string; sku: string; quantity: number }[];
}

async function place(customerId: string, lines: { sku: string; quantity: number }[]): Promise<Placed> {
  const data = ok(await system.query<{ placeOrder: { __typename: string; id: string; number: string; status: string; total: { amount: number }; lines: { id: string; quantity: number; sku: { code: string } }[] } }>(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number status total { amount } lines { id quantity sku { code } } } } }`,
    { input: { idempotencyKey: randomUUID(), channel: 'WEB', lines, delivery: { method: 'SHIP', address: ADDRESS }, payment: { token: 'tok_visa' } } },
    customerToken(customerId),
  ));
  const order = data.placeOrder;
  expect(order.__typename).toBe('Order');
  return { id: order.id, number: order.number, status: order.status, total: order.total.amount, lines: order.lines.map((line) => ({ id: line.id, sku: line.sku.code, quantity: line.quantity })) };
}

/** Places an order for the customer and works it through the warehouse until it has SHIPPED. */
async function shippedOrder(customerId: string, lines: { sku: string; quantity: number }[]): Promise<Placed> {
  const order = await place(customerId, lines);
  const fulfillmentOrder = await waitFor('fulfillment order', async () => {
    const data = ok(await system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string; quantity: number }[] }[] | null } }>(
      `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id quantity } } } }`, { id: order.id }, ADMIN));
    return data.order.fulfillmentOrders?.[0];
  });
  const items = fulfillmentOrder.lines;
  ok(await system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fulfillmentOrder.id }, ADMIN));
  ok(await system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, lines: items.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
  }, ADMIN));
  const packed = ok(await system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
    { input: { fulfillmentOrderId: fulfillmentOrder.id, parcels: [{ weightGrams: 900, lengthMm: 300, widthMm: 200, heightMm: 100, items: items.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
    ADMIN,
  ));
  ok(await system.query(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId: packed.packFulfillmentOrder.shipment.parcels[0]!.id, trackingNumber: `6A${randomUUID().slice(0, 12)}` }] },
  }, ADMIN));
  await waitFor('order shipped', async () => {
    const data = ok(await system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: order.id }, ADMIN));
    return data.order.status === 'SHIPPED';
  });
  return order;
}

interface ReturnView {
  id: string;
  number: string;
  status: string;
  trackingNumber: string | null;
  lines: { id: string }[];
}
const RETURN_FIELDS = 'id number status trackingNumber lines { id }';

async function requestReturn(orderId: string, lines: { orderLineId: string; quantity: number }[], token: string): Promise<ReturnView> {
  const data = ok(await system.query<{ requestReturn: { __typename: string } & ReturnView }>(
    `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { ${RETURN_FIELDS} } } }`,
    { input: { orderId, channel: 'WEB', lines: lines.map((line) => ({ ...line, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' })) } },
    token,
  ));
  expect(data.requestReturn.__typename).toBe('Return');
  return data.requestReturn;
}

async function receiveAndInspect(found: ReturnView): Promise<void> {
  ok(await system.query(`mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { status } }`, { input: { returnId: found.id, locationId: warehouse } }, ADMIN));
  ok(await system.query(`mutation($input: InspectReturnInput!) { inspectReturn(input: $input) { status } }`, {
    input: { returnId: found.id, lines: found.lines.map((line) => ({ returnLineId: line.id, disposition: 'RESTOCK' })) },
  }, ADMIN));
}

function refund(returnId: string) {
  return system.query<{ refundReturn: { status: string; refund: { id: string; amount: { amount: number } } | null } }>(
    `mutation($input: RefundReturnInput!) { refundReturn(input: $input) { status refund { id amount { amount } } } }`,
    { input: { returnId, method: 'ORIGINAL_PAYMENT' } },
    ADMIN,
  );
}

async function timelineOf(orderId: string): Promise<string[]> {
  const data = ok(await system.query<{ order: { timeline: { reason: string | null }[] } }>(`query($id: ID!) { order(id: $id) { timeline { reason } } }`, { id: orderId }, ADMIN));
  return data.order.timeline.map((entry) => entry.reason ?? '');
}

beforeAll(async () => {
  // A receiver for the webhook subscription: answers 200 and keeps what it got.
  webhookServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      webhookBodies.push({ type: parsed.type, data: parsed.data, eventId: String(request.headers['webhook-id']) });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => webhookServer.listen(0, '127.0.0.1', resolve));
  system = await startTestSystem();
  warehouse = await createLocation(system);
  ok(await system.query(`mutation($id: ID!) { updateCustomer(id: $id, input: { preferences: { language: "fr" } }) { id } }`, { id: FRENCH }, ADMIN));
  ok(await system.query(`mutation($input: ReturnPolicyInput!) { setReturnPolicy(input: $input) { version } }`, {
    input: { defaultWindowDays: 30, approvalThreshold: APPROVAL_THRESHOLD, appeasementLimits: [{ role: 'ADMIN', maxAmount: null }, { role: 'CARE_AGENT', maxAmount: 5_000 }] },
  }, ADMIN));
  ok(await system.query(`mutation($input: SetRiskRulesInput!) { setRiskRules(input: $input) { orderValue { enabled } } }`, {
    input: { orderValue: { enabled: true, thresholds: [{ amount: RISK_THRESHOLD, currency: 'EUR' }] } },
  }, ADMIN));
}, 120_000);

afterAll(async () => {
  await system?.close();
  await new Promise((resolve) => webhookServer?.close(resolve));
});

describe('return notifications', () => {
  it('tell a French customer every step from request to refund, once each, and webhooks receive each step', async () => {
    const returnTypes = ['ReturnRequested', 'ReturnApproved', 'ReturnInTransit', 'ReturnReceived', 'ReturnInspected', 'ReturnRefunded'];
    const port = (webhookServer.address() as AddressInfo).port;
    ok(await system.query(`mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`, {
      input: { url: `http://127.0.0.1:${port}/returns`, eventTypes: [...returnTypes, 'ReturnRejected', 'ReturnClosed', 'ExchangeCreated', 'AppeasementGranted', 'OrderEdited', 'OrderAlternativeAccepted'] },
    }, ADMIN));

    const code = await sku(6_000);
    const order = await shippedOrder(FRENCH, [{ sku: code, quantity: 1 }]);
    // Above the approval threshold: it waits for a decision.
    const found = await requestReturn(order.id, [{ orderLineId: order.lines[0]!.id, quantity: 1 }], customerToken(FRENCH));
    expect(found.status).toBe('REQUESTED');
    ok(await system.query(`mutation($id: ID!) { approveReturn(returnId: $id) { status } }`, { id: found.id }, CARE));
    const inTransit = ok(await system.query<{ markReturnInTransit: { trackingNumber: string } }>(
      `mutation($input: MarkReturnInTransitInput!) { markReturnInTransit(input: $input) { trackingNumber } }`, { input: { returnId: found.id } }, customerToken(FRENCH)));
    await receiveAndInspect(found);
    // Retried: refunded once, told once.
    const [first, again] = await Promise.all([refund(found.id), refund(found.id)]);
    expect(ok(first).refundReturn.refund!.id).toBe(ok(again).refundReturn.refund!.id);

    const steps = ['RETURN_REQUESTED', 'RETURN_APPROVED', 'RETURN_IN_TRANSIT', 'RETURN_RECEIVED', 'RETURN_INSPECTED', 'ORDER_REFUNDED'];
    const messages = await sent(order.id, steps);
    expect(messages.filter((message) => steps.includes(message.template)).map((message) => message.template)).toEqual(steps);
    for (const message of messages) expect(message).toMatchObject({ customerId: FRENCH, recipient: 'camille.martin@example.com', language: 'fr', status: 'SENT' });

    const requested = only(messages, 'RETURN_REQUESTED');
    expect(requested.subject).toBe(`Nous avons bien reçu votre demande de retour ${found.number}`);
    expect(requested.body).toContain(`Votre numéro de retour : ${found.number} (valeur ${euros('fr-FR', 6_000)})`);
    expect(requested.body).toContain(`commande ${order.number}`);
    expect(requested.body).toContain('notre équipe l’examine');
    const approved = only(messages, 'RETURN_APPROVED');
    expect(approved.subject).toBe(`Votre retour ${found.number} est accepté`);
    expect(approved.body).toContain('déposez le colis dans l’un de nos magasins');
    const label = only(messages, 'RETURN_IN_TRANSIT');
    expect(label.body).toContain(`étiquette de retour prépayée, numéro de suivi ${inTransit.markReturnInTransit.trackingNumber}`);
    expect(only(messages, 'RETURN_RECEIVED').body).toContain(`Votre retour ${found.number} est arrivé : 1 article reçu.`);
    expect(only(messages, 'RETURN_INSPECTED').subject).toBe(`Votre retour ${found.number} a été vérifié`);
    const refunded = only(messages, 'ORDER_REFUNDED');
    expect(refunded.body).toContain(`Nous avons remboursé ${euros('fr-FR', 6_000)} pour votre commande ${order.number} (retour ${found.number}).`);
    expect(refunded.body).toContain('reversé sur le moyen de paiement utilisé');

    // Every step is on the order's timeline too.
    const timeline = await timelineOf(order.id);
    for (const step of ['requested', 'approved', 'on its way back', 'received at', 'inspected', 'refunded']) {
      expect(timeline.some((reason) => reason.includes(found.number) && reason.includes(step)), step).toBe(true);
    }

    // Other systems get each step once (with the event id they deduplicate on).
    const got = await waitFor('the return’s webhook deliveries', async () => {
      const mine = webhookBodies.filter((body) => body.data['returnId'] === found.id);
      return returnTypes.every((type) => mine.some((body) => body.type === type)) ? mine : undefined;
    });
    expect(got.map((body) => body.type).sort()).toEqual([...returnTypes].sort());
    expect(new Set(got.map((body) => body.eventId)).size).toBe(got.length);
  }, 90_000);

  it('tell an English customer of an approval at once, an exchange, a closed return, a rejection with its reason and an appeasement', async () => {
    const [cheap, dear, dearer] = await Promise.all([sku(2_000), sku(6_000), sku(2_500)]);
    const order = await shippedOrder(ENGLISH, [{ sku: cheap, quantity: 1 }, { sku: dear, quantity: 1 }]);
    const [cheapLine, dearLine] = order.lines;

    // Below the threshold: approved as asked, and told in one message with what to do next.
    const exchanged = await requestReturn(order.id, [{ orderLineId: cheapLine!.id, quantity: 1 }], customerToken(ENGLISH));
    expect(exchanged.status).toBe('APPROVED');
    const exchange = ok(await system.query<{ createExchange: { settlement: string; amountDue: { amount: number }; replacementOrder: { id: string; number: string } } }>(
      `mutation($input: CreateExchangeInput!) { createExchange(input: $input) { ... on Exchange { settlement amountDue { amount } replacementOrder { id number } } } }`,
      { input: { returnId: exchanged.id, replacements: [{ orderLineId: cheapLine!.id, sku: dearer, quantity: 1 }] } },
      customerToken(ENGLISH),
    )).createExchange;
    // Dearer, with no payment given: the difference (shipping included) is due.
    expect(exchange.settlement).toBe('DUE');
    expect(exchange.amountDue.amount).toBeGreaterThanOrEqual(500);
    await receiveAndInspect(exchanged);
    expect(ok(await refund(exchanged.id)).refundReturn.status).toBe('CLOSED');

    // Above the threshold, then refused: the reason staff gave for the customer is quoted.
    const refused = await requestReturn(order.id, [{ orderLineId: dearLine!.id, quantity: 1 }], customerToken(ENGLISH));
    expect(refused.status).toBe('REQUESTED');
    ok(await system.query(`mutation($id: ID!, $reason: String!) { rejectReturn(returnId: $id, reason: $reason) { status } }`, {
      id: refused.id,
      reason: 'The item was worn and its labels removed.',
    }, CARE));

    ok(await system.query(`mutation($input: GrantAppeasementInput!) { grantAppeasement(input: $input) { id } }`, {
      input: { orderId: order.id, amount: 700, method: 'STORE_CREDIT', reason: 'Internal: customer threatened a chargeback' },
    }, CARE));

    const templates = ['RETURN_REQUESTED', 'EXCHANGE_CREATED', 'RETURN_RECEIVED', 'RETURN_INSPECTED', 'RETURN_CLOSED', 'RETURN_REJECTED', 'APPEASEMENT_GRANTED'];
    const messages = await sent(order.id, templates);
    for (const message of messages) expect(message).toMatchObject({ customerId: ENGLISH, recipient: 'lea.dubois@example.com', language: 'en' });
    const ofReturn = (number: string) => {
      const mention = new RegExp(`\\b${number}\\b`);
      return messages.filter((message) => mention.test(message.subject) || mention.test(message.body));
    };

    // The approved-at-once return: one message for the request (no separate approval), then its steps.
    const requests = messages.filter((message) => message.template === 'RETURN_REQUESTED');
    expect(requests).toHaveLength(2);
    expect(messages.some((message) => message.template === 'RETURN_APPROVED')).toBe(false);
    const atOnce = requests.find((message) => message.subject.endsWith(`${exchanged.number} is approved`))!;
    expect(atOnce.subject).toBe(`Your return ${exchanged.number} is approved`);
    expect(atOnce.body).toContain('hand the parcel in at any of our stores');
    expect(ofReturn(exchanged.number).map((message) => message.template)).toEqual(['RETURN_REQUESTED', 'EXCHANGE_CREATED', 'RETURN_RECEIVED', 'RETURN_INSPECTED', 'RETURN_CLOSED']);
    const exchangeMessage = only(messages, 'EXCHANGE_CREATED');
    expect(exchangeMessage.subject).toBe(`Your exchange: replacement order ${exchange.replacementOrder.number}`);
    expect(exchangeMessage.body).toContain(`A price difference of ${euros('en-GB', exchange.amountDue.amount)} remains to be paid`);
    expect(only(messages, 'RETURN_CLOSED').body).toContain('its value paid for your exchange');
    // The replacement order is confirmed in its own right.
    const replacement = await sent(exchange.replacementOrder.id, ['ORDER_CONFIRMED']);
    expect(replacement.map((message) => message.template)).toContain('ORDER_CONFIRMED');

    const rejection = only(messages, 'RETURN_REJECTED');
    expect(rejection.subject).toBe(`Your return ${refused.number} could not be accepted`);
    expect(rejection.body).toContain('Reason: The item was worn and its labels removed.');
    expect(ofReturn(refused.number).map((message) => message.template)).toEqual(['RETURN_REQUESTED', 'RETURN_REJECTED']);
    expect(requests.map((message) => message.subject)).toContain(`We have received your return request ${refused.number}`);

    const goodwill = only(messages, 'APPEASEMENT_GRANTED');
    expect(goodwill.body).toContain(`we have added ${euros('en-GB', 700)} to your store credit`);
    // Staff's reason is internal.
    expect(goodwill.body).not.toContain('chargeback');

    const timeline = await timelineOf(order.id);
    for (const step of [`return ${exchanged.number} exchanged for order ${exchange.replacementOrder.number}`, `return ${exchanged.number} closed`, `return ${refused.number} rejected`, 'appeasement of 7.00 EUR']) {
      expect(timeline.some((reason) => reason.includes(step)), step).toBe(true);
    }
  }, 120_000);
});

describe('order change notifications', () => {
  it('tell the customer what an edit changed and the new total, in French', async () => {
    const [kept, added] = await Promise.all([sku(30_000), sku(1_000)]);
    // Over the risk threshold: held, so not released and still editable.
    const order = await place(FRENCH, [{ sku: kept, quantity: 2 }]);
    expect(order.status).toBe('ON_HOLD');
    const edited = ok(await system.query<{ editOrder: { __typename: string; total: { amount: number } } }>(
      `mutation($input: EditOrderInput!) { editOrder(input: $input) { __typename ... on Order { total { amount } } } }`,
      { input: { orderId: order.id, changeQuantities: [{ lineId: order.lines[0]!.id, quantity: 1 }], addLines: [{ sku: added, quantity: 1 }], reason: 'asked by phone' } },
      CARE,
    )).editOrder;
    expect(edited.__typename).toBe('Order');

    const messages = await sent(order.id, ['ORDER_ON_HOLD', 'ORDER_EDITED']);
    const change = only(messages, 'ORDER_EDITED');
    expect(change).toMatchObject({ customerId: FRENCH, language: 'fr', subject: `Votre commande ${order.number} a été modifiée` });
    expect(change.body).toContain(`- ${kept} : 2 → 1`);
    expect(change.body).toContain(`- ${added} : 1 ajouté(s)`);
    expect(change.body).toContain(`Nouveau montant total : ${euros('fr-FR', edited.total.amount)} (au lieu de ${euros('fr-FR', order.total)}).`);
    // The reason typed by staff is not the customer's business.
    expect(change.body).not.toContain('asked by phone');
  }, 60_000);

  it('tell the customer what an accepted alternative changed', async () => {
    // The event as the orders service publishes it when a waiting order is saved by a substitute (it keeps its contract).
    const orderId = randomUUID();
    const number = `OMS-T${Date.now()}`;
    const publish = (type: string, payload: Record<string, unknown>) =>
      system.bus.publish([{ id: randomUUID(), source: 'orders', type, aggregateType: 'Order', aggregateId: orderId, payload: { orderId, customerId: ENGLISH, ...payload }, occurredAt: new Date().toISOString() }]);
    const email = 'lea.dubois@example.com';
    await publish(OrderPlaced.type, { number, email, channel: 'WEB', lines: [], allocations: [], total: { amount: 4_000, currency: 'EUR' } });
    await publish(OrderAlternativeAccepted.type, {
      number,
      email,
      kind: 'SUBSTITUTE',
      description: 'TEE-BLUE-M instead of TEE-RED-M',
      summary: 'substitute: 1 × TEE-BLUE-M instead of TEE-RED-M',
      substitutes: [{ sku: 'TEE-BLUE-M', quantity: 1, replacesSku: 'TEE-RED-M' }],
      status: 'ALLOCATED',
      total: { amount: 3_500, currency: 'EUR' },
      previousTotal: 4_000,
    });
    const messages = await sent(orderId, ['ORDER_ALTERNATIVE_ACCEPTED']);
    const saved = only(messages, 'ORDER_ALTERNATIVE_ACCEPTED');
    expect(saved).toMatchObject({ language: 'en', subject: `An update on your order ${number}` });
    expect(saved.body).toContain('- 1 × TEE-BLUE-M instead of TEE-RED-M');
    expect(saved.body).toContain(`New total: ${euros('en-GB', 3_500)} (was ${euros('en-GB', 4_000)}).`);
  });
});
