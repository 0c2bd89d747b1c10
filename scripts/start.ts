// `pnpm start`: the whole OMS on one machine. PostgreSQL is embedded (data in ./.data) unless
// DATABASE_URL is set; demo data loads on first run. A service that dies is started again (with
// backoff); only Ctrl-C (or SIGTERM) stops everything.
import path from 'node:path';
import { assertPortFree, ConfigError, createLogger, loadPlatformConfig, loadRetentionPolicy, parseConfig, port } from '@oms/platform';
import { z } from 'zod';
import { buildConsole, consoleBuildIsFresh } from '../console/build.ts';
import { launchSystem, type LaunchedSystem } from './launcher.ts';
import { root, SUBGRAPHS } from './supergraph.ts';

const logger = createLogger('oms');
const started = Date.now();

function settings() {
  loadPlatformConfig();
  loadRetentionPolicy();
  return parseConfig(
    z.object({
      DATABASE_URL: z.string().optional(),
      DATA_DIR: z.string().default(path.join(root, '.data')),
      EMBEDDED_PG_PORT: port(54329),
      GATEWAY_PORT: port(4000),
      ORDERS_PORT: port(4001),
      INVENTORY_PORT: port(4002),
      FULFILLMENT_PORT: port(4003),
      CUSTOMERS_PORT: port(4004),
      DEMO_DATA: z.stringbool().default(true),
    }),
  );
}

let system: LaunchedSystem | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await system?.stop();
    logger.info('OMS stopped');
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const config = settings();
  const subgraphPorts = {
    orders: config.ORDERS_PORT,
    inventory: config.INVENTORY_PORT,
    fulfillment: config.FULFILLMENT_PORT,
    customers: config.CUSTOMERS_PORT,
  };
  for (const { name } of SUBGRAPHS) await assertPortFree(subgraphPorts[name], `${name} subgraph`);
  await assertPortFree(config.GATEWAY_PORT, 'gateway');
  // The gateway serves the web console at /console: build it when missing or older than its sources.
  if (!consoleBuildIsFresh()) {
    logger.info('building the console (console/dist)');
    buildConsole();
  }
  system = await launchSystem({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedPostgresPort: config.EMBEDDED_PG_PORT,
    gatewayPort: config.GATEWAY_PORT,
    subgraphPorts,
    demoData: config.DEMO_DATA,
    logger,
    onUnexpectedExit: (name, code, restartInMs) => {
      logger.error(`${name} stopped unexpectedly (code ${code}); starting it again in ${(restartInMs / 1000).toFixed(1)} s`);
    },
    onRestart: (name, pid) => logger.info(`${name} is serving again (pid ${pid})`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n  OMS is up in ${seconds}s. GraphQL gateway: ${system.gatewayUrl}\n  Console: ${new URL('/console/', system.gatewayUrl).toString()}\n  Press Ctrl-C to stop.\n`);
} catch (error) {
  if (!stopping) {
    // One sentence naming the cause; the stack only for those who asked for details.
    console.error(`\n  Could not start the OMS: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof ConfigError)) logger.debug({ err: error }, 'start-up failed');
    await shutdown(1);
  }
}
