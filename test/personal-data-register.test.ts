// The register of personal data against the database catalog: every text, character, JSON and array
// column of every table of every schema (the four services', the platform's, the PostgreSQL bus's)
// is declared either personal (with how erasure treats it) or not personal. A new column without a
// decision fails here, and so does a declaration of a column that no longer exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { BUS_PERSONAL_DATA, personalColumnCount, type PersonalDataRegister } from '@oms/platform';
import { SUBGRAPH_DEFINITIONS } from '../scripts/subgraphs.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem({ seedDemoData: false, runWorkers: false });
});

afterAll(async () => {
  await system?.close();
});

const REGISTERS: PersonalDataRegister[] = [...Object.values(SUBGRAPH_DEFINITIONS).map((definition) => definition.personalData), BUS_PERSONAL_DATA];

/** Every column of every base table (system catalogs aside), with whether it is text, JSON or an array. */
async function catalogColumns(databaseUrl: string): Promise<{ name: string; textual: boolean }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; textual: boolean }>(
      `select c.table_schema || '.' || c.table_name || '.' || c.column_name as name,
              c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'xml') as textual
         from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg\\_%'
        order by 1`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('the register of personal data', () => {
  it('declares every text, JSON and array column of every table of every schema, and nothing else', async () => {
    const declared = new Map<string, string>();
    for (const register of REGISTERS) {
      for (const [table, entry] of Object.entries(register.tables)) {
        for (const [column, rule] of Object.entries(entry.personal)) declared.set(`${register.schema}.${table}.${column}`, rule);
        for (const column of entry.notPersonal) {
          const name = `${register.schema}.${table}.${column}`;
          expect(declared.has(name), `${name} is declared both personal and not personal`).toBe(false);
          declared.set(name, 'not personal');
        }
      }
    }
    const catalog = await catalogColumns(system.databaseUrl);
    const columns = catalog.filter((column) => column.textual).map((column) => column.name);
    const undeclared = columns.filter((column) => !declared.has(column));
    expect(undeclared, 'columns with no decision in the register of personal data').toEqual([]);
    // Other types may be declared personal (the coordinates of a delivery point), but must exist.
    const existing = new Set(catalog.map((column) => column.name));
    const missing = [...declared.keys()].filter((column) => !existing.has(column));
    expect(missing, 'declared columns that are not in the database').toEqual([]);
    const counts = Object.fromEntries(REGISTERS.map((register) => [register.schema, personalColumnCount(register)]));
    console.info(`register of personal data: ${columns.length} text/JSON/array columns, personal per schema ${JSON.stringify(counts)}`);
  });
});
