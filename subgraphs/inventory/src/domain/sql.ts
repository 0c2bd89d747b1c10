/**
 * Helpers for the set-based SQL of this service. MikroORM inlines parameters into the statement
 * text, so a list travels as ONE array literal (`?::text[]`) that PostgreSQL parses in one go,
 * rather than as thousands of separate values.
 */
import type { EntityManager } from '@oms/platform';

/** A PostgreSQL array literal of text values: `{"a","b \"c\""}`. */
export function textArray(values: readonly string[]): string {
  let out = '{';
  for (let index = 0; index < values.length; index++) {
    if (index > 0) out += ',';
    out += `"${values[index]!.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
  }
  return `${out}}`;
}

/** A PostgreSQL array literal of integers. */
export function intArray(values: readonly number[]): string {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  }
  return `{${values.join(',')}}`;
}

/** A PostgreSQL array literal of UUIDs (validated by the cast). */
export function uuidArray(values: readonly string[]): string {
  return textArray(values);
}

/** Runs a raw statement in the entity manager's transaction, when it is in one. */
export function sql<T = Record<string, unknown>>(em: EntityManager, statement: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(statement, params as never[]);
}

const returningOldSupport = new Map<string, Promise<boolean>>();

/**
 * Whether the server supports `RETURNING old.*` (PostgreSQL 18+): an UPDATE can then report the
 * values it replaced without locking the rows beforehand. Asked once per database URL.
 */
export function supportsReturningOld(em: EntityManager): Promise<boolean> {
  const key = String(em.config.get('clientUrl'));
  let answer = returningOldSupport.get(key);
  if (!answer) {
    answer = em
      .fork()
      .execute<{ version: number }[]>(`select current_setting('server_version_num')::int as version`)
      .then(([row]) => Number(row?.version ?? 0) >= 180000);
    returningOldSupport.set(key, answer);
  }
  return answer;
}

export { inTransaction, isRetryableConflict, violatedConstraint } from '@oms/platform';
