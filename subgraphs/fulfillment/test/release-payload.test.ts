import { describe, expect, it } from 'vitest';
import { OrderCancelled, OrderReleased } from '@oms/contracts';
import { parseOrderCancelled as parseCancelledEvent, parseOrderReleased as parseReleasedEvent } from '../src/domain/release.service.ts';
import { loadFulfillmentConfig } from '../src/config.ts';

const parseOrderReleased = (payload: Record<string, unknown>) => parseReleasedEvent({ type: OrderReleased.type, payload });
const parseOrderCancelled = (payload: Record<string, unknown>) => parseCancelledEvent({ type: OrderCancelled.type, payload });

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const release = {
  orderId: ID(1),
  number: 'OMS-200001',
  channel: 'WEB',
  customerId: ID(2),
  email: 'someone@example.com',
  deliveryMethod: 'SHIP',
  shipTo: { name: 'A B', line1: '1 rue X', line2: null, city: 'Lyon', postalCode: '69001', region: null, country: 'FR' },
  pickupLocationId: null,
  allocations: [{ allocationId: ID(3), orderLineId: ID(4), sku: 'SKU-1', locationId: ID(5), quantity: 2, kind: 'STOCK', locationType: 'WAREHOUSE' }],
};

describe('OrderReleased payloads', () => {
  it('reads the contract', () => {
    const parsed = parseOrderReleased(release);
    expect(parsed).toMatchObject({ ok: true, value: { orderId: ID(1), deliveryMethod: 'SHIP', allocations: [{ locationType: 'WAREHOUSE', kind: 'STOCK', quantity: 2 }] } });
  });

  it('accepts allocations without a location type or kind', () => {
    const parsed = parseOrderReleased({ ...release, allocations: [{ allocationId: ID(3), orderLineId: ID(4), sku: 'SKU-1', locationId: ID(5), quantity: 1 }] });
    expect(parsed).toMatchObject({ ok: true, value: { allocations: [{ locationType: null, kind: 'STOCK' }] } });
  });

  it.each([
    [{ orderId: 'x' }, /orderId/],
    [{ deliveryMethod: 'DRONE' }, /deliveryMethod/],
    [{ shipTo: null }, /SHIP needs a shipTo/],
    [{ deliveryMethod: 'PICKUP', pickupLocationId: null }, /pickupLocationId/],
    [{ allocations: [] }, /allocations/],
    [{ allocations: [{ ...release.allocations[0], quantity: 0 }] }, /positive quantity/],
    [{ allocations: [{ ...release.allocations[0], locationType: 'MOON' }] }, /locationType/],
    [{ allocations: [release.allocations[0], release.allocations[0]] }, /twice/],
  ])('refuses %j', (change, reason) => {
    const parsed = parseOrderReleased({ ...release, ...change });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('OrderCancelled payloads', () => {
  it('whole order or some lines', () => {
    expect(parseOrderCancelled({ orderId: ID(1), lineIds: null })).toEqual({ ok: true, value: { orderId: ID(1), lineIds: null, reason: null } });
    expect(parseOrderCancelled({ orderId: ID(1), lineIds: [], reason: 'changed my mind' })).toEqual({ ok: true, value: { orderId: ID(1), lineIds: null, reason: 'changed my mind' } });
    expect(parseOrderCancelled({ orderId: ID(1), lineIds: [ID(4).toUpperCase()] })).toMatchObject({ ok: true, value: { lineIds: [ID(4)] } });
    expect(parseOrderCancelled({ orderId: ID(1), lineIds: ['nope'] }).ok).toBe(false);
  });
});

describe('configuration', () => {
  it('has development defaults', () => {
    const config = loadFulfillmentConfig({});
    expect(config.pickupHoldDays).toBe(3);
    expect(config.carrierSecrets['generic']).toMatch(/development/);
    expect(config.dropshipWebhook.retry).toEqual({ baseMs: 5_000, maxAttempts: 8 });
    expect(config.dropshipWebhook.targets).toEqual({ requireHttps: false, allowedNetworks: ['127.0.0.0/8', '::1/128'] });
  });

  it('sends vendor webhooks over https to public addresses only in production', () => {
    const config = loadFulfillmentConfig({ NODE_ENV: 'production', PICKUP_CODE_SECRET: 'p'.repeat(32), CARRIER_WEBHOOK_SECRET_GENERIC: 'g'.repeat(16), CARRIER_WEBHOOK_SECRET_AFTERSHIP: 'a'.repeat(16) });
    expect(config.dropshipWebhook.targets).toEqual({ requireHttps: true, allowedNetworks: [] });
  });

  it('names each bad setting, and requires the secrets in production', () => {
    expect(() => loadFulfillmentConfig({ PICKUP_HOLD_DAYS: '0', DROPSHIP_WEBHOOK_MAX_ATTEMPTS: 'many' })).toThrow(/PICKUP_HOLD_DAYS[\s\S]*DROPSHIP_WEBHOOK_MAX_ATTEMPTS/);
    expect(() => loadFulfillmentConfig({ NODE_ENV: 'production' })).toThrow(/PICKUP_CODE_SECRET: required[\s\S]*CARRIER_WEBHOOK_SECRET_GENERIC[\s\S]*CARRIER_WEBHOOK_SECRET_AFTERSHIP/);
    expect(() => loadFulfillmentConfig({ CARRIER_WEBHOOK_SECRET_GENERIC: 'short' })).toThrow(/at least 16/);
  });
});
