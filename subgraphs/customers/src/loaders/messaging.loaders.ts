import { groupedLoader, type EntityManager } from '@oms/platform';
import { WebhookAttempt } from '../entities/webhook-attempt.entity.ts';

/** Per request: the attempts of every delivery on a page in one query. */
export function createMessagingLoaders(em: EntityManager) {
  return {
    attemptsByDeliveryId: groupedLoader<string, WebhookAttempt>(
      (deliveryIds) => em.find(WebhookAttempt, { deliveryId: { $in: [...deliveryIds] } }, { orderBy: { deliveryId: 'asc', number: 'asc' } }),
      (attempt) => attempt.deliveryId,
    ),
  };
}

export type MessagingLoaders = ReturnType<typeof createMessagingLoaders>;
