import { randomUUID } from 'node:crypto';
import { ADMIN } from './auth.ts';
import { waitFor } from './fulfillment-fixtures.ts';
import type { GraphQLResponse, TestSystem } from './system.ts';

function data<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/**
 * Works a released order through the warehouse as staff would (accept, pick, pack, ship the whole
 * of its first fulfillment order) and waits until the orders service has it SHIPPED, so its
 * payments were captured by the shipment. Answers the parcel's id. Needs ORDER_RELEASE_DELAY_MS=0
 * to be quick.
 */
export async function shipWholeOrder(system: TestSystem, orderId: string): Promise<string> {
  const fulfillmentOrder = await waitFor('fulfillment order', async () => {
    const found = data(await system.query<{ order: { fulfillmentOrders: { id: string; lines: { id: string; quantity: number }[] }[] | null } }>(
      `query($id: ID!) { order(id: $id) { fulfillmentOrders { id lines { id quantity } } } }`, { id: orderId }, ADMIN));
    return found.order.fulfillmentOrders?.[0];
  });
  const lines = fulfillmentOrder.lines;
  data(await system.query(`mutation($id: ID!) { acceptFulfillmentOrder(id: $id) { status } }`, { id: fulfillmentOrder.id }, ADMIN));
  data(await system.query(`mutation($input: PickFulfillmentOrderInput!) { pickFulfillmentOrder(input: $input) { fulfillmentOrder { status } } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, lines: lines.map((line) => ({ lineId: line.id, pickedQuantity: line.quantity })) },
  }, ADMIN));
  const packed = data(await system.query<{ packFulfillmentOrder: { shipment: { parcels: { id: string }[] } } }>(
    `mutation($input: PackFulfillmentOrderInput!) { packFulfillmentOrder(input: $input) { shipment { parcels { id } } } }`,
    { input: { fulfillmentOrderId: fulfillmentOrder.id, parcels: [{ weightGrams: 900, lengthMm: 300, widthMm: 200, heightMm: 100, items: lines.map((line) => ({ lineId: line.id, quantity: line.quantity })) }] } },
    ADMIN,
  ));
  const parcelId = packed.packFulfillmentOrder.shipment.parcels[0]!.id;
  data(await system.query(`mutation($input: ShipFulfillmentOrderInput!) { shipFulfillmentOrder(input: $input) { status } }`, {
    input: { fulfillmentOrderId: fulfillmentOrder.id, carrier: 'Colissimo', serviceLevel: 'standard', parcels: [{ parcelId, trackingNumber: `6A${randomUUID().slice(0, 12)}` }] },
  }, ADMIN));
  await waitFor('order shipped', async () => {
    const found = data(await system.query<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: orderId }, ADMIN));
    return found.order.status === 'SHIPPED';
  });
  return parcelId;
}
