import { TransactionContext } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
}

function driverError(error: unknown): DriverError {
  return typeof error === 'object' && error !== null ? (error as DriverError) : {};
}

/** A deadlock or serialization failure: the whole transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const { code } = driverError(error);
  return code === '40P01' || code === '40001';
}

/** The unique, check or foreign-key constraint a statement violated, if that is why it failed. */
export function violatedConstraint(error: unknown): string | undefined {
  const { code, constraint } = driverError(error);
  return (code === '23505' || code === '23514' || code === '23503') && typeof constraint === 'string' ? constraint : undefined;
}

/** The unique constraint a statement violated, if that is why it failed. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  const { code, constraint } = driverError(error);
  return code === '23505' && typeof constraint === 'string' ? constraint : undefined;
}

/**
 * Runs `work` in a transaction on a fork of `em`, again (up to 4 attempts, after a short random
 * pause) when PostgreSQL aborted it to break a deadlock or a serialization conflict between
 * concurrent writers: each attempt starts afresh.
 */
export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional((tx) => work(tx));
    } catch (error) {
      if (attempt >= 4 || !isRetryableConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/**
 * No other service or provider is called while a database transaction is open: its locks and its
 * connection would be held for as long as the other side takes (or is away), and a crash between the
 * two would leave one side's effect without the other's. A call made from inside a transaction is a
 * defect of the caller, refused before anything is sent (cross-service writes go through the command
 * layer). Used by the service client and by payment providers.
 */
export function assertNoOpenTransaction(call: string): void {
  if (TransactionContext.getEntityManager()?.isInTransaction()) {
    throw new Error(`${call} was made inside an open database transaction; make it before the transaction or as an effect after its commit`);
  }
}
