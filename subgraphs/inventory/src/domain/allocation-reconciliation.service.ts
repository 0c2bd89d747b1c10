import type { EntityManager, RequestContext } from '@oms/platform';
import { releaseOrderAllocations } from './allocation.service.ts';

/**
 * Stock held for an order that was never placed is released within a bounded time: allocations older
 * than the reconciliation age whose order the orders service has not confirmed are asked about; the
 * orders service answers PLACED (confirmed here, never asked again), PENDING (its placement is in
 * flight or being undone: asked again next round) or ABANDONED (released here; the placement's own
 * compensation may have released them already, which is harmless).
 */

type Caller = Pick<RequestContext, 'services' | 'requestId'> & { em: EntityManager };

const PLACEMENT_STATUSES = /* GraphQL */ `
  query PlacementStatuses($orderIds: [ID!]!) {
    placementStatuses(orderIds: $orderIds) { orderId status }
  }
`;

interface PlacementStatusesResponse {
  placementStatuses: { orderId: string; status: 'PLACED' | 'PENDING' | 'ABANDONED' }[];
}

export interface ReconciliationRound {
  confirmed: number;
  released: number;
}

export async function reconcileUnconfirmedAllocations(ctx: Caller, olderThanMs: number): Promise<ReconciliationRound> {
  const unconfirmed = await ctx.em.execute<{ order_id: string }[]>(
    `select distinct order_id::text as order_id from inventory.allocation
      where status = 'ALLOCATED' and order_confirmed_at is null and created_at < now() - make_interval(secs => ?) limit 200`,
    [olderThanMs / 1000],
    'all',
    { enabled: false },
  );
  if (unconfirmed.length === 0) return { confirmed: 0, released: 0 };
  const { placementStatuses } = await ctx.services
    .client('orders')
    .request<PlacementStatusesResponse>(PLACEMENT_STATUSES, { orderIds: unconfirmed.map((row) => row.order_id) }, ctx.requestId);
  const placed = placementStatuses.filter((entry) => entry.status === 'PLACED').map((entry) => entry.orderId);
  if (placed.length > 0) {
    await ctx.em.execute(`update inventory.allocation set order_confirmed_at = now() where order_id = any(?::uuid[]) and order_confirmed_at is null`, [`{${placed.join(',')}}`]);
  }
  let released = 0;
  for (const { orderId } of placementStatuses.filter((entry) => entry.status === 'ABANDONED')) {
    await releaseOrderAllocations(ctx.em, orderId, undefined, 'order never placed (reconciliation)');
    released += 1;
  }
  return { confirmed: placed.length, released };
}
