import type { EntityManager } from '@oms/platform';

/**
 * Whether a background poll has anything to do. Idle polls stay out of the query log: a line per
 * tick per instance would drown it, and request statement counts (the N+1 guard) must not see them.
 */
export async function anythingDue(em: EntityManager, condition: string, params: unknown[] = []): Promise<boolean> {
  const rows = await em.execute<{ due: boolean }[]>(`select exists(${condition}) as due`, params as never[], 'all', { enabled: false });
  return rows[0]?.due === true;
}
