import { CustomerErasureCompleted } from '@oms/contracts';
import { isAboutPerson, type WorkerStarter } from '@oms/platform';
import { ERASURE_CONFIRMATIONS_CONSUMER, handleErasureCompleted } from '../domain/customer-erasure.service.ts';

/**
 * Follows the services' confirmations of erasure requests (GDPR); when orders, inventory and
 * fulfillment have confirmed, removes this service's events about the person from the bus's own
 * storage, then erases its share and completes the request.
 */
export const startCustomerErasureWorker: WorkerStarter = ({ orm, logger, bus }) => {
  if (!bus) {
    logger.warn('no event bus: customer erasure requests will stay pending');
    return async () => undefined;
  }
  const log = logger.child({ consumer: ERASURE_CONFIRMATIONS_CONSUMER });
  const consuming = bus.consume(ERASURE_CONFIRMATIONS_CONSUMER, [CustomerErasureCompleted.type], async (event) => {
    // The bus's own storage (NATS JetStream) loses this service's events about the person too, before the request completes.
    const { outcome, erased, removedFromStream } = await handleErasureCompleted(orm.em.fork(), event, (anonymizer) =>
      bus.eraseStoredEvents((stored) => stored.source === 'customers' && isAboutPerson(anonymizer, stored)),
    );
    log.info({ eventId: event.id, requestId: event.payload['requestId'], subgraph: event.payload['subgraph'], outcome, changed: erased?.changed, removedFromStream }, 'erasure confirmation');
  });
  consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the erasure confirmations consumer'));
  return async () => {
    const stop = await consuming.catch(() => undefined);
    await stop?.();
  };
};
