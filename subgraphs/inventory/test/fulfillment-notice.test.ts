import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseFulfillmentNotice } from '../src/domain/fulfillment-events.service.ts';

describe('fulfillment events as stock reads them', () => {
  const orderId = randomUUID();
  const locationId = randomUUID();
  const allocationId = randomUUID();
  // What every fulfillment event carries under its contract (packages/contracts), besides what stock reads.
  const fulfillmentOrderId = randomUUID();
  const orderLineId = randomUUID();

  it('reads the allocations and quantities, short quantities of a short pick, and skips empty lines', () => {
    expect(
      parseFulfillmentNotice({ type: 'ShipmentShipped', payload: { fulfillmentOrderId, orderId, locationId, lines: [{ orderLineId, allocationId, sku: 'A', quantity: 2 }, { orderLineId, allocationId, sku: 'A', quantity: 0 }] } }),
    ).toEqual({ ok: true, value: { orderId, locationId, lines: [{ orderLineId, allocationId, sku: 'A', quantity: 2 }] } });
    expect(parseFulfillmentNotice({ type: 'FulfillmentLinesShortPicked', payload: { fulfillmentOrderId, orderId, locationId, lines: [{ orderLineId, allocationId, sku: 'A', shortQuantity: 1 }] } })).toMatchObject({
      ok: true,
      value: { lines: [{ quantity: 1 }] },
    });
    expect(parseFulfillmentNotice({ type: 'FulfillmentOrderCancelled', payload: { fulfillmentOrderId, orderId, locationId, lines: [] } })).toMatchObject({ ok: true, value: { lines: [] } });
  });

  it('refuses what it cannot apply', () => {
    expect(parseFulfillmentNotice({ type: 'ShipmentShipped', payload: { fulfillmentOrderId, orderId: 'x', locationId, lines: [] } })).toMatchObject({ ok: false });
    expect(parseFulfillmentNotice({ type: 'ShipmentShipped', payload: { fulfillmentOrderId, orderId, locationId, lines: [{ orderLineId, allocationId, sku: 'A', quantity: -1 }] } })).toMatchObject({ ok: false });
    expect(parseFulfillmentNotice({ type: 'ShipmentShipped', payload: { fulfillmentOrderId, orderId, locationId, lines: [{ orderLineId, allocationId: 'nope', sku: 'A', quantity: 1 }] } })).toMatchObject({ ok: false });
  });
});
