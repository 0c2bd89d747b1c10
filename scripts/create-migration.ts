// Generates the next migration of one subgraph from the difference between its entities and
// its committed migrations: `pnpm migration:create <subgraph> [name]`.
import { migrateSubgraph, openSubgraphOrm, startTemporaryPostgres } from '@oms/platform';
import { SUBGRAPH_DEFINITIONS } from './subgraphs.ts';

const [name, label] = process.argv.slice(2);
const definition = SUBGRAPH_DEFINITIONS[name as keyof typeof SUBGRAPH_DEFINITIONS];
if (!definition) {
  console.error(`usage: pnpm migration:create <${Object.keys(SUBGRAPH_DEFINITIONS).join('|')}> [name]`);
  process.exit(2);
}
const postgres = await startTemporaryPostgres();
try {
  const orm = await openSubgraphOrm({
    schema: definition.name,
    clientUrl: postgres.url,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
  });
  try {
    await migrateSubgraph(orm, definition.name);
    const result = await orm.migrator.create(undefined, false, false, label);
    console.log(result.fileName ? `created ${result.fileName}` : 'no changes: entities match the migrations');
  } finally {
    await orm.close();
  }
} finally {
  await postgres.stop();
}
