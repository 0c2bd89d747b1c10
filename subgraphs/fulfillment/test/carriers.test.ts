import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AFTERSHIP_SIGNATURE_HEADER, aftershipCarrierAdapter, mapAftershipTag } from '../src/domain/carriers/aftership.adapter.ts';
import { CarrierPayloadError, instantOrNull } from '../src/domain/carriers/carrier-adapter.ts';
import { GENERIC_SIGNATURE_HEADER, genericCarrierAdapter } from '../src/domain/carriers/generic.adapter.ts';

const SECRET = 'a-carrier-secret-for-tests';
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('AfterShip tags in our statuses', () => {
  it.each([
    ['InfoReceived', null, 'LABEL_CREATED'],
    ['InTransit', 'InTransit_001', 'IN_TRANSIT'],
    ['InTransit', 'InTransit_002', 'PICKED_UP'],
    ['OutForDelivery', null, 'OUT_FOR_DELIVERY'],
    ['AvailableForPickup', null, 'OUT_FOR_DELIVERY'],
    ['Delivered', 'Delivered_001', 'DELIVERED'],
    ['AttemptFail', null, 'EXCEPTION'],
    ['Exception', 'Exception_007', 'EXCEPTION'],
    ['Exception', 'Exception_011', 'RETURNED_TO_SENDER'],
    ['Expired', null, 'EXCEPTION'],
    ['Pending', null, null],
    ['SomethingNew', null, null],
  ] as const)('%s (%s) → %s', (tag, subtag, expected) => {
    expect(mapAftershipTag(tag, subtag)).toBe(expected);
  });
});

describe('AfterShip webhook', () => {
  const payload = {
    event: 'tracking_update',
    msg: {
      tracking_number: '6a12345678901',
      slug: 'colissimo',
      expected_delivery: '2026-11-22T18:00:00+01:00',
      checkpoints: [
        { checkpoint_time: '2026-11-20T09:00:00+01:00', tag: 'InfoReceived', message: 'Label created', location: 'Lyon' },
        { checkpoint_time: '2026-11-20T18:30:00+01:00', tag: 'InTransit', subtag: 'InTransit_002', message: 'Picked up', city: 'Saint-Priest', country_name: 'France' },
        { checkpoint_time: '2026-11-21T06:10:00', tag: 'InTransit', subtag: 'InTransit_001', message: 'Arrived at hub' },
        { checkpoint_time: '2026-11-21T07:00:00Z', tag: 'Pending', message: 'No news' },
      ],
    },
  };

  it('verifies the base64 HMAC-SHA256 of the raw body', () => {
    const raw = body(payload);
    const signature = createHmac('sha256', SECRET).update(raw).digest('base64');
    expect(aftershipCarrierAdapter.verify(raw, { [AFTERSHIP_SIGNATURE_HEADER]: signature }, SECRET)).toBe(true);
    expect(aftershipCarrierAdapter.verify(raw, { [AFTERSHIP_SIGNATURE_HEADER]: signature }, 'another-secret-entirely')).toBe(false);
    expect(aftershipCarrierAdapter.verify(body({ ...payload, extra: 1 }), { [AFTERSHIP_SIGNATURE_HEADER]: signature }, SECRET)).toBe(false);
    expect(aftershipCarrierAdapter.verify(raw, {}, SECRET)).toBe(false);
  });

  it('reads every checkpoint with a known tag, estimate on the newest, stable ids', () => {
    const parsed = aftershipCarrierAdapter.parse(body(payload));
    expect(parsed.events.map((event) => [event.status, event.occurredAt.toISOString(), event.location])).toEqual([
      ['LABEL_CREATED', '2026-11-20T08:00:00.000Z', 'Lyon'],
      ['PICKED_UP', '2026-11-20T17:30:00.000Z', 'Saint-Priest, France'],
      ['IN_TRANSIT', '2026-11-21T06:10:00.000Z', null],
    ]);
    expect(parsed.events.every((event) => event.trackingNumber === '6A12345678901' && event.carrierCode === 'colissimo')).toBe(true);
    expect(parsed.events.map((event) => event.estimatedDelivery?.toISOString() ?? null)).toEqual([null, null, '2026-11-22T17:00:00.000Z']);
    expect(parsed.ignored).toEqual([{ index: 3, reason: 'tag Pending carries no progress' }]);
    // The next delivery repeats the history: the same checkpoints get the same ids.
    expect(aftershipCarrierAdapter.parse(body(payload)).events.map((event) => event.externalId)).toEqual(parsed.events.map((event) => event.externalId));
    expect(new Set(parsed.events.map((event) => event.externalId)).size).toBe(3);
  });

  it('refuses a body that is not AfterShip’s', () => {
    expect(() => aftershipCarrierAdapter.parse(Buffer.from('not json'))).toThrow(CarrierPayloadError);
    expect(() => aftershipCarrierAdapter.parse(body({ data: {} }))).toThrow(/msg/);
  });
});

describe('generic JSON webhook', () => {
  const payload = {
    events: [
      { eventId: 'e1', trackingNumber: 'xy123456789fr', carrier: 'Chrono Post', status: 'OUT_FOR_DELIVERY', occurredAt: '2026-11-21T07:00:00Z', estimatedDelivery: '2026-11-21T18:00:00Z' },
      { eventId: 'e2', trackingNumber: 'XY123456789FR', status: 'TELEPORTED', occurredAt: '2026-11-21T07:00:00Z' },
      { trackingNumber: 'XY123456789FR', status: 'DELIVERED', occurredAt: '2026-11-21T07:00:00Z' },
    ],
  };

  it('verifies sha256=<hex HMAC> of the raw body', () => {
    const raw = body(payload);
    const signature = `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`;
    expect(genericCarrierAdapter.verify(raw, { [GENERIC_SIGNATURE_HEADER]: signature }, SECRET)).toBe(true);
    expect(genericCarrierAdapter.verify(raw, { [GENERIC_SIGNATURE_HEADER]: signature.replace('sha256=', '') }, SECRET)).toBe(false);
    expect(genericCarrierAdapter.verify(raw, { [GENERIC_SIGNATURE_HEADER]: `sha256=${'0'.repeat(64)}` }, SECRET)).toBe(false);
  });

  it('reads valid events and reports the others', () => {
    const parsed = genericCarrierAdapter.parse(body(payload));
    expect(parsed.events).toEqual([
      {
        externalId: 'e1',
        trackingNumber: 'XY123456789FR',
        carrierCode: 'chronopost',
        status: 'OUT_FOR_DELIVERY',
        occurredAt: new Date('2026-11-21T07:00:00Z'),
        location: null,
        message: null,
        estimatedDelivery: new Date('2026-11-21T18:00:00Z'),
      },
    ]);
    expect(parsed.ignored.map((entry) => entry.index)).toEqual([1, 2]);
    expect(parsed.ignored[1]!.reason).toMatch(/eventId/);
  });

  it('refuses more than 500 events at once', () => {
    expect(() => genericCarrierAdapter.parse(body({ events: Array.from({ length: 501 }, () => ({})) }))).toThrow(/500/);
  });
});

describe('timestamps', () => {
  it('reads ISO-8601, zone-less as UTC, and nothing else', () => {
    expect(instantOrNull('2026-11-21T06:10:00')?.toISOString()).toBe('2026-11-21T06:10:00.000Z');
    expect(instantOrNull('2026-11-21T06:10:00+02:00')?.toISOString()).toBe('2026-11-21T04:10:00.000Z');
    expect(instantOrNull('yesterday')).toBeNull();
    expect(instantOrNull(42)).toBeNull();
  });
});
