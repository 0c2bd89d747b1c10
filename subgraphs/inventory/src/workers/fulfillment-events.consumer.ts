import type { WorkerStarter } from '@oms/platform';
import { FULFILLMENT_EVENT_TYPES, FULFILLMENT_EVENTS_CONSUMER, handleFulfillmentEvent } from '../domain/fulfillment-events.service.ts';

/**
 * Follows the fulfillment service: shipped and collected goods leave stock, goods not collected or
 * no longer wanted are released, short picks are written off. A durable consumer (one instance at
 * a time, in order, at least once); the handler is idempotent per event id.
 */
export const startFulfillmentEventsConsumer: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) {
    logger.warn('no event bus: stock will not follow shipments');
    return async () => undefined;
  }
  const log = logger.child({ consumer: FULFILLMENT_EVENTS_CONSUMER });
  const consuming = bus.consume(FULFILLMENT_EVENTS_CONSUMER, FULFILLMENT_EVENT_TYPES, async (event) => {
    const outcome = await handleFulfillmentEvent(orm.em.fork(), event, log);
    log.debug({ eventId: event.id, type: event.type, outcome }, 'fulfillment event applied to stock');
  });
  consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the fulfillment events consumer'));
  return async () => {
    const stop = await consuming.catch(() => undefined);
    await stop?.();
  };
};
