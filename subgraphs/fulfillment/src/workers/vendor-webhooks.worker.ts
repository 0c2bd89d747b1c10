import type { WorkerStarter } from '@oms/platform';
import { fulfillmentConfig } from '../config.ts';
import { deliverDueVendorWebhooks } from '../domain/dropship.service.ts';
import { runPeriodically } from './periodic.ts';

/** Every DROPSHIP_WEBHOOK_INTERVAL_MS: sends due vendor webhooks, retrying failures with backoff. */
export const startVendorWebhookSender: WorkerStarter = ({ orm, logger }) => {
  const settings = fulfillmentConfig().dropshipWebhook;
  return runPeriodically('vendor webhook delivery', settings.intervalMs, logger, async () => {
    while ((await deliverDueVendorWebhooks(orm.em.fork(), settings, logger)) > 0) {
      // a full batch may hide more due deliveries
    }
  });
};
