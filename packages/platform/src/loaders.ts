import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from './ids.ts';

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
