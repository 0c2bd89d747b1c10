import type { Logger } from 'pino';
import type { EventBus } from './event-bus.ts';
import { NatsEventBus } from './nats-bus.ts';
import { PostgresEventBus } from './pg-bus.ts';

export * from './event-bus.ts';
export * from './nats-bus.ts';
export * from './outbox-relay.ts';
export * from './pg-bus.ts';
export { coalescingRunner } from './pg-support.ts';

/** NATS JetStream when `natsUrl` is set, otherwise the PostgreSQL bus in the OMS database. */
export async function connectEventBus(options: { databaseUrl: string; natsUrl?: string | undefined; logger: Logger }): Promise<EventBus> {
  return options.natsUrl
    ? NatsEventBus.connect(options.natsUrl, options.logger)
    : PostgresEventBus.connect(options.databaseUrl, options.logger);
}
