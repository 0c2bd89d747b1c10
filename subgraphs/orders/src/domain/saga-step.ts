import { LockMode } from '@mikro-orm/core';
import { claimEvent, isDomainError, type BusEvent, type EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order } from '../entities/order.entity.ts';
import { OrderTimeline } from './order-timeline.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** HANDLED; IGNORED when it asked nothing of the order; DUPLICATE when handled before; REJECTED when unusable. */
export type HandlingOutcome = 'HANDLED' | 'IGNORED' | 'DUPLICATE' | 'REJECTED';

/** What a step did: handled, or ignored with the reason. */
export type StepResult = 'HANDLED' | { ignored: string };

/** One event's work on its order, locked, with its lines and timeline, inside the event's transaction. */
export interface SagaStep<N> {
  ctx: OrderProcessContext;
  em: EntityManager;
  event: BusEvent;
  notice: N;
  order: Order;
  lines: OrderLine[];
  timeline: OrderTimeline;
  /** Who the timeline names: the service the event came from, e.g. `service:fulfillment`. */
  actor: string;
}

/** Failures worth retrying (the bus redelivers the event); any other domain error makes the event REJECTED. */
const TRANSIENT = new Set(['DEPENDENCY_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/**
 * Runs one event of the order saga, once: the event id is claimed first, in the transaction of the
 * effect, so a redelivered event finds it and changes nothing. An event for an unknown order, or
 * one that asks nothing of it, is IGNORED; a business refusal (an impossible transition, input
 * another service refuses) makes it REJECTED and logged, never retried; transient failures (a
 * service unreachable) roll everything back and are thrown, so the bus delivers the event again.
 */
export async function runSagaStep<N extends { orderId: string }>(
  ctx: OrderProcessContext,
  consumer: string,
  event: BusEvent,
  parsed: Parsed<N>,
  step: (run: SagaStep<N>) => Promise<StepResult>,
): Promise<HandlingOutcome> {
  const reject = async (reason: string): Promise<HandlingOutcome> => {
    const claimed = await ctx.em.fork().transactional((em) => claimEvent(em, 'orders', consumer, event.id, 'REJECTED', reason));
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
    return await ctx.em.fork().transactional(async (em) => {
      if (!(await claimEvent(em, 'orders', consumer, event.id, 'HANDLED'))) return 'DUPLICATE';
      const order = await em.findOne(Order, { id: notice.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!order) return ignore(em, 'unknown order');
      const lines = await em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' }, refresh: true });
      const timeline = await OrderTimeline.of(em, order);
      const result = await step({ ctx, em, event, notice, order, lines, timeline, actor: `service:${event.source}` });
      return result === 'HANDLED' ? 'HANDLED' : ignore(em, result.ignored);
    });
  } catch (error) {
    if (isDomainError(error) && !TRANSIENT.has(error.code)) return reject(`${error.code}: ${error.message}`);
    throw error;
  }
}
