// Starts the whole OMS as separate processes: PostgreSQL (embedded unless a URL is given), the four
// subgraphs and then the gateway. Used by `pnpm start` and by the benchmarks.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startEmbeddedPostgres, type Logger, type RunningPostgres } from '@oms/platform';
import { root, SUBGRAPHS } from './supergraph.ts';

export interface LaunchOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  gatewayPort: number;
  /** Port of each subgraph; defaults 4001–4004. */
  subgraphPorts?: Partial<Record<(typeof SUBGRAPHS)[number]['name'], number>>;
  demoData: boolean;
  /** Extra environment for every service (e.g. LOG_LEVEL, NATS_URL). */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
  /**
   * Called when a service dies after start-up; it is started again after `restartDelayMs` (doubled
   * after each death that follows a short life, up to 30 s), until the system is stopped.
   */
  onUnexpectedExit?(name: string, code: number | string | null, restartInMs: number): void;
  /** Called when a service that died is serving again. */
  onRestart?(name: string, pid: number): void;
  /** First delay before a dead service is started again (default 1 s). */
  restartDelayMs?: number;
  /** Extra settings of the embedded PostgreSQL (e.g. `shared_preload_libraries`). */
  postgresSettings?: Readonly<Record<string, string>>;
  /**
   * The database URL a service (or the gateway) connects with, given the system's; the benchmarks
   * give each service a role of its own so that PostgreSQL's statistics tell them apart.
   */
  databaseUrlFor?(service: string, databaseUrl: string): Promise<string>;
}

export interface LaunchedService {
  name: string;
  pid: number;
}

export interface LaunchedSystem {
  gatewayUrl: string;
  database: RunningPostgres | undefined;
  /** The services as they run now (a restarted service has a new pid). */
  readonly services: LaunchedService[];
  /** The calls each running service (and the gateway) has made to the others since it started, by callee. */
  callsMade(): Promise<Record<string, Record<string, number>>>;
  stop(): Promise<void>;
}

/** A service restarted within this long of its previous start died young: its next delay doubles. */
const STABLE_AFTER_MS = 30_000;
const MAX_RESTART_DELAY_MS = 30_000;

export async function launchSystem(options: LaunchOptions): Promise<LaunchedSystem> {
  const children = new Map<string, ChildProcess>();
  let database: RunningPostgres | undefined;
  let stopping = false;
  /** Deaths during the initial start-up fail the launch; after it, they are restarts. */
  let supervising = false;

  const stop = async () => {
    stopping = true;
    for (const timer of restartTimers) clearTimeout(timer);
    const exits = [...children.values()]
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      );
    await Promise.all(exits);
    await database?.stop();
  };

  const firstDelay = options.restartDelayMs ?? 1_000;
  const restartDelays = new Map<string, number>();
  const restartTimers = new Set<NodeJS.Timeout>();

  /** Forks a service; resolves with its URL once it says it is ready, rejects if it exits first. */
  const startService = (name: string, entry: string, env: NodeJS.ProcessEnv) =>
    new Promise<string>((resolve, reject) => {
      const startedAt = Date.now();
      const child = fork(path.join(root, entry), [], { env: { ...process.env, ...options.env, ...env }, stdio: 'inherit' });
      children.set(name, child);
      let ready = false;
      child.on('message', (message: { ready?: string; url?: string }) => {
        if (message.ready === name && message.url) {
          ready = true;
          resolve(message.url);
        }
      });
      child.once('exit', (code, signal) => {
        if (!ready) reject(new Error(`${name} exited during start-up (code ${code ?? signal})`));
        if (stopping || !supervising) return;
        // Supervision: a service that dies is started again, later each time it dies young.
        const previous = restartDelays.get(name);
        const delay = previous === undefined || Date.now() - startedAt > STABLE_AFTER_MS ? firstDelay : Math.min(previous * 2, MAX_RESTART_DELAY_MS);
        restartDelays.set(name, delay);
        options.onUnexpectedExit?.(name, code ?? signal, delay);
        const timer = setTimeout(() => {
          restartTimers.delete(timer);
          if (stopping) return;
          startService(name, entry, env).then(
            () => options.onRestart?.(name, children.get(name)?.pid ?? 0),
            () => undefined, // its exit schedules the next attempt
          );
        }, delay);
        restartTimers.add(timer);
      });
    });

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      database = await startEmbeddedPostgres({
        dataDir: path.join(options.dataDir, 'postgres'),
        port: options.embeddedPostgresPort,
        logger: options.logger,
        ...(options.postgresSettings ? { settings: options.postgresSettings } : {}),
      });
      databaseUrl = database.url;
      options.logger.info(`embedded PostgreSQL on port ${database.port}, data in ${options.dataDir}`);
    }
    const ports = Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [name, options.subgraphPorts?.[name] ?? port]));
    const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`]));
    const databaseUrls: Record<string, string> = {};
    for (const name of [...SUBGRAPHS.map((subgraph) => subgraph.name), 'gateway']) {
      databaseUrls[name] = options.databaseUrlFor ? await options.databaseUrlFor(name, databaseUrl) : databaseUrl;
    }
    const shared = { SEED_DEMO_DATA: String(options.demoData), ...urls };
    await Promise.all(
      SUBGRAPHS.map(({ name }) =>
        startService(name, `subgraphs/${name}/src/main.ts`, { ...shared, DATABASE_URL: databaseUrls[name], [`${name.toUpperCase()}_PORT`]: String(ports[name]) }),
      ),
    );
    // The gateway keeps its quotas in the same PostgreSQL (schema "gateway"), shared by every replica.
    const gatewayUrl = await startService('gateway', 'gateway/src/main.ts', { ...urls, DATABASE_URL: databaseUrls['gateway'], GATEWAY_PORT: String(options.gatewayPort) });
    supervising = true;
    return {
      gatewayUrl,
      database,
      get services() {
        return [...children.entries()].map(([name, child]) => ({ name, pid: child.pid ?? 0 }));
      },
      callsMade: () => callsMadeBy(children),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Asks each running child for its `callsMade()` over the IPC channel (see `answerCallCountQueries`). */
async function callsMadeBy(children: ReadonlyMap<string, ChildProcess>): Promise<Record<string, Record<string, number>>> {
  const answers = [...children].map(
    ([name, child]) =>
      new Promise<[string, Record<string, number>]>((resolve) => {
        const timer = setTimeout(() => {
          child.off('message', listen);
          resolve([name, {}]);
        }, 5_000);
        const listen = (message: { callsMadeBy?: string; calls?: Record<string, number> }) => {
          if (message.callsMadeBy !== name) return;
          clearTimeout(timer);
          child.off('message', listen);
          resolve([name, message.calls ?? {}]);
        };
        child.on('message', listen);
        if (child.connected) child.send({ callsMade: true });
        else {
          clearTimeout(timer);
          child.off('message', listen);
          resolve([name, {}]);
        }
      }),
  );
  return Object.fromEntries(await Promise.all(answers));
}
