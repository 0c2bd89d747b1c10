import type { WorkerStarter } from '@oms/platform';
import { handleReturnEvent, RETURN_EVENTS_CONSUMER, RETURN_INSPECTED } from '../domain/returned-stock.service.ts';

/**
 * Follows the orders service's returns: inspected goods go back into the receiving location's stock
 * (sellable or not). A durable consumer (in order, at least once); the handler is idempotent per event id.
 */
export const startReturnEventsConsumer: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) {
    logger.warn('no event bus: returned goods will not come back into stock');
    return async () => undefined;
  }
  const log = logger.child({ consumer: RETURN_EVENTS_CONSUMER });
  const consuming = bus.consume(RETURN_EVENTS_CONSUMER, [RETURN_INSPECTED], async (event) => {
    const outcome = await handleReturnEvent(orm.em.fork(), event, log);
    log.debug({ eventId: event.id, returnId: event.payload['returnId'], outcome }, 'return event applied to stock');
  });
  consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the return events consumer'));
  return async () => {
    const stop = await consuming.catch(() => undefined);
    await stop?.();
  };
};
