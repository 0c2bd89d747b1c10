import type { WorkerStarter } from '@oms/platform';
import { sendDueWebhooks } from '../domain/webhook-sender.ts';
import { queueWebhookDeliveries, WEBHOOK_EVENT_TYPES, WEBHOOKS_CONSUMER } from '../domain/webhook.service.ts';
import { messagingConfig } from '../messaging.config.ts';
import { consumeInBackground, startOutboundSender } from './outbound-sender.ts';

/**
 * Outbound webhooks: a durable consumer queues each published event for the subscriptions to its
 * type; the sender posts due deliveries, signed, retried with exponential backoff.
 */
export const startWebhookWorker: WorkerStarter = ({ orm, logger, bus }) => {
  const settings = messagingConfig().webhooks;
  const log = logger.child({ worker: WEBHOOKS_CONSUMER });
  const sender = startOutboundSender('webhook sender', settings.intervalMs, log, () => sendDueWebhooks(orm.em.fork(), settings, log));
  const stopConsuming = consumeInBackground(bus, WEBHOOKS_CONSUMER, WEBHOOK_EVENT_TYPES, async (event) => {
    if ((await queueWebhookDeliveries(orm.em.fork(), event)) > 0) sender.wake();
  }, log);
  return async () => {
    await stopConsuming();
    await sender.stop();
  };
};
