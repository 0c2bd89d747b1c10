// Shared by the benchmarks: launch the real system on a throw-away embedded PostgreSQL, talk to
// its gateway, and sample the resident memory of every process.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, findFreePort } from '@oms/platform';
import { launchSystem, type LaunchedSystem } from '../scripts/launcher.ts';
import { serviceRoleUrl, STATEMENT_STATS_SETTINGS } from './statements.ts';

export const BENCH_JWT_SECRET = 'benchmark-jwt-secret-0123456789abcdef-000';

export const BENCH_INTERNAL_SECRET = 'benchmark-internal-secret-0123456789abcdef';

export async function launchBenchSystem(
  env: NodeJS.ProcessEnv = {},
): Promise<LaunchedSystem & { dataDir: string; inventoryUrl: string; databaseUrl: string; statementStats: boolean; cleanup(): Promise<void> }> {
  // On the embedded PostgreSQL, pg_stat_statements is loaded and each service has a role of its own.
  const statementStats = !process.env['DATABASE_URL'];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'oms-bench-'));
  await chmod(dataDir, 0o755);
  const ports = await Promise.all([0, 1, 2, 3, 4, 5].map(() => findFreePort()));
  const system = await launchSystem({
    dataDir,
    databaseUrl: process.env['DATABASE_URL'],
    embeddedPostgresPort: ports[0]!,
    gatewayPort: ports[1]!,
    subgraphPorts: { orders: ports[2]!, inventory: ports[3]!, fulfillment: ports[4]!, customers: ports[5]! },
    demoData: true,
    env: {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      INTERNAL_SECRET: BENCH_INTERNAL_SECRET,
      JWT_SECRET: BENCH_JWT_SECRET,
      PICKUP_CODE_SECRET: 'benchmark-pickup-code-secret-0123456789ab',
      CARRIER_WEBHOOK_SECRET_GENERIC: 'benchmark-carrier-generic-secret-012345',
      CARRIER_WEBHOOK_SECRET_AFTERSHIP: 'benchmark-carrier-aftership-secret-0123',
      ...env,
    },
    logger: createLogger('bench', 'warn'),
    ...(statementStats ? { postgresSettings: STATEMENT_STATS_SETTINGS, databaseUrlFor: serviceRoleUrl } : {}),
  });
  return {
    ...system,
    dataDir,
    databaseUrl: system.database?.url ?? process.env['DATABASE_URL']!,
    statementStats,
    // For internal calls straight to a subgraph (signed with BENCH_INTERNAL_SECRET).
    inventoryUrl: `http://127.0.0.1:${ports[3]!}/graphql`,
    cleanup: async () => {
      await system.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data as T;
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The fields of `/proc/<pid>/stat` after the command name (state first); throws when the process is gone. */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(entry)[1]) === pid) found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}

/** CPU time (user + system) a process has used so far, in milliseconds. */
function cpuMs(pid: number): number {
  try {
    const fields = statFields(pid);
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

const POSTGRES = 'postgres (all backends)';

/** `read` of each named process, and summed over PostgreSQL's postmaster and backends. */
function readEach(processes: { name: string; pid: number }[], postgresPid: number | undefined, read: (pid: number) => number): Map<string, number> {
  const values = new Map(processes.map(({ name, pid }) => [name, read(pid)]));
  if (postgresPid) values.set(POSTGRES, [postgresPid, ...childrenOf(postgresPid)].reduce((sum, pid) => sum + read(pid), 0));
  return values;
}

/** CPU used by each process (PostgreSQL: postmaster and backends) between `start` and `stop`. */
export function measureCpu(processes: { name: string; pid: number }[], postgresPid: number | undefined) {
  const read = () => readEach(processes, postgresPid, cpuMs);
  const before = read();
  return {
    stop(): Map<string, number> {
      const after = read();
      return new Map([...after].map(([name, ms]) => [name, ms - (before.get(name) ?? 0)]));
    },
  };
}

/** Samples RSS of each named process (PostgreSQL: postmaster plus its backends) and keeps the peak. */
export function sampleMemory(processes: { name: string; pid: number }[], postgresPid: number | undefined, everyMs = 250) {
  const peaks = new Map<string, number>();
  const sample = () => {
    for (const [name, kb] of readEach(processes, postgresPid, rssKb)) peaks.set(name, Math.max(peaks.get(name) ?? 0, kb));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop(): Record<string, string> {
      clearInterval(timer);
      sample();
      return Object.fromEntries([...peaks].map(([name, kb]) => [name, `${(kb / 1024).toFixed(0)} MB`]));
    },
  };
}

/** The PostgreSQL postmaster's pid, from its pid file, when it is the embedded one. */
export function postmasterPid(dataDir: string | undefined): number | undefined {
  if (!dataDir) return undefined;
  try {
    return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

export function machine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const memory = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024 / 1024;
  return `${cores} cores (${cpu}), ${memory.toFixed(0)} GB RAM, Node ${process.version}`;
}
