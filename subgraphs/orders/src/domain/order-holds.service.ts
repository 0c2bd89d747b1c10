import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, inTransaction, isDomainError, isUuid, recordAudit, recordEvent, type EntityManager, type Principal } from '@oms/platform';
import { createOrdersContext, type OrderProcessContext, type OrdersContext } from '../context.ts';
import { OrderHold, type HoldReason } from '../entities/order-hold.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { CANCELLATION_NOT_DUE, cancelOrder } from './cancel-order.service.ts';
import { assertMayAccessOrder, noSuchOrder, orderAccessOf, type OrderAccess } from './order-access.ts';
import { shortened } from './order-log.ts';
import { activeHolds, OrderPipeline, orderHeldEvent, orderHoldReleasedEvent } from './order-pipeline.ts';
import { openQuantity } from './order-progress.ts';
import { OrderTimeline } from './order-timeline.ts';
import { releaseTimeFor } from './release.service.ts';
import { loadRiskRules } from './risk-rules.ts';

/** Reasons staff give a hold; risk holds come from the risk rules, shortages from fulfillment. */
const STAFF_HOLD_REASONS: readonly HoldReason[] = ['CUSTOMER_REQUEST', 'PAYMENT_REVIEW', 'OTHER'];
/** Before release: fulfillment has no work for the order yet, so holding it stops nothing under way. */
const HOLDABLE: readonly OrderStatus[] = ['CONFIRMED', 'ALLOCATED', 'BACKORDERED', 'ON_HOLD'];
const MAX_HOLD_MS = 30 * 86_400_000;
const MAX_TEXT = 500;

/** Holds are a staff decision: customers and partner keys are refused whatever their scopes. */
function requireStaff(principal: Principal, action: string): void {
  if (principal.kind !== 'staff') throw new DomainError('FORBIDDEN', `Only staff may ${action}`);
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_TEXT) throw new DomainError('BAD_USER_INPUT', `${field} is 1 to ${MAX_TEXT} characters`, { field });
  return text;
}

/** The order, locked; one the caller may not see answers as missing. */
async function lockedOrder(em: EntityManager, orderId: string, access: OrderAccess): Promise<Order> {
  const order = isUuid(orderId) ? await em.findOne(Order, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!order) throw noSuchOrder(orderId);
  assertMayAccessOrder(access, order);
  return order;
}

function forgetCached(ctx: OrdersContext, orderId: string): void {
  ctx.loaders.timelineByOrderId.clear(orderId);
  ctx.loaders.pipelineByOrderId.clear(orderId);
  ctx.loaders.holdsByOrderId.clear(orderId);
  ctx.loaders.linesByOrderId.clear(orderId);
}

export interface PlaceOrderHoldCommand {
  orderId: string;
  reason: HoldReason;
  detail: string;
  expiresAt?: Date | null;
}

/**
 * Staff put an order on hold before its release (e.g. the customer asked to wait): its stock stays
 * held, its release is off until every hold is released; when the hold expires the order is
 * cancelled. Audited, on the timeline and the pipeline, OrderHeld to the outbox.
 */
export async function placeOrderHold(ctx: OrdersContext, command: PlaceOrderHoldCommand): Promise<Order> {
  requireStaff(ctx.principal, 'put orders on hold');
  if (!STAFF_HOLD_REASONS.includes(command.reason)) {
    throw new DomainError('BAD_USER_INPUT', `Staff holds are ${STAFF_HOLD_REASONS.join(', ')}; ${command.reason} holds are placed by the order process`, { field: 'reason' });
  }
  const detail = requiredText(command.detail, 'detail');
  const now = new Date();
  if (command.expiresAt && (command.expiresAt <= now || command.expiresAt.getTime() - now.getTime() > MAX_HOLD_MS)) {
    throw new DomainError('BAD_USER_INPUT', 'expiresAt is in the future, at most 30 days ahead', { field: 'expiresAt' });
  }
  const actor = actorOf(ctx.principal);
  const expiresAt = command.expiresAt ?? new Date(now.getTime() + (await loadRiskRules(ctx.em.fork())).holdExpirySeconds * 1000);
  const access = await orderAccessOf(ctx);
  const order = await inTransaction(ctx.em, async (em) => {
    const order = await lockedOrder(em, command.orderId, access);
    if (!HOLDABLE.includes(order.status) || order.releasedAt) {
      throw new DomainError('INVALID_STATE_TRANSITION', `Order ${order.number} is ${order.status}: only orders not yet released can be put on hold`, {
        from: order.status,
        to: 'ON_HOLD',
      });
    }
    const [timeline, pipeline] = await Promise.all([OrderTimeline.of(em, order), OrderPipeline.of(em, order)]);
    const hold = em.create(OrderHold, {
      id: randomUUID(),
      order,
      reason: command.reason,
      detail,
      placedAt: now,
      placedBy: actor,
      expiresAt,
      releasedAt: null,
      releasedBy: null,
      releaseNote: null,
    });
    const why = shortened(`on hold (${command.reason}): ${detail}`);
    if (order.status === 'ON_HOLD') timeline.note(actor, why, now);
    else timeline.move('ON_HOLD', actor, why, now);
    order.releaseAt = null;
    pipeline.record('RELEASE', 'HELD', actor, why, now);
    recordEvent(em, orderHeldEvent(order, [hold]));
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'placeOrderHold', entityType: 'Order', entityId: order.id, before: null, after: { holdId: hold.id, reason: command.reason, detail, expiresAt: expiresAt.toISOString() } },
    );
    return order;
  });
  forgetCached(ctx, order.id);
  return order;
}

export interface ReleaseOrderHoldCommand {
  orderId: string;
  holdId?: string | null;
  reason: string;
}

/** Where an order goes once nothing holds it any more: on along its pipeline, as if it had never stopped. */
function resumedStatus(order: Order, lines: readonly OrderLine[]): OrderStatus {
  const waiting = lines.some((line) => line.status === 'BACKORDERED' && openQuantity(line) > 0);
  if (!order.releasedAt) return waiting ? 'BACKORDERED' : 'ALLOCATED';
  // Released before the hold (units short at fulfillment): it goes on once nothing waits for stock.
  if (waiting) return 'ON_HOLD';
  return lines.some((line) => line.shippedQuantity > 0) ? 'PARTIALLY_SHIPPED' : 'RELEASED';
}

/**
 * Staff release an order's holds (one, or all in force). Once none is left the order continues: an
 * allocated order is released to fulfillment at the end of its cancellation window (at once when
 * that has passed), a backordered one when its supply arrives. Audited, on the timeline and the
 * pipeline, OrderHoldReleased to the outbox.
 */
export async function releaseOrderHold(ctx: OrdersContext, command: ReleaseOrderHoldCommand): Promise<Order> {
  requireStaff(ctx.principal, 'release order holds');
  const note = requiredText(command.reason, 'reason');
  if (command.holdId && !isUuid(command.holdId)) throw new DomainError('NOT_FOUND', 'No such hold', { holdId: command.holdId });
  const actor = actorOf(ctx.principal);
  const now = new Date();
  const access = await orderAccessOf(ctx);
  const order = await inTransaction(ctx.em, async (em) => {
    const order = await lockedOrder(em, command.orderId, access);
    const [holds, lines, timeline, pipeline] = await Promise.all([
      activeHolds(em, order),
      em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } }),
      OrderTimeline.of(em, order),
      OrderPipeline.of(em, order),
    ]);
    const holdId = command.holdId?.toLowerCase();
    const releasing = holdId ? holds.filter((hold) => hold.id === holdId) : holds;
    if (releasing.length === 0) {
      throw command.holdId
        ? new DomainError('NOT_FOUND', `Order ${order.number} has no hold ${command.holdId} in force`, { holdId: command.holdId })
        : new DomainError('ORDER_NOT_ON_HOLD', `Order ${order.number} has no hold in force`, { orderId: order.id, status: order.status });
    }
    for (const hold of releasing) {
      hold.releasedAt = now;
      hold.releasedBy = actor;
      hold.releaseNote = note;
    }
    const remaining = holds.length - releasing.length;
    const reasons = releasing.map((hold) => hold.reason).join(', ');
    const from = order.status;
    let to: OrderStatus = from;
    if (remaining > 0 || from !== 'ON_HOLD') {
      timeline.note(actor, shortened(`hold released (${reasons}): ${note}; ${remaining} still in force`), now);
    } else {
      to = resumedStatus(order, lines);
      if (to === 'ON_HOLD') timeline.note(actor, shortened(`hold released (${reasons}): ${note}; still waiting for stock`), now);
      else timeline.move(to, actor, shortened(`hold released (${reasons}): ${note}`), now);
      if (to === 'ALLOCATED') {
        // The cancellation window runs from placement: a hold does not give the customer more of it.
        const releaseAt = new Date(Math.max(now.getTime(), releaseTimeFor(ctx, order.placedAt).getTime()));
        order.releaseAt = releaseAt;
        pipeline.record('RELEASE', 'SCHEDULED', actor, `hold released: ${note}; to fulfillment at ${releaseAt.toISOString()}`, now);
      } else {
        pipeline.record('RELEASE', 'SCHEDULED', actor, `hold released: ${note}; ${to === 'BACKORDERED' ? 'to fulfillment when the supply arrives' : `order ${to}`}`, now);
      }
    }
    recordEvent(em, orderHoldReleasedEvent(order, releasing, actor, note, to));
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      {
        action: 'releaseOrderHold',
        entityType: 'Order',
        entityId: order.id,
        before: { status: from, holds: releasing.map((hold) => ({ id: hold.id, reason: hold.reason })) },
        after: { status: to, note, holdsInForce: remaining },
      },
    );
    return order;
  });
  forgetCached(ctx, order.id);
  return order;
}

/** Orders on hold whose every hold in force has expired, oldest expiry first. */
async function ordersWithExpiredHolds(em: EntityManager, now: Date, limit: number): Promise<{ order_id: string; reasons: string }[]> {
  const schema = em.config.get('schema');
  return em.execute(
    `select h.order_id, string_agg(distinct h.reason, ', ') as reasons
     from "${schema}"."order_hold" h join "${schema}"."order" o on o.id = h.order_id
     where h.released_at is null and o.status = 'ON_HOLD'
     group by h.order_id
     having bool_and(h.expires_at is not null) and max(h.expires_at) <= ?
     order by max(h.expires_at) limit ?`,
    [now, limit],
  );
}

const SWEEPER: Principal = Object.freeze({ kind: 'service', service: 'orders' });

/**
 * Cancels the orders whose holds have all expired: their stock is released and their payment voided
 * (the ordinary cancellation), one transaction each, re-checked under the order's lock so a hold
 * released meanwhile wins. Safe with several instances. Returns how many were cancelled.
 */
export async function cancelExpiredHolds(ctx: OrderProcessContext, options: { now?: Date; batchSize?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await ordersWithExpiredHolds(ctx.em.fork(), now, options.batchSize ?? 50);
  let cancelled = 0;
  for (const { order_id: orderId, reasons } of due) {
    try {
      const requestCtx = createOrdersContext({
        em: ctx.em.fork(),
        principal: SWEEPER,
        requestId: ctx.requestId,
        logger: ctx.logger,
        services: ctx.services,
        live: undefined,
        clientIp: undefined,
        jwtSecret: '',
      });
      // Re-checked under the order's lock, in the cancellation's transaction: a hold released meanwhile wins.
      const stillExpired = async (em: EntityManager, order: Order) => {
        if (order.status !== 'ON_HOLD') return false;
        const holds = await activeHolds(em, order);
        return holds.length > 0 && holds.every((hold) => hold.expiresAt != null && hold.expiresAt <= now);
      };
      const done = await cancelOrder(requestCtx, { orderId, reason: `hold expired (${reasons}) before it was released`, onlyIf: stillExpired }).then(
        () => true,
        (error: unknown) => {
          if (isDomainError(error) && error.code === CANCELLATION_NOT_DUE) return false;
          throw error;
        },
      );
      if (done) cancelled++;
    } catch (error) {
      ctx.logger.error({ err: error, orderId }, 'could not cancel an order whose hold expired; retried at the next round');
    }
  }
  return cancelled;
}
