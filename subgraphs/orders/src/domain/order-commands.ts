import { randomUUID } from 'node:crypto';
import { CommandRunner, requireService, type EntityManager, type Principal, type ServiceDirectory } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { releaseOrderStock } from './inventory.client.ts';
import { makeOwedProviderCall, OWED_PAYMENT_OPERATION } from './payments/owed-operations.ts';
import { completeRefund, REFUND_EFFECT } from './returns/refund.service.ts';

/** What the runner's compensations and effects need. */
export type CommandContext = Pick<OrderProcessContext, 'em' | 'services' | 'logger' | 'payments' | 'config'>;

/**
 * The orders service's command runner (`packages/platform/src/commands.ts`) and the compensation of
 * each kind of intent its commands record:
 * - `stock`: stock held at inventory for `orderId` — released by order id (idempotent, and a no-op
 *   when nothing was held);
 * - `authorization`: an authorization at `provider` — voided.
 * And the effects its commands declare with their writes, made after the commit:
 * - `stock-release`: release at inventory what `orderId` (or its `lineIds`) holds (idempotent);
 * - `payment-operation`: a capture, void or refund journaled PENDING, made at the provider
 *   (payments/owed-operations.ts);
 * - `refund`: a refund's provider calls made, then the refund SUCCEEDED and its event recorded
 *   (returns/refund.service.ts).
 * Effects run outside any transaction, on a fork of the entity manager of the context that first
 * asked for the runner (one per process).
 */
const runners = new WeakMap<ServiceDirectory, CommandRunner>();

export function orderCommands(ctx: CommandContext): CommandRunner {
  let runner = runners.get(ctx.services);
  if (!runner) {
    runner = new CommandRunner({
      schema: 'orders',
      leaseMs: ctx.config.commandLeaseMs,
      logger: ctx.logger,
      compensations: {
        stock: async (intent) => {
          await releaseOrderStock({ services: ctx.services, requestId: randomUUID() }, { orderId: String(intent.data['orderId']), lineIds: null, reason: 'order not placed' });
        },
        authorization: async (intent) => {
          const { provider, reference, amount, currency } = intent.data;
          await ctx.payments.get(String(provider)).void({ reference: String(reference), amount: Number(amount), currency: String(currency) });
        },
      },
      effects: {
        'stock-release': async (effect) => {
          const { orderId, lineIds, reason } = effect.data;
          await releaseOrderStock(
            { services: ctx.services, requestId: randomUUID() },
            { orderId: String(orderId), lineIds: Array.isArray(lineIds) ? lineIds.map(String) : null, reason: String(reason) },
          );
        },
        [OWED_PAYMENT_OPERATION]: (effect) => makeOwedProviderCall(ctx, effect.data),
        [REFUND_EFFECT]: (effect) => completeRefund(ctx, effect.data),
      },
    });
    runners.set(ctx.services, runner);
  }
  return runner;
}

export type PlacementStatus = 'PLACED' | 'PENDING' | 'ABANDONED';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What became of the placements of these order ids, for services reconciling what they hold for
 * orders (inventory's unconfirmed allocations): PLACED when the order exists; PENDING while a
 * placement command for it is in flight or awaits compensation; otherwise ABANDONED, for good (a
 * command's row and its order are written and deleted in one transaction, and an order id is never
 * reused once its command is gone).
 */
export async function placementStatuses(ctx: CommandContext & { em: EntityManager }, orderIds: readonly string[]): Promise<Map<string, PlacementStatus>> {
  const ids = [...new Set(orderIds)].filter((id) => UUID.test(id));
  const statuses = new Map<string, PlacementStatus>(orderIds.map((id) => [id, 'ABANDONED']));
  if (ids.length === 0) return statuses;
  // Commands first: a placement that commits between the two reads is then seen as an order.
  const inFlight = await orderCommands(ctx).subjectsInFlight(ctx.em, ids);
  const placed = await ctx.em.execute<{ id: string }[]>(`select id::text as id from orders."order" where id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
  for (const id of inFlight) statuses.set(id, 'PENDING');
  for (const { id } of placed) statuses.set(id, 'PLACED');
  return statuses;
}

/** The internal query's answer: one entry per id asked about, for other services only. */
export async function placementStatusesFor(
  ctx: CommandContext & { em: EntityManager; principal: Principal },
  orderIds: readonly string[],
): Promise<{ orderId: string; status: PlacementStatus }[]> {
  requireService(ctx.principal);
  const statuses = await placementStatuses(ctx, orderIds);
  return [...statuses].map(([orderId, status]) => ({ orderId, status }));
}
