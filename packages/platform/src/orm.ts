import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type EntitySchema, type Options } from '@mikro-orm/postgresql';

export { MikroORM } from '@mikro-orm/postgresql';
export type { EntityManager } from '@mikro-orm/postgresql';

export interface SubgraphOrmOptions {
  /** PostgreSQL schema the subgraph owns, e.g. `orders`. */
  schema: string;
  clientUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MikroORM's schema type is generic over each entity
  entities: EntitySchema<any, any>[];
  /** Folder holding the subgraph's committed migrations. */
  migrationsPath: string;
  poolSize?: number;
  /** Called once per SQL statement sent; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function subgraphOrmConfig(options: SubgraphOrmOptions): Options {
  return defineConfig({
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    // A connection that cannot be made (the server restarting, unreachable) fails after 5 s instead of
    // holding a pool slot, and with it a request, for as long as the operating system waits.
    driverOptions: { connectionTimeoutMillis: 5_000, keepAlive: true },
    migrations: {
      path: options.migrationsPath,
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      glob: '!(*.d).ts',
      snapshot: false,
      silent: true,
    },
    allowGlobalContext: false,
    ...(options.onQuery
      ? {
          debug: ['query'],
          logger: (message: string) => options.onQuery?.(message),
          colors: false,
        }
      : { debug: false }),
  });
}

export async function openSubgraphOrm(options: SubgraphOrmOptions): Promise<MikroORM> {
  return MikroORM.init(subgraphOrmConfig(options));
}

/** Creates the subgraph's schema if needed and applies its pending migrations. */
export async function migrateSubgraph(orm: MikroORM, schema: string): Promise<void> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await orm.migrator.up();
}
