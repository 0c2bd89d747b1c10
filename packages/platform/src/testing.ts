import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readEventStream, withNatsConnection } from './bus/nats-bus.ts';

/**
 * Creates a fresh database on the test run's PostgreSQL server, so each test file is isolated.
 * Returns its URL and a function that drops it.
 */
export async function createIsolatedDatabase(serverUrl: string, prefix = 'oms_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Counts SQL statements per service; pass `counter.for(name)` as a subgraph's `onQuery`. */
export class StatementCounter {
  readonly #counts = new Map<string, number>();

  for(service: string): (sql: string) => void {
    return () => this.#counts.set(service, (this.#counts.get(service) ?? 0) + 1);
  }

  reset(): void {
    this.#counts.clear();
  }

  get(service: string): number {
    return this.#counts.get(service) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }
}

/**
 * Messages of the NATS JetStream event stream whose JSON contains one of the needles
 * (case-insensitive): the erasure test's look at what the bus itself still stores.
 */
export async function streamMessagesContaining(natsUrl: string, needles: readonly string[]): Promise<{ sequence: number; type: string; needle: string }[]> {
  const lowered = needles.map((needle) => needle.toLowerCase());
  const found: { sequence: number; type: string; needle: string }[] = [];
  await withNatsConnection(natsUrl, (connection) =>
    readEventStream(connection, (sequence, event) => {
      const text = JSON.stringify(event).toLowerCase();
      for (const [index, needle] of lowered.entries()) if (text.includes(needle)) found.push({ sequence, type: event.type, needle: needles[index]! });
    }),
  );
  return found;
}
