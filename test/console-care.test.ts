// The console's care work end to end, in Chromium against the real system: a return's whole
// lifecycle and an exchange, releasing a risk hold, editing an order before release, cases and the
// messages sent to the customer; then accessibility (axe-core) and keyboard use of the main screens.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { demoId } from '@oms/platform';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './support/auth.ts';
import { consoleUrl, DEMO_PASSWORD, launchBrowser } from './support/browser.ts';
import { waitFor } from './support/fulfillment-fixtures.ts';
import { createLocation, createSku } from './support/order-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

// A short cancellation window: orders reach fulfillment within a test, yet a hold placed right after
// placement keeps an order editable for as long as the test needs.
process.env['ORDER_RELEASE_DELAY_MS'] = '2000';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CUSTOMER_ID = demoId('customer', 1);
const LYON = demoId('location', 'ST-LYON-PARTDIEU');
const ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

let system: TestSystem;
let browser: Browser;
let warehouse: string;

beforeAll(async () => {
  [system, browser] = await Promise.all([startTestSystem(), launchBrowser()]);
  warehouse = await createLocation(system, { type: 'WAREHOUSE' });
  // Every return waits for a staff decision, so the console's approval step is exercised.
  await ok(system.query(
    'mutation ($input: ReturnPolicyInput!) { setReturnPolicy(input: $input) { version } }',
    { input: { defaultWindowDays: 30, approvalThreshold: 0, appeasementLimits: [{ role: 'ADMIN', maxAmount: null }, { role: 'CARE_AGENT', maxAmount: 5_000 }] } },
    ADMIN,
  ));
});

afterAll(async () => {
  await browser?.close();
  await system?.close();
});

function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  return response.then((answer) => {
    if (answer.errors?.length || !answer.data) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  });
}

/** Signs a demo staff member in; CSP is bypassed only so that the tests can inject axe-core. */
async function signIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => console.error(`console page error (${email}): ${error.message}`));
  await page.goto(consoleUrl(system.gatewayUrl));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

interface Placed {
  id: string;
  number: string;
  total: { amount: number };
  lines: { id: string; quantity: number }[];
}

async function placeOrder(lines: { sku: string; quantity: number }[]): Promise<Placed & { status: string }> {
  const data = await ok(system.query<{ placeOrder: Placed & { __typename: string; status: string } }>(
    'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Order { id number status total { amount } lines { id quantity } } } }',
    { input: { idempotencyKey: randomUUID(), channel: 'WEB', customerId: CUSTOMER_ID, lines, delivery: { method: 'SHIP', address: ADDRESS }, payment: { token: 'tok_visa' } } },
    ADMIN,
  ));
  expect(data.placeOrder.__typename).toBe('Order');
  return data.placeOrder;
}

/** Places an order for the demo customer and works it through the warehouse until it has shipped. */
async function shippedOrder(sku: string, quantity: number): Promise<Placed> {
  const order = await placeOrder([{ sku, quantity }]);
  const fulfillmentOrder = await waitFor('the fulfillment order', async () => {
    const data = await ok(system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string; quantity: number }[] }[] | null } }>(
      'query ($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id quantity } } } }', { id: order.id }, ADMIN));
    return data.order.fulfillmentOrders?.[0];
  });
  const { id, lines } = fulfillmentOrder;
  await ok(system.query('mutation ($id: ID!) { acceptFulfillmentOrder(id: $id) { id } }', { id }, ADMIN));
  await ok(system.query('mutation ($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { id } } }', {
    input: { fulfillmentOrderId: id, lines: lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
  }, ADMIN));
  const packed = await ok(system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    'mutation ($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }',
    { input: { fulfillmentOrderId: id, parcels: [{ weightGrams: 500, lengthMm: 300, widthMm: 200, heightMm: 100, items: lines.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
    ADMIN,
  ));
  await ok(system.query('mutation ($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { id } }', {
    input: { fulfillmentOrderId: id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId: packed.packFulfillmentOrder.shipment.parcels[0]!.id, trackingNumber: `6A${Date.now()}` }] },
  }, ADMIN));
  await waitFor('the order to know its units shipped', async () => {
    const data = await ok(system.query<{ order: { lines: { shippedQuantity: number }[] } }>('query ($id: ID!) { order(id: $id) { lines { shippedQuantity } } }', { id: order.id }, ADMIN));
    return data.order.lines.every((line) => line.shippedQuantity > 0);
  });
  return order;
}

/** A return of one unit of the order's first line, waiting for approval (the policy's threshold is 0). */
async function requestReturn(order: Placed): Promise<{ id: string; number: string }> {
  const data = await ok(system.query<{ requestReturn: { __typename: string; id: string; number: string; status: string } }>(
    'mutation ($input: RequestReturnInput!) { requestReturn(input: $input) { __typename ... on Return { id number status } } }',
    { input: { orderId: order.id, channel: 'CALL_CENTER', lines: [{ orderLineId: order.lines[0]!.id, quantity: 1, reasonCode: 'DAMAGED', condition: 'DAMAGED' }] } },
    ADMIN,
  ));
  expect(data.requestReturn).toMatchObject({ __typename: 'Return', status: 'REQUESTED' });
  return data.requestReturn;
}

async function openOrder(page: Page, orderId: string): Promise<void> {
  await page.goto(consoleUrl(system.gatewayUrl, `/orders/${orderId}`));
  await page.getByRole('heading', { name: /^Order OMS-/, level: 1 }).waitFor();
}

/** Runs one step of a return from its card: the action's button, then the dialog's confirmation. */
async function returnStep(page: Page, returnNumber: string, action: string, confirm: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByTestId(`return-${returnNumber}`).getByRole('button', { name: `${action}…` }).click();
  const dialog = page.getByRole('dialog');
  await fill?.(dialog);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a care agent works a return in the console', () => {
  it('approves, receives, inspects and refunds it, and sees each step on the order timeline', async () => {
    const sku = await createSku(system, { price: 2500, stock: { [warehouse]: 5 } });
    const order = await shippedOrder(sku, 2);
    const returned = await requestReturn(order);

    const page = await signIn('care@oms.example');
    await openOrder(page, order.id);
    const card = page.getByTestId(`return-${returned.number}`);
    const timeline = page.getByTestId('order-timeline');
    const status = card.getByRole('heading').locator('.badge');
    expect(await status.textContent()).toBe('Requested');
    // Only what the return's status allows next is offered.
    expect(await card.getByRole('button').allTextContents()).toEqual(['Approve…', 'Reject…']);

    await returnStep(page, returned.number, 'Approve', 'Approve');
    // The notice ("… approved: the customer gets …"), not the card's heading, which now reads "… Approved" too.
    await card.getByText(`Return ${returned.number} approved:`).waitFor();
    await timeline.getByText(`return ${returned.number} approved`).waitFor();

    await returnStep(page, returned.number, 'Receive', 'Receive', async (dialog) => {
      await dialog.getByLabel('Received at').selectOption(warehouse);
      await dialog.getByLabel(`Units of ${sku} that arrived (of 1)`).fill('1');
    });
    await card.getByText(`Return ${returned.number} received at Test warehouse.`).waitFor();
    await timeline.getByText(new RegExp(`return ${returned.number} received at WH-[^:]+: 1 × ${sku}`)).waitFor();

    await returnStep(page, returned.number, 'Inspect', 'Record inspection', async (dialog) => {
      await dialog.getByLabel(new RegExp(`^1 × ${sku}`)).selectOption('REFURBISH');
    });
    await timeline.getByText(`return ${returned.number} inspected: 1 × ${sku} refurbish`).waitFor();
    await card.getByRole('cell', { name: 'Refurbish' }).waitFor();

    await returnStep(page, returned.number, 'Refund', 'Refund', async (dialog) => {
      expect(await dialog.textContent()).toContain('Received goods worth €25.00');
      await dialog.getByLabel('The original payment').check();
    });
    await card.getByText('Refunded €25.00 to the original payment.').first().waitFor();
    await timeline.getByText(`return ${returned.number} refunded: 25.00 EUR to the original payment`).waitFor();
    await status.filter({ hasText: 'Refunded' }).waitFor();
    // Settled: nothing more to do on it.
    expect(await card.getByRole('button').count()).toBe(0);

    const data = await ok(system.query<{ return: { status: string; refund: { amount: { amount: number }; method: string } } }>(
      'query ($id: ID!) { return(id: $id) { status refund { amount { amount } method } } }', { id: returned.id }, ADMIN));
    expect(data.return).toEqual({ status: 'REFUNDED', refund: { amount: { amount: 2500 }, method: 'ORIGINAL_PAYMENT' } });
    await page.context().close();
  });

  it('shows the API’s refusal and its code when someone else decided first', async () => {
    const sku = await createSku(system, { price: 1500, stock: { [warehouse]: 5 } });
    const order = await shippedOrder(sku, 1);
    const returned = await requestReturn(order);
    const page = await signIn('care@oms.example');
    await openOrder(page, order.id);
    await page.getByTestId(`return-${returned.number}`).getByRole('button', { name: 'Reject…' }).click();
    // Meanwhile another agent approves it.
    await ok(system.query('mutation ($id: ID!) { approveReturn(returnId: $id) { id } }', { id: returned.id }, ADMIN));
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Reject', exact: true }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Reason given to the customer').fill('Outside the window');
    await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('INVALID_STATE_TRANSITION');
    // The dialog stays open with the error until cancelled; nothing was rejected.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.context().close();
    const data = await ok(system.query<{ return: { status: string } }>('query ($id: ID!) { return(id: $id) { status } }', { id: returned.id }, ADMIN));
    expect(data.return.status).toBe('APPROVED');
  });

  it('a store associate receives at their own store, then the agent exchanges for a dearer SKU and sees the difference charged', async () => {
    const sku = await createSku(system, { price: 2500, stock: { [warehouse]: 5 } });
    const dearer = await createSku(system, { price: 3000, stock: { [warehouse]: 5 } });
    const order = await shippedOrder(sku, 1);
    const returned = await requestReturn(order);
    await ok(system.query('mutation ($id: ID!) { approveReturn(returnId: $id) { id } }', { id: returned.id }, ADMIN));

    const store = await signIn('store.lyon@oms.example', { width: 1024, height: 768 });
    await openOrder(store, order.id);
    await store.getByTestId(`return-${returned.number}`).getByRole('button', { name: 'Receive…' }).click();
    const receive = store.getByRole('dialog');
    // Their store is the only choice, and it is fixed.
    await expect(receive.getByLabel('Received at').isDisabled()).resolves.toBe(true);
    await receive.getByLabel('Received at').locator('option', { hasText: 'Lyon Part-Dieu' }).waitFor({ state: 'attached' });
    expect(await receive.getByLabel('Received at').inputValue()).toBe(LYON);
    await receive.getByRole('button', { name: 'Receive', exact: true }).click();
    await store.getByText(`Return ${returned.number} received at Lyon Part-Dieu.`).waitFor();
    await store.context().close();

    const page = await signIn('care@oms.example');
    await openOrder(page, order.id);
    await returnStep(page, returned.number, 'Exchange', 'Create exchange', async (dialog) => {
      await dialog.getByLabel(`Replacement SKU for ${sku}`).fill(dearer);
      await dialog.getByLabel('Payment token for a price difference (optional)').fill('tok_visa');
    });
    const card = page.getByTestId(`return-${returned.number}`);
    const notice = card.getByText(/^Exchange created: replacement order OMS-\d+; price difference €[\d.]+, charged to the customer\.$/);
    await notice.waitFor();
    // The figures shown are the API's: the replacement (with its shipping) less the returned goods' value.
    const { return: settled } = await ok(system.query<{ return: { exchange: { settlement: string; priceDifference: { amount: number }; replacementOrder: { number: string } } } }>(
      'query ($id: ID!) { return(id: $id) { exchange { settlement priceDifference { amount } replacementOrder { number } } } }', { id: returned.id }, ADMIN));
    expect(settled.exchange.settlement).toBe('CHARGED');
    expect(settled.exchange.priceDifference.amount).toBeGreaterThanOrEqual(500);
    const difference = `€${(settled.exchange.priceDifference.amount / 100).toFixed(2)}`;
    const replacement = settled.exchange.replacementOrder.number;
    expect(await notice.textContent()).toBe(`Exchange created: replacement order ${replacement}; price difference ${difference}, charged to the customer.`);
    const exchange = card.getByTestId('exchange');
    await exchange.waitFor();
    expect(await exchange.textContent()).toContain(`price difference +${difference} — charged to the customer`);
    await page.getByTestId('order-timeline').getByText(`return ${returned.number} exchanged for order ${replacement}`).waitFor();
    await page.context().close();
  });
});

describe('orders held back from fulfillment', () => {
  const SET_RISK_RULES = 'mutation ($input: SetRiskRulesInput!) { setRiskRules(input: $input) { orderValue { enabled } } }';

  it('an order over the risk threshold goes on hold; the agent releases it in the console and it continues to fulfillment', async () => {
    await ok(system.query(SET_RISK_RULES, { input: { orderValue: { enabled: true, thresholds: [{ amount: 10_000, currency: 'EUR' }] } } }, ADMIN));
    try {
      const sku = await createSku(system, { price: 6000, stock: { [warehouse]: 5 } });
      const order = await placeOrder([{ sku, quantity: 2 }]);
      expect(order.status).toBe('ON_HOLD');

      const page = await signIn('care@oms.example');
      await openOrder(page, order.id);
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.textContent()).toContain('On hold');
      const holds = page.locator('section', { has: page.getByRole('heading', { name: 'Holds' }) });
      expect(await holds.textContent()).toContain('Risk order value');
      await holds.getByRole('button', { name: 'Release…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Why it is safe to release').fill('Customer verified by phone');
      await dialog.getByRole('button', { name: 'Release hold' }).click();
      await page.getByText('Hold released: the order is allocated.').waitFor();
      // The order goes on by itself: released to fulfillment at the end of its window, live on the page.
      await heading.getByText('Released').waitFor({ timeout: 20_000 });
      expect(await holds.textContent()).toContain('Customer verified by phone');
      await page.getByTestId('order-timeline').getByText('Released').first().waitFor();
      await page.context().close();
    } finally {
      await ok(system.query(SET_RISK_RULES, { input: { orderValue: { enabled: false, thresholds: [] } } }, ADMIN));
    }
  });

  it('an agent changes a quantity before release and the order’s total follows', async () => {
    const sku = await createSku(system, { price: 1000, stock: { [warehouse]: 10 } });
    const order = await placeOrder([{ sku, quantity: 1 }]);
    // The customer asked to wait while they change it: it stays before release as long as needed.
    await ok(system.query('mutation ($input: PlaceOrderHoldInput!) { placeOrderHold(input: $input) { status } }', { input: { orderId: order.id, reason: 'CUSTOMER_REQUEST', detail: 'changing the order' } }, ADMIN));

    const page = await signIn('care@oms.example');
    await openOrder(page, order.id);
    await page.getByLabel(`Quantity of ${sku} (0 removes it)`).fill('3');
    await page.getByLabel('Reason', { exact: true }).fill('Customer wants three');
    await page.getByRole('button', { name: 'Apply changes…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(`${sku}: quantity 3`);
    await dialog.getByRole('button', { name: 'Apply changes' }).click();
    const notice = page.getByText(/^Order changed: new total €[\d.,]+\.$/);
    await notice.waitFor();

    const after = await ok(system.query<{ order: { total: { amount: number }; lines: { quantity: number }[] } }>('query ($id: ID!) { order(id: $id) { total { amount } lines { quantity } } }', { id: order.id }, ADMIN));
    expect(after.order.lines.map((line) => line.quantity)).toEqual([3]);
    expect(after.order.total.amount).toBe(order.total.amount + 2 * 1000);
    const shown = `€${(after.order.total.amount / 100).toFixed(2)}`;
    expect(await notice.textContent()).toBe(`Order changed: new total ${shown}.`);
    // The summary shows the new total too.
    await page.getByText(new RegExp(`^${shown.replace('.', '\\.')} \\(subtotal`)).waitFor();
    await page.context().close();
  });
});

describe('a customer’s cases and messages', () => {
  it('opens a case, logs a call on it, moves it to pending then resolved, and reads the messages the customer got', async () => {
    const page = await signIn('care@oms.example');
    await page.goto(consoleUrl(system.gatewayUrl, `/customers/${CUSTOMER_ID}`));
    const cases = page.getByTestId('cases');
    await cases.waitFor();
    const subject = `Parcel damaged ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('New case subject').fill(subject);
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.getByText(`Case “${subject}” opened`).waitFor();
    const item = cases.getByRole('article', { name: `Case ${subject}` });
    const badge = item.locator('.badge');
    expect(await badge.textContent()).toBe('Open');

    await page.getByLabel('On case').selectOption({ label: `${subject} (open)` });
    await page.locator('form', { has: page.getByRole('heading', { name: 'Log an interaction' }) }).getByLabel('Reason', { exact: true }).fill('Customer sent photos of the damage');
    await page.getByRole('button', { name: 'Log interaction' }).click();
    await item.getByText('Call: Customer sent photos of the damage').waitFor();
    await page.getByTestId('customer-timeline').getByText(`case “${subject}”`, { exact: false }).first().waitFor();

    await item.getByLabel(`Status of “${subject}”`).selectOption('PENDING_CUSTOMER');
    await item.getByRole('button', { name: 'Change status' }).click();
    await badge.filter({ hasText: 'Pending customer' }).waitFor();
    await item.getByLabel(`Status of “${subject}”`).selectOption('RESOLVED');
    await item.getByRole('button', { name: 'Change status' }).click();
    await badge.filter({ hasText: 'Resolved' }).waitFor();
    await item.getByText(/resolved \d/).waitFor();

    // The customer's orders above sent them messages (confirmation, return steps, refund).
    const messages = page.getByTestId('notifications');
    await waitFor('the return messages', async () => {
      if ((await messages.getByText('Return approved', { exact: false }).count()) > 0) return true;
      await messages.getByRole('button', { name: 'Refresh' }).click();
      await page.waitForTimeout(300);
      return false;
    });
    const listed = await ok(system.query<{ notifications: { edges: { node: { subject: string } }[] } }>(
      'query ($id: ID) { notifications(customerId: $id, first: 50) { edges { node { subject } } } }', { id: CUSTOMER_ID }, ADMIN));
    expect(listed.notifications.edges.length).toBeGreaterThan(0);
    await messages.getByText(listed.notifications.edges[0]!.node.subject).first().waitFor();
    await page.context().close();
  });
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core over the page as it is now: the serious and critical WCAG 2.1 A/AA violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated in the page (the tests are type-checked without the DOM library, hence a string).
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate<Violation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations)
  `);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe('accessibility', () => {
  it('the main screens have no serious or critical axe-core violations, dialogs included', async () => {
    const sku = await createSku(system, { price: 2000, stock: { [warehouse]: 5 } });
    const order = await shippedOrder(sku, 1);
    await requestReturn(order);
    const found: Record<string, string[]> = {};
    const check = async (page: Page, name: string) => {
      await page.waitForLoadState('networkidle');
      found[name] = await seriousViolations(page);
    };

    const signInPage = await (await browser.newContext({ bypassCSP: true })).newPage();
    await signInPage.goto(consoleUrl(system.gatewayUrl));
    await signInPage.getByLabel('Email').waitFor();
    await check(signInPage, 'sign-in');
    await signInPage.context().close();

    const admin = await signIn('admin@oms.example');
    await admin.getByTestId('orders-today').filter({ hasText: /^\d+$/ }).waitFor();
    await check(admin, 'dashboard');
    const screens: [string, string, (page: Page) => Promise<unknown>][] = [
      ['orders', '/orders', (page) => page.getByRole('table').waitFor()],
      ['order', `/orders/${order.id}`, (page) => page.getByTestId('sourcing-trace').waitFor()],
      ['sourcing', '/sourcing', (page) => page.getByTestId('rule-versions').waitFor()],
      ['inventory', `/inventory?sku=${sku}`, (page) => page.getByRole('heading', { name: 'Movement ledger (latest 50)' }).waitFor()],
      ['customers', '/customers', (page) => page.getByRole('table').waitFor()],
      ['customer', `/customers/${CUSTOMER_ID}`, (page) => page.getByTestId('customer-timeline').waitFor()],
      ['store', `/store?location=${LYON}`, (page) => page.getByRole('heading', { name: 'Lyon Part-Dieu' }).waitFor()],
      ['reports', '/reports', (page) => page.getByRole('heading', { name: 'Sales' }).waitFor()],
      ['return-policy', '/return-policy', (page) => page.getByTestId('policy-in-force').waitFor()],
    ];
    for (const [name, path, ready] of screens) {
      await admin.goto(consoleUrl(system.gatewayUrl, path));
      await ready(admin);
      await check(admin, name);
    }
    // A dialog open over the order page.
    await admin.goto(consoleUrl(system.gatewayUrl, `/orders/${order.id}`));
    await admin.getByRole('button', { name: 'Reject…' }).click();
    await admin.getByRole('dialog').waitFor();
    await check(admin, 'reject dialog');
    // The phone layout.
    const phone = await signIn('care@oms.example', { width: 390, height: 844 });
    await phone.goto(consoleUrl(system.gatewayUrl, `/customers/${CUSTOMER_ID}`));
    await phone.getByTestId('customer-timeline').waitFor();
    await check(phone, 'customer on a phone');

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
    await admin.context().close();
    await phone.context().close();
  }, 120_000); // axe walks every screen: about 25 s on a quiet 2-core machine, more when test files run side by side

  it('works from the keyboard: skip link, main navigation, and dialogs that keep and give back focus', async () => {
    const page = await signIn('admin@oms.example');
    const focused = () => page.evaluate<{ tag: string; id: string; text: string; inDialog: boolean }>(`(() => {
      const element = document.activeElement;
      return { tag: element?.tagName ?? '', id: element?.id ?? '', text: element?.textContent?.trim() ?? '', inDialog: Boolean(element?.closest('dialog')) };
    })()`);
    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Skip to content' });
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'MAIN', id: 'content' });

    // The main navigation, in order, after the skip link.
    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const names: string[] = [];
    await page.keyboard.press('Tab');
    for (let index = 0; index < 3; index += 1) {
      await page.keyboard.press('Tab');
      names.push((await focused()).text);
    }
    expect(names).toEqual(['Dashboard', 'Orders', 'Sourcing rules']);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).text).toBe('Orders');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/orders');
    await waitFor('focus on the new screen', async () => (await focused()).id === 'content');

    // A dialog opened from the keyboard keeps focus inside, closes on Escape and gives focus back.
    await page.goto(consoleUrl(system.gatewayUrl, '/return-policy'));
    const publish = page.getByRole('button', { name: 'Publish…' });
    await publish.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Publish return policy version \d+\?$/ });
    await dialog.waitFor();
    expect((await focused()).inDialog).toBe(true);
    for (let index = 0; index < 4; index += 1) {
      await page.keyboard.press('Tab');
      expect((await focused()).inDialog).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toMatchObject({ tag: 'BUTTON', text: 'Publish…' });
    await page.context().close();
  });
});
