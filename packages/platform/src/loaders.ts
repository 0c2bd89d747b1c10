import DataLoader from 'dataloader';
import { Cursor, type EntityClass, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from './ids.ts';
import type { Connection, NewestFirstPosition } from './pagination.ts';

/** Loads entities by UUID primary key in one `IN (...)` query per tick; unknown ids give null. */
export function entityByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const found = valid.length === 0 ? [] : await em.find(entity, { id: { $in: valid } } as unknown as FilterQuery<T>);
    const byId = new Map(found.map((row) => [row.id, row as T]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads the children of many parents in one query per tick: `fetch` gets every requested key,
 * `keyOf` says which parent a row belongs to. Rows keep the order `fetch` returned them in.
 */
export function groupedLoader<K extends string, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * One newest-first page of children for each of many parents (e.g. `Customer.interactions`), in
 * one statement per batch: a lateral join walks the index on (parent column, created_at, id) for
 * each parent and takes first + 1 rows (the extra one tells whether a next page exists). Cursors
 * are those of `findNewestFirst`. A field with arguments needs a loader per distinct (first,
 * after): the function returned picks it, made once per request.
 */
export function newestFirstPagesLoader<T extends { createdAt: Date; id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentColumn: string,
): (first: number, after: NewestFirstPosition | null) => DataLoader<string, Connection<T>> {
  const meta = em.getMetadata().get(entity);
  const platform = em.getPlatform();
  const table = platform.quoteIdentifier(`${meta.schema ?? em.config.get('schema')}.${meta.tableName}`);
  const parent = platform.quoteIdentifier(parentColumn);
  const pages = new Map<string, DataLoader<string, Connection<T>>>();
  const load = (first: number, after: NewestFirstPosition | null) =>
    new DataLoader<string, Connection<T>>(async (parentIds) => {
      const valid = [...new Set(parentIds.filter(isUuid).map((id) => id.toLowerCase()))];
      const byParent = new Map<string, T[]>(valid.map((id) => [id, []]));
      if (valid.length > 0) {
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(
          `select page.* from unnest(array[?]::uuid[]) as parent(id)
           cross join lateral (
             select * from ${table} as child
             where child.${parent} = parent.id${after ? ' and (child.created_at, child.id) < (?::timestamptz, ?::uuid)' : ''}
             order by child.created_at desc, child.id desc
             limit ?
           ) as page`,
          after ? [valid, after.createdAt, after.id, first + 1] : [valid, first + 1],
        );
        for (const row of rows) byParent.get(String(row[parentColumn]))?.push(em.map(entity, row as never));
      }
      return parentIds.map((parentId) => {
        const children = byParent.get(parentId.toLowerCase()) ?? [];
        const edges = children.slice(0, first).map((node) => ({ cursor: Cursor.for(meta, { createdAt: node.createdAt, id: node.id } as never, { createdAt: 'desc', id: 'desc' } as never), node }));
        return { edges, pageInfo: { hasNextPage: children.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
      });
    });
  return (first, after) => {
    const key = JSON.stringify([first, after?.createdAt.toISOString() ?? null, after?.id ?? null]);
    let loader = pages.get(key);
    if (!loader) {
      loader = load(first, after);
      pages.set(key, loader);
    }
    return loader;
  };
}
