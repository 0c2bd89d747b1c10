import pg from 'pg';

export interface NeedleFinding {
  needle: string;
  schema: string;
  table: string;
  column: string;
  /** Rows of that column containing the needle (case-insensitive). */
  rows: number;
}

/** Column types whose text form can hold a person's data: text, character, JSON and arrays of them. */
const TEXTUAL = new Set(['text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'xml']);

/**
 * Scans every table of every schema of a database (system catalogs aside) for each needle: every
 * text, varchar, char, json, jsonb and array column, cast to text and matched with ILIKE. Returns
 * where each needle was found (nothing found: an empty list). A test helper for the GDPR erasure:
 * it knows nothing of the services, so a copy in a table nobody thought of is still found.
 */
export async function scanDatabaseFor(databaseUrl: string, needles: readonly string[]): Promise<NeedleFinding[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_schema: string; table_name: string; column_name: string; data_type: string }>(
      `select c.table_schema, c.table_name, c.column_name, c.data_type
         from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg\\_%'
        order by c.table_schema, c.table_name, c.ordinal_position`,
    );
    const byTable = new Map<string, { schema: string; table: string; columns: string[] }>();
    for (const column of columns) {
      if (!TEXTUAL.has(column.data_type)) continue;
      const key = `${column.table_schema}.${column.table_name}`;
      const entry = byTable.get(key) ?? { schema: column.table_schema, table: column.table_name, columns: [] };
      entry.columns.push(column.column_name);
      byTable.set(key, entry);
    }
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const patterns = needles.map((needle) => `%${needle.replaceAll(/[\\%_]/g, '\\$&')}%`);
    const findings: NeedleFinding[] = [];
    for (const { schema, table, columns: names } of byTable.values()) {
      // One statement per table: for every (column, needle) pair, how many rows match.
      const counts = names.flatMap((column, columnIndex) =>
        patterns.map((_, index) => `count(*) filter (where ${quote(column)}::text ilike $${index + 1}) as c${columnIndex}_n${index}`),
      );
      const { rows } = await client.query<Record<string, string>>(`select ${counts.join(', ')} from ${quote(schema)}.${quote(table)}`, patterns);
      for (const [alias, count] of Object.entries(rows[0] ?? {})) {
        if (Number(count) === 0) continue;
        const [, columnIndex, index] = /^c(\d+)_n(\d+)$/.exec(alias) ?? [];
        findings.push({ needle: needles[Number(index)]!, schema, table, column: names[Number(columnIndex)]!, rows: Number(count) });
      }
    }
    return findings;
  } finally {
    await client.end();
  }
}

/** How many columns `scanDatabaseFor` reads (text, character, JSON, arrays… of every base table, system catalogs aside). */
export async function textualColumnCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `select count(*) from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg\\_%' and c.data_type = any ($1)`,
      [[...TEXTUAL]],
    );
    return Number(rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}
