import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRawBody, sendJson, type Logger } from '@oms/platform';

/** Headers a carrier's callback may carry that the fulfillment service needs (signatures, ids). */
const FORWARDED_HEADERS = /^(content-type|user-agent|x-[\w-]+|[\w-]*(hmac|signature)[\w-]*)$/i;

/**
 * Carriers and vendors call back on `/webhooks/*` at the gateway, the only public entry point;
 * the request goes unchanged (raw body, signature headers) to the fulfillment service, which
 * verifies it.
 */
export function forwardWebhooks(fulfillmentGraphqlUrl: string, logger: Logger) {
  const base = new URL(fulfillmentGraphqlUrl);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'webhooks accept POST only' });
      return;
    }
    const body = await readRawBody(req, 1_000_000);
    const target = new URL(req.url ?? '/', base);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && FORWARDED_HEADERS.test(name)) headers[name] = value;
    }
    try {
      const response = await fetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      logger.warn({ err: error, path: target.pathname }, 'webhook could not be forwarded');
      sendJson(res, 503, { error: 'fulfillment service unavailable; retry later' });
    }
  };
}
