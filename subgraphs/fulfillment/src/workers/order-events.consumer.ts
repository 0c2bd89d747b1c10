import type { WorkerStarter } from '@oms/platform';
import { handleOrderCancelled, handleOrderReleased, ORDER_CANCELLED, ORDER_EVENTS_CONSUMER, ORDER_RELEASED } from '../domain/release.service.ts';

/**
 * Follows the orders service: OrderReleased creates fulfillment orders, OrderCancelled stops them.
 * A durable consumer (one instance at a time, in order, at least once); the handlers are idempotent.
 */
export const startOrderEventsConsumer: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) {
    logger.warn('no event bus: fulfillment orders will not be created from released orders');
    return async () => undefined;
  }
  const log = logger.child({ consumer: ORDER_EVENTS_CONSUMER });
  const consuming = bus.consume(ORDER_EVENTS_CONSUMER, [ORDER_RELEASED, ORDER_CANCELLED], async (event) => {
    if (event.type === ORDER_RELEASED) {
      const created = await handleOrderReleased(orm.em.fork(), event, log);
      if (created.length > 0) log.info({ orderId: created[0]!.orderId, fulfillmentOrders: created.length }, 'order released to fulfillment');
    } else {
      await handleOrderCancelled(orm.em.fork(), event, log);
    }
  });
  consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the order events consumer'));
  return async () => {
    const stop = await consuming.catch(() => undefined);
    await stop?.();
  };
};
