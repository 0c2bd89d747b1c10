import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CUSTOMER_ERASURE_REQUESTED, parseCustomerErasureRequest, recordErasureCompleted, type CustomerErasureRequest } from './personal-data.ts';
import { claimEvent } from './processed-event.ts';
import type { WorkerStarter } from './subgraph.ts';
import { inTransaction } from './transactions.ts';

/** What one service does with an erasure request: anonymize its rows; returns the rows changed per table. */
export type CustomerErasureHandler = (tx: EntityManager, request: CustomerErasureRequest, logger: Logger) => Promise<Record<string, number>>;

/**
 * The durable consumer of `CustomerErasureRequested` in a service: claims the event, runs the
 * service's erasure and writes its `CustomerErasureCompleted` confirmation, all in one transaction,
 * so a redelivered request changes nothing and a failed one is retried whole.
 */
export function customerErasureConsumer(subgraph: string, erase: CustomerErasureHandler): WorkerStarter {
  const consumer = `${subgraph}-customer-erasure`;
  return ({ orm, logger, bus }) => {
    if (!bus) {
      logger.warn('no event bus: customer erasure requests will not be carried out');
      return async () => undefined;
    }
    const log = logger.child({ consumer });
    const consuming = bus.consume(consumer, [CUSTOMER_ERASURE_REQUESTED], async (event) => {
      const request = parseCustomerErasureRequest(event.payload);
      const changed = await inTransaction(orm.em, async (tx) => {
        const outcome = request ? 'HANDLED' : 'REJECTED';
        if (!(await claimEvent(tx, subgraph, consumer, event.id, outcome, request ? null : 'not an erasure request'))) return null;
        if (!request) return null;
        const counts = await erase(tx, request, log);
        recordErasureCompleted(tx, request, subgraph);
        return counts;
      });
      if (changed) log.info({ requestId: request?.requestId, changed }, 'customer data erased');
    });
    consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the customer erasure consumer'));
    return async () => {
      const stop = await consuming.catch(() => undefined);
      await stop?.();
    };
  };
}
