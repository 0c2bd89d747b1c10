import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isInternalAddress } from '../src/domain/outbound-url.ts';
import { signWebhook, webhookRetryDelayMs, webhookRetrySpanMs } from '../src/domain/webhook-signature.ts';
import { webhookBody } from '../src/domain/webhook.service.ts';
import { loadMessagingConfig } from '../src/messaging.config.ts';

const HOUR = 3600 * 1000;

describe('webhook retry schedule', () => {
  it('by default makes at least 8 attempts spread over at least 24 hours', () => {
    const { backoffMs, maxAttempts } = loadMessagingConfig({}).webhooks;
    expect(maxAttempts).toBeGreaterThanOrEqual(8);
    expect(webhookRetrySpanMs(maxAttempts, backoffMs)).toBeGreaterThanOrEqual(24 * HOUR);
    expect(webhookRetrySpanMs(maxAttempts, backoffMs)).toBeLessThan(48 * HOUR);
  });

  it('waits four times longer after each failure, up to 720 times the base', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => webhookRetryDelayMs(attempt, 60_000) / 60_000)).toEqual([1, 4, 16, 64, 256, 720, 720]);
    expect(webhookRetryDelayMs(3, 10)).toBe(160);
  });
});

describe('webhook signature and body', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256', () => {
    const body = '{"id":"e1"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signWebhook('whsec_test', '1700000000', body)).toBe(`sha256=${expected}`);
    expect(signWebhook('whsec_test', '1700000001', body)).not.toBe(`sha256=${expected}`);
  });

  it('carries the event as { id, type, occurredAt, data }, without the pickup code', () => {
    const event = { id: 'e1', source: 'fulfillment', type: 'PickupReady', aggregateType: 'FulfillmentOrder', aggregateId: 'f1', payload: { orderId: 'o1', code: '123456', deadline: 'd' }, occurredAt: '2026-11-22T10:00:00.000Z' };
    expect(JSON.parse(webhookBody(event))).toEqual({ id: 'e1', type: 'PickupReady', occurredAt: '2026-11-22T10:00:00.000Z', data: { orderId: 'o1', deadline: 'd' } });
  });
});

describe('webhook URLs', () => {
  it('recognises private, loopback, link-local and reserved addresses', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1']) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isInternalAddress(address), address).toBe(false);
  });

  it('accepts http(s) only, and in production public hosts only', async () => {
    await expect(checkWebhookUrl('ftp://example.com/x', true)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true)).resolves.toBe('http://127.0.0.1:8080/hook');
    for (const url of ['http://127.0.0.1:8080/hook', 'https://10.0.0.5/hook', 'http://169.254.169.254/latest/meta-data', 'http://localhost/hook', 'http://[::1]/hook']) {
      await expect(checkWebhookUrl(url, false), url).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    await expect(checkWebhookUrl('https://93.184.216.34/hook', false)).resolves.toBe('https://93.184.216.34/hook');
  });

  it('refuses private networks when NODE_ENV=production', () => {
    expect(loadMessagingConfig({ NODE_ENV: 'production' }).webhooks.allowPrivateNetworks).toBe(false);
    expect(loadMessagingConfig({}).webhooks.allowPrivateNetworks).toBe(true);
  });
});
