import type { TestProject } from 'vitest/node';
import { createLogger, startTemporaryPostgres } from '@oms/platform';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/** One PostgreSQL for the whole run: DATABASE_URL's server if set, otherwise an embedded one. */
export default async function setup(project: TestProject) {
  const postgres = await startTemporaryPostgres({ logger: createLogger('test-postgres', 'warn'), database: 'oms_test_admin' });
  project.provide('databaseServerUrl', postgres.url);
  return async () => {
    await postgres.stop();
  };
}
