import type { WorkerStarter } from '@oms/platform';
import { notificationChannelFor } from '../domain/notification-channel.ts';
import { NOTIFICATION_EVENT_TYPES } from '../domain/notification-events.ts';
import { NOTIFICATIONS_CONSUMER, recordNotificationFor, sendDueNotifications } from '../domain/notification.service.ts';
import { messagingConfig } from '../messaging.config.ts';
import { consumeInBackground, startOutboundSender } from './outbound-sender.ts';

/**
 * Customer notifications: a durable consumer records the message of each milestone event (after
 * the change that caused it committed, once per event and template), and the sender delivers
 * recorded messages through the channel (SMTP, or the development sink), retrying with backoff.
 */
export const startNotificationWorker: WorkerStarter = ({ orm, logger, bus }) => {
  const settings = messagingConfig().notifications;
  const log = logger.child({ worker: NOTIFICATIONS_CONSUMER });
  const channel = notificationChannelFor(settings);
  log.info({ channel: channel.name }, channel.name === 'DEV_SINK' ? 'SMTP_URL unset: notifications go to the development sink' : 'notifications sent by e-mail');
  const sender = startOutboundSender('notification sender', settings.intervalMs, log, () => sendDueNotifications(orm.em.fork(), channel, settings, log));
  const stopConsuming = consumeInBackground(bus, NOTIFICATIONS_CONSUMER, NOTIFICATION_EVENT_TYPES, async (event) => {
    if (await recordNotificationFor(orm.em.fork(), event)) sender.wake();
  }, log);
  return async () => {
    await stopConsuming();
    await sender.stop();
    await channel.close();
  };
};
