import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CustomerErasureRequested, parseEvent } from '@oms/contracts';
import {
  CUSTOMER_ERASURE_SUBJECT_QUERY,
  isAboutPerson,
  NO_SUBJECT_VALUES,
  recordErasureCompleted,
  type Anonymizer,
  type CustomerErasureRequest,
  type ErasureSubjectValues,
} from './personal-data.ts';
import { claimEvent, wasClaimed } from './processed-event.ts';
import type { ServiceDirectory, WorkerStarter } from './subgraph.ts';
import { inTransaction } from './transactions.ts';

/** What one service's erasure did: rows changed per table, and the anonymizer it used (to clear the stream too). */
export interface ErasureOutcome {
  changed: Record<string, number>;
  anonymizer: Anonymizer;
}

/** What one service does with an erasure request: anonymize its rows, given every identifier the person had. */
export type CustomerErasureHandler = (tx: EntityManager, request: CustomerErasureRequest, values: ErasureSubjectValues, logger: Logger) => Promise<ErasureOutcome>;

/**
 * Asks the customers service for every identifier the person had (before any transaction opens).
 * Null answer: the request is no longer pending (a redelivery after completion); nothing to scrub by value.
 */
export async function lookUpErasureSubject(services: ServiceDirectory, requestId: string): Promise<ErasureSubjectValues> {
  const answer = await services
    .client('customers')
    .request<{ customerErasureSubject: ErasureSubjectValues | null }>(CUSTOMER_ERASURE_SUBJECT_QUERY, { requestId });
  return answer.customerErasureSubject ?? NO_SUBJECT_VALUES;
}

/**
 * The durable consumer of `CustomerErasureRequested` in a service: looks up the person's
 * identifiers, erases the service's rows in one transaction, removes the service's events about
 * the person from the bus's own storage (NATS JetStream; the PostgreSQL log was anonymized in the
 * transaction), and only then claims the event and writes its `CustomerErasureCompleted`
 * confirmation. A failure anywhere leaves the request unconfirmed: the bus delivers it again and
 * the whole of it runs again (erasing twice changes nothing), so neither the rows nor the stream
 * can keep the person once the service has confirmed, and the person's identifiers stay at the
 * customers service until every service has.
 */
export function customerErasureConsumer(subgraph: string, erase: CustomerErasureHandler): WorkerStarter {
  const consumer = `${subgraph}-customer-erasure`;
  return ({ orm, logger, bus, services }) => {
    if (!bus) {
      logger.warn('no event bus: customer erasure requests will not be carried out');
      return async () => undefined;
    }
    const log = logger.child({ consumer });
    const consuming = bus.consume(consumer, [CustomerErasureRequested.type], async (event) => {
      const parsed = parseEvent(CustomerErasureRequested, event);
      if (!parsed.ok) {
        if (await inTransaction(orm.em, (tx) => claimEvent(tx, subgraph, consumer, event.id, 'REJECTED', parsed.reason))) log.error({ eventId: event.id, reason: parsed.reason }, 'erasure request refused');
        return;
      }
      const request = parsed.value;
      if (await wasClaimed(orm.em.fork(), subgraph, consumer, event.id)) return;
      const values = await lookUpErasureSubject(services, request.requestId);
      const outcome = await inTransaction(orm.em, (tx) => erase(tx, request, values, log));
      const removed = await bus.eraseStoredEvents((stored) => stored.source === subgraph && isAboutPerson(outcome.anonymizer, stored));
      const confirmed = await inTransaction(orm.em, async (tx) => {
        if (!(await claimEvent(tx, subgraph, consumer, event.id, 'HANDLED'))) return false;
        recordErasureCompleted(tx, request, subgraph);
        return true;
      });
      log.info({ requestId: request.requestId, changed: outcome.changed, removedFromStream: removed, confirmed }, 'customer data erased');
    });
    consuming.catch((error: unknown) => log.error({ err: error }, 'could not start the customer erasure consumer'));
    return async () => {
      const stop = await consuming.catch(() => undefined);
      await stop?.();
    };
  };
}
