// The outbound webhook module shared by customers' subscriptions and fulfillment's dropship
// vendors: Standard Webhooks signatures checked by the `standardwebhooks` library on the receiving
// side, the address guard at connect time (with an injected resolver standing in for DNS), and the
// one retry policy.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressGuard,
  attemptError,
  checkWebhookUrl,
  isPrivateAddress,
  isRetryable,
  loadWebhookTargetSettings,
  newWebhookSecret,
  nextWebhookStep,
  nominalRetryDelayMs,
  parseRetryAfter,
  retryDelayMs,
  webhookPoster,
  webhookSignatureHeaders,
  webhookSigningKey,
  type HostResolver,
  type WebhookTargetSettings,
} from '@oms/platform';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on the loopback interface: answers each path with its scripted status and headers (default 200). */
class Receiver {
  readonly received: Received[] = [];
  readonly answers = new Map<string, { status: number; headers?: Record<string, string>; delayMs?: number }>();
  readonly #server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = this.answers.get(path) ?? { status: 200 };
      setTimeout(() => res.writeHead(answer.status, answer.headers ?? {}).end('ok'), answer.delayMs ?? 0);
    });
  });
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  at(path: string): Received[] {
    return this.received.filter((entry) => entry.path === path);
  }
}

const receiver = new Receiver();
const DEVELOPMENT = loadWebhookTargetSettings({});
const PRODUCTION = loadWebhookTargetSettings({ NODE_ENV: 'production' });
/** Production's guard, with http allowed so a plain local receiver can show what would have reached it. */
const GUARDED: WebhookTargetSettings = { requireHttps: false, allowedNetworks: [] };

/** DNS as a test wants it: names of the reserved `.test` domain resolve to the given addresses, nothing else resolves. */
function resolverOf(names: Record<string, string[]>): HostResolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const addresses = names[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolve, { asked });
}

const headersOf = (received: Received): Record<string, string> => Object.fromEntries(Object.entries(received.headers).map(([name, value]) => [name, String(value)]));

beforeAll(async () => {
  await receiver.start();
});

afterAll(async () => {
  await receiver.close();
});

describe('Standard Webhooks signatures', () => {
  it('are verified by the standardwebhooks library with the secret the receiver was shown', async () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ id: 'evt-1', type: 'OrderPlaced', data: { number: 'OMS-1' } });
    const attempt = await webhookPoster(DEVELOPMENT).post({
      url: `http://127.0.0.1:${receiver.port}/signed`,
      body,
      userAgent: 'oms-test/1',
      headers: webhookSignatureHeaders(secret, { id: 'evt-1', at: new Date(), body }),
      timeoutMs: 5_000,
    });
    expect(attempt).toMatchObject({ kind: 'answered', statusCode: 200 });
    const [received] = receiver.at('/signed');
    expect(received!.headers).toMatchObject({ 'webhook-id': 'evt-1', 'content-type': 'application/json', 'user-agent': 'oms-test/1' });
    expect(received!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(received!.body, headersOf(received!))).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(received!.body, headersOf(received!))).toThrow(/No matching signature/);
  });

  it('refuse a captured delivery replayed later, with another id, another time or another body', () => {
    const secret = newWebhookSecret();
    const receiving = new Webhook(secret);
    const body = '{"id":"evt-2"}';
    const captured = webhookSignatureHeaders(secret, { id: 'evt-2', at: new Date(Date.now() - 10 * 60_000), body });
    // The same request ten minutes later: outside the five-minute tolerance.
    expect(() => receiving.verify(body, captured)).toThrow(/timestamp too old/);
    // Brought up to date by hand: the signature covers the timestamp.
    expect(() => receiving.verify(body, { ...captured, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)) })).toThrow(/No matching signature/);
    const fresh = webhookSignatureHeaders(secret, { id: 'evt-2', at: new Date(), body });
    expect(receiving.verify(body, fresh)).toEqual({ id: 'evt-2' });
    // Another id (to slip past deduplication) or another body: refused.
    expect(() => receiving.verify(body, { ...fresh, 'webhook-id': 'evt-3' })).toThrow(/No matching signature/);
    expect(() => receiving.verify('{"id":"evt-2","refund":true}', fresh)).toThrow(/No matching signature/);
  });

  it('sign with the key a secret issued in the URL-safe alphabet encodes, so stored secrets keep working', () => {
    let key: Buffer;
    do key = randomBytes(32);
    while (!/[-_]/.test(key.toString('base64url')));
    const stored = `whsec_${key.toString('base64url')}`;
    expect(Buffer.from(webhookSigningKey(stored))).toEqual(key);
    const headers = webhookSignatureHeaders(stored, { id: 'evt-4', at: new Date(), body: '{}' });
    // The receiver passes the same secret in the standard alphabet.
    expect(new Webhook(`whsec_${key.toString('base64')}`).verify('{}', headers)).toEqual({});
    expect(() => webhookSigningKey('not-a-secret')).toThrow(/whsec_/);
    expect(() => webhookSigningKey('whsec_c2hvcnQ=')).toThrow(/16 bytes/);
  });
});

describe('the address guard', () => {
  it('knows loopback, private, link-local, CGNAT, multicast, unspecified, ULA and IPv4-mapped addresses', () => {
    for (const address of [
      '127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '224.0.0.251', '0.0.0.0', '255.255.255.255',
      '::', '::1', 'fd00::1', 'fc00::2', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses at connect time a name that resolves to a private address: no request reaches the receiver', async () => {
    const resolve = resolverOf({ 'rebound.oms.test': ['127.0.0.1'], 'split.oms.test': ['93.184.216.34', '127.0.0.1'] });
    for (const host of ['rebound.oms.test', 'split.oms.test']) {
      const attempt = await webhookPoster(GUARDED, resolve).post({ url: `http://${host}:${receiver.port}/guarded`, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 });
      expect(attempt, host).toMatchObject({ kind: 'refused', error: `${host} resolves to 127.0.0.1, which is in a private, loopback, link-local or reserved network; webhooks are not sent there` });
      expect(isRetryable(attempt)).toBe(false);
    }
    expect(resolve.asked).toEqual(['rebound.oms.test', 'split.oms.test']);
    expect(receiver.at('/guarded')).toEqual([]);

    // The very same name and receiver where loopback is allowed (development): the request goes
    // through, to the address the injected resolver gave: the guard sits on the connection's lookup.
    const allowed = await webhookPoster(DEVELOPMENT, resolve).post({ url: `http://rebound.oms.test:${receiver.port}/guarded`, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 });
    expect(allowed).toMatchObject({ kind: 'answered', statusCode: 200 });
    expect(receiver.at('/guarded')).toHaveLength(1);
  });

  it('refuses a name that was public at registration and resolves to a private address when sending (DNS rebinding)', async () => {
    let answers = 0;
    const rebinding: HostResolver = async () => [{ address: answers++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    const url = `http://rebinding.oms.test:${receiver.port}/rebinding`;
    expect(await checkWebhookUrl(url, 'url', GUARDED, rebinding)).toBe(url);
    expect(await webhookPoster(GUARDED, rebinding).post({ url, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 })).toMatchObject({ kind: 'refused' });
    expect(receiver.at('/rebinding')).toEqual([]);
  });

  it('refuses literal private addresses and plain http in production', async () => {
    const poster = webhookPoster(GUARDED, resolverOf({}));
    for (const url of [`http://127.0.0.1:${receiver.port}/literal`, `http://[::1]:${receiver.port}/literal`, 'http://169.254.169.254/latest/meta-data/', `http://[::ffff:127.0.0.1]:${receiver.port}/literal`]) {
      expect(await poster.post({ url, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 }), url).toMatchObject({ kind: 'refused' });
    }
    expect(await webhookPoster(PRODUCTION).post({ url: 'http://93.184.216.34/hook', body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 })).toMatchObject({ kind: 'refused', error: 'http: URLs are not allowed' });
    expect(receiver.at('/literal')).toEqual([]);
  });

  it('does not follow redirects, reads Retry-After, and gives up on a silent receiver', async () => {
    const poster = webhookPoster(DEVELOPMENT);
    receiver.answers.set('/moved', { status: 302, headers: { location: `http://127.0.0.1:${receiver.port}/elsewhere` } });
    const moved = await poster.post({ url: `http://127.0.0.1:${receiver.port}/moved`, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 });
    expect(moved).toMatchObject({ kind: 'answered', statusCode: 302 });
    expect(attemptError(moved)).toBe('HTTP 302 (redirects are not followed)');
    expect(isRetryable(moved)).toBe(false);
    expect(receiver.at('/elsewhere')).toEqual([]);

    receiver.answers.set('/busy', { status: 429, headers: { 'retry-after': '7' } });
    expect(await poster.post({ url: `http://127.0.0.1:${receiver.port}/busy`, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 5_000 })).toMatchObject({ kind: 'answered', statusCode: 429, retryAfterMs: 7_000 });

    receiver.answers.set('/slow', { status: 200, delayMs: 2_000 });
    const slow = await poster.post({ url: `http://127.0.0.1:${receiver.port}/slow`, body: '{}', userAgent: 'oms-test/1', headers: {}, timeoutMs: 200 });
    expect(slow).toMatchObject({ kind: 'unreachable', error: 'no answer within 200 ms' });
    expect(isRetryable(slow)).toBe(true);
  });
});

describe('webhook URLs at registration', () => {
  it('are BAD_USER_INPUT unless https (production), without credentials, resolving to reachable addresses', async () => {
    const resolve = resolverOf({ 'erp.oms.test': ['93.184.216.34'], 'intranet.oms.test': ['10.0.0.7'], 'metadata.oms.test': ['fd00::1', '93.184.216.34'] });
    expect(await checkWebhookUrl(' https://erp.oms.test/hooks ', 'url', PRODUCTION, resolve)).toBe('https://erp.oms.test/hooks');
    expect(await checkWebhookUrl('https://93.184.216.34/hook', 'url', PRODUCTION, resolve)).toBe('https://93.184.216.34/hook');
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', 'url', DEVELOPMENT, resolve)).toBe('http://127.0.0.1:8080/hook');
    const refusals: [string, WebhookTargetSettings, RegExp][] = [
      ['http://erp.oms.test/hooks', PRODUCTION, /must use https/],
      ['ftp://erp.oms.test/hooks', DEVELOPMENT, /must use http or https/],
      ['https://user:secret@erp.oms.test/hooks', PRODUCTION, /credentials/],
      ['not a url', PRODUCTION, /not a URL/],
      ['https://intranet.oms.test/hooks', PRODUCTION, /intranet\.oms\.test resolves to 10\.0\.0\.7/],
      ['https://metadata.oms.test/hooks', PRODUCTION, /resolves to fd00::1/],
      ['https://nowhere.oms.test/hooks', PRODUCTION, /does not/],
      ['https://127.0.0.1/hooks', PRODUCTION, /127\.0\.0\.1 is in a private/],
      ['https://[::ffff:169.254.169.254]/latest', PRODUCTION, /private/],
      ['http://169.254.169.254/latest/meta-data/', DEVELOPMENT, /169\.254\.169\.254 is in a private/],
      [`https://erp.oms.test/${'x'.repeat(2000)}`, PRODUCTION, /2000/],
    ];
    for (const [url, settings, message] of refusals) {
      await expect(checkWebhookUrl(url, 'webhookUrl', settings, resolve), url).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message), details: { argument: 'webhookUrl' } });
    }
  });

  it('come from one setting shared by every service: loopback outside production, nothing private in it', () => {
    expect(DEVELOPMENT).toEqual({ requireHttps: false, allowedNetworks: ['127.0.0.0/8', '::1/128'] });
    expect(PRODUCTION).toEqual({ requireHttps: true, allowedNetworks: [] });
    expect(loadWebhookTargetSettings({ NODE_ENV: 'production', WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/16, fd12::/64' }).allowedNetworks).toEqual(['10.20.0.0/16', 'fd12::/64']);
    for (const setting of ['intranet', '10.0.0.0/', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1']) {
      expect(() => loadWebhookTargetSettings({ WEBHOOK_ALLOWED_NETWORKS: setting }), setting).toThrow(/WEBHOOK_ALLOWED_NETWORKS/);
    }
    // An allowed network lets exactly that network through.
    const intranet = loadWebhookTargetSettings({ NODE_ENV: 'production', WEBHOOK_ALLOWED_NETWORKS: '10.20.0.0/16' });
    const refuses = addressGuard(intranet.allowedNetworks);
    expect([refuses('10.20.3.4'), refuses('10.21.0.1'), refuses('127.0.0.1'), refuses('8.8.8.8')]).toEqual([false, true, true, false]);
  });
});

describe('the retry policy', () => {
  const policy = { baseMs: 60_000, maxAttempts: 8 };

  it('retries server errors, 408, 429 and unanswered attempts; any other answer is final', () => {
    const answered = (statusCode: number) => ({ kind: 'answered' as const, statusCode, retryAfterMs: null });
    for (const status of [500, 502, 503, 504, 408, 429]) expect(isRetryable(answered(status)), String(status)).toBe(true);
    for (const status of [200, 204, 301, 302, 400, 401, 403, 404, 410, 413, 422]) expect(isRetryable(answered(status)), String(status)).toBe(false);
    expect(isRetryable({ kind: 'unreachable', error: 'ECONNREFUSED' })).toBe(true);
    expect(isRetryable({ kind: 'refused', error: 'private address' })).toBe(false);
  });

  it('waits four times longer after each failure, up to 720 times the first wait, within ±20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => nominalRetryDelayMs(policy, attempt) / 60_000)).toEqual([1, 4, 16, 64, 256, 720, 720]);
    expect(retryDelayMs(policy, 2, null, 0)).toBe(0.8 * 4 * 60_000);
    expect(retryDelayMs(policy, 2, null, 0.999_999)).toBeCloseTo(1.2 * 4 * 60_000, -1);
    expect(retryDelayMs(policy, 7, null, 0.999_999)).toBe(720 * 60_000);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(policy, 3)));
    expect(spread.size).toBeGreaterThan(1);
    for (const delay of spread) expect(delay >= 0.8 * 16 * 60_000 && delay <= 1.2 * 16 * 60_000).toBe(true);
  });

  it('honours Retry-After when it asks for longer, never beyond the longest wait', () => {
    expect(retryDelayMs(policy, 1, 30 * 60_000, 0.5)).toBe(30 * 60_000);
    expect(retryDelayMs(policy, 1, 1_000, 0.5)).toBe(60_000);
    expect(retryDelayMs(policy, 1, 30 * 24 * 3600_000, 0.5)).toBe(720 * 60_000);
    const now = new Date('2026-12-07T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('says what becomes of a delivery after each attempt', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(nextWebhookStep(policy, 1, { kind: 'answered', statusCode: 204, retryAfterMs: null }, now)).toEqual({ status: 'DELIVERED' });
    expect(nextWebhookStep(policy, 1, { kind: 'answered', statusCode: 404, retryAfterMs: null }, now)).toEqual({ status: 'FAILED' });
    expect(nextWebhookStep(policy, 1, { kind: 'refused', error: 'private' }, now)).toEqual({ status: 'FAILED' });
    expect(nextWebhookStep(policy, 8, { kind: 'answered', statusCode: 503, retryAfterMs: null }, now)).toEqual({ status: 'FAILED' });
    const pending = nextWebhookStep(policy, 2, { kind: 'answered', statusCode: 429, retryAfterMs: 3_600_000 }, now);
    expect(pending).toEqual({ status: 'PENDING', nextAttemptAt: new Date(now.getTime() + 3_600_000) });
    const unreachable = nextWebhookStep(policy, 1, { kind: 'unreachable', error: 'ECONNRESET' }, now);
    expect(unreachable.status).toBe('PENDING');
  });
});
