import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';

type ExecutionResult<T> = FormattedExecutionResult<T, unknown>;
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, demoId } from '@oms/platform';
import { handleOrderReleased } from '../subgraphs/fulfillment/src/domain/release.service.ts';
import { developmentCarrierSecret } from '../subgraphs/fulfillment/src/config.ts';
import { ADMIN, customerToken, staffToken } from './support/auth.ts';
import {
  errorCode,
  expectOk,
  FulfillmentProbe,
  orderReleasedEvent,
  releaseOrder,
  signAftership,
  signGeneric,
  trackingNumber,
  waitFor,
  type ReleaseOptions,
} from './support/fulfillment-fixtures.ts';
import { startTestSystem, type GraphQLResponse, type TestSystem } from './support/system.ts';

// Short intervals so expiry and vendor retries happen within a test (read once, at start-up).
process.env['PICKUP_SWEEP_INTERVAL_MS'] = '200';
process.env['DROPSHIP_WEBHOOK_INTERVAL_MS'] = '100';
process.env['DROPSHIP_WEBHOOK_BACKOFF_MS'] = '100';

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

const PARCEL_FIELDS = /* GraphQL */ `
  id sequence status carrier trackingNumber labelReference weightGrams dimensions { lengthMm widthMm heightMm }
  items { quantity skuCode line { id } }
  lastEvent { status occurredAt }
  trackingEvents { status occurredAt source location }
`;

const FO_FIELDS = /* GraphQL */ `
  id status type orderNumber order { id } location { id } destinationLocation { id }
  lines { id orderLineId allocationId skuCode quantity pickedQuantity shortQuantity cancelledQuantity binCode }
  shipment { id status carrier serviceLevel trackingNumber parcels { ${PARCEL_FIELDS} } }
  pickWave { id }
  readyForPickupAt pickupDeadline pickedUpAt rejectionReason cancellationReason
  curbsideArrival { parkingSpot vehicle }
`;

interface Parcel {
  id: string;
  sequence: number;
  status: string;
  carrier: string | null;
  trackingNumber: string | null;
  labelReference: string | null;
  weightGrams: number | null;
  dimensions: { lengthMm: number; widthMm: number; heightMm: number } | null;
  items: { quantity: number; skuCode: string; line: { id: string } }[];
  lastEvent: { status: string; occurredAt: string } | null;
  trackingEvents: { status: string; occurredAt: string; source: string; location: string | null }[];
}

interface FulfillmentOrder {
  id: string;
  status: string;
  type: string;
  orderNumber: string;
  order: { id: string };
  location: { id: string };
  destinationLocation: { id: string } | null;
  lines: { id: string; orderLineId: string; allocationId: string; skuCode: string; quantity: number; pickedQuantity: number | null; shortQuantity: number; cancelledQuantity: number; binCode: string | null }[];
  shipment: { id: string; status: string; carrier: string | null; serviceLevel: string | null; trackingNumber: string | null; parcels: Parcel[] } | null;
  pickWave: { id: string } | null;
  readyForPickupAt: string | null;
  pickupDeadline: string | null;
  pickedUpAt: string | null;
  rejectionReason: string | null;
  cancellationReason: string | null;
  curbsideArrival: { parkingSpot: string | null; vehicle: string | null } | null;
}

const GET = `query($id: ID!) { fulfillmentOrder(id: $id) { ${FO_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { ${FO_FIELDS} } }`;
const REJECT = `mutation($input: RejectFulfillmentOrderInput!) { rejectFulfillmentOrder(input: $input) { ${FO_FIELDS} } }`;
const PICK = `mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) {
  fulfillmentOrder { ${FO_FIELDS} } shortfalls { line { id } skuCode orderedQuantity pickedQuantity shortQuantity } } }`;
const PACK = `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { ${FO_FIELDS} } }`;
const SHIP = `mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { ${FO_FIELDS} } }`;
const READY = `mutation($input: MarkReadyForPickupInput!) { markReadyForPickup(input: $input) { ${FO_FIELDS} } }`;
const CONFIRM_PICKUP = `mutation($input: ConfirmPickupInput!) { confirmPickup(input: $input) { ${FO_FIELDS} } }`;
const CURBSIDE = `mutation($input: CurbsideArrivalInput!) { announceCurbsideArrival(input: $input) { ${FO_FIELDS} } }`;
const TRACK = `mutation($input: TrackingEventInput!) { recordTrackingEvent(input: $input) { duplicate event { id status occurredAt } parcel { id status lastEvent { status } } } }`;

async function getFulfillmentOrder(id: string, token = ADMIN): Promise<FulfillmentOrder> {
  return expectOk(await system.query<{ fulfillmentOrder: FulfillmentOrder }>(GET, { id }, token)).fulfillmentOrder;
}

async function mutate<T>(query: string, variables: Record<string, unknown>, token = ADMIN): Promise<T> {
  const data = expectOk(await system.query<Record<string, T>>(query, variables, token));
  return Object.values(data)[0]!;
}

async function accept(id: string, token = ADMIN): Promise<FulfillmentOrder> {
  return mutate<FulfillmentOrder>(ACCEPT, { id }, token);
}

async function pickAll(fo: FulfillmentOrder, token = ADMIN): Promise<FulfillmentOrder> {
  const result = await mutate<{ fulfillmentOrder: FulfillmentOrder }>(PICK, { input: { fulfillmentOrderId: fo.id, lines: fo.lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) } }, token);
  return result.fulfillmentOrder;
}

/** One parcel per line. */
async function packPerLine(fo: FulfillmentOrder): Promise<FulfillmentOrder> {
  const parcels = fo.lines.map((line, index) => ({ weightGrams: 500 + index, lengthMm: 300, widthMm: 200, heightMm: 100 + index, items: [{ lineId: line.id, quantity: line.quantity }] }));
  return mutate<FulfillmentOrder>(PACK, { input: { fulfillmentOrderId: fo.id, parcels } });
}

async function ship(fo: FulfillmentOrder, carrier = 'Colissimo'): Promise<FulfillmentOrder> {
  const parcels = fo.shipment!.parcels.map((parcel) => ({ parcelId: parcel.id, trackingNumber: trackingNumber(), labelReference: `LBL-${parcel.sequence}` }));
  return mutate<FulfillmentOrder>(SHIP, { input: { fulfillmentOrderId: fo.id, carrier, serviceLevel: 'standard', parcels } });
}

/** A released ship order taken all the way to the carrier: its fulfillment order and parcels. */
async function shippedOrder(options: Partial<ReleaseOptions> = {}): Promise<{ fo: FulfillmentOrder; orderId: string; customerId: string | null }> {
  const warehouse = randomUUID();
  const released = await releaseOrder(system, probe, { lines: [{ sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 1, locationId: warehouse }], ...options });
  const fo = await accept(released.fulfillmentOrderIds[0]!);
  const shipped = await ship(await packPerLine(await pickAll(fo)));
  return { fo: shipped, orderId: released.orderId, customerId: released.customerId };
}

function webhook(adapter: string, body: string, headers: Record<string, string>, via: 'gateway' | 'subgraph' = 'gateway'): Promise<Response> {
  const base = via === 'gateway' ? system.gatewayUrl : system.subgraphs.fulfillment.url;
  return fetch(new URL(`/webhooks/carriers/${adapter}`, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('ship from a warehouse: release → accept → pick → pack → ship → delivered by carrier events', () => {
  it('runs the whole flow, each step visible through the gateway and published to the other services', async () => {
    const warehouse = randomUUID();
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2, locationId: warehouse },
        { sku: 'JEANS-SLIM-IND-32', quantity: 1, locationId: warehouse },
      ],
    });
    expect(released.fulfillmentOrderIds).toHaveLength(1);
    const foId = released.fulfillmentOrderIds[0]!;

    const created = await getFulfillmentOrder(foId);
    expect(created).toMatchObject({ status: 'CREATED', type: 'SHIP', orderNumber: released.number, order: { id: released.orderId }, location: { id: warehouse } });
    expect(created.lines.map((line) => [line.skuCode, line.quantity, line.orderLineId, line.allocationId])).toEqual(
      released.allocations.map((allocation) => [allocation.sku, allocation.quantity, allocation.orderLineId, allocation.allocationId]),
    );
    expect(created.shipment).toMatchObject({ status: 'PENDING', parcels: [] });
    const ofOrder = expectOk(await system.query<{ fulfillmentOrders: { edges: { node: { id: string } }[] } }>(
      'query($orderId: ID!) { fulfillmentOrders(filter: { orderId: $orderId }) { edges { node { id } } } }',
      { orderId: released.orderId },
      ADMIN,
    ));
    expect(ofOrder.fulfillmentOrders.edges.map((edge) => edge.node.id)).toEqual([foId]);
    await probe.waitForEvent('FulfillmentOrderCreated', { fulfillmentOrderId: foId });

    const accepted = await accept(foId);
    expect(accepted.status).toBe('ACCEPTED');
    await probe.waitForEvent('FulfillmentOrderAccepted', { fulfillmentOrderId: foId });

    // Out of turn: refused, nothing written.
    const early = await system.query(SHIP, { input: { fulfillmentOrderId: foId, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [] } }, ADMIN);
    expect(errorCode(early)).toBe('INVALID_STATE_TRANSITION');
    expect((await getFulfillmentOrder(foId)).status).toBe('ACCEPTED');

    const picked = await pickAll(accepted);
    expect(picked.status).toBe('PICKED');
    expect(picked.shipment?.status).toBe('PICKING');

    // Parcels must hold exactly what was picked.
    const [tshirt, jeans] = picked.lines;
    const wrong = await system.query(PACK, { input: { fulfillmentOrderId: foId, parcels: [{ weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100, items: [{ lineId: tshirt!.id, quantity: 1 }, { lineId: jeans!.id, quantity: 1 }] }] } }, ADMIN);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toMatch(/2 to pack, 1 in the parcels/);
    expect((await getFulfillmentOrder(foId)).shipment?.parcels).toEqual([]);

    const packed = await mutate<FulfillmentOrder>(PACK, {
      input: {
        fulfillmentOrderId: foId,
        parcels: [
          { weightGrams: 450, lengthMm: 300, widthMm: 220, heightMm: 80, items: [{ lineId: tshirt!.id, quantity: 2 }] },
          { weightGrams: 900, lengthMm: 400, widthMm: 300, heightMm: 120, items: [{ lineId: jeans!.id, quantity: 1 }] },
        ],
      },
    });
    expect(packed.status).toBe('PACKED');
    expect(packed.shipment?.status).toBe('PACKED');
    expect(packed.shipment?.parcels.map((parcel) => [parcel.sequence, parcel.status, parcel.weightGrams, parcel.dimensions, parcel.items.map((item) => [item.skuCode, item.quantity])])).toEqual([
      [1, 'PACKED', 450, { lengthMm: 300, widthMm: 220, heightMm: 80 }, [['TSHIRT-CLASSIC-WHT-M', 2]]],
      [2, 'PACKED', 900, { lengthMm: 400, widthMm: 300, heightMm: 120 }, [['JEANS-SLIM-IND-32', 1]]],
    ]);

    const numbers = [trackingNumber(), trackingNumber()];
    const shipped = await mutate<FulfillmentOrder>(SHIP, {
      input: {
        fulfillmentOrderId: foId,
        carrier: 'Colissimo',
        serviceLevel: 'express',
        parcels: packed.shipment!.parcels.map((parcel, index) => ({ parcelId: parcel.id, trackingNumber: numbers[index], labelReference: `LBL-${index}` })),
      },
    });
    expect(shipped.status).toBe('SHIPPED');
    expect(shipped.shipment).toMatchObject({ status: 'SHIPPED', carrier: 'Colissimo', serviceLevel: 'express', trackingNumber: numbers[0] });
    expect(shipped.shipment?.parcels.map((parcel) => [parcel.status, parcel.trackingNumber, parcel.labelReference, parcel.lastEvent?.status])).toEqual([
      ['LABEL_CREATED', numbers[0], 'LBL-0', 'LABEL_CREATED'],
      ['LABEL_CREATED', numbers[1], 'LBL-1', 'LABEL_CREATED'],
    ]);
    const [shippedEvent] = await probe.waitForEvent('ShipmentShipped', { fulfillmentOrderId: foId });
    expect(shippedEvent).toMatchObject({
      shipmentId: shipped.shipment!.id,
      orderId: released.orderId,
      customerId: released.customerId,
      locationId: warehouse,
      lines: released.allocations.map((allocation) => ({ orderLineId: allocation.orderLineId, allocationId: allocation.allocationId, sku: allocation.sku, quantity: allocation.quantity })),
      parcels: shipped.shipment!.parcels.map((parcel) => ({ parcelId: parcel.id, carrier: 'Colissimo', trackingNumber: parcel.trackingNumber })),
    });
    // Shipping twice is refused.
    expect(errorCode(await system.query(SHIP, { input: { fulfillmentOrderId: foId, carrier: 'DHL', serviceLevel: 'x', parcels: [] } }, ADMIN))).toBe('INVALID_STATE_TRANSITION');

    // The carrier reports: a forged call is refused and changes nothing.
    const secret = developmentCarrierSecret('generic');
    const events = {
      events: [
        { eventId: `${foId}-1`, trackingNumber: numbers[0], carrier: 'Colissimo', status: 'IN_TRANSIT', occurredAt: minutesFromNow(1), location: 'Lyon PFC' },
        { eventId: `${foId}-2`, trackingNumber: numbers[0], carrier: 'Colissimo', status: 'DELIVERED', occurredAt: minutesFromNow(3), location: 'Lyon' },
        { eventId: `${foId}-3`, trackingNumber: numbers[1], carrier: 'Colissimo', status: 'DELIVERED', occurredAt: minutesFromNow(4), location: 'Lyon' },
      ],
    };
    const body = JSON.stringify(events);
    const forged = await webhook('generic', body, { 'x-carrier-signature': signGeneric(body, 'not-the-carrier-secret') });
    expect(forged.status).toBe(401);
    const unsigned = await webhook('generic', body, {});
    expect(unsigned.status).toBe(401);
    const afterForgery = await getFulfillmentOrder(foId);
    expect(afterForgery.shipment?.parcels.map((parcel) => [parcel.status, parcel.trackingEvents.length])).toEqual([
      ['LABEL_CREATED', 1],
      ['LABEL_CREATED', 1],
    ]);

    const signed = await webhook('generic', body, { 'x-carrier-signature': signGeneric(body, secret) });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ received: 3, recorded: 3, duplicates: 0, unknownParcels: [] });

    const delivered = await getFulfillmentOrder(foId);
    expect(delivered.shipment?.status).toBe('DELIVERED');
    expect(delivered.shipment?.parcels.map((parcel) => parcel.status)).toEqual(['DELIVERED', 'DELIVERED']);
    expect(delivered.shipment?.parcels[0]?.trackingEvents.map((event) => [event.status, event.source])).toEqual([
      ['LABEL_CREATED', 'oms'],
      ['IN_TRANSIT', 'generic'],
      ['DELIVERED', 'generic'],
    ]);
    const [deliveredEvent] = await probe.waitForEvent('ShipmentDelivered', { shipmentId: delivered.shipment!.id });
    expect(deliveredEvent).toMatchObject({ orderId: released.orderId, customerId: released.customerId, allShipmentsDelivered: true });
    const statuses = await probe.waitForEvent('ParcelStatusChanged', { shipmentId: delivered.shipment!.id }, 5);
    expect(statuses.map((event) => event['status']).sort()).toEqual(['DELIVERED', 'DELIVERED', 'IN_TRANSIT', 'LABEL_CREATED', 'LABEL_CREATED']);

    // The shipment as the rest of the graph sees it.
    const shipment = expectOk(await system.query<{ shipment: { status: string; fulfillmentOrder: { id: string }; parcels: { trackingNumber: string }[] } }>(
      'query($id: ID!) { shipment(id: $id) { status fulfillmentOrder { id } parcels { trackingNumber } } }',
      { id: delivered.shipment!.id },
      ADMIN,
    )).shipment;
    expect(shipment).toEqual({ status: 'DELIVERED', fulfillmentOrder: { id: foId }, parcels: numbers.map((number) => ({ trackingNumber: number })) });

    // Staff changes are audited (the refused ones changed nothing, so there is nothing to audit).
    const audits = await probe.waitForEvent('AuditRecorded', { entityId: foId }, 4);
    expect(audits.map((audit) => audit['action'])).toEqual(['acceptFulfillmentOrder', 'pickFulfillmentOrder', 'packFulfillmentOrder', 'shipFulfillmentOrder']);
  });

  it('one shipment delivered while another part of the order is still open is not the whole order', async () => {
    const first = randomUUID();
    const second = randomUUID();
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'CAP-BASE-NVY', quantity: 1, locationId: first },
        { sku: 'SCARF-WOOL-RED', quantity: 1, locationId: second },
      ],
    });
    expect(released.fulfillmentOrderIds).toHaveLength(2);
    const fos = await Promise.all(released.fulfillmentOrderIds.map((id) => getFulfillmentOrder(id)));
    const firstFo = fos.find((fo) => fo.location.id === first)!;
    const shipped = await ship(await packPerLine(await pickAll(await accept(firstFo.id))));
    const parcel = shipped.shipment!.parcels[0]!;
    expect(expectOk(await system.query(TRACK, { input: { parcelId: parcel.id, status: 'DELIVERED', occurredAt: minutesFromNow(1) } }, ADMIN))).toBeTruthy();
    const [event] = await probe.waitForEvent('ShipmentDelivered', { shipmentId: shipped.shipment!.id });
    expect(event).toMatchObject({ allShipmentsDelivered: false });
  });
});

describe('carrier events out of order and twice', () => {
  it('keeps every event once, in time order, and the latest decides the status', async () => {
    const { fo } = await shippedOrder();
    const parcel = fo.shipment!.parcels[0]!;
    const record = (status: string, minutes: number, eventId?: string) =>
      system.query<{ recordTrackingEvent: { duplicate: boolean; event: { id: string; status: string }; parcel: { status: string; lastEvent: { status: string } } } }>(
        TRACK,
        { input: { parcelId: parcel.id, status, occurredAt: minutesFromNow(minutes), location: 'Hub', eventId } },
        ADMIN,
      );
    const outForDelivery = expectOk(await record('OUT_FOR_DELIVERY', 30, `${parcel.id}-ofd`)).recordTrackingEvent;
    expect(outForDelivery).toMatchObject({ duplicate: false, parcel: { status: 'OUT_FOR_DELIVERY', lastEvent: { status: 'OUT_FOR_DELIVERY' } } });
    // An older event arriving late joins the history without moving the status back.
    const late = expectOk(await record('IN_TRANSIT', 10, `${parcel.id}-transit`)).recordTrackingEvent;
    expect(late).toMatchObject({ duplicate: false, parcel: { status: 'OUT_FOR_DELIVERY' } });
    // The same carrier event again: recorded once.
    const again = expectOk(await record('OUT_FOR_DELIVERY', 31, `${parcel.id}-ofd`)).recordTrackingEvent;
    expect(again).toMatchObject({ duplicate: true, event: { id: outForDelivery.event.id } });

    // The aggregator sends its whole history each time: checkpoints already seen are duplicates.
    const aftership = JSON.stringify({
      event: 'tracking_update',
      msg: {
        tracking_number: parcel.trackingNumber!.toLowerCase(),
        slug: 'colissimo',
        checkpoints: [
          { checkpoint_time: minutesFromNow(5), tag: 'InTransit', subtag: 'InTransit_002', message: 'Collected', location: 'Lyon' },
          { checkpoint_time: minutesFromNow(40), tag: 'Delivered', subtag: 'Delivered_001', message: 'Delivered to the customer', city: 'Lyon', country_name: 'France' },
        ],
      },
    });
    const secret = developmentCarrierSecret('aftership');
    const first = await webhook('aftership', aftership, { 'aftership-hmac-sha256': signAftership(aftership, secret) }, 'subgraph');
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ recorded: 2, duplicates: 0 });
    const second = await webhook('aftership', aftership, { 'x-aftership-hmac-sha256': signAftership(aftership, secret) });
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ recorded: 0, duplicates: 2 });
    const forged = await webhook('aftership', aftership, { 'x-aftership-hmac-sha256': signAftership(aftership, 'wrong-secret-wrong-secret') });
    expect(forged.status).toBe(401);

    const after = (await getFulfillmentOrder(fo.id)).shipment!;
    expect(after.status).toBe('DELIVERED');
    expect(after.parcels[0]!.status).toBe('DELIVERED');
    expect(after.parcels[0]!.trackingEvents.map((event) => event.status)).toEqual(['LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED']);
    const times = after.parcels[0]!.trackingEvents.map((event) => Date.parse(event.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses events for a parcel not handed to a carrier, and reports unknown tracking numbers', async () => {
    const released = await releaseOrder(system, probe, { lines: [{ sku: 'CAP-BASE-BLK', quantity: 1, locationId: randomUUID() }] });
    const packed = await packPerLine(await pickAll(await accept(released.fulfillmentOrderIds[0]!)));
    const early = await system.query(TRACK, { input: { parcelId: packed.shipment!.parcels[0]!.id, status: 'IN_TRANSIT', occurredAt: minutesFromNow(0) } }, ADMIN);
    expect(errorCode(early)).toBe('INVALID_STATE_TRANSITION');
    const body = JSON.stringify({ events: [{ eventId: randomUUID(), trackingNumber: 'NOSUCHPARCEL1', status: 'IN_TRANSIT', occurredAt: minutesFromNow(0) }] });
    const response = await webhook('generic', body, { 'x-carrier-signature': signGeneric(body, developmentCarrierSecret('generic')) });
    expect(await response.json()).toMatchObject({ recorded: 0, unknownParcels: ['NOSUCHPARCEL1'] });
    expect((await webhook('no-such-carrier', body, {})).status).toBe(404);
  });
});

/** A store order taken to the counter: released, accepted, picked and ready; with the code the customer got. */
async function readyAtCounter(deliveryMethod: 'PICKUP' | 'RESERVE_IN_STORE' | 'CURBSIDE', customerId: string = randomUUID()) {
  const store = randomUUID();
  const released = await releaseOrder(system, probe, {
    deliveryMethod,
    pickupLocationId: store,
    customerId,
    lines: [{ sku: 'SCARF-WOOL-GRY', quantity: 1, locationId: store, locationType: 'STORE' }],
  });
  const foId = released.fulfillmentOrderIds[0]!;
  await pickAll(await accept(foId));
  const ready = await mutate<FulfillmentOrder>(READY, { input: { fulfillmentOrderId: foId } });
  // The code reaches the customer through the customers service, from the PickupReady event.
  const [readyEvent] = await probe.waitForEvent('PickupReady', { fulfillmentOrderId: foId });
  return { released, store, foId, ready, code: String(readyEvent!['code']), readyEvent: readyEvent! };
}

describe('buy online, pick up in store', () => {
  it('ready → picked up with the customer’s code; a wrong code changes nothing', async () => {
    const { released, foId, ready, code, readyEvent } = await readyAtCounter('PICKUP');
    expect(ready).toMatchObject({ status: 'READY_FOR_PICKUP', type: 'PICKUP', shipment: null });
    const deadline = Date.parse(ready.pickupDeadline!) - Date.parse(ready.readyForPickupAt!);
    expect(deadline).toBe(3 * 24 * 3600 * 1000);
    expect(code).toMatch(/^\d{6}$/);
    expect(readyEvent).toMatchObject({ orderId: released.orderId, customerId: released.customerId, deadline: ready.pickupDeadline, code });

    // Fulfillment keeps only the code's HMAC; in clear it travels once, in PickupReady, to the customer's message.
    const [stored] = await probe.sql<{ pickup_code_hash: string }>('select pickup_code_hash from fulfillment.fulfillment_order where id = $1', [foId]);
    expect(stored!.pickup_code_hash).toMatch(/^[0-9a-f]{64}$/);
    const published = await probe.sql<{ type: string; payload: unknown }>(`select type, payload from bus.event where payload::text like $1`, [`%${foId}%`]);
    expect(published.filter((event) => event.type === 'PickupReady')).toHaveLength(1);
    for (const event of published.filter((entry) => entry.type !== 'PickupReady')) expect(JSON.stringify(event.payload)).not.toContain(code);

    const wrongCode = code === '000000' ? '000001' : '000000';
    const wrong = await system.query(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code: wrongCode } }, ADMIN);
    expect(errorCode(wrong)).toBe('PICKUP_CODE_INVALID');
    expect((await getFulfillmentOrder(foId)).status).toBe('READY_FOR_PICKUP');

    const collected = await mutate<FulfillmentOrder>(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code } });
    expect(collected.status).toBe('PICKED_UP');
    expect(collected.pickedUpAt).not.toBeNull();
    const [pickedUp] = await probe.waitForEvent('PickedUp', { fulfillmentOrderId: foId });
    expect(pickedUp).toMatchObject({ orderId: released.orderId, lines: [{ orderLineId: released.allocations[0]!.orderLineId, sku: 'SCARF-WOOL-GRY', quantity: 1 }], paymentCollectedInStore: false });
    expect(errorCode(await system.query(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code } }, ADMIN))).toBe('INVALID_STATE_TRANSITION');
  });

  it('reserve in store: paid at the counter, the point-of-sale transaction is required', async () => {
    const { foId, code } = await readyAtCounter('RESERVE_IN_STORE');
    const unpaid = await system.query(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code } }, ADMIN);
    expect(errorCode(unpaid)).toBe('BAD_USER_INPUT');
    const paid = await mutate<FulfillmentOrder>(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code, posTransactionReference: 'POS-123' } });
    expect(paid).toMatchObject({ status: 'PICKED_UP', type: 'RESERVE_IN_STORE' });
    const [event] = await probe.waitForEvent('PickedUp', { fulfillmentOrderId: foId });
    expect(event).toMatchObject({ paymentCollectedInStore: true, posTransactionReference: 'POS-123' });
  });

  it('curbside: the customer announces their arrival (only for their own order)', async () => {
    const customerId = randomUUID();
    const { foId, code } = await readyAtCounter('CURBSIDE', customerId);
    const stranger = await system.query(CURBSIDE, { input: { fulfillmentOrderId: foId, parkingSpot: 'P3' } }, customerToken(randomUUID()));
    expect(errorCode(stranger)).toBe('NOT_FOUND');
    const arrived = await mutate<FulfillmentOrder>(CURBSIDE, { input: { fulfillmentOrderId: foId, parkingSpot: 'P3', vehicle: 'red Clio' } }, customerToken(customerId));
    expect(arrived).toMatchObject({ type: 'CURBSIDE', status: 'READY_FOR_PICKUP', curbsideArrival: { parkingSpot: 'P3', vehicle: 'red Clio' } });
    await probe.waitForEvent('CurbsideArrived', { fulfillmentOrderId: foId });
    expect((await mutate<FulfillmentOrder>(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code } })).status).toBe('PICKED_UP');
  });

  it('not collected by the deadline: expired and restocked; PickupExpired (from which the customers service tells the customer)', async () => {
    const { released, foId } = await readyAtCounter('PICKUP');
    await probe.sql(`update fulfillment.fulfillment_order set pickup_deadline = now() - interval '1 minute' where id = $1`, [foId]);
    await waitFor('expiry', async () => (await getFulfillmentOrder(foId)).status === 'EXPIRED');
    const [expired] = await probe.waitForEvent('PickupExpired', { fulfillmentOrderId: foId });
    expect(expired).toMatchObject({
      orderId: released.orderId,
      customerId: released.customerId,
      lines: [{ orderLineId: released.allocations[0]!.orderLineId, allocationId: released.allocations[0]!.allocationId, sku: 'SCARF-WOOL-GRY', quantity: 1 }],
    });
    expect((await getFulfillmentOrder(foId)).cancellationReason).toMatch(/not collected/i);
  });
});

describe('a location that cannot serve', () => {
  it('rejects: the lines go back to orders for re-sourcing; a second rejection is refused', async () => {
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'BAG-TOTE-CNV', quantity: 2, locationId: randomUUID() },
      ],
    });
    const foId = released.fulfillmentOrderIds[0]!;
    const rejected = await mutate<FulfillmentOrder>(REJECT, { input: { fulfillmentOrderId: foId, reason: 'Water damage in aisle 4' } });
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Water damage in aisle 4', shipment: { status: 'CANCELLED' } });
    const [event] = await probe.waitForEvent('FulfillmentOrderRejected', { fulfillmentOrderId: foId });
    expect(event).toEqual({
      fulfillmentOrderId: foId,
      orderId: released.orderId,
      customerId: released.customerId,
      locationId: released.allocations[0]!.locationId,
      reason: 'Water damage in aisle 4',
      lines: [{ orderLineId: released.allocations[0]!.orderLineId, allocationId: released.allocations[0]!.allocationId, sku: 'BAG-TOTE-CNV', quantity: 2 }],
    });
    expect(errorCode(await system.query(REJECT, { input: { fulfillmentOrderId: foId, reason: 'again' } }, ADMIN))).toBe('INVALID_STATE_TRANSITION');
  });

  it('cannot reject once picking has begun, nor without a reason', async () => {
    const released = await releaseOrder(system, probe, { lines: [{ sku: 'BAG-TOTE-CNV', quantity: 1, locationId: randomUUID() }] });
    const foId = released.fulfillmentOrderIds[0]!;
    expect(errorCode(await system.query(REJECT, { input: { fulfillmentOrderId: foId, reason: '   ' } }, ADMIN))).toBe('BAD_USER_INPUT');
    await pickAll(await accept(foId));
    expect(errorCode(await system.query(REJECT, { input: { fulfillmentOrderId: foId, reason: 'late' } }, ADMIN))).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('short picks', () => {
  it('report the shortfall per line and publish it; what was found goes on', async () => {
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'SOCKS-WOOL-GRY-39', quantity: 3, locationId: randomUUID() },
      ],
    });
    const foId = released.fulfillmentOrderIds[0]!;
    const extra = await releaseOrder(system, probe, { lines: [{ sku: 'SOCKS-WOOL-GRY-42', quantity: 1, locationId: randomUUID() }] });
    const accepted = await accept(foId);
    const line = accepted.lines[0]!;
    const missingLine = await system.query(PICK, { input: { fulfillmentOrderId: foId, lines: [] } }, ADMIN);
    expect(errorCode(missingLine)).toBe('BAD_USER_INPUT');
    const tooMany = await system.query(PICK, { input: { fulfillmentOrderId: foId, lines: [{ lineId: line.id, pickedQuantity: 4 }] } }, ADMIN);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');

    const result = await mutate<{ fulfillmentOrder: FulfillmentOrder; shortfalls: { line: { id: string }; skuCode: string; orderedQuantity: number; pickedQuantity: number; shortQuantity: number }[] }>(PICK, {
      input: { fulfillmentOrderId: foId, lines: [{ lineId: line.id, pickedQuantity: 1 }] },
    });
    expect(result.fulfillmentOrder.status).toBe('PICKED');
    expect(result.fulfillmentOrder.lines[0]).toMatchObject({ pickedQuantity: 1, shortQuantity: 2 });
    expect(result.shortfalls).toEqual([{ line: { id: line.id }, skuCode: 'SOCKS-WOOL-GRY-39', orderedQuantity: 3, pickedQuantity: 1, shortQuantity: 2 }]);
    const [event] = await probe.waitForEvent('FulfillmentLinesShortPicked', { fulfillmentOrderId: foId });
    expect(event).toMatchObject({
      orderId: released.orderId,
      lines: [{ orderLineId: released.allocations[0]!.orderLineId, allocationId: released.allocations[0]!.allocationId, sku: 'SOCKS-WOOL-GRY-39', shortQuantity: 2 }],
    });

    // Nothing found at all: the order is cancelled (its lines already handed back as short).
    const empty = await accept(extra.fulfillmentOrderIds[0]!);
    const nothing = await mutate<{ fulfillmentOrder: FulfillmentOrder }>(PICK, { input: { fulfillmentOrderId: empty.id, lines: [{ lineId: empty.lines[0]!.id, pickedQuantity: 0 }] } });
    expect(nothing.fulfillmentOrder).toMatchObject({ status: 'CANCELLED', shipment: { status: 'CANCELLED' } });
    await probe.waitForEvent('FulfillmentLinesShortPicked', { fulfillmentOrderId: empty.id });
  });
});

describe('wave picking', () => {
  const CREATE_WAVE = `mutation($input: CreatePickWaveInput!) { createPickWave(input: $input) {
    id status location { id } fulfillmentOrders { id status orderNumber }
    pickList { skuCode binCode walkSequence quantity split { fulfillmentOrderId quantity } } } }`;
  const COMPLETE_WAVE = `mutation($input: CompletePickWaveInput!) { completePickWave(input: $input) {
    id status fulfillmentOrders { id status lines { skuCode quantity pickedQuantity shortQuantity } } } }`;

  it('groups 20 orders into one pick list in walking order; completing it advances all 20', async () => {
    const warehouse = randomUUID();
    const bins = [
      { skuCode: 'WAVE-A', binCode: 'C03-01-1', walkSequence: 300 },
      { skuCode: 'WAVE-B', binCode: 'A01-04-2', walkSequence: 104 },
      { skuCode: 'WAVE-C', binCode: 'B02-02-1', walkSequence: 202 },
      { skuCode: 'WAVE-D', binCode: 'A01-01-3', walkSequence: 101 },
    ];
    const saved = await mutate<{ skuCode: string }[]>(`mutation($input: SetBinLocationsInput!) { setBinLocations(input: $input) { skuCode binCode walkSequence } }`, { input: { locationId: warehouse, bins } });
    expect(saved.map((bin) => bin.skuCode)).toEqual(['WAVE-D', 'WAVE-B', 'WAVE-C', 'WAVE-A']);

    // Every order wants one WAVE-A and some of another SKU; WAVE-E has no bin.
    const others = ['WAVE-B', 'WAVE-C', 'WAVE-D', 'WAVE-E'];
    const expected = new Map<string, number>();
    const foIds: string[] = [];
    for (let index = 0; index < 20; index++) {
      const other = others[index % others.length]!;
      const quantity = (index % 3) + 1;
      expected.set('WAVE-A', (expected.get('WAVE-A') ?? 0) + 1);
      expected.set(other, (expected.get(other) ?? 0) + quantity);
      const released = await releaseOrder(system, probe, { lines: [{ sku: 'WAVE-A', quantity: 1, locationId: warehouse }, { sku: other, quantity, locationId: warehouse }] });
      foIds.push(released.fulfillmentOrderIds[0]!);
    }
    // Only accepted orders are waiting to be picked.
    expect(errorCode(await system.query(CREATE_WAVE, { input: { locationId: warehouse } }, ADMIN))).toBe('NOTHING_TO_PICK');
    for (const id of foIds) await accept(id);

    const wave = await mutate<{ id: string; status: string; fulfillmentOrders: { id: string; status: string }[]; pickList: { skuCode: string; binCode: string | null; walkSequence: number | null; quantity: number; split: { fulfillmentOrderId: string; quantity: number }[] }[] }>(CREATE_WAVE, {
      input: { locationId: warehouse, maxOrders: 20 },
    });
    expect(wave.status).toBe('OPEN');
    expect(wave.fulfillmentOrders.map((fo) => fo.id)).toEqual(foIds);
    expect(wave.fulfillmentOrders.every((fo) => fo.status === 'PICKING')).toBe(true);
    expect(wave.pickList.map((entry) => [entry.skuCode, entry.binCode, entry.quantity])).toEqual([
      ['WAVE-D', 'A01-01-3', expected.get('WAVE-D')],
      ['WAVE-B', 'A01-04-2', expected.get('WAVE-B')],
      ['WAVE-C', 'B02-02-1', expected.get('WAVE-C')],
      ['WAVE-A', 'C03-01-1', 20],
      ['WAVE-E', null, expected.get('WAVE-E')],
    ]);
    const waveA = wave.pickList.find((entry) => entry.skuCode === 'WAVE-A')!;
    expect(waveA.split.map((split) => split.fulfillmentOrderId)).toEqual(foIds);
    const line = (await getFulfillmentOrder(foIds[0]!)).lines.find((entry) => entry.skuCode === 'WAVE-D' || entry.skuCode === 'WAVE-B');
    expect(line?.binCode).toMatch(/^A01-0/);

    // Nothing left to put in another wave; the wave's orders cannot be taken twice.
    expect(errorCode(await system.query(CREATE_WAVE, { input: { locationId: warehouse } }, ADMIN))).toBe('NOTHING_TO_PICK');
    expect(errorCode(await system.query(CREATE_WAVE, { input: { locationId: warehouse, fulfillmentOrderIds: [foIds[0]] } }, ADMIN))).toBe('CONFLICT');

    // Two WAVE-A were not on the shelf: the two newest orders go without.
    const completed = await mutate<{ status: string; fulfillmentOrders: { id: string; status: string; lines: { skuCode: string; quantity: number; pickedQuantity: number; shortQuantity: number }[] }[] }>(COMPLETE_WAVE, {
      input: { pickWaveId: wave.id, shortages: [{ skuCode: 'WAVE-A', missingQuantity: 2 }] },
    });
    expect(completed.status).toBe('COMPLETED');
    expect(completed.fulfillmentOrders).toHaveLength(20);
    expect(completed.fulfillmentOrders.every((fo) => fo.status === 'PICKED')).toBe(true);
    const shortA = completed.fulfillmentOrders.map((fo) => fo.lines.find((entry) => entry.skuCode === 'WAVE-A')!.shortQuantity);
    expect(shortA).toEqual([...Array(18).fill(0), 1, 1]);
    for (const id of foIds.slice(18)) await probe.waitForEvent('FulfillmentLinesShortPicked', { fulfillmentOrderId: id });
    expect(await probe.events('FulfillmentLinesShortPicked', { fulfillmentOrderId: foIds[0]! })).toEqual([]);
    expect(errorCode(await system.query(COMPLETE_WAVE, { input: { pickWaveId: wave.id } }, ADMIN))).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('store associates work their own store only', () => {
  it('cannot see or change another store’s fulfillment orders', async () => {
    const lyon = randomUUID();
    const paris = randomUUID();
    const atLyon = await releaseOrder(system, probe, { deliveryMethod: 'PICKUP', pickupLocationId: lyon, lines: [{ sku: 'CAP-BASE-NVY', quantity: 1, locationId: lyon, locationType: 'STORE' }] });
    const atParis = await releaseOrder(system, probe, { deliveryMethod: 'PICKUP', pickupLocationId: paris, lines: [{ sku: 'CAP-BASE-NVY', quantity: 1, locationId: paris, locationType: 'STORE' }] });
    const lyonAssociate = staffToken(['STORE_ASSOCIATE'], { storeId: lyon, staffId: 'associate-lyon' });
    const parisFo = atParis.fulfillmentOrderIds[0]!;

    // Another store's fulfillment order answers as one that does not exist.
    const notVisible = await system.query<{ fulfillmentOrder: unknown }>(GET, { id: parisFo }, lyonAssociate);
    expect(notVisible.errors).toBeUndefined();
    expect(notVisible.data?.fulfillmentOrder).toBeNull();
    expect(errorCode(await system.query(ACCEPT, { id: parisFo }, lyonAssociate))).toBe('NOT_FOUND');
    expect((await getFulfillmentOrder(parisFo)).status).toBe('CREATED');
    const filtered = expectOk(await system.query<{ fulfillmentOrders: { edges: unknown[] } }>('query($location: ID!) { fulfillmentOrders(filter: { locationId: $location }) { edges { node { id } } } }', { location: paris }, lyonAssociate));
    expect(filtered.fulfillmentOrders.edges).toEqual([]);
    const own = expectOk(await system.query<{ fulfillmentOrders: { edges: { node: { id: string; location: { id: string } } }[] } }>('{ fulfillmentOrders(first: 100) { edges { node { id location { id } } } } }', {}, lyonAssociate));
    expect(own.fulfillmentOrders.edges.map((edge) => edge.node.id)).toEqual([atLyon.fulfillmentOrderIds[0]]);
    expect(errorCode(await system.query(`mutation($input: CreatePickWaveInput!) { createPickWave(input: $input) { id } }`, { input: { locationId: paris } }, lyonAssociate))).toBe('NOT_FOUND');

    expect((await accept(atLyon.fulfillmentOrderIds[0]!, lyonAssociate)).status).toBe('ACCEPTED');
    // A customer sees only their own.
    const customer = expectOk(await system.query<{ fulfillmentOrders: { edges: { node: { id: string } }[] } }>('{ fulfillmentOrders { edges { node { id } } } }', {}, customerToken(atParis.customerId!)));
    expect(customer.fulfillmentOrders.edges.map((edge) => edge.node.id)).toEqual([parisFo]);
  });
});

describe('order cancellation', () => {
  it('stops the open fulfillment orders (or just the cancelled lines), never a shipped one', async () => {
    const warehouse = randomUUID();
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'JEANS-SLIM-IND-30', quantity: 1, locationId: warehouse },
        { sku: 'JEANS-SLIM-IND-34', quantity: 2, locationId: warehouse },
      ],
    });
    const foId = released.fulfillmentOrderIds[0]!;
    const packed = await packPerLine(await pickAll(await accept(foId)));
    expect(packed.status).toBe('PACKED');
    const cancelled = (lineIds: string[] | null) =>
      system.bus.publish([{ id: randomUUID(), source: 'orders', type: 'OrderCancelled', aggregateType: 'Order', aggregateId: released.orderId, payload: { orderId: released.orderId, lineIds, reason: 'customer request' }, occurredAt: new Date().toISOString() }]);

    await cancelled([released.allocations[0]!.orderLineId]);
    const partly = await waitFor('line cancelled', async () => {
      const fo = await getFulfillmentOrder(foId);
      return fo.lines[0]!.cancelledQuantity === 1 ? fo : undefined;
    });
    // The parcels held a line no longer wanted: back to be packed again with what remains.
    expect(partly).toMatchObject({ status: 'PICKED', shipment: { status: 'PICKING', parcels: [] } });
    const [partial] = await probe.waitForEvent('FulfillmentOrderCancelled', { fulfillmentOrderId: foId });
    expect(partial).toMatchObject({ whole: false, lines: [{ orderLineId: released.allocations[0]!.orderLineId, quantity: 1 }] });

    await cancelled(null);
    const whole = await waitFor('cancelled', async () => {
      const fo = await getFulfillmentOrder(foId);
      return fo.status === 'CANCELLED' ? fo : undefined;
    });
    expect(whole).toMatchObject({ cancellationReason: 'customer request', shipment: { status: 'CANCELLED' } });

    const { fo: shipped, orderId } = await shippedOrder();
    await system.bus.publish([{ id: randomUUID(), source: 'orders', type: 'OrderCancelled', aggregateType: 'Order', aggregateId: orderId, payload: { orderId, lineIds: null }, occurredAt: new Date().toISOString() }]);
    await probe.waitForEvent('FulfillmentOrderCancelled', { fulfillmentOrderId: foId }, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getFulfillmentOrder(shipped.id)).status).toBe('SHIPPED');
  });

  it('a release handled twice, or published twice under two ids, creates nothing twice', async () => {
    const { event, order } = orderReleasedEvent({ lines: [{ sku: 'CAP-BASE-BLK', quantity: 1, locationId: randomUUID() }] });
    await system.bus.publish([event]);
    await waitFor('fulfillment order', async () => (await probe.sql('select id from fulfillment.fulfillment_order where order_id = $1', [order.orderId])).length > 0);
    // The same event delivered again (at least once), straight to the handler.
    const logger = createLogger('test', 'silent');
    expect(await handleOrderReleased(system.subgraphs.fulfillment.orm.em.fork(), event, logger)).toEqual([]);
    // The same allocations under another event id.
    await system.bus.publish([{ ...event, id: randomUUID() }]);
    await probe.waitForEvent('FulfillmentOrderCreated', { orderId: order.orderId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await probe.sql('select id from fulfillment.fulfillment_order where order_id = $1', [order.orderId])).toHaveLength(1);
    expect(await probe.sql('select outcome from fulfillment.processed_event where event_id = $1', [event.id])).toEqual([{ outcome: 'HANDLED' }]);
  });

  it('a malformed release is recorded as refused, not retried for ever', async () => {
    const id = randomUUID();
    await system.bus.publish([{ id, source: 'orders', type: 'OrderReleased', aggregateType: 'Order', aggregateId: 'x', payload: { orderId: 'not-a-uuid' }, occurredAt: new Date().toISOString() }]);
    const [row] = await waitFor('refusal', async () => {
      const rows = await probe.sql<{ outcome: string; detail: string }>('select outcome, detail from fulfillment.processed_event where event_id = $1', [id]);
      return rows.length > 0 ? rows : undefined;
    });
    expect(row).toEqual({ outcome: 'REJECTED', detail: expect.stringMatching(/^OrderReleased v1 payload refused: orderId: /) });
  });
});

interface VendorCall {
  headers: IncomingMessage['headers'];
  body: string;
}

describe('dropship', () => {
  let vendor: Server;
  let vendorUrl: string;
  const calls: VendorCall[] = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    vendor = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        // The vendor is briefly down: the first delivery fails and is retried.
        if (failuresLeft-- > 0) {
          res.writeHead(503).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
      });
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    vendorUrl = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}/oms-orders`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => vendor?.close(() => resolve()));
  });

  it('sends the order to the vendor’s webhook, signed, retried; the vendor confirms the shipment with its partner key', async () => {
    const vendorLocation = randomUUID();
    const configured = await mutate<{ vendor: { webhookUrl: string; active: boolean }; signingSecret: string }>(
      `mutation($input: ConfigureDropshipVendorInput!) { configureDropshipVendor(input: $input) { vendor { webhookUrl active location { id } } signingSecret } }`,
      { input: { locationId: vendorLocation, webhookUrl: vendorUrl } },
    );
    expect(configured.vendor).toMatchObject({ webhookUrl: vendorUrl, active: true });
    expect(configured.signingSecret).toMatch(/^whsec_/);
    const reconfigured = await mutate<{ signingSecret: string | null }>(
      `mutation($input: ConfigureDropshipVendorInput!) { configureDropshipVendor(input: $input) { signingSecret } }`,
      { input: { locationId: vendorLocation, webhookUrl: vendorUrl } },
    );
    expect(reconfigured.signingSecret).toBeNull();

    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'BAG-BACKPACK-BLK', quantity: 1, locationId: vendorLocation, locationType: 'DROPSHIP_VENDOR' },
        { sku: 'BAG-TOTE-CNV', quantity: 2, locationId: vendorLocation, locationType: 'DROPSHIP_VENDOR' },
      ],
    });
    const foId = released.fulfillmentOrderIds[0]!;
    await probe.waitForEvent('DropshipRequested', { fulfillmentOrderId: foId });
    const sent = await waitFor('sent to the vendor', async () => {
      const fo = await getFulfillmentOrder(foId);
      return fo.status === 'SENT_TO_VENDOR' ? fo : undefined;
    });
    expect(sent.type).toBe('DROPSHIP');
    expect(calls.length).toBe(2);
    const delivered = calls[1]!;
    // The vendor verifies with the Standard Webhooks library and the secret it was shown once.
    const { Webhook } = await import('standardwebhooks');
    const signed = Object.fromEntries(Object.entries(delivered.headers).map(([name, value]) => [name, String(value)]));
    expect(new Webhook(configured.signingSecret).verify(delivered.body, signed)).toMatchObject({ fulfillmentOrderId: foId });
    expect(calls[0]!.body).toBe(delivered.body);
    expect(calls[0]!.headers['webhook-id']).toBe(delivered.headers['webhook-id']);
    expect(delivered.headers['x-oms-webhook-event']).toBe('fulfillment_order.created');
    const payload = JSON.parse(delivered.body) as Record<string, unknown>;
    expect(payload).toMatchObject({
      event: 'fulfillment_order.created',
      deliveryId: delivered.headers['webhook-id'],
      fulfillmentOrderId: foId,
      orderNumber: released.number,
      shipTo: { city: 'Lyon', country: 'FR' },
      lines: [{ sku: 'BAG-BACKPACK-BLK', quantity: 1 }, { sku: 'BAG-TOTE-CNV', quantity: 2 }],
    });
    const deliveries = expectOk(await system.query<{ fulfillmentOrder: { vendorDeliveries: { status: string; attempts: number; lastStatusCode: number }[] } }>(
      'query($id: ID!) { fulfillmentOrder(id: $id) { vendorDeliveries { status attempts lastStatusCode } } }',
      { id: foId },
      ADMIN,
    ));
    expect(deliveries.fulfillmentOrder.vendorDeliveries).toEqual([{ status: 'DELIVERED', attempts: 2, lastStatusCode: 200 }]);

    // The vendor answers through the partner API, with a key limited to its location.
    const keyFor = async (locationIds: string[]) =>
      expectOk(await system.query<{ createApiKey: { token: string } }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
        { input: { name: `vendor ${randomUUID().slice(0, 8)}`, scopes: ['fulfillment:read', 'fulfillment:write'], locationIds } },
        ADMIN,
      )).createApiKey.token;
    const ownKey = await keyFor([vendorLocation]);
    const otherKey = await keyFor([randomUUID()]);
    // Partner keys pay for what they ask (cost quota): a lean selection.
    const CONFIRM = `mutation($input: ConfirmDropshipShipmentInput!) { confirmDropshipShipment(input: $input) {
      status shipment { status carrier trackingNumber parcels { status trackingNumber weightGrams dimensions { lengthMm } items { skuCode quantity } } } } }`;
    const number = trackingNumber();
    const input = { fulfillmentOrderId: foId, carrier: 'UPS', serviceLevel: 'ground', parcels: [{ trackingNumber: number, weightGrams: 2100 }] };
    expect(errorCode(await system.query(CONFIRM, { input }, otherKey))).toBe('NOT_FOUND');
    const vendorView = expectOk(await system.query<{ fulfillmentOrders: { edges: { node: { id: string } }[] } }>('{ fulfillmentOrders { edges { node { id } } } }', {}, ownKey));
    expect(vendorView.fulfillmentOrders.edges.map((edge) => edge.node.id)).toEqual([foId]);

    const confirmed = expectOk(await system.query<{ confirmDropshipShipment: Pick<FulfillmentOrder, 'status' | 'shipment'> }>(CONFIRM, { input }, ownKey)).confirmDropshipShipment;
    expect(confirmed.status).toBe('SHIPPED');
    expect(confirmed.shipment).toMatchObject({ status: 'SHIPPED', carrier: 'UPS', trackingNumber: number });
    expect(confirmed.shipment!.parcels[0]).toMatchObject({ trackingNumber: number, weightGrams: 2100, dimensions: null, status: 'LABEL_CREATED' });
    expect(confirmed.shipment!.parcels[0]!.items.map((item) => [item.skuCode, item.quantity])).toEqual([['BAG-BACKPACK-BLK', 1], ['BAG-TOTE-CNV', 2]]);
    const [shippedEvent] = await probe.waitForEvent('ShipmentShipped', { fulfillmentOrderId: foId });
    expect(shippedEvent).toMatchObject({ parcels: [{ carrier: 'UPS', trackingNumber: number }], lines: [{ sku: 'BAG-BACKPACK-BLK', quantity: 1 }, { sku: 'BAG-TOTE-CNV', quantity: 2 }] });
    const audit = await probe.waitForEvent('AuditRecorded', { entityId: foId, action: 'confirmDropshipShipment' });
    expect(audit[0]).toMatchObject({ actorKind: 'partner' });
    expect(errorCode(await system.query(CONFIRM, { input: { ...input, parcels: [{ trackingNumber: trackingNumber() }] } }, ownKey))).toBe('INVALID_STATE_TRANSITION');
  });

  it('never calls a vendor endpoint on a private network: refused at configuration, and a delivery to one fails for good with the reason', async () => {
    const vendorLocation = randomUUID();
    const CONFIGURE = `mutation($input: ConfigureDropshipVendorInput!) { configureDropshipVendor(input: $input) { signingSecret } }`;
    const metadata = 'http://169.254.169.254/latest/meta-data/';
    for (const webhookUrl of [metadata, 'http://10.1.2.3/orders', 'http://[fe80::1]/orders', 'https://vendor:pw@127.0.0.1/orders']) {
      expect(errorCode(await system.query(CONFIGURE, { input: { locationId: vendorLocation, webhookUrl } }, ADMIN)), webhookUrl).toBe('BAD_USER_INPUT');
    }
    // A vendor whose endpoint was stored before the guard existed (or whose name now resolves inside).
    await mutate(CONFIGURE, { input: { locationId: vendorLocation, webhookUrl: vendorUrl } });
    await probe.sql('update fulfillment.dropship_vendor set webhook_url = $1 where location_id = $2', [metadata, vendorLocation]);
    const callsBefore = calls.length;
    const released = await releaseOrder(system, probe, { lines: [{ sku: 'BAG-TOTE-CNV', quantity: 1, locationId: vendorLocation, locationType: 'DROPSHIP_VENDOR' }] });
    const foId = released.fulfillmentOrderIds[0]!;
    const QUERY = 'query($id: ID!) { fulfillmentOrder(id: $id) { status vendorDeliveries { status attempts lastStatusCode lastError } } }';
    type Deliveries = { fulfillmentOrder: { status: string; vendorDeliveries: { status: string; attempts: number; lastStatusCode: number | null; lastError: string | null }[] } };
    const failed = await waitFor('the refused delivery', async () => {
      const read = expectOk(await system.query<Deliveries>(QUERY, { id: foId }, ADMIN)).fulfillmentOrder;
      return read.vendorDeliveries[0]?.status === 'FAILED' ? read : undefined;
    });
    // One attempt, no retries: no connection was made, so nothing could time out or answer.
    expect(failed.vendorDeliveries).toEqual([
      { status: 'FAILED', attempts: 1, lastStatusCode: null, lastError: '169.254.169.254 is in a private, loopback, link-local or reserved network; webhooks are not sent there' },
    ]);
    expect(failed.status).toBe('CREATED');
    expect(calls.length).toBe(callsBefore);
  });
});

describe('no N+1', () => {
  it('a page of fulfillment orders with lines, bins, shipments, parcels, items and events costs the same for 5 as for 20', async () => {
    const warehouse = randomUUID();
    for (let index = 0; index < 20; index++) {
      const released = await releaseOrder(system, probe, { lines: [{ sku: 'SHIRT-OXFORD-BLU-M', quantity: 1, locationId: warehouse }, { sku: 'SHIRT-OXFORD-WHT-M', quantity: 1, locationId: warehouse }] });
      if (index % 2 === 0) await ship(await packPerLine(await pickAll(await accept(released.fulfillmentOrderIds[0]!))));
    }
    const PAGE = `query($first: Int!, $location: ID!) { fulfillmentOrders(first: $first, filter: { locationId: $location }) { edges { node {
      id status lines { skuCode binCode sku { code } } pickWave { id }
      shipment { status fulfillmentOrder { id } parcels { status items { quantity line { id } skuCode } lastEvent { status } trackingEvents { status } } }
    } } } }`;
    const count = async (first: number) => {
      system.statements.reset();
      const data = expectOk(await system.query<{ fulfillmentOrders: { edges: unknown[] } }>(PAGE, { first, location: warehouse }, ADMIN));
      expect(data.fulfillmentOrders.edges).toHaveLength(first);
      return system.statements.get('fulfillment');
    };
    const five = await count(5);
    const twenty = await count(20);
    expect(twenty).toBe(five);
    // orders page, lines, bins, shipments, their fulfillment orders, parcels, items, item lines, events, last events.
    expect(twenty).toBeLessThanOrEqual(10);
  });
});

describe('live tracking through the gateway (graphql-ws)', () => {
  const clients: Client[] = [];

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  function connect(token: string): Client {
    const client = createClient({
      url: system.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  }

  interface Subscription<T> {
    results: ExecutionResult<T>[];
    /** Set when the server ended the subscription (an error or completion). */
    ended: { reason: unknown } | undefined;
    next(count: number): Promise<ExecutionResult<T>[]>;
    stop(): void;
  }

  function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>): Subscription<T> {
    const subscription: Subscription<T> = {
      results: [],
      ended: undefined,
      next: (count) => waitFor(`${count} subscription events`, async () => (subscription.results.length >= count ? subscription.results.slice(0, count) : undefined)),
      stop: () => undefined,
    };
    subscription.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => void subscription.results.push(result),
        error: (reason) => void (subscription.ended = { reason }),
        complete: () => void (subscription.ended = { reason: 'complete' }),
      },
    );
    return subscription;
  }

  /** A refused subscription: an error and no data, whether as a result or as the end of the stream. */
  async function refusal(subscription: Subscription<unknown>): Promise<string> {
    await waitFor('the refusal', async () => subscription.results.length > 0 || subscription.ended !== undefined);
    expect(subscription.results.every((result) => !result.data)).toBe(true);
    return JSON.stringify(subscription.results[0]?.errors ?? subscription.ended?.reason);
  }

  /** Until the upstream subscription is in place nothing can be delivered: give it a moment. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

  it('parcelTracking delivers each tracking event, in order, as the parcel was at that event', async () => {
    const { fo, customerId } = await shippedOrder();
    const parcelId = fo.shipment!.parcels[0]!.id;
    const subscription = subscribe<{ parcelTracking: { status: string; lastEvent: { status: string } | null } }>(
      connect(customerToken(customerId!)),
      'subscription($id: ID!) { parcelTracking(parcelId: $id) { status lastEvent { status } } }',
      { id: parcelId },
    );
    await settle();
    for (const [index, status] of ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY'].entries()) {
      expectOk(await system.query(TRACK, { input: { parcelId, status, occurredAt: minutesFromNow(index + 1) } }, ADMIN));
    }
    // The parcel's own LABEL_CREATED (recorded when it shipped) may still be on its way through the
    // bus when the subscription starts on a busy machine; it is a real, earlier event, in order.
    const isLabel = (result: ExecutionResult<{ parcelTracking: { status: string } }>) => result.data?.parcelTracking.status === 'LABEL_CREATED';
    const leading = (await subscription.next(1)).filter(isLabel).length;
    const received = (await subscription.next(leading + 3)).slice(leading);
    expect(received.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(received.map((result) => result.data?.parcelTracking)).toEqual([
      { status: 'PICKED_UP', lastEvent: { status: 'PICKED_UP' } },
      { status: 'IN_TRANSIT', lastEvent: { status: 'IN_TRANSIT' } },
      { status: 'OUT_FOR_DELIVERY', lastEvent: { status: 'OUT_FOR_DELIVERY' } },
    ]);
    subscription.stop();
  });

  it('another customer cannot follow the parcel', async () => {
    const { fo } = await shippedOrder();
    const subscription = subscribe(connect(customerToken(randomUUID())), 'subscription($id: ID!) { parcelTracking(parcelId: $id) { status } }', { id: fo.shipment!.parcels[0]!.id });
    expect(await refusal(subscription)).toMatch(/No parcel/);
  });

  it('orderTracking pushes each fulfillment change with fields other services own (Order.status from orders)', async () => {
    // A demo order of the orders service, released to fulfillment by hand.
    const orderId = demoId('order', 4);
    const customerId = demoId('customer', 4);
    const client = connect(customerToken(customerId));
    const subscription = subscribe<{ orderTracking: { id: string; status: string; fulfillmentOrders: { status: string }[] } }>(
      client,
      'subscription($id: ID!) { orderTracking(orderId: $id) { id status fulfillmentOrders { status } shipments { status } } }',
      { id: orderId },
    );
    const stranger = subscribe(connect(customerToken(demoId('customer', 1))), 'subscription($id: ID!) { orderTracking(orderId: $id) { id } }', { id: orderId });
    await settle();
    const released = await releaseOrder(system, probe, { orderId, number: 'OMS-100005', customerId, lines: [{ sku: 'SOCKS-WOOL-GRY-39', quantity: 3, locationId: demoId('location', 'WH-LYON') }] });
    await accept(released.fulfillmentOrderIds[0]!);
    const received = await subscription.next(2);
    expect(received.map((result) => result.errors)).toEqual([undefined, undefined]);
    expect(received.map((result) => result.data?.orderTracking)).toEqual([
      { id: orderId, status: 'ALLOCATED', fulfillmentOrders: expect.any(Array), shipments: expect.any(Array) },
      { id: orderId, status: 'ALLOCATED', fulfillmentOrders: [{ status: 'ACCEPTED' }], shipments: [{ status: 'PENDING' }] },
    ]);
    expect(await refusal(stranger)).toMatch(/No order/);
    subscription.stop();
  });
});

describe('concurrent requests', () => {
  it('the same carrier event sent five times at once is recorded once', async () => {
    const { fo } = await shippedOrder();
    const parcelId = fo.shipment!.parcels[0]!.id;
    const input = { parcelId, status: 'IN_TRANSIT', occurredAt: minutesFromNow(1), eventId: `burst-${parcelId}` };
    const results = await Promise.all(Array.from({ length: 5 }, () => system.query<{ recordTrackingEvent: { duplicate: boolean } }>(TRACK, { input }, ADMIN)));
    expect(results.map((result) => expectOk(result).recordTrackingEvent.duplicate).sort()).toEqual([false, true, true, true, true]);
    expect(await probe.sql('select id from fulfillment.tracking_event where parcel_id = $1', [parcelId])).toHaveLength(2);
  });

  it('a pickup handed over by five counters at once is handed over once', async () => {
    const { foId, code } = await readyAtCounter('PICKUP');
    const results = await Promise.all(Array.from({ length: 5 }, () => system.query(CONFIRM_PICKUP, { input: { fulfillmentOrderId: foId, code } }, ADMIN)));
    expect(results.filter((result) => !result.errors).length).toBe(1);
    expect(results.filter((result) => errorCode(result) === 'INVALID_STATE_TRANSITION').length).toBe(4);
    await probe.waitForEvent('PickedUp', { fulfillmentOrderId: foId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await probe.events('PickedUp', { fulfillmentOrderId: foId })).toHaveLength(1);
  });

  it('the last two shipments of an order delivered at the same moment: exactly one says the order is complete', async () => {
    const released = await releaseOrder(system, probe, {
      lines: [
        { sku: 'SNEAKER-RUN-BLK-41', quantity: 1, locationId: randomUUID() },
        { sku: 'SNEAKER-RUN-BLK-43', quantity: 1, locationId: randomUUID() },
      ],
    });
    const shipped = [];
    for (const id of released.fulfillmentOrderIds) shipped.push(await ship(await packPerLine(await pickAll(await accept(id)))));
    const occurredAt = minutesFromNow(1);
    const results = await Promise.all(shipped.map((fo) => system.query(TRACK, { input: { parcelId: fo.shipment!.parcels[0]!.id, status: 'DELIVERED', occurredAt } }, ADMIN)));
    for (const result of results) expectOk(result);
    const delivered = await probe.waitForEvent('ShipmentDelivered', { orderId: released.orderId }, 2);
    expect(delivered.map((event) => event['allShipmentsDelivered']).sort()).toEqual([false, true]);
  });

  it('two pick waves created at once at one location never share an order', async () => {
    const warehouse = randomUUID();
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const released = await releaseOrder(system, probe, { lines: [{ sku: 'CAP-BASE-NVY', quantity: 1, locationId: warehouse }] });
      ids.push((await accept(released.fulfillmentOrderIds[0]!)).id);
    }
    const CREATE = `mutation($input: CreatePickWaveInput!) { createPickWave(input: $input) { id fulfillmentOrders { id } } }`;
    const results = await Promise.all([0, 1].map(() => system.query<{ createPickWave: { fulfillmentOrders: { id: string }[] } }>(CREATE, { input: { locationId: warehouse, maxOrders: 4 } }, ADMIN)));
    const taken = results.flatMap((result) => (result.errors ? [] : result.data!.createPickWave.fulfillmentOrders.map((fo) => fo.id)));
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.length).toBe(6);
  });
});

describe('the care 360° view', () => {
  it('Customer.shipments and Order.fulfillmentOrders are batched and limited to what the caller may see', async () => {
    const response: GraphQLResponse<{ customer: { shipments: { id: string; status: string; order: { number: string } }[] } }> = await system.query(
      'query($id: ID!) { customer(id: $id) { shipments(first: 5) { id status order { number } } } }',
      { id: demoId('customer', 2) },
      ADMIN,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.customer.shipments.map((shipment) => shipment.order.number)).toEqual(['OMS-100003', 'OMS-100003']);
    const order = expectOk(await system.query<{ order: { fulfillmentOrders: { status: string; type: string; location: { code: string } }[] } }>(
      'query($id: ID!) { order(id: $id) { fulfillmentOrders { status type location { code } } } }',
      { id: demoId('order', 2) },
      ADMIN,
    ));
    expect(order.order.fulfillmentOrders.map((fo) => [fo.location.code, fo.type, fo.status]).sort()).toEqual([
      ['ST-BORDEAUX', 'SHIP_FROM_STORE', 'SHIPPED'],
      ['WH-LYON', 'SHIP', 'PICKING'],
    ]);
  });
});
