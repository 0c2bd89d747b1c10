import { coalescingRunner, type BusEvent, type EventBus, type Logger } from '@oms/platform';

export interface OutboundSender {
  /** Sends what is due now (the consumers call it right after queueing). */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Runs `sendDue` when woken and every `intervalMs` (retries fall due with time; other instances
 * queue work too), never twice at once in this process; `sendDue` returns how many it tried, and a
 * full batch is followed at once by another.
 */
export function startOutboundSender(name: string, intervalMs: number, logger: Logger, sendDue: () => Promise<number>, batchSize = 20): OutboundSender {
  const runner = coalescingRunner(
    async () => {
      while ((await sendDue()) >= batchSize) {
        // a full batch may hide more due messages
      }
    },
    (error) => logger.error({ err: error }, `${name} failed; will retry`),
  );
  const timer = setInterval(() => runner.wake(), intervalMs);
  timer.unref();
  runner.wake();
  return {
    wake: () => runner.wake(),
    stop: async () => {
      clearInterval(timer);
      await runner.stop();
    },
  };
}

/**
 * Starts a durable consumer in the background (the service starts even if the bus is not ready:
 * the failure is logged); returns its stop. Without a bus there is nothing to consume.
 */
export function consumeInBackground(
  bus: EventBus | undefined,
  consumer: string,
  types: readonly string[],
  handle: (event: BusEvent) => Promise<void>,
  logger: Logger,
): () => Promise<void> {
  const consuming = bus
    ? bus.consume(consumer, types, handle).catch((error: unknown) => {
        logger.error({ err: error }, `the ${consumer} consumer could not start`);
        return undefined;
      })
    : Promise.resolve(undefined);
  return async () => {
    const stop = await consuming;
    await stop?.();
  };
}
