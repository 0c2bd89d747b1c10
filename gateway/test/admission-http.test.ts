import { request } from 'node:http';
import { createLogger } from '@oms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.ts';
import { startGateway, type RunningGateway } from '../src/server.ts';

/**
 * Refusals the gateway makes over HTTP before building a request's body: a gateway alone (its
 * subgraphs are never reached: every request here is refused by admission).
 */
let gateway: RunningGateway;

beforeAll(async () => {
  const config = loadGatewayConfig({
    NODE_ENV: 'production',
    INTERNAL_SECRET: 'x'.repeat(32),
    JWT_SECRET: 'y'.repeat(32),
    GATEWAY_PORT: '0',
    TRUST_PROXY: 'true',
    ANONYMOUS_BURST: '2',
    ANONYMOUS_REQUESTS_PER_SECOND: '0.1',
    // Large bodies without credentials are let in here, so what answers them is the list scan (the
    // default limit refuses them by their size first: test/admission-abuse.test.ts).
    ANONYMOUS_MAX_BODY_BYTES: '16000000',
  });
  gateway = await startGateway(config, createLogger('gateway', 'silent'));
});

afterAll(async () => {
  await gateway?.close();
});

let lastAddress = 0;
/** Posts a body from an address of its own; answers the status and the first error. */
async function post(body: string): Promise<{ status: number; code: unknown; message: unknown }> {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.0.${++lastAddress}` }, body });
  const json = (await response.json()) as { errors?: { message?: string; extensions?: { code?: string } }[] };
  return { status: response.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message };
}

const skusQuery = 'query($skus: [String!]!) { availability(skus: $skus, channel: WEB) { sku } }';
const skus = (count: number) => Array.from({ length: count }, (_, index) => `SKU-${index}`);

describe('refusals before the body is built', () => {
  it('refuses an address over its request rate before reading the body', async () => {
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': '10.2.0.1' };
    for (let sent = 0; sent < 2; sent++) await fetch(gateway.url, { method: 'POST', headers, body: '{"query":"{ __typename }"}' });
    // Announces 5 MB and sends none of it: the refusal comes anyway.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const pending = request(gateway.url, { method: 'POST', headers: { ...headers, 'content-length': '5000000' } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      pending.on('error', reject);
      pending.flushHeaders();
    });
    expect(status).toBe(429);
    expect((JSON.parse(body) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('THROTTLED');
  });

  it('refuses a list over its cap in a large body for its length, as in a small one', async () => {
    const refused = await post(JSON.stringify({ query: skusQuery, variables: { skus: skus(100_000) } }));
    expect(refused).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(refused.message).toBe('Variable $skus holds 100000 items, at most 1000');
  });

  it('reads a long list within its cap in full and goes on to the next step', async () => {
    const lines = Array.from({ length: 5_000 }, (_, index) => ({ sku: `SKU-${index}`, location: 'DC-EAST', quantity: 1 }));
    const query = 'mutation($input: InventoryFeedInput!) { importInventoryFeed(input: $input) { feedId } }';
    // Feeds hold up to 200,000 lines: past the list check, the anonymous caller is asked to sign in.
    expect(await post(JSON.stringify({ query, variables: { input: { feedId: 'f', source: 'ERP', mode: 'DELTA', lines } } }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('still finds a NUL character inside a long list, and names where', async () => {
    const values = skus(5_000);
    values[4_321] = 'SKU\u0000';
    const refused = await post(JSON.stringify({ query: skusQuery, variables: { skus: values } }));
    expect(refused).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(refused.message).toMatch(/NUL character.*variables\.skus\[4321\]/);
  });

  it('refuses a large body that is not JSON, whatever its lists', async () => {
    const text = `{"query":${JSON.stringify(skusQuery)},"variables":{"skus":${JSON.stringify(skus(5_000))},}}`;
    expect(await post(text)).toMatchObject({ status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON' });
  });
});
