// GDPR through the real gateway and all four real services: a person's data export gathers every
// service's section in one operation; erasure is refused while an order or a return is open, then
// every service anonymizes what it holds (outbox, bus log, notifications, webhooks, audit included),
// which a scan of every column of every table of the database checks, while order totals remain.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { scanDatabaseFor } from './support/database-scan.ts';
import { deliverOrder, placeOrderFor, startWebhookReceiver, type PlacedOrder } from './support/person-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';
import { eventually, ok } from './support/graphql.ts';

// Release at once instead of after the cancellation window.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  system = await startTestSystem();
  receiver = await startWebhookReceiver(system, ['OrderPlaced', 'OrderReleased', 'ReturnRefunded']);
});

afterAll(async () => {
  await system?.close();
  await receiver?.close();
});

const CARE = staffToken(['CARE_AGENT'], { staffId: randomUUID() });
const SKU = 'HOODIE-ZIP-GRY-L';

/** Letters only, unique to this run. */
const word = (prefix: string) => `${prefix}${randomUUID().replaceAll(/[^a-f]/g, '').slice(0, 6)}`;

// The person: values distinctive enough that finding one anywhere means it is theirs.
const FIRST_NAME = word('Zebulonia');
const LAST_NAME = word('Quillfeather');
const EMAIL = `${FIRST_NAME}.${LAST_NAME}@example.com`.toLowerCase();
const PHONE = `+3369${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const STREET = `${Math.floor(Math.random() * 90) + 10} impasse ${word('Vermeilleroux')}`;
const NEEDLES = [FIRST_NAME, LAST_NAME, EMAIL, PHONE, STREET];

const ADDRESS = { name: `${FIRST_NAME} ${LAST_NAME}`, line1: STREET, city: 'Lyon', postalCode: '69003', country: 'FR' };

const placeOrderAs = (buyer: { customerId: string } | { guestEmail: string }, auth: string) => placeOrderFor(system, buyer, auth, ADDRESS, SKU);

const placeOrder = (customerId: string) => placeOrderAs({ customerId }, customerToken(customerId));

/** The same person checking out as a guest, with their email in other letter case: their data too. */
const GUEST_EMAIL = EMAIL.replace(/^./, (first) => first.toUpperCase()).replace('@example.com', '@Example.COM');
const placeGuestOrder = () => placeOrderAs({ guestEmail: GUEST_EMAIL }, ADMIN);

const EXPORT = /* GraphQL */ `
  mutation Export($id: ID!) {
    exportCustomerData(customerId: $id) { customerId generatedAt customers orders orderIds fulfillment inventory }
  }
`;

interface DataExport {
  customerId: string;
  generatedAt: string;
  customers: {
    profile: Record<string, unknown>;
    addresses: Record<string, unknown>[];
    consents: Record<string, unknown>[];
    interactions: Record<string, unknown>[];
    notifications: Record<string, unknown>[];
    auditEntries: Record<string, unknown>[];
    webhookDeliveries: Record<string, unknown>[];
  };
  orders: { orders: { id: string; total: number; lines: unknown[]; payments: unknown[]; timeline: unknown[] }[]; returns: { id: string; lines: unknown[] }[] };
  orderIds: string[];
  fulfillment: { fulfillmentOrders: Record<string, unknown>[]; shipments: { parcels: { trackingEvents: unknown[] }[] }[] };
  inventory: { sourcingDecisions: Record<string, unknown>[]; allocations: unknown[] };
}

const ERASE = /* GraphQL */ `
  mutation Erase($id: ID!, $reason: String!) {
    eraseCustomer(customerId: $id, reason: $reason) { id customerId status reason requestedBy subgraphs { name confirmedAt } }
  }
`;

const ERASURE = /* GraphQL */ `
  query Erasure($id: ID!) { erasureRequest(id: $id) { id status completedAt subgraphs { name confirmedAt } } }
`;

describe('GDPR export and erasure', () => {
  let customerId: string;
  let delivered: PlacedOrder;
  let returnId: string;
  let guest: PlacedOrder;

  beforeAll(async () => {
    customerId = ok(
      await system.query<{ createCustomer: { id: string } }>(
        `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
        {
          input: {
            firstName: FIRST_NAME,
            lastName: LAST_NAME,
            email: EMAIL,
            phone: PHONE,
            addresses: [{ line1: STREET, city: 'Lyon', postalCode: '69003', country: 'FR' }],
          },
        },
        CARE,
      ),
    ).createCustomer.id;
    ok(
      await system.query(`mutation($input: SetMarketingConsentInput!) { setMarketingConsent(input: $input) { granted } }`, {
        input: { customerId, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'checkout' },
      }, CARE),
    );
    delivered = await placeOrder(customerId);
    await deliverOrder(system, delivered.id, `Handed to ${FIRST_NAME} ${LAST_NAME}`);
    // A guest order with the profile's email: released to fulfillment, then cancelled (nothing open).
    guest = await placeGuestOrder();
    await eventually('the guest order at fulfillment', async () => {
      const data = ok(await system.query<{ order: { fulfillmentOrders: { id: string }[] | null } }>(`query($id: ID!) { order(id: $id) { fulfillmentOrders { id } } }`, { id: guest.id }, ADMIN));
      return data.order.fulfillmentOrders?.[0];
    });
    ok(await system.query(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, { input: { orderId: guest.id, reason: 'Ordered twice' } }, ADMIN));
    await eventually('the guest order cancelled', async () => {
      const data = ok(await system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: guest.id }, ADMIN));
      return data.order.status === 'CANCELLED' ? true : undefined;
    });
    ok(
      await system.query(`mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }`, {
        input: {
          customerId,
          channel: 'CALL',
          reason: 'Delivery question',
          notes: `${FIRST_NAME} ${LAST_NAME} (${PHONE}) asked whether ${STREET} was right`,
          orderIds: [delivered.id],
        },
      }, CARE),
    );
    const lines = ok(
      await system.query<{ order: { lines: { id: string }[] } }>(`query($id: ID!) { order(id: $id) { lines { id } } }`, { id: delivered.id }, ADMIN),
    ).order.lines;
    const requested = ok(
      await system.query<{ requestReturn: { __typename: string; id?: string } }>(
        `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { id } } }`,
        { input: { orderId: delivered.id, channel: 'WEB', lines: [{ orderLineId: lines[0]!.id, quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }] } },
        customerToken(customerId),
      ),
    ).requestReturn;
    expect(requested.__typename).toBe('Return');
    returnId = requested.id!;
    // A partner received the order, with the person's address, through a webhook.
    await eventually('the webhook delivery', async () => (receiver.received.some((body) => body.includes(STREET)) ? true : undefined));
    // The messages of the order's milestones were recorded for the person.
    await eventually('the delivery notification', async () => {
      const data = ok(
        await system.query<{ notifications: { edges: { node: { template: string } }[] } }>(
          `query($id: ID!) { notifications(customerId: $id, first: 20) { edges { node { template } } } }`,
          { id: customerId },
          ADMIN,
        ),
      );
      return data.notifications.edges.some((edge) => edge.node.template === 'ORDER_DELIVERED') ? true : undefined;
    });
  }, 60_000);

  it('exports everything held about the person, from all four services, in one operation', async () => {
    const exported = ok(await system.query<{ exportCustomerData: DataExport }>(EXPORT, { id: customerId }, ADMIN)).exportCustomerData;
    const text = JSON.stringify(exported);
    for (const needle of NEEDLES) expect(text.toLowerCase()).toContain(needle.toLowerCase());

    expect(exported.customers.profile).toMatchObject({ id: customerId, firstName: FIRST_NAME, lastName: LAST_NAME, email: EMAIL, phone: PHONE });
    expect(exported.customers.addresses).toEqual([expect.objectContaining({ line1: STREET, city: 'Lyon' })]);
    expect(exported.customers.consents).toEqual([expect.objectContaining({ purpose: 'NEWSLETTER', granted: true })]);
    expect(exported.customers.interactions).toEqual([expect.objectContaining({ reason: 'Delivery question' })]);
    expect(exported.customers.notifications.map((notification) => notification['template'])).toContain('ORDER_DELIVERED');
    expect(exported.customers.notifications.every((notification) => !('secrets' in notification))).toBe(true);
    expect(exported.customers.auditEntries.map((entry) => entry['action'])).toContain('createCustomer');
    expect(exported.customers.webhookDeliveries.map((delivery) => delivery['eventType'])).toContain('OrderPlaced');

    const [order] = exported.orders.orders;
    expect(order).toMatchObject({ id: delivered.id, total: delivered.total.amount, status: 'DELIVERED', email: EMAIL, shipToLine1: STREET });
    expect(order!.lines).toHaveLength(1);
    expect(order!.payments).toEqual([expect.objectContaining({ amountCaptured: delivered.total.amount })]);
    expect(order!.timeline.length).toBeGreaterThan(3);
    expect(exported.orders.returns).toEqual([expect.objectContaining({ id: returnId, status: 'APPROVED', lines: [expect.objectContaining({ quantity: 1 })] })]);
    // The guest order placed with the profile's email (in other letter case) is the person's too.
    expect(exported.orderIds).toEqual([delivered.id, guest.id]);
    expect(exported.orders.orders[1]).toMatchObject({ id: guest.id, customerId: null, email: GUEST_EMAIL, status: 'CANCELLED', shipToLine1: STREET });

    expect(exported.fulfillment.fulfillmentOrders).toEqual([
      expect.objectContaining({ orderId: delivered.id, shipTo: expect.objectContaining({ line1: STREET }) }),
      expect.objectContaining({ orderId: guest.id, shipTo: expect.objectContaining({ line1: STREET }) }),
    ]);
    expect(exported.fulfillment.fulfillmentOrders[0]).not.toHaveProperty('pickupCodeHash');
    expect(exported.fulfillment.shipments[0]!.parcels[0]!.trackingEvents.length).toBeGreaterThan(0);
    expect(exported.inventory.sourcingDecisions).toEqual([expect.objectContaining({ orderId: delivered.id }), expect.objectContaining({ orderId: guest.id })]);
    expect(exported.inventory.allocations.length).toBeGreaterThan(0);
  });

  it('lets the person export their own data, and no one else’s', async () => {
    const own = await system.query<{ exportCustomerData: { customerId: string; orderIds: string[] } }>(
      `mutation($id: ID!) { exportCustomerData(customerId: $id) { customerId orderIds } }`,
      { id: customerId },
      customerToken(customerId),
    );
    expect(ok(own).exportCustomerData).toEqual({ customerId, orderIds: [delivered.id, guest.id] });
    const other = await system.query(`mutation($id: ID!) { exportCustomerData(customerId: $id) { customerId } }`, { id: customerId }, customerToken(randomUUID()));
    expect(other.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('refuses erasure to care agents, and while an order or a return is open, naming the orders', async () => {
    const agent = await system.query(ERASE, { id: customerId, reason: 'asked by email' }, CARE);
    expect(agent.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const open = await placeOrder(customerId);
    const refused = await system.query(ERASE, { id: customerId, reason: 'asked by email' }, ADMIN);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'ERASURE_BLOCKED_OPEN_ORDERS', orderNumbers: [delivered.number, open.number] });

    // Settle both: the return comes back and is refunded as store credit, the open order is cancelled.
    const returned = ok(
      await system.query<{ markReturnInTransit: { lines: { id: string }[] } }>(
        `mutation($input: MarkReturnInTransitInput!) { markReturnInTransit(input: $input) { lines { id } } }`,
        { input: { returnId } },
        ADMIN,
      ),
    ).markReturnInTransit;
    const location = ok(
      await system.query<{ order: { fulfillmentOrders: { location: { id: string } }[] } }>(
        `query($id: ID!) { order(id: $id) { fulfillmentOrders { location { id } } } }`,
        { id: delivered.id },
        ADMIN,
      ),
    ).order.fulfillmentOrders[0]!.location.id;
    ok(await system.query(`mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { status } }`, { input: { returnId, locationId: location } }, ADMIN));
    ok(
      await system.query(`mutation($input: InspectReturnInput!) { inspectReturn(input: $input) { status } }`, {
        input: { returnId, lines: [{ returnLineId: returned.lines[0]!.id, disposition: 'RESTOCK' }] },
      }, ADMIN),
    );
    const refunded = ok(
      await system.query<{ refundReturn: { status: string } }>(`mutation($input: RefundReturnInput!) { refundReturn(input: $input) { status } }`, {
        input: { returnId, method: 'STORE_CREDIT' },
      }, ADMIN),
    ).refundReturn;
    expect(refunded.status).toBe('REFUNDED');
    ok(await system.query(`mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { status } }`, { input: { orderId: open.id, reason: 'Changed their mind' } }, ADMIN));
    await eventually('the cancelled order to settle', async () => {
      const data = ok(await system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: open.id }, ADMIN));
      return data.order.status === 'CANCELLED' ? true : undefined;
    });
    const before = await scanDatabaseFor(system.databaseUrl, NEEDLES);
    expect(new Set(before.map((finding) => finding.needle))).toEqual(new Set(NEEDLES));
  }, 30_000);

  it('erases the person from every table of every service, confirmed by each, while order totals remain', async () => {
    // Let the notification and webhook consumers catch up with the cancellation first.
    await eventually('the cancellation message', async () => {
      const data = ok(
        await system.query<{ notifications: { edges: { node: { template: string } }[] } }>(
          `query($id: ID!) { notifications(customerId: $id, first: 50) { edges { node { template } } } }`,
          { id: customerId },
          ADMIN,
        ),
      );
      return data.notifications.edges.some((edge) => edge.node.template === 'ORDER_CANCELLED') ? true : undefined;
    });
    const storeCreditBefore = ok(
      await system.query<{ customer: { storeCreditBalance: { amount: number; currency: string } } }>(
        `query($id: ID!) { customer(id: $id) { storeCreditBalance(currency: "EUR") { amount currency } } }`,
        { id: customerId },
        ADMIN,
      ),
    ).customer.storeCreditBalance;
    expect(storeCreditBefore.amount).toBeGreaterThan(0);
    const requested = ok(await system.query<{ eraseCustomer: { id: string; status: string; requestedBy: string; subgraphs: { name: string }[] } }>(ERASE, { id: customerId, reason: 'Right to erasure, asked by email' }, ADMIN)).eraseCustomer;
    expect(requested).toMatchObject({ status: 'PENDING', requestedBy: 'staff:test-admin' });
    expect(requested.subgraphs.map((subgraph) => subgraph.name)).toEqual(['customers', 'orders', 'inventory', 'fulfillment']);
    // Asking again answers the same request.
    const again = ok(await system.query<{ eraseCustomer: { id: string } }>(ERASE, { id: customerId, reason: 'again' }, ADMIN)).eraseCustomer;
    expect(again.id).toBe(requested.id);

    const completed = await eventually('every service to confirm', async () => {
      const data = ok(await system.query<{ erasureRequest: { status: string; completedAt: string | null; subgraphs: { name: string; confirmedAt: string | null }[] } }>(ERASURE, { id: requested.id }, ADMIN));
      return data.erasureRequest.status === 'COMPLETED' ? data.erasureRequest : undefined;
    });
    expect(completed.completedAt).not.toBeNull();
    expect(completed.subgraphs.every((subgraph) => subgraph.confirmedAt !== null)).toBe(true);

    const findings = await scanDatabaseFor(system.databaseUrl, NEEDLES);
    expect(findings).toEqual([]);

    // Financial records keep amounts, currencies and statuses.
    const order = ok(
      await system.query<{ order: { status: string; total: { amount: number; currency: string }; payments: { captured: { amount: number } }[] } }>(
        `query($id: ID!) { order(id: $id) { status total { amount currency } payments { captured { amount } } } }`,
        { id: delivered.id },
        ADMIN,
      ),
    ).order;
    expect(order).toMatchObject({ status: 'DELIVERED', total: delivered.total, payments: [{ captured: { amount: delivered.total.amount } }] });
    // The guest order keeps its amounts; its email is a token now.
    const guestOrder = ok(
      await system.query<{ order: { email: string; total: { amount: number; currency: string } } }>(`query($id: ID!) { order(id: $id) { email total { amount currency } } }`, { id: guest.id }, ADMIN),
    ).order;
    expect(guestOrder.total).toEqual(guest.total);
    expect(guestOrder.email).toMatch(/^erased-[0-9a-f]{12}$/);
    const credit = ok(
      await system.query<{ customer: { storeCreditBalance: { amount: number; currency: string } } }>(
        `query($id: ID!) { customer(id: $id) { storeCreditBalance(currency: "EUR") { amount currency } } }`,
        { id: customerId },
        ADMIN,
      ),
    ).customer.storeCreditBalance;
    expect(credit).toEqual(storeCreditBefore);
    // Who erased whom, and why, is in the audit log.
    const audit = await eventually('the audit entry', async () => {
      const data = ok(
        await system.query<{ auditLog: { edges: { node: { actor: string; after: { erasureRequestId: string; reason: string } } }[] } }>(
          `query($id: String!) { auditLog(first: 5, filter: { action: "eraseCustomer", entityId: $id }) { edges { node { actor after } } } }`,
          { id: customerId },
          ADMIN,
        ),
      );
      return data.auditLog.edges[0]?.node;
    });
    expect(audit).toEqual({ actor: 'staff:test-admin', after: { erasureRequestId: requested.id, reason: 'Right to erasure, asked by email' } });
    // The profile is a shell of tokens.
    const profile = ok(
      await system.query<{ customer: { firstName: string; email: string; phone: string | null; addresses: unknown[]; interactions: { edges: unknown[] } } }>(
        `query($id: ID!) { customer(id: $id) { firstName email phone addresses { id } interactions { edges { node { id } } } } }`,
        { id: customerId },
        ADMIN,
      ),
    ).customer;
    expect(profile).toMatchObject({ phone: null, addresses: [], interactions: { edges: [] } });
    expect(profile.firstName).toMatch(/^erased-[0-9a-f]{12}$/);
    expect(profile.email).toMatch(/^erased-[0-9a-f]{12}$/);
  }, 60_000);

  it('refuses new orders under the erased profile, even right after the last one was placed', async () => {
    // The contact of this customer was read (and cached) by order capture minutes ago; the erasure cleared it.
    const refused = await system.query(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          channel: 'WEB',
          customerId,
          lines: [{ sku: SKU, quantity: 1 }],
          delivery: { method: 'SHIP', address: { name: 'Someone Else', line1: '1 place Bellecour', city: 'Lyon', postalCode: '69002', country: 'FR' } },
          payment: { token: 'tok_visa' },
        },
      },
      customerToken(customerId),
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('CUSTOMER_ERASED');
  });
});
