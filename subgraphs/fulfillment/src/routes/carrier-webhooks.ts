import { readRawBody, sendJson, type Logger, type MikroORM, type RouteHandler } from '@oms/platform';
import { fulfillmentConfig } from '../config.ts';
import { handleCarrierWebhook } from '../domain/carriers/carrier-webhook.service.ts';

export const CARRIER_WEBHOOK_PREFIX = '/webhooks/carriers/';

/**
 * `POST /webhooks/carriers/<adapter>`: carriers' tracking callbacks (the gateway forwards
 * `/webhooks/*` here unchanged, raw body and signature headers included).
 */
export function carrierWebhookRoutes({ orm, logger }: { orm: MikroORM; logger: Logger }): Record<string, RouteHandler> {
  const { carrierSecrets } = fulfillmentConfig();
  return {
    [`${CARRIER_WEBHOOK_PREFIX}*`]: async (req, res) => {
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: 'carrier webhooks accept POST only' }, { allow: 'POST' });
        return;
      }
      const adapter = new URL(req.url ?? '/', 'http://localhost').pathname.slice(CARRIER_WEBHOOK_PREFIX.length);
      const body = await readRawBody(req, 1_000_000);
      const reply = await handleCarrierWebhook(orm.em.fork(), adapter, body, req.headers, carrierSecrets, logger);
      sendJson(res, reply.status, reply.body);
    },
  };
}
