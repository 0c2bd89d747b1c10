// `pnpm screenshots`: starts the whole OMS on free ports with demo data (the `pnpm start` path, in a
// scratch data directory), adds some of today's activity through the API, and saves screenshots of
// the console's main screens to docs/screenshots/ (desktop; the store on a tablet; three phone views).
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, findFreePort } from '@oms/platform';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureConsoleBuilt } from '../console/build.ts';
import { CHROMIUM_ARGS, resolveChromium } from './chromium.ts';
import { launchSystem } from './launcher.ts';
import { root } from './supergraph.ts';

const OUT = path.join(root, 'docs', 'screenshots');
const PASSWORD = 'demo-password-2026';
const DESKTOP = { width: 1366, height: 900 };

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${body.errors?.map((error) => error.message).join('; ') ?? response.status}`);
  return body.data;
}

/** Today's activity on top of the demo history: orders in several channels, pickups at Lyon. */
async function addActivity(url: string, token: string): Promise<{ orderId: string; sku: string; customerId: string }> {
  const { skus } = await graphql<{ skus: { edges: { node: { code: string; availableToSell: number } }[] } }>(url, '{ skus(first: 40) { edges { node { code availableToSell } } } }', {}, token);
  const inStock = skus.edges.map(({ node }) => node).filter((sku) => sku.availableToSell > 5);
  const { locations } = await graphql<{ locations: { id: string; code: string }[] }>(url, '{ locations(type: STORE) { id code } }');
  const lyon = locations.find((location) => location.code === 'ST-LYON-PARTDIEU');
  const { customers } = await graphql<{ customers: { edges: { node: { id: string } }[] } }>(url, '{ customers(first: 5) { edges { node { id } } } }', {}, token);
  const channels = ['WEB', 'WEB', 'MOBILE', 'WEB', 'CALL_CENTER', 'MOBILE', 'MARKETPLACE', 'WEB'];
  let last = { orderId: '', sku: inStock[0]?.code ?? '', customerId: customers.edges[0]?.node.id ?? '' };
  for (const [index, channel] of channels.entries()) {
    const sku = inStock[index % inStock.length]!.code;
    const customerId = customers.edges[index % customers.edges.length]!.node.id;
    const pickup = index % 3 === 2 && lyon;
    const placed = await graphql<{ placeOrder: { __typename: string; id?: string } }>(
      url,
      'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id } } }',
      {
        input: {
          idempotencyKey: randomUUID(),
          channel,
          customerId,
          lines: [{ sku, quantity: 1 + (index % 2) }],
          delivery: pickup
            ? { method: 'PICKUP', pickupLocationId: lyon.id }
            : { method: 'SHIP', address: { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } },
          payment: { token: 'tok_visa' },
        },
      },
      token,
    );
    if (placed.placeOrder.id && !pickup) last = { orderId: placed.placeOrder.id, sku, customerId };
  }
  return last;
}

/**
 * A return waiting for a decision on a recently delivered demo order (within the return window), so
 * the order and customer views show one with its actions; undefined when every candidate is refused.
 */
async function addReturn(url: string, token: string): Promise<{ orderId: string; customerId: string } | undefined> {
  const { orders } = await graphql<{ orders: { edges: { node: { id: string; customer: { id: string } | null; lines: { id: string; shippedQuantity: number }[] } }[] } }>(
    url,
    '{ orders(first: 20, filter: { status: [DELIVERED] }) { edges { node { id customer { id } lines { id shippedQuantity } } } } }',
    {},
    token,
  );
  for (const { node } of orders.edges) {
    const line = node.lines.find((candidate) => candidate.shippedQuantity > 0);
    if (!line || !node.customer) continue;
    const { requestReturn } = await graphql<{ requestReturn: { __typename: string } }>(
      url,
      'mutation ($input: RequestReturnInput!) { requestReturn(input: $input) { __typename } }',
      { input: { orderId: node.id, channel: 'CALL_CENTER', lines: [{ orderLineId: line.id, quantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED' }] } },
      token,
    );
    if (requestReturn.__typename === 'Return') return { orderId: node.id, customerId: node.customer.id };
  }
  return undefined;
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
  console.log(`  docs/screenshots/${name}.png`);
}

async function signIn(browser: Browser, consoleUrl: string, email: string, viewport = DESKTOP): Promise<Page> {
  const page = await (await browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(consoleUrl);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const logger = createLogger('screenshots', process.env['LOG_LEVEL'] ?? 'warn');
const dataDir = mkdtempSync(path.join(tmpdir(), 'oms-screenshots-'));
// PostgreSQL may run as another user than the one running this script (e.g. under root).
chmodSync(dataDir, 0o755);
ensureConsoleBuilt();
mkdirSync(OUT, { recursive: true });
const [gatewayPort, pgPort, orders, inventory, fulfillment, customers] = await Promise.all([findFreePort(), findFreePort(), findFreePort(), findFreePort(), findFreePort(), findFreePort()]);
const system = await launchSystem({
  dataDir,
  embeddedPostgresPort: pgPort,
  gatewayPort,
  subgraphPorts: { orders, inventory, fulfillment, customers },
  demoData: true,
  env: { LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn', ORDER_RELEASE_DELAY_MS: '0' },
  logger,
});
let browser: Browser | undefined;
try {
  const url = system.gatewayUrl;
  const consoleUrl = new URL('/console/', url).toString();
  const { signIn: session } = await graphql<{ signIn: { token: string } }>(url, 'mutation { signIn(email: "admin@oms.example", password: "demo-password-2026") { token } }');
  const activity = await addActivity(url, session.token);
  // Returns above this value wait for a care agent's decision: the screenshots show the approval step.
  await graphql(url, 'mutation ($input: ReturnPolicyInput!) { setReturnPolicy(input: $input) { version } }', {
    input: { defaultWindowDays: 30, approvalThreshold: 1000, appeasementLimits: [{ role: 'ADMIN', maxAmount: null }, { role: 'CARE_AGENT', maxAmount: 5000 }, { role: 'STORE_ASSOCIATE', maxAmount: 2000 }] },
  }, session.token);
  const returned = await addReturn(url, session.token);
  browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
  console.log('saving screenshots:');

  const signInPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signInPage.goto(consoleUrl);
  await signInPage.getByLabel('Email').waitFor();
  await shoot(signInPage, 'sign-in', false);

  const admin = await signIn(browser, consoleUrl, 'admin@oms.example');
  await admin.getByTestId('orders-today').filter({ hasText: /^\d+$/ }).waitFor();
  await admin.locator('[data-live="live"]').waitFor();
  await shoot(admin, 'dashboard');
  await admin.getByRole('link', { name: 'Orders' }).click();
  await admin.getByRole('table').waitFor();
  await shoot(admin, 'orders');
  await admin.goto(new URL(`/console/orders/${activity.orderId}`, url).toString());
  await admin.getByTestId('sourcing-trace').waitFor();
  await shoot(admin, 'order-detail');
  await admin.getByRole('link', { name: 'Sourcing rules' }).click();
  await admin.getByLabel('Name').fill('Stores first');
  await admin.getByRole('button', { name: 'Dry run' }).click();
  await admin.getByTestId('dry-run').waitFor();
  await shoot(admin, 'sourcing-dry-run');
  await admin.goto(new URL(`/console/inventory?sku=${encodeURIComponent(activity.sku)}`, url).toString());
  await admin.getByRole('heading', { name: 'Movement ledger (latest 50)' }).waitFor();
  await shoot(admin, 'inventory');
  await admin.getByRole('link', { name: 'Reporting' }).click();
  await admin.getByRole('heading', { name: 'Sales' }).waitFor();
  await shoot(admin, 'reporting');

  const care = await signIn(browser, consoleUrl, 'care@oms.example');
  await care.goto(new URL(`/console/customers/${activity.customerId}`, url).toString());
  await care.getByTestId('customer-timeline').waitFor();
  await shoot(care, 'customer-360');

  const store = await signIn(browser, consoleUrl, 'store.lyon@oms.example', { width: 1024, height: 768 });
  await store.getByRole('heading', { name: 'Lyon Part-Dieu' }).waitFor();
  await shoot(store, 'store-tablet');

  const phone = await signIn(browser, consoleUrl, 'admin@oms.example', { width: 390, height: 844 });
  await phone.getByTestId('orders-today').filter({ hasText: /^\d+$/ }).waitFor();
  await shoot(phone, 'dashboard-phone');

  // Care work on a phone: an order with its return waiting for a decision, and a customer's 360°.
  const carePhone = await signIn(browser, consoleUrl, 'care@oms.example', { width: 390, height: 844 });
  await carePhone.goto(new URL(`/console/orders/${returned?.orderId ?? activity.orderId}`, url).toString());
  await carePhone.getByTestId(returned ? 'returns' : 'sourcing-trace').waitFor();
  await shoot(carePhone, 'order-detail-phone');
  await carePhone.goto(new URL(`/console/customers/${returned?.customerId ?? activity.customerId}`, url).toString());
  await carePhone.getByTestId('customer-timeline').waitFor();
  await carePhone.getByTestId('cases').waitFor();
  await shoot(carePhone, 'customer-360-phone');
} finally {
  await browser?.close();
  await system.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
