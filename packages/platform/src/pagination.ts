import { Cursor, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from './errors.ts';
import { isUuid } from './ids.ts';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return size;
}

function assertCursor(after: string): void {
  try {
    Cursor.decode(after);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'Invalid pagination cursor', { argument: 'after' });
  }
}

/** One page of a keyset-paginated list, newest first, as a GraphQL cursor connection. */
export async function findNewestFirst<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  if (args.after) assertCursor(args.after);
  const cursor = await em.findByCursor(entity, {
    where,
    first,
    ...(args.after ? { after: args.after } : {}),
    orderBy: { createdAt: 'desc', id: 'desc' } as never,
    includeCount: false,
  });
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ cursor: cursor.from(node as never), node })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
  };
}

/** Where a newest-first page stopped: the `[createdAt, id]` that `findNewestFirst` cursors encode. */
export interface NewestFirstPosition {
  createdAt: Date;
  id: string;
}

/**
 * Reads a cursor made by `findNewestFirst` (or a batched loader paging the same way); anything
 * else is BAD_USER_INPUT, so hand-written loaders can page with the same cursors.
 */
export function decodeNewestFirstCursor(cursor: string): NewestFirstPosition {
  let value: unknown;
  try {
    value = Cursor.decode(cursor);
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [createdAt, id]: unknown[] = value;
    if (typeof createdAt === 'string' && typeof id === 'string' && isUuid(id)) {
      const date = new Date(createdAt);
      if (!Number.isNaN(date.getTime())) return { createdAt: date, id };
    }
  }
  throw new DomainError('BAD_USER_INPUT', 'Invalid pagination cursor', { argument: 'after' });
}
