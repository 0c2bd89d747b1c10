// The web console end to end: real system, console served by the real gateway, driven in Chromium.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, customerToken } from './support/auth.ts';
import { collect, connectWs, sleep as liveSleep, waitFor as liveWaitFor } from './support/live.ts';
import { launchBrowser, consoleUrl, signedIn } from './support/browser.ts';
import { FulfillmentProbe, waitFor } from './support/fulfillment-fixtures.ts';
import { createTestLocation } from './support/inventory-fixtures.ts';
import { createSku } from './support/order-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

// Orders go to fulfillment at once (no cancellation window), so a store sees its pickups now.
process.env['ORDER_RELEASE_DELAY_MS'] = '0';

let system: TestSystem;
let browser: Browser;
let probe: FulfillmentProbe;

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(), launchBrowser()]);
  probe = new FulfillmentProbe(system.databaseUrl);
});

afterAll(async () => {
  await browser?.close();
  await probe?.close();
  await system?.close();
});

const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { __typename ... on Order { id number } ... on OutOfStock { lines { sku available } } }
  }
`;

async function placeOrder(sku: string, delivery: Record<string, unknown>): Promise<{ id: string; number: string }> {
  const response = await system.query<{ placeOrder: { __typename: string; id: string; number: string } }>(
    PLACE_ORDER,
    {
      input: {
        idempotencyKey: randomUUID(),
        channel: 'WEB',
        guestEmail: 'console-buyer@example.com',
        lines: [{ sku, quantity: 1 }],
        delivery,
        payment: { token: 'tok_visa' },
      },
    },
    ADMIN,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data?.placeOrder.__typename).toBe('Order');
  return response.data!.placeOrder;
}

const SHIP_TO_LYON = { method: 'SHIP', address: { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } };

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

describe('the console, served by the gateway', () => {
  it('serves the built app under /console, with security headers and a fallback for its routes', async () => {
    const index = await fetch(consoleUrl(system.gatewayUrl, '/orders/some-id'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<div id="root">');
    expect((await fetch(consoleUrl(system.gatewayUrl, '/assets/missing.js'))).status).toBe(404);
    expect((await fetch(consoleUrl(system.gatewayUrl, '/../package.json'))).status).not.toBe(200);
    const bare = await fetch(new URL('/console', system.gatewayUrl), { redirect: 'manual' });
    expect(bare.status).toBe(301);
  });

  it('refuses a wrong password and shows why', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(consoleUrl(system.gatewayUrl));
    await page.getByLabel('Email').fill('admin@oms.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Could not sign in/);
    await closePage(page);
  });
});

describe('an administrator', () => {
  it('publishes a store-first rule set after a dry run, and a new order then shows the store in its sourcing trace', async () => {
    // Lyon: the warehouse is in the centre, a store that ships 15 km out; both hold the SKU.
    const warehouse = await createTestLocation(system, { type: 'WAREHOUSE', latitude: 45.764, longitude: 4.835 });
    const store = await createTestLocation(system, { type: 'STORE', ships: true, latitude: 45.85, longitude: 4.95 });
    const sku = await createSku(system, { stock: { [warehouse.id]: 10, [store.id]: 10 } });
    await placeOrder(sku, SHIP_TO_LYON);

    const page = await signedIn(browser, system.gatewayUrl, 'admin@oms.example');
    await page.getByRole('link', { name: 'Sourcing rules' }).click();
    await page.getByTestId('rule-versions').getByText('Default: nearest eligible location').waitFor();
    // Publishing is offered only after a dry run of exactly this version.
    await expect(page.getByRole('button', { name: 'Publish…' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Name').fill('Stores first');
    await page.getByRole('button', { name: 'Template: stores first' }).click();
    await page.getByRole('button', { name: 'Dry run' }).click();
    const dryRun = page.getByTestId('dry-run');
    await dryRun.waitFor();
    expect(await dryRun.textContent()).toMatch(/Against Default: nearest eligible location v1: \d+ order\(s\) sourced differently/);
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/Published: Stores first v2 is in force/).waitFor();
    await page.getByTestId('rule-versions').getByText('Stores first').waitFor();
    const versions = await page.getByTestId('rule-versions').textContent();
    expect(versions).toMatch(/v2Stores firstIn force/);
    expect(versions).toMatch(/v1Default: nearest eligible locationSuperseded/);

    const order = await placeOrder(sku, SHIP_TO_LYON);
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByLabel('Order number').fill(order.number);
    await page.getByRole('button', { name: 'Open' }).click();
    const trace = page.getByTestId('sourcing-trace');
    await trace.getByText('Stores first').waitFor();
    expect(await trace.textContent()).toContain(`${sku} × 1 → Test store (1)`);
    const chosen = trace.locator('tr.chosen');
    expect(await chosen.count()).toBe(1);
    expect(await chosen.textContent()).toMatch(/^1Test store ✓ chosenStore/);
    await closePage(page);
  });
});

describe('a store associate', () => {
  it('prepares a pickup order and hands it over with the customer’s code', async () => {
    const { locations } = (await system.query<{ locations: { id: string; code: string }[] }>('{ locations(type: STORE) { id code } }')).data!;
    const lyon = locations.find((location) => location.code === 'ST-LYON-PARTDIEU')!;
    const sku = await createSku(system, { stock: { [lyon.id]: 3 } });
    const order = await placeOrder(sku, { method: 'PICKUP', pickupLocationId: lyon.id });

    const page = await signedIn(browser, system.gatewayUrl, 'store.lyon@oms.example', { width: 1024, height: 768 });
    // A store associate's console opens on their store's work; there is no sourcing or dashboard for them.
    await page.getByRole('heading', { name: 'Lyon Part-Dieu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sourcing rules' }).count()).toBe(0);
    const card = page.getByTestId(`work-${order.number}`);
    await waitFor('the pickup in the queue', async () => {
      if ((await card.count()) > 0) return true;
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.waitForTimeout(300);
      return false;
    });
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('button', { name: 'Record pick' }).click();
    await card.getByRole('button', { name: 'Mark ready for pickup' }).click();
    await page.getByText(`${order.number} is ready: the customer got their pickup code.`).waitFor();
    const fulfillmentOrderId = (await probe.sql<{ id: string }>('select id from fulfillment.fulfillment_order where order_id = $1', [order.id]))[0]!.id;
    const [ready] = await probe.waitForEvent('PickupReady', { fulfillmentOrderId });
    const code = String(ready!['code']);

    // A wrong code is refused and says so; the right one hands the order over.
    const wrong = code === '000000' ? '111111' : '000000';
    await card.getByLabel(`Pickup code for ${order.number}`).fill(wrong);
    await card.getByRole('button', { name: 'Confirm pickup' }).click();
    expect(await card.getByRole('alert').textContent()).toContain('PICKUP_CODE_INVALID');
    await card.getByLabel(`Pickup code for ${order.number}`).fill(code);
    await card.getByRole('button', { name: 'Confirm pickup' }).click();
    await page.getByText(`${order.number} handed over to the customer.`).waitFor();
    // Collected: it leaves the store's queue.
    await page.getByTestId(`work-${order.number}`).waitFor({ state: 'detached' });
    const [status] = await probe.sql<{ status: string }>('select status from fulfillment.fulfillment_order where id = $1', [fulfillmentOrderId]);
    expect(status?.status).toBe('PICKED_UP');
    await closePage(page);
  });
});

/** Takes an order's only fulfillment order through accept, pick, pack and ship, as a warehouse would. */
async function shipOrder(orderId: string): Promise<void> {
  const fulfillmentOrder = await waitFor('the fulfillment order', async () => {
    const found = await system.query<{ fulfillmentOrders: { edges: { node: { id: string; lines: { id: string; quantity: number }[] } }[] } }>(
      'query ($orderId: ID!) { fulfillmentOrders(filter: { orderId: $orderId }) { edges { node { id lines { id quantity } } } } }',
      { orderId },
      ADMIN,
    );
    return found.data?.fulfillmentOrders.edges[0]?.node;
  });
  const step = async <T,>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await system.query<T>(query, variables, ADMIN);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };
  const id = fulfillmentOrder.id;
  const lines = fulfillmentOrder.lines;
  await step('mutation ($id: ID!) { acceptFulfillmentOrder(id: $id) { id } }', { id });
  await step('mutation ($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { id } } }', {
    input: { fulfillmentOrderId: id, lines: lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
  });
  const packed = await step<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    'mutation ($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }',
    { input: { fulfillmentOrderId: id, parcels: [{ weightGrams: 500, lengthMm: 300, widthMm: 200, heightMm: 100, items: lines.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
  );
  await step('mutation ($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { id } }', {
    input: { fulfillmentOrderId: id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: packed.packFulfillmentOrder.shipment.parcels.map((parcel, index) => ({ parcelId: parcel.id, trackingNumber: `6A${Date.now()}${index}` })) },
  });
  await waitFor('the order to know its units shipped', async () => {
    const order = await system.query<{ order: { lines: { shippedQuantity: number }[] } }>('query ($id: ID!) { order(id: $id) { lines { shippedQuantity } } }', { id: orderId }, ADMIN);
    return order.data?.order.lines.every((line) => line.shippedQuantity > 0);
  });
}

describe('a care agent', () => {
  it('opens a customer, starts a return, and sees it on the customer’s timeline', async () => {
    const { customers } = (await system.query<{ customers: { edges: { node: { id: string; name: string; email: string } }[] } }>('{ customers(first: 1) { edges { node { id name email } } } }', {}, ADMIN)).data!;
    const customer = customers.edges[0]!.node;
    const warehouse = await createTestLocation(system, { type: 'WAREHOUSE' });
    const sku = await createSku(system, { stock: { [warehouse.id]: 5 } });
    const placed = await system.query<{ placeOrder: { id: string; number: string } }>(
      PLACE_ORDER,
      { input: { idempotencyKey: randomUUID(), channel: 'WEB', customerId: customer.id, lines: [{ sku, quantity: 1 }], delivery: SHIP_TO_LYON, payment: { token: 'tok_visa' } } },
      ADMIN,
    );
    expect(placed.errors, JSON.stringify(placed.errors)).toBeUndefined();
    const order = placed.data!.placeOrder;
    await shipOrder(order.id);

    const page = await signedIn(browser, system.gatewayUrl, 'care@oms.example');
    await page.getByRole('link', { name: 'Customers' }).click();
    await page.getByLabel('Search by name, email or phone').fill(customer.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: customer.name }).click();
    await page.getByRole('heading', { name: customer.name, level: 1 }).waitFor();
    const timeline = page.getByTestId('customer-timeline');
    await timeline.getByText(`Order ${order.number} placed`).waitFor();

    await page.getByLabel('Order to return from').selectOption({ label: order.number });
    await page.getByLabel(/^Return how many of Test item/).fill('1');
    await page.getByLabel('Return reason').selectOption('WRONG_SIZE');
    await page.getByRole('button', { name: 'Start return…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start return' }).click();
    const notice = page.getByText(/^Return \S+ (approved|requested: it needs approval)\.$/);
    await notice.waitFor();
    const returnNumber = /^Return (\S+)/.exec((await notice.textContent()) ?? '')![1]!;
    await timeline.getByText(`Return ${returnNumber} for ${order.number}`).waitFor();
    expect(await timeline.textContent()).toContain('Wrong size');

    // GDPR right of access: one download with every service's section about the person.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
    const exported = JSON.parse(await new Response(await download.createReadStream()).text()) as Record<string, unknown>;
    expect(exported).toMatchObject({ customerId: customer.id });
    expect(Object.keys(exported)).toEqual(expect.arrayContaining(['customers', 'orders', 'fulfillment', 'inventory']));
    expect(JSON.stringify(exported['orders'])).toContain(order.number);
    // Erasure is for administrators: a care agent is not offered it.
    expect(await page.getByRole('button', { name: 'Erase…' }).count()).toBe(0);
    await closePage(page);
  });
});

describe('a call-center order', () => {
  it('saves the sale: out of stock at the chosen store, the agent accepts a pickup at another store nearby', async () => {
    const empty = await createTestLocation(system, { type: 'STORE', latitude: 45.76, longitude: 4.85 });
    const nearby = await createTestLocation(system, { type: 'STORE', latitude: 45.77, longitude: 4.86 });
    const sku = await createSku(system, { stock: { [nearby.id]: 3 } });

    const page = await signedIn(browser, system.gatewayUrl, 'care@oms.example');
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('link', { name: 'New order' }).click();
    await page.getByLabel('Customer email (guest order)').fill('caller@example.com');
    await page.getByLabel('SKU 1').fill(sku);
    await page.getByLabel('Pickup', { exact: true }).check();
    await page.getByLabel('Pickup store').selectOption(empty.id);
    await page.getByLabel('Payment token (from the card terminal)').fill('tok_visa');
    await page.getByRole('button', { name: 'Place order' }).click();
    const alternatives = page.getByTestId('alternatives');
    await alternatives.getByText(`${sku}: 0 available of 1`).waitFor();
    await alternatives.getByRole('listitem').filter({ hasText: 'Pickup elsewhere' }).first().getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Place order' }).click();
    await page.getByRole('heading', { name: /^Order OMS-\d+/ }).waitFor();
    const orderId = page.url().split('/').pop()!;
    const placed = await system.query<{ order: { channel: string; deliveryMethod: string; pickupLocation: { id: string } | null } }>(
      'query ($id: ID!) { order(id: $id) { channel deliveryMethod pickupLocation { id } } }',
      { id: orderId },
      ADMIN,
    );
    expect(placed.data?.order).toEqual({ channel: 'CALL_CENTER', deliveryMethod: 'PICKUP', pickupLocation: { id: nearby.id } });
    await closePage(page);
  });
});

describe('the order feed behind the dashboard (Subscription.orderActivity)', () => {
  const FEED = 'subscription { orderActivity { kind from to order { number channel lines { quantity sku { code } } } } }';

  it('sends staff every order placed and every status change, across services', async () => {
    const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${ADMIN}` });
    const feed = collect(client, FEED);
    try {
      await liveSleep(500);
      const warehouse = await createTestLocation(system, { type: 'WAREHOUSE' });
      const sku = await createSku(system, { stock: { [warehouse.id]: 5 } });
      const order = await placeOrder(sku, SHIP_TO_LYON);
      await liveWaitFor(() => feed.received.filter((event) => JSON.stringify(event.data).includes(order.number)).length >= 3, 10_000, 'the order’s events');
      const mine = feed.received.map((event) => event.data?.['orderActivity'] as { kind: string; from: string | null; to: string; order: { number: string; lines: unknown[] } }).filter((activity) => activity?.order.number === order.number);
      expect(mine[0]).toMatchObject({ kind: 'PLACED', from: null, to: 'CREATED', order: { lines: [{ quantity: 1, sku: { code: sku } }] } });
      expect(mine.slice(1).map((activity) => [activity.kind, activity.to])).toEqual(expect.arrayContaining([['STATUS_CHANGED', 'CONFIRMED'], ['STATUS_CHANGED', 'ALLOCATED']]));
    } finally {
      feed.unsubscribe();
      await client.dispose();
    }
  });

  it('is for staff only: a customer is refused', async () => {
    const { customers } = (await system.query<{ customers: { edges: { node: { id: string } }[] } }>('{ customers(first: 1) { edges { node { id } } } }', {}, ADMIN)).data!;
    const client = connectWs(system.gatewayUrl, { authorization: `Bearer ${customerToken(customers.edges[0]!.node.id)}` });
    const feed = collect(client, FEED);
    try {
      await feed.completed;
      expect(feed.received[0]?.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN/);
    } finally {
      await client.dispose();
    }
  });
});

describe('reporting', () => {
  it('shows the period’s figures from Query.report and exports them as CSV', async () => {
    // The console's default period: the last 30 local days, today included.
    const today = new Date(new Date().getFullYear(), new Date().getMonth(), new Date().getDate());
    const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29);
    const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const expected = await system.query<{ report: { sales: { totals: { orders: number } } } }>(
      'query ($input: ReportInput!) { report(input: $input) { sales { totals { orders } } } }',
      { input: { from: from.toISOString(), to: to.toISOString() } },
      ADMIN,
    );
    expect(expected.errors, JSON.stringify(expected.errors)).toBeUndefined();
    const page = await signedIn(browser, system.gatewayUrl, 'admin@oms.example');
    await page.getByRole('link', { name: 'Reporting' }).click();
    await page.getByRole('heading', { name: 'Sales' }).waitFor();
    const orders = page.locator('section.panel', { has: page.getByText('Orders', { exact: true }) }).locator('.kpi');
    expect(Number(await orders.textContent())).toBe(expected.data!.report.sales.totals.orders);
    expect(expected.data!.report.sales.totals.orders).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export sales CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sales-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await new Response(await download.createReadStream()).text();
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toMatch(/^day,channel,/);
    expect(rows.length).toBeGreaterThan(0);
    await closePage(page);
  });
});

describe('the dashboard', () => {
  it('updates live when an order is placed through the API', async () => {
    const page = await signedIn(browser, system.gatewayUrl, 'admin@oms.example');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const counter = page.getByTestId('orders-today');
    await waitFor('today’s orders loaded', async () => /^\d+$/.test((await counter.textContent()) ?? ''));
    await page.locator('[data-live="live"]').waitFor();
    const before = Number(await counter.textContent());

    const sku = await createSku(system, { stock: { [(await createTestLocation(system, { type: 'WAREHOUSE' })).id]: 5 } });
    // The subscription is acknowledged; give the gateway a moment to open its upstream feed.
    await page.waitForTimeout(500);
    const order = await placeOrder(sku, SHIP_TO_LYON);
    await page.getByText(new RegExp(`Latest: ${order.number} `)).waitFor();
    await waitFor('the live count', async () => Number(await counter.textContent()) === before + 1);
    // A reload keeps the tab signed in and reads the same count from the API.
    await page.reload();
    await waitFor('the count after a reload', async () => Number(await page.getByTestId('orders-today').textContent()) === before + 1);
    await page.locator('[data-live="live"]').waitFor();
    await closePage(page);
  });
});
