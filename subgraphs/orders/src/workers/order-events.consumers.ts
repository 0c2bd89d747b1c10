import type { BusEvent, WorkerStarter } from '@oms/platform';
import { createProcessContext, type OrderProcessContext } from '../context.ts';
import { FULFILLMENT_EVENT_TYPES, FULFILLMENT_EVENTS_CONSUMER, handleFulfillmentEvent } from '../domain/fulfillment-events.service.ts';
import type { HandlingOutcome } from '../domain/saga-step.ts';
import { handleSupplyEvent, STOCK_ALLOCATED, SUPPLY_EVENTS_CONSUMER } from '../domain/supply-events.service.ts';

type Handler = (ctx: OrderProcessContext, event: BusEvent) => Promise<HandlingOutcome> | HandlingOutcome;

/** A durable consumer (one instance at a time, in order, at least once) feeding the order saga; handlers are idempotent per event id. */
function consumer(name: string, types: readonly string[], handle: Handler): WorkerStarter {
  return ({ orm, logger, services, bus }) => {
    const log = logger.child({ consumer: name });
    if (!bus) {
      log.warn('no event bus: the order process will not follow other services');
      return async () => undefined;
    }
    const consuming = bus.consume(name, types, async (event) => {
      const outcome = await handle(createProcessContext({ em: orm.em.fork(), services, logger: log }, event.id), event);
      log.debug({ eventId: event.id, type: event.type, orderId: event.payload['orderId'], outcome }, 'event handled');
    });
    consuming.catch((error: unknown) => log.error({ err: error }, `could not start the ${name} consumer`));
    return async () => {
      const stop = await consuming.catch(() => undefined);
      await stop?.();
    };
  };
}

/** Shipped, collected, delivered, not collected, rejected and short-picked goods move the order on. */
export const startFulfillmentEventsConsumer = consumer(FULFILLMENT_EVENTS_CONSUMER, FULFILLMENT_EVENT_TYPES, handleFulfillmentEvent);

/** Inbound goods that cover presold units release backordered orders. */
export const startSupplyEventsConsumer = consumer(SUPPLY_EVENTS_CONSUMER, [STOCK_ALLOCATED], handleSupplyEvent);
