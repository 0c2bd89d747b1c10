import type {
  MutationResolvers,
  NotificationResolvers,
  QueryResolvers,
  WebhookEventDeliveryResolvers,
  WebhookSubscriptionResolvers,
} from '../__generated__/resolvers-types.ts';
import { listNotifications, readableText } from '../domain/notification.service.ts';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listWebhookDeliveries,
  listWebhookSubscriptions,
  replayWebhookDelivery,
} from '../domain/webhook.service.ts';

/** Customer notifications and outbound webhooks. */
export const messagingQueryResolvers: QueryResolvers = {
  notifications: (_root, { customerId, orderId, ...page }, ctx) => listNotifications(ctx, { customerId, orderId }, page),
  webhookSubscriptions: (_root, { includeDeleted }, ctx) => listWebhookSubscriptions(ctx, includeDeleted ?? false),
  webhookDeliveries: (_root, { subscriptionId, status, ...page }, ctx) => listWebhookDeliveries(ctx, subscriptionId, status, page),
};

export const messagingMutationResolvers: MutationResolvers = {
  createWebhookSubscription: (_root, { input }, ctx) => createWebhookSubscription(ctx, input),
  deleteWebhookSubscription: (_root, { id }, ctx) => deleteWebhookSubscription(ctx, id),
  replayWebhookDelivery: (_root, { id }, ctx) => replayWebhookDelivery(ctx, id),
};

export const notificationResolvers: NotificationResolvers = {
  subject: (notification, _args, ctx) => readableText(notification, ctx.principal, notification.subject),
  body: (notification, _args, ctx) => readableText(notification, ctx.principal, notification.body),
};

export const webhookSubscriptionResolvers: WebhookSubscriptionResolvers = {
  active: (subscription) => !subscription.deletedAt,
};

export const webhookEventDeliveryResolvers: WebhookEventDeliveryResolvers = {
  attemptCount: (delivery) => delivery.attempts,
  attempts: (delivery, _args, ctx) => ctx.messaging.attemptsByDeliveryId.load(delivery.id),
};
