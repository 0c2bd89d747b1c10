import { z } from 'zod';
import { loadPlatformConfig, parseConfig, port } from './config.ts';
import { connectEventBus } from './bus/index.ts';
import { guardProcess } from './database-faults.ts';
import { answerCallCountQueries } from './call-counter.ts';
import { createLogger } from './logger.ts';
import { startSubgraph, type RequestContext, type SubgraphDefinition } from './subgraph.ts';

export interface SubgraphProcessOptions {
  portVariable: string;
  defaultPort: number;
}

/** Registers a clean shutdown on SIGINT/SIGTERM: run `close` once, then exit. */
export function onShutdown(close: () => Promise<void>, logger: { info(msg: string): void; error(obj: unknown, msg: string): void }): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal} received, shutting down`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // A parent that dies without signalling (e.g. killed -9) must not leave this process behind.
  process.once('disconnect', () => stop('parent disconnect'));
}

/** Entry point of a subgraph running as its own process (`node subgraphs/<name>/src/main.ts`). */
export async function runSubgraphProcess<C extends RequestContext>(
  definition: SubgraphDefinition<C>,
  options: SubgraphProcessOptions,
): Promise<void> {
  const logger = createLogger(definition.name);
  guardProcess(logger);
  try {
    const platform = loadPlatformConfig();
    const settings = parseConfig(
      z.object({
        [options.portVariable]: port(options.defaultPort),
        HOST: z.string().default('127.0.0.1'),
        DATABASE_URL: z.string({ error: 'required: the PostgreSQL connection URL' }).min(1),
        SEED_DEMO_DATA: z.stringbool().default(false),
        DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
        ORDERS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
        INVENTORY_URL: z.url().default('http://127.0.0.1:4002/graphql'),
        FULFILLMENT_URL: z.url().default('http://127.0.0.1:4003/graphql'),
        CUSTOMERS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
        NATS_URL: z.string().optional(),
      }),
    );
    const databaseUrl = String(settings['DATABASE_URL']);
    const bus = await connectEventBus({ databaseUrl, natsUrl: settings['NATS_URL'] as string | undefined, logger });
    const running = await startSubgraph(definition, {
      databaseUrl,
      bus,
      port: Number(settings[options.portVariable]),
      host: String(settings['HOST']),
      internalSecret: platform.INTERNAL_SECRET,
      jwtSecret: platform.JWT_SECRET,
      logger,
      seedDemoData: Boolean(settings['SEED_DEMO_DATA']),
      poolSize: Number(settings['DB_POOL_SIZE']),
      serviceUrls: {
        orders: String(settings['ORDERS_URL']),
        inventory: String(settings['INVENTORY_URL']),
        fulfillment: String(settings['FULFILLMENT_URL']),
        customers: String(settings['CUSTOMERS_URL']),
      },
    });
    onShutdown(async () => {
      await running.close();
      await bus.close();
    }, logger);
    answerCallCountQueries(definition.name);
    process.send?.({ ready: definition.name, url: running.url });
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    process.exit(1);
  }
}
