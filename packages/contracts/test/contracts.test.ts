import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventPayload, parseGoodsNotice, ShipmentShipped } from '../src/index.ts';

const subject = () => ({ fulfillmentOrderId: randomUUID(), orderId: randomUUID(), customerId: null, locationId: randomUUID() });
const line = (quantity: number) => ({ orderLineId: randomUUID(), allocationId: randomUUID(), sku: 'TEE-WHT-M', quantity });

describe('fulfillment goods events', () => {
  it('reads a valid event through its contract, leaving out lines of no units', () => {
    const payload = { ...subject(), lines: [line(2), line(0)] };
    const parsed = parseGoodsNotice({ type: 'ShipmentShipped', payload });
    expect(parsed).toEqual({ ok: true, value: { fulfillmentOrderId: payload.fulfillmentOrderId, orderId: payload.orderId, locationId: payload.locationId, lines: [payload.lines[0]] } });
  });

  it('reads a short pick by its short quantity', () => {
    const { quantity: _quantity, ...short } = line(0);
    const parsed = parseGoodsNotice({ type: 'FulfillmentLinesShortPicked', payload: { ...subject(), lines: [{ ...short, shortQuantity: 3 }] } });
    expect(parsed.ok && parsed.value.lines.map((entry) => entry.quantity)).toEqual([3]);
  });

  it('refuses a malformed event with the reason and where it is', () => {
    const parsed = parseGoodsNotice({ type: 'PickedUp', payload: { ...subject(), lines: [{ ...line(1), allocationId: 'nope' }] } });
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(/^PickedUp v1 payload refused: lines\.0\.allocationId: /) });
    expect(parseGoodsNotice({ type: 'OrderPlaced', payload: {} })).toEqual({ ok: false, reason: 'OrderPlaced is not a fulfillment goods event' });
  });

  it('refuses a producer payload that breaks its contract before it is recorded', () => {
    expect(() => eventPayload(ShipmentShipped, { ...subject(), orderId: 42 } as never)).toThrow(/ShipmentShipped v1: the payload breaks its contract/);
    const payload = { ...subject(), lines: [line(1)], carrier: 'Colissimo' };
    expect(eventPayload(ShipmentShipped, payload)).toBe(payload);
  });
});
