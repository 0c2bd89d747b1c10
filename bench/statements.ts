// The SQL statements of the benchmarked system, per service, from PostgreSQL's pg_stat_statements:
// each service (and the gateway) connects with a role of its own, so the statistics tell them apart,
// workers, consumers, outbox relays and the bus included (they share their service's pool and role).
import pg from 'pg';

/** The server settings that make PostgreSQL keep the statistics (the module ships with the embedded binaries). */
export const STATEMENT_STATS_SETTINGS = { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.max': '10000' };

const ROLE_PREFIX = 'oms_';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The URL `service` connects with: a login role of its own (a superuser like the system's, so
 * nothing it may do changes), created on first use, and the statistics' extension in its database.
 */
export async function serviceRoleUrl(service: string, databaseUrl: string): Promise<string> {
  const url = new URL(databaseUrl);
  const role = `${ROLE_PREFIX}${service}`;
  await withClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (rowCount === 0) await client.query(`create role "${role}" login superuser password '${decodeURIComponent(url.password)}'`);
    await client.query('create extension if not exists pg_stat_statements');
  });
  url.username = role;
  return url.toString();
}

export function resetStatementStats(databaseUrl: string): Promise<void> {
  return withClient(databaseUrl, async (client) => {
    await client.query('select pg_stat_statements_reset()');
  });
}

/** What a service's statements were for, by their text. */
export const STATEMENT_KINDS = ['transaction', 'bus', 'outbox', 'other'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

function kindOf(query: string): StatementKind {
  if (/^\s*(begin|start transaction|commit|rollback|savepoint|release)\b/i.test(query)) return 'transaction';
  if (/\bbus\.(event|consumer_offset)\b/.test(query)) return 'bus';
  if (/\boutbox_event\b/.test(query)) return 'outbox';
  return 'other';
}

export interface ServiceStatements {
  total: number;
  byKind: Record<StatementKind, number>;
  /** Each statement text with its executions, most executed first. */
  statements: { query: string; calls: number }[];
}

/** Executions since the last reset, per service (roles of `serviceRoleUrl`); the benchmark's own statements are left out. */
export function statementsByService(databaseUrl: string): Promise<Map<string, ServiceStatements>> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ rolname: string; query: string; calls: string }>(
      `select r.rolname, s.query, s.calls from pg_stat_statements s
       join pg_roles r on r.oid = s.userid join pg_database d on d.oid = s.dbid
       where d.datname = current_database() and r.rolname like '${ROLE_PREFIX}%'`,
    );
    const services = new Map<string, ServiceStatements>();
    for (const row of rows) {
      const service = row.rolname.slice(ROLE_PREFIX.length);
      const entry = services.get(service) ?? { total: 0, byKind: { transaction: 0, bus: 0, outbox: 0, other: 0 }, statements: [] };
      const calls = Number(row.calls);
      entry.total += calls;
      entry.byKind[kindOf(row.query)] += calls;
      entry.statements.push({ query: row.query, calls });
      services.set(service, entry);
    }
    for (const entry of services.values()) entry.statements.sort((a, b) => b.calls - a.calls);
    return services;
  });
}

/** All services' executions since the last reset. */
export async function totalStatements(databaseUrl: string): Promise<number> {
  return [...(await statementsByService(databaseUrl)).values()].reduce((sum, entry) => sum + entry.total, 0);
}
