// Starts the whole OMS: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data
// on first run, the four subgraphs and the gateway, each in its own process. Ctrl-C stops all.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  assertPortFree,
  ConfigError,
  createLogger,
  loadPlatformConfig,
  parseConfig,
  port,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@oms/platform';
import { z } from 'zod';
import { root, SUBGRAPHS } from './supergraph.ts';

const logger = createLogger('oms');
const started = Date.now();

const settings = (() => {
  try {
    loadPlatformConfig();
    return parseConfig(
      z.object({
        DATABASE_URL: z.string().optional(),
        DATA_DIR: z.string().default(path.join(root, '.data')),
        EMBEDDED_PG_PORT: port(54329),
        GATEWAY_PORT: port(4000),
        DEMO_DATA: z.stringbool().default(true),
      }),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
})();

const children = new Map<string, ChildProcess>();
let database: RunningPostgres | undefined;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const exits = [...children.values()]
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }));
    await Promise.all(exits);
    await database?.stop();
    logger.info('OMS stopped');
  }
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function startService(name: string, entry: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, entry), [], { env: { ...process.env, ...env }, stdio: 'inherit' });
    children.set(name, child);
    child.on('message', (message: { ready?: string; url?: string }) => {
      if (message.ready === name && message.url) resolve(message.url);
    });
    child.once('exit', (code, signal) => {
      reject(new Error(`${name} exited during start-up (code ${code ?? signal})`));
      if (!stopping) {
        logger.error(`${name} stopped unexpectedly (code ${code ?? signal}); stopping the OMS`);
        void stopAll(1);
      }
    });
  });
}

try {
  for (const { name, port: servicePort } of SUBGRAPHS) await assertPortFree(servicePort, `${name} subgraph`);
  await assertPortFree(settings.GATEWAY_PORT, 'gateway');

  let databaseUrl = settings.DATABASE_URL;
  if (!databaseUrl) {
    database = await startEmbeddedPostgres({
      dataDir: path.join(settings.DATA_DIR, 'postgres'),
      port: settings.EMBEDDED_PG_PORT,
      logger,
    });
    databaseUrl = database.url;
    logger.info(`embedded PostgreSQL on port ${database.port}, data in ${settings.DATA_DIR}`);
  }

  const shared = { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: String(settings.DEMO_DATA) };
  await Promise.all(SUBGRAPHS.map(({ name }) => startService(name, `subgraphs/${name}/src/main.ts`, shared)));
  const url = await startService('gateway', 'gateway/src/main.ts', {});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n  OMS is up in ${seconds}s. GraphQL gateway: ${url}\n  Press Ctrl-C to stop.\n`);
} catch (error) {
  if (!stopping) {
    console.error(`\n  Could not start the OMS: ${error instanceof Error ? error.message : String(error)}\n`);
    if (!(error instanceof ConfigError)) logger.error({ err: error }, 'start-up failed');
    await stopAll(1);
  }
}
