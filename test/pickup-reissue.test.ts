// Re-issuing a pickup code through the real gateway and services: the old code stops working, the
// new one collects the order, and the customer is sent the new code by the customers service.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import { errorCode, expectOk, FulfillmentProbe, releaseOrder, waitFor } from './support/fulfillment-fixtures.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;
let probe: FulfillmentProbe;

beforeAll(async () => {
  system = await startTestSystem();
  probe = new FulfillmentProbe(system.databaseUrl);
});

afterAll(async () => {
  await probe?.close();
  await system?.close();
});

// A demo customer with an address and no language preference: messages in English.
const CUSTOMER = demoId('customer', 2);
const STRANGER = demoId('customer', 3);

interface FulfillmentOrderView {
  id: string;
  status: string;
  pickupDeadline: string | null;
  pickupCodeReissues: number;
  lines: { id: string; quantity: number }[];
}

const FO_FIELDS = 'id status pickupDeadline pickupCodeReissues lines { id quantity }';
const ACCEPT = `mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { ${FO_FIELDS} } }`;
const PICK = `mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { ${FO_FIELDS} } } }`;
const READY = `mutation($input: MarkReadyForPickupInput!) { markReadyForPickup(input: $input) { ${FO_FIELDS} } }`;
const REISSUE = `mutation($id: ID!) { reissuePickupCode(fulfillmentOrderId: $id) { ${FO_FIELDS} } }`;
const CONFIRM_PICKUP = `mutation($input: ConfirmPickupInput!) { confirmPickup(input: $input) { ${FO_FIELDS} } }`;
const NOTIFICATIONS = `query($orderId: ID) { notifications(orderId: $orderId, first: 50) { edges { node { id template eventId body status } } } }`;

async function mutate<T>(query: string, variables: Record<string, unknown>, token = ADMIN): Promise<T> {
  return Object.values(expectOk(await system.query<Record<string, T>>(query, variables, token)))[0]!;
}

function reissue(id: string, token: string) {
  return system.query<{ reissuePickupCode: FulfillmentOrderView }>(REISSUE, { id }, token);
}

/** The code in each PickupCodeReissued event of the order, oldest first, once `count` were published. */
async function reissuedCodes(foId: string, count: number): Promise<{ eventId: string; code: string }[]> {
  await probe.waitForEvent('PickupCodeReissued', { fulfillmentOrderId: foId }, count);
  const events = await probe.events('PickupCodeReissued', { fulfillmentOrderId: foId });
  return events.map((event) => ({ eventId: event.id, code: String(event.payload['code']) }));
}

/** A pickup order of the customer at a store of its own, picked and waiting at the counter. */
async function readyAtCounter(customerId: string = CUSTOMER) {
  const store = randomUUID();
  const released = await releaseOrder(system, probe, {
    deliveryMethod: 'PICKUP',
    pickupLocationId: store,
    customerId,
    lines: [{ sku: 'SCARF-WOOL-GRY', quantity: 1, locationId: store, locationType: 'STORE' }],
  });
  const foId = released.fulfillmentOrderIds[0]!;
  const accepted = await mutate<FulfillmentOrderView>(ACCEPT, { id: foId });
  await mutate(PICK, { input: { fulfillmentOrderId: foId, lines: accepted.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) } });
  const ready = await mutate<FulfillmentOrderView>(READY, { input: { fulfillmentOrderId: foId } });
  const [readyEvent] = await probe.waitForEvent('PickupReady', { fulfillmentOrderId: foId });
  return { orderId: released.orderId, store, foId, ready, code: String(readyEvent!['code']) };
}

describe('reissuePickupCode', () => {
  it('replaces the code: the old one fails, the new one collects, and the customer is sent it once', async () => {
    const { orderId, foId, ready, code: first } = await readyAtCounter();
    const reissued = expectOk(await reissue(foId, customerToken(CUSTOMER))).reissuePickupCode;
    // The deadline stays: a new code is not more time.
    expect(reissued).toMatchObject({ id: foId, status: 'READY_FOR_PICKUP', pickupCodeReissues: 1, pickupDeadline: ready.pickupDeadline });
    const [{ eventId, code: second } = { eventId: '', code: '' }] = await reissuedCodes(foId, 1);
    expect(second).toMatch(/^\d{6}$/);

    // The customer reads both messages in full; the re-issue's carries the new code, in one message.
    const messages = await waitFor('both pickup messages sent', async () => {
      const data = expectOk(await system.query<{ notifications: { edges: { node: { id: string; template: string; eventId: string; body: string; status: string } }[] } }>(
        NOTIFICATIONS, { orderId }, customerToken(CUSTOMER)));
      const nodes = data.notifications.edges.map((edge) => edge.node).filter((node) => node.template === 'PICKUP_READY');
      return nodes.length >= 2 && nodes.every((node) => node.status === 'SENT') ? nodes : undefined;
    });
    const codesSent = messages.map((message) => /Your pickup code: (\d{6})\./.exec(message.body)?.[1]);
    expect(codesSent.sort()).toEqual([first, second].sort());
    expect(messages.filter((message) => message.eventId === eventId)).toHaveLength(1);
    expect(messages.find((message) => message.eventId === eventId)!.body).toContain(`Your pickup code: ${second}.`);

    // Only the new code's HMAC is kept, and the code is nowhere but in its event.
    const published = await probe.sql<{ type: string; payload: unknown }>(`select type, payload from bus.event where payload::text like $1`, [`%${foId}%`]);
    for (const event of published.filter((entry) => entry.type !== 'PickupCodeReissued')) expect(JSON.stringify(event.payload)).not.toContain(`"${second}"`);

    if (first !== second) {
      const old = await system.query(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code: first } }, ADMIN);
      expect(errorCode(old)).toBe('PICKUP_CODE_INVALID');
    }
    const collected = await mutate<FulfillmentOrderView>(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code: second } });
    expect(collected.status).toBe('PICKED_UP');
    // Collected: nothing left to re-issue.
    expect(errorCode(await reissue(foId, customerToken(CUSTOMER)))).toBe('PICKUP_NOT_READY');
  });

  it('is for the order’s customer and staff working its store only', async () => {
    const { foId, store } = await readyAtCounter();
    // Someone else's order, or another store's, answers as one that does not exist.
    const refusals: [string, string][] = [
      [customerToken(STRANGER), 'NOT_FOUND'],
      [staffToken(['STORE_ASSOCIATE'], { staffId: 'associate-elsewhere', storeId: randomUUID() }), 'NOT_FOUND'],
      // Care agents lack fulfillment:write: the customer, or the store, re-issues.
      [staffToken(['CARE_AGENT'], { staffId: 'care-reissue' }), 'FORBIDDEN'],
    ];
    for (const [token, code] of refusals) {
      const refused = await reissue(foId, token);
      expect(errorCode(refused)).toBe(code);
    }
    const [row] = await probe.sql<{ pickup_code_reissues: number }>('select pickup_code_reissues from fulfillment.fulfillment_order where id = $1', [foId]);
    expect(row!.pickup_code_reissues).toBe(0);
    expect(await probe.events('PickupCodeReissued', { fulfillmentOrderId: foId })).toHaveLength(0);

    const associate = staffToken(['STORE_ASSOCIATE'], { staffId: 'associate-here', storeId: store });
    expect(expectOk(await reissue(foId, associate)).reissuePickupCode.pickupCodeReissues).toBe(1);
  });

  it('refuses an order not waiting at the counter', async () => {
    const store = randomUUID();
    const released = await releaseOrder(system, probe, {
      deliveryMethod: 'PICKUP',
      pickupLocationId: store,
      customerId: CUSTOMER,
      lines: [{ sku: 'SCARF-WOOL-GRY', quantity: 1, locationId: store, locationType: 'STORE' }],
    });
    const foId = released.fulfillmentOrderIds[0]!;
    await mutate(ACCEPT, { id: foId });
    const refused = await reissue(foId, customerToken(CUSTOMER));
    expect(errorCode(refused)).toBe('PICKUP_NOT_READY');
    expect(errorCode(await reissue(randomUUID(), ADMIN))).toBe('NOT_FOUND');
  });

  it('allows at most 5 re-issues per order; the last code still collects', async () => {
    const { foId } = await readyAtCounter();
    for (let issued = 1; issued <= 5; issued++) {
      expect(expectOk(await reissue(foId, issued % 2 ? customerToken(CUSTOMER) : ADMIN)).reissuePickupCode.pickupCodeReissues).toBe(issued);
    }
    const sixth = await reissue(foId, customerToken(CUSTOMER));
    expect(errorCode(sixth)).toBe('PICKUP_CODE_REISSUE_LIMIT');
    expect(errorCode(await reissue(foId, ADMIN))).toBe('PICKUP_CODE_REISSUE_LIMIT');

    const codes = await reissuedCodes(foId, 5);
    expect(codes).toHaveLength(5);
    const collected = await mutate<FulfillmentOrderView>(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code: codes.at(-1)!.code } });
    expect(collected).toMatchObject({ status: 'PICKED_UP', pickupCodeReissues: 5 });
  });
});
