import { describe, expect, it } from 'vitest';
import { retrySpanMs } from '@oms/platform';
import { webhookBody } from '../src/domain/webhook.service.ts';
import { loadMessagingConfig } from '../src/messaging.config.ts';

const HOUR = 3600 * 1000;

describe('webhook retry schedule', () => {
  it('by default makes at least 8 attempts spread over at least 24 hours', () => {
    const { retry } = loadMessagingConfig({}).webhooks;
    expect(retry.maxAttempts).toBeGreaterThanOrEqual(8);
    expect(retrySpanMs(retry)).toBeGreaterThanOrEqual(24 * HOUR);
    expect(retrySpanMs(retry)).toBeLessThan(48 * HOUR);
  });
});

describe('webhook body', () => {
  it('carries the event as { id, type, occurredAt, data }, without the pickup code', () => {
    const event = { id: 'e1', source: 'fulfillment', type: 'PickupReady', aggregateType: 'FulfillmentOrder', aggregateId: 'f1', payload: { orderId: 'o1', code: '123456', deadline: 'd' }, occurredAt: '2026-11-22T10:00:00.000Z' };
    expect(JSON.parse(webhookBody(event))).toEqual({ id: 'e1', type: 'PickupReady', occurredAt: '2026-11-22T10:00:00.000Z', data: { orderId: 'o1', deadline: 'd' } });
  });
});

describe('webhook targets', () => {
  it('are https and public addresses only when NODE_ENV=production; loopback receivers are allowed outside it', () => {
    expect(loadMessagingConfig({ NODE_ENV: 'production' }).webhooks.targets).toEqual({ requireHttps: true, allowedNetworks: [] });
    expect(loadMessagingConfig({}).webhooks.targets).toEqual({ requireHttps: false, allowedNetworks: ['127.0.0.0/8', '::1/128'] });
    expect(loadMessagingConfig({ WEBHOOK_ALLOWED_NETWORKS: 'none' }).webhooks.targets.allowedNetworks).toEqual([]);
    expect(() => loadMessagingConfig({ WEBHOOK_ALLOWED_NETWORKS: '10.0.0.0/33' })).toThrow(/WEBHOOK_ALLOWED_NETWORKS/);
  });
});
