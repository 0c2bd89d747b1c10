import { randomUUID } from 'node:crypto';
import { CommandRunner, DomainError, requireService, type EntityManager, type Principal, type RunningCommand, type ServiceDirectory } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.entity.ts';
import { releaseOrderStock } from './inventory.client.ts';
import { makeOwedProviderCall, OWED_PAYMENT_OPERATION } from './payments/owed-operations.ts';
import { completeRefund, REFUND_EFFECT } from './returns/refund.service.ts';
import { undoRaise, undoStockSwap } from './order-change.ts';

/** What the runner's compensations and effects need. */
export type CommandContext = Pick<OrderProcessContext, 'em' | 'services' | 'logger' | 'payments' | 'config'>;

/**
 * The orders service's command runner (`packages/platform/src/commands.ts`) and the compensation of
 * each kind of intent its commands record:
 * - `stock`: stock held at inventory for `orderId` — released by order id (idempotent, and a no-op
 *   when nothing was held);
 * - `authorization`: an authorization at `provider` — voided;
 * - `stock-swap`: an order's stock swapped at inventory by a change (edit, accepted alternative)
 *   under `reference` — reverted there, and the order told (order-change.ts);
 * - `authorization-raise`: the authorization raised for such a change — voided (order-change.ts).
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
        'stock-swap': (intent, _subjectId, em) => undoStockSwap(ctx, em, intent),
        'authorization-raise': (intent, _subjectId, em) => undoRaise(ctx.payments, em, intent),
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

/** A change of an order replays (its caller's key has an outcome) or runs and answers its value. */
export type OrderChangeOutcome<T> = { kind: 'REPLAY' } | { kind: 'DONE'; value: T };

export interface OrderChangeSpec<T> {
  orderId: string;
  /** The caller's idempotency key (scoped by caller and by kind of change), when one was given. */
  idempotency: { scope: string; key: string; fingerprint: string } | null;
  perform(command: RunningCommand): Promise<T>;
}

/**
 * Runs a change of an existing order (cancellation, edit, accepted alternative) as a command claimed
 * under the ORDER's id: one change of an order at a time. A second change waits for the first (then
 * runs on what it left); a change whose owner stopped is compensated by the next one (or by the
 * recovery worker) before anything else touches the order. So a swap at inventory is never reverted
 * after another change built on it, and a stock release never races a swap. The caller's own key,
 * when given, replays the change's outcome: its record is written with the change.
 */
export async function runOrderChange<T>(ctx: CommandContext & { em: EntityManager }, spec: OrderChangeSpec<T>): Promise<OrderChangeOutcome<T>> {
  const { idempotency } = spec;
  const outcome = await orderCommands(ctx).run<OrderChangeOutcome<T> | { kind: 'REUSED' }>(ctx.em, {
    name: 'changeOrder',
    scope: 'order',
    key: spec.orderId,
    // One key per order, whatever the change: every change is the same request as far as the claim goes.
    fingerprint: '',
    busyMessage: 'Another change of this order is still being processed; try again shortly',
    findOutcome: async (db) => {
      if (!idempotency) return undefined;
      const stored = await db.findOne(IdempotencyRecord, { scope: idempotency.scope, key: idempotency.key });
      if (!stored) return undefined;
      return stored.requestHash === idempotency.fingerprint ? { kind: 'REPLAY' } : { kind: 'REUSED' };
    },
    perform: async (command) => ({ kind: 'DONE', value: await spec.perform(command) }),
  });
  if (outcome.kind === 'REUSED') {
    const key = idempotency?.key ?? '';
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${key}" was already used for a different request`, { idempotencyKey: key });
  }
  return outcome;
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
