import { LockMode } from '@mikro-orm/core';
import { claimEvent, inTransaction, isDomainError, wasClaimed, type BusEvent, type EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { orderCommands } from './order-commands.ts';
import { OrderTimeline } from './order-timeline.ts';
import { owedThroughCommand, type AfterCommit, type DeclareEffect } from './payments/owed-operations.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** HANDLED; IGNORED when it asked nothing of the order; DUPLICATE when handled before; REJECTED when unusable. */
export type HandlingOutcome = 'HANDLED' | 'IGNORED' | 'DUPLICATE' | 'REJECTED';

/** What a step did: handled, or ignored with the reason. */
export type StepResult = 'HANDLED' | { ignored: string };

/** The order as read before the event's transaction, without a lock: what the step's calls to other services are planned on. */
export interface OrderSnapshot {
  order: Order;
  lines: OrderLine[];
}

/** One event's work on its order, locked, with its lines and timeline, inside the event's transaction. */
export interface SagaStep<N, P = undefined> {
  ctx: OrderProcessContext;
  em: EntityManager;
  event: BusEvent;
  notice: N;
  order: Order;
  lines: OrderLine[];
  timeline: OrderTimeline;
  /** Who the timeline names: the service the event came from, e.g. `service:fulfillment`. */
  actor: string;
  /** What `prepare` answered, before the transaction. */
  prepared: P;
  /** Declares an effect to make once the step is committed (order-commands.ts). */
  effect: DeclareEffect;
  /** Where provider calls the step owes go (captures, voids): made after the commit. */
  afterCommit: AfterCommit;
}

export interface EventStepHandlers<N, P> {
  /**
   * Calls to other services whose answer the step needs (re-sourcing at inventory), made before the
   * transaction on the order as it was read (null: an unknown order). They must be idempotent by the
   * event (a redelivery asks again and gets the same answer).
   */
  prepare?: (snapshot: OrderSnapshot | null, notice: N) => Promise<P>;
  step: (run: SagaStep<N, P>) => Promise<StepResult>;
}

/** Failures worth retrying (the bus redelivers the event); any other domain error makes the event REJECTED. */
const TRANSIENT = new Set(['DEPENDENCY_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'COMMAND_IN_PROGRESS', 'COMMAND_SUPERSEDED']);

async function snapshotOf(ctx: OrderProcessContext, orderId: string): Promise<OrderSnapshot | null> {
  const em = ctx.em.fork();
  const order = await em.findOne(Order, { id: orderId });
  return order ? { order, lines: await em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } }) } : null;
}

/**
 * Runs one event of the order saga, once, as a command of the orders service keyed by the
 * consumer and the event id: the event is claimed in the transaction of its writes, so a
 * redelivered event finds it and changes nothing; what the step owes outside this database (a
 * capture or void at the payment provider, a stock release) is an effect made after the commit, by
 * the command recovery worker if the provider or the service fails first; calls whose answer the
 * step needs are made before the transaction (`prepare`), never while the order is locked. An event
 * for an unknown order, or one that asks nothing of it, is IGNORED; a business refusal (an
 * impossible transition, input another service refuses) makes it REJECTED and logged, never retried;
 * transient failures (a service unreachable) roll everything back and are thrown, so the bus
 * delivers the event again.
 */
export async function runOrderEvent<N extends { orderId: string }, P = undefined>(
  ctx: OrderProcessContext,
  consumer: string,
  event: BusEvent,
  parsed: Parsed<N>,
  handlers: EventStepHandlers<N, P>,
): Promise<HandlingOutcome> {
  const reject = async (reason: string): Promise<HandlingOutcome> => {
    const claimed = await inTransaction(ctx.em, (em) => claimEvent(em, 'orders', consumer, event.id, 'REJECTED', reason));
    if (!claimed) return 'DUPLICATE';
    ctx.logger.error({ eventId: event.id, type: event.type, reason }, 'event refused by the order process');
    return 'REJECTED';
  };
  if (!parsed.ok) return reject(parsed.reason);
  const notice = parsed.value;
  const ignore = async (em: EntityManager, why: string): Promise<HandlingOutcome> => {
    ctx.logger.info({ eventId: event.id, type: event.type, orderId: notice.orderId, why }, 'event ignored');
    await em.execute('update orders.processed_event set outcome = ?, detail = ? where consumer = ? and event_id = ?', ['IGNORED', why.slice(0, 500), consumer, event.id]);
    return 'IGNORED';
  };
  try {
    return await orderCommands(ctx).run<HandlingOutcome>(ctx.em, {
      name: consumer,
      scope: 'event',
      key: event.id,
      fingerprint: '',
      findOutcome: async (em) => ((await wasClaimed(em, 'orders', consumer, event.id)) ? 'DUPLICATE' : undefined),
      perform: async (command) => {
        const prepared = handlers.prepare ? await handlers.prepare(await snapshotOf(ctx, notice.orderId), notice) : (undefined as P);
        return command.commit(async (em, effect) => {
          if (!(await claimEvent(em, 'orders', consumer, event.id, 'HANDLED'))) return 'DUPLICATE';
          const order = await em.findOne(Order, { id: notice.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
          if (!order) return ignore(em, 'unknown order');
          const lines = await em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' }, refresh: true });
          const timeline = await OrderTimeline.of(em, order);
          const actor = `service:${event.source}`;
          const result = await handlers.step({ ctx, em, event, notice, order, lines, timeline, actor, prepared, effect, afterCommit: owedThroughCommand(effect) });
          return result === 'HANDLED' ? 'HANDLED' : ignore(em, result.ignored);
        });
      },
    });
  } catch (error) {
    if (isDomainError(error) && !TRANSIENT.has(error.code)) return reject(`${error.code}: ${error.message}`);
    throw error;
  }
}
