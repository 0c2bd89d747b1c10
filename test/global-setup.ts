import type { TestProject } from 'vitest/node';
import { createLogger, startTemporaryPostgres } from '@oms/platform';
import { resolveChromium } from '../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    /** The browser of the console's tests, or why there is none (only those tests fail then). */
    chromium: { path: string } | { error: string };
  }
}

/**
 * One PostgreSQL for the whole run (DATABASE_URL's server if set, otherwise an embedded one), and
 * the browser unpacked once here rather than by two test files racing each other.
 */
export default async function setup(project: TestProject) {
  const [postgres, chromium] = await Promise.all([
    startTemporaryPostgres({ logger: createLogger('test-postgres', 'warn'), database: 'oms_test_admin' }),
    resolveChromium().then(
      (path) => ({ path }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    ),
  ]);
  project.provide('databaseServerUrl', postgres.url);
  project.provide('chromium', chromium);
  return async () => {
    await postgres.stop();
  };
}
