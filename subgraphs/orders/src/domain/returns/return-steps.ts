/**
 * What every step of a return shares: it runs as a command of the order (order-commands.ts), whose
 * one transaction locks the order row first (the order's timeline, its other returns and the order
 * saga serialize on it), reads the return and its lines afresh, checks the step's change against
 * the transitions table, then writes the timeline entry, the audit entry and the outbox event. What
 * the step owes outside this database (a refund at the payment provider) is an effect of the
 * command, made once the transaction committed, never inside it.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { eventPayload, RETURN_STEP_EVENTS, type EventContract, type ReturnStepEventType } from '@oms/contracts';
import type { z } from 'zod';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager, type Principal } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { Order } from '../../entities/order.entity.ts';
import { ReturnLine } from '../../entities/return-line.entity.ts';
import { Return, type ReturnStatus } from '../../entities/return.entity.ts';
import { orderCommands } from '../order-commands.ts';
import { assertMayAccessOrder, orderAccessOf, worksAt, type OrderAccess } from '../order-access.ts';
import type { DeclareEffect } from '../payments/owed-operations.ts';
import { OrderTimeline } from '../order-timeline.ts';
import { returnStateMachine } from './return-state.ts';

/** Staff (and the OMS's own services) run the steps after the request; customers and partners only ask. */
export function assertStaff(principal: Principal, what: string): void {
  if (principal.kind !== 'staff' && principal.kind !== 'service') throw new DomainError('FORBIDDEN', `Only staff can ${what}`);
}

export async function lockOrder(em: EntityManager, orderId: string): Promise<Order> {
  const order = isUuid(orderId) ? await em.findOne(Order, { id: orderId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId });
  return order;
}

/** The payload every return event carries (what notifications need to reach the customer). */
export function returnEventPayload<E extends Record<string, unknown>>(order: Order, found: Return, extra: E) {
  return {
    returnId: found.id,
    returnNumber: found.number,
    orderId: order.id,
    orderNumber: order.number,
    customerId: order.customerId ?? null,
    email: order.email,
    status: found.status,
    ...extra,
  };
}

export interface ReturnStep {
  em: EntityManager;
  order: Order;
  found: Return;
  lines: ReturnLine[];
  timeline: OrderTimeline;
  actor: string;
  /** Declares an effect to make once the step is committed (see order-commands.ts). */
  effect: DeclareEffect;
}

export interface StepOutcome {
  /** The status the return moves to; null when the step changes no status. */
  to: ReturnStatus | null;
  /** On the order's timeline. */
  note: string;
  event: { type: ReturnStepEventType; extra: Record<string, unknown> } | null;
  audit: Record<string, unknown>;
}

/** Forgets what this request's loaders cached of an order and return the step changed. */
export function forgetCached(ctx: OrdersContext, orderId: string, returnId?: string): void {
  ctx.loaders.timelineByOrderId.clear(orderId);
  ctx.loaders.paymentsByOrderId.clear(orderId);
  ctx.returnLoaders.returnsByOrderId.clear(orderId);
  ctx.returnLoaders.refundsByOrderId.clear(orderId);
  if (returnId) {
    ctx.returnLoaders.returnById.clear(returnId);
    ctx.returnLoaders.linesByReturnId.clear(returnId);
    ctx.returnLoaders.exchangeByReturnId.clear(returnId);
    ctx.returnLoaders.refundBySourceKey.clear(`return:${returnId}`);
  }
}

/**
 * Runs one step of a return: `work` checks and changes what it needs and says where the return goes.
 * A return the caller may not see is NOT_FOUND, as a missing one (never confirm someone else's RMA).
 */
export async function runReturnStep(
  ctx: OrdersContext,
  returnId: string,
  action: string,
  work: (step: ReturnStep) => Promise<StepOutcome | 'UNCHANGED'>,
  /** Receiving at a location: a store associate receives there when it is their store, whoever's order it is. */
  { receivingAt }: { receivingAt?: string } = {},
): Promise<Return> {
  if (!isUuid(returnId)) throw new DomainError('NOT_FOUND', 'No such return', { returnId });
  const id = returnId.toLowerCase();
  const actor = actorOf(ctx.principal);
  const located = await ctx.em.fork().findOne(Return, { id }, { fields: ['id', 'order'] });
  if (!located) throw new DomainError('NOT_FOUND', 'No such return', { returnId });
  const access = await orderAccessOf(ctx);
  const result = await orderCommands(ctx).run(ctx.em, {
    name: action,
    scope: actor,
    // A step carries no idempotency key: each request is its own command (a step done twice is refused by the return's state machine or answers UNCHANGED).
    key: randomUUID(),
    fingerprint: '',
    findOutcome: async () => undefined,
    perform: (command) => command.commit((em, effect) => writeStep(ctx, em, { id, orderId: located.order.id, action, actor, access, receivingAt, effect }, work)),
  });
  forgetCached(ctx, located.order.id, id);
  return result;
}

async function writeStep(
  ctx: OrdersContext,
  em: EntityManager,
  step: { id: string; orderId: string; action: string; actor: string; access: OrderAccess; receivingAt: string | undefined; effect: DeclareEffect },
  work: (step: ReturnStep) => Promise<StepOutcome | 'UNCHANGED'>,
): Promise<Return> {
  const { id, action, actor, access, effect } = step;
  const order = await lockOrder(em, step.orderId);
  const found = await em.findOneOrFail(Return, { id }, { refresh: true });
  // Out of reach answers as missing: the order's, or a return handed in at the associate's store.
  if (!worksAt(access, step.receivingAt ?? found.receivedLocationId)) assertMayAccessOrder(access, order, () => new DomainError('NOT_FOUND', 'No such return', { returnId: id }));
  const lines = await em.find(ReturnLine, { return: found }, { orderBy: { id: 'asc' }, refresh: true, populate: ['orderLine'] });
  const timeline = await OrderTimeline.of(em, order);
  const outcome = await work({ em, order, found, lines, timeline, actor, effect });
  if (outcome === 'UNCHANGED') return found;
  const from = found.status;
  if (outcome.to !== null && outcome.to !== from) {
    returnStateMachine.assertTransition(from, outcome.to);
    found.status = outcome.to;
  }
  timeline.note(actor, outcome.note);
  if (outcome.event) {
    const contract: EventContract<string, z.ZodType> = RETURN_STEP_EVENTS[outcome.event.type];
    recordEvent(em, { type: contract.type, aggregateType: 'Return', aggregateId: found.id, payload: eventPayload(contract, returnEventPayload(order, found, outcome.event.extra)) });
  }
  recordAudit(
    { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action, entityType: 'Return', entityId: found.id, before: { status: from }, after: { status: found.status, ...outcome.audit } },
  );
  await em.flush();
  return found;
}
