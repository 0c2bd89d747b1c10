import { eventPayload, OrderHeld, OrderHoldReleased } from '@oms/contracts';
import { OutboxEvent, type DomainEvent, type EntityManager } from '@oms/platform';
import { OrderHold, type HoldReason } from '../entities/order-hold.entity.ts';
import { OrderPipelineStep, type PipelineOutcome, type PipelineStepName } from '../entities/order-pipeline-step.entity.ts';
import type { Order, OrderStatus } from '../entities/order.entity.ts';
import type { StockAllocation } from './inventory.client.ts';
import { formatMoney } from './money.ts';
import { OrderLog, shortened } from './order-log.ts';
import type { RiskMatch } from './risk-rules.ts';

/** Who runs the pipeline's automatic steps. */
export const PIPELINE_ACTOR = 'service:orders';

/**
 * Appends steps to an order's pipeline within a unit of work; the order row should be locked, so no
 * one else writes the next position.
 */
export class OrderPipeline extends OrderLog {
  static async of(em: EntityManager, order: Order): Promise<OrderPipeline> {
    const last = await em.findOne(OrderPipelineStep, { order }, { orderBy: { position: 'desc' }, fields: ['position'] });
    return new OrderPipeline(em, order, last?.position ?? 0);
  }

  record(step: PipelineStepName, outcome: PipelineOutcome, actor: string, detail: string | null, at = new Date()): void {
    this.em.create(OrderPipelineStep, { order: this.order, position: this.nextPosition(), step, outcome, actor, detail: detail === null ? null : shortened(detail), at });
  }
}

/** What the order events customers are told of carry first: the order, and who to tell. */
export function orderRecipient(order: Order): { orderId: string; number: string; customerId: string | null; email: string } {
  return { orderId: order.id, number: order.number, customerId: order.customerId ?? null, email: order.email };
}

/** The OrderHeld event other services (notifications) follow. */
export function orderHeldEvent(order: Order, holds: readonly OrderHold[]): DomainEvent {
  return {
    type: OrderHeld.type,
    aggregateType: 'Order',
    aggregateId: order.id,
    payload: eventPayload(OrderHeld, {
      ...orderRecipient(order),
      holds: holds.map((hold) => ({ holdId: hold.id, reason: hold.reason, detail: hold.detail, expiresAt: hold.expiresAt?.toISOString() ?? null })),
    }),
  };
}

export function orderHoldReleasedEvent(order: Order, holds: readonly OrderHold[], releasedBy: string, note: string, resumedTo: OrderStatus): DomainEvent {
  return {
    type: OrderHoldReleased.type,
    aggregateType: 'Order',
    aggregateId: order.id,
    payload: eventPayload(OrderHoldReleased, {
      ...orderRecipient(order),
      holds: holds.map((hold) => ({ holdId: hold.id, reason: hold.reason })),
      releasedBy,
      note,
      status: resumedTo,
    }),
  };
}

/** What a placement records besides the order itself, built to travel in its one INSERT statement. */
export interface PlacementRecords {
  steps: OrderPipelineStep[];
  holds: OrderHold[];
  events: OutboxEvent[];
  /** The timeline's reason for each status the placement went through (after CREATED). */
  reasons: Map<OrderStatus, string>;
}

export interface PlacementFacts {
  order: Order;
  lineCount: number;
  allocations: readonly StockAllocation[];
  risk: readonly RiskMatch[];
  holdExpiresAt: Date;
  releaseAt: Date | null;
  at: Date;
}

const UNFLUSHED = { persist: false, processOnCreateHooksEarly: true } as const;

/**
 * The pipeline of an order just captured: validation, risk check, payment authorization, sourcing
 * (stock is held before the authorization so no funds are taken for goods not there, but the
 * pipeline reads in the business's order), then the release: scheduled, or held by the risk rules
 * with a hold per rule that matched.
 */
export function placementRecords(em: EntityManager, facts: PlacementFacts): PlacementRecords {
  const { order, at } = facts;
  const steps: OrderPipelineStep[] = [];
  const step = (name: PipelineStepName, outcome: PipelineOutcome, detail: string) =>
    steps.push(em.create(OrderPipelineStep, { order, position: steps.length + 1, step: name, outcome, detail: shortened(detail), actor: PIPELINE_ACTOR, at }, UNFLUSHED));

  const held = facts.risk.length > 0;
  const riskDetail = held ? facts.risk.map((match) => match.detail).join('; ') : 'no risk rule matched';
  const locations = new Set(facts.allocations.filter((allocation) => allocation.kind === 'STOCK').map((allocation) => allocation.locationId));
  const presold = facts.allocations.filter((allocation) => allocation.kind === 'PRESELL').length;
  const sourcing = `stock held at ${locations.size} location${locations.size === 1 ? '' : 's'}${presold > 0 ? `, ${presold} allocation(s) sold ahead of supply` : ''}`;
  const authorized = `authorized ${formatMoney(order.total, order.currency)}`;

  step('VALIDATE', 'PASSED', `${facts.lineCount} line${facts.lineCount === 1 ? '' : 's'} priced, total ${formatMoney(order.total, order.currency)}`);
  step('RISK_CHECK', held ? 'HELD' : 'PASSED', riskDetail);
  step('PAYMENT_AUTHORIZATION', 'PASSED', authorized);
  step('SOURCE_AND_ALLOCATE', 'PASSED', sourcing);
  if (held) step('RELEASE', 'HELD', `on hold: ${facts.risk.map((match) => match.reason).join(', ')}`);
  else if (facts.releaseAt) step('RELEASE', 'SCHEDULED', `to fulfillment at ${facts.releaseAt.toISOString()} (end of the cancellation window)`);
  else step('RELEASE', 'SCHEDULED', 'to fulfillment when the supply sold ahead arrives');

  const holds = facts.risk.map((match) =>
    em.create(
      OrderHold,
      {
        order,
        reason: match.reason satisfies HoldReason,
        detail: shortened(match.detail),
        placedAt: at,
        placedBy: PIPELINE_ACTOR,
        expiresAt: facts.holdExpiresAt,
        releasedAt: null,
        releasedBy: null,
        releaseNote: null,
      },
      UNFLUSHED,
    ),
  );
  const events = held ? [em.create(OutboxEvent, { ...orderHeldEvent(order, holds), occurredAt: at, publishedAt: null }, UNFLUSHED)] : [];
  const reasons = new Map<OrderStatus, string>([
    ['CONFIRMED', `validated; risk check: ${riskDetail}; payment ${authorized}`],
    ['ALLOCATED', sourcing],
    ['BACKORDERED', sourcing],
  ]);
  if (held) reasons.set('ON_HOLD', `risk check: ${riskDetail}`);
  return { steps, holds, events, reasons };
}

export function activeHolds(em: EntityManager, order: Order): Promise<OrderHold[]> {
  return em.find(OrderHold, { order, releasedAt: null }, { orderBy: { placedAt: 'asc', id: 'asc' } });
}

/**
 * Closes the holds of an order being cancelled (in the cancellation's unit of work) and records the
 * end of its pipeline: an order cancelled before release never reaches fulfillment.
 */
export async function closeHoldsOnCancellation(em: EntityManager, order: Order, actor: string, reason: string, at = new Date()): Promise<void> {
  const [holds, pipeline] = await Promise.all([activeHolds(em, order), OrderPipeline.of(em, order)]);
  for (const hold of holds) {
    hold.releasedAt = at;
    hold.releasedBy = actor;
    hold.releaseNote = shortened(`order cancelled: ${reason}`);
  }
  if (!order.releasedAt) pipeline.record('RELEASE', 'FAILED', actor, `order cancelled: ${reason}`, at);
}

/**
 * Units of a released order could not be re-sourced: the order waits for stock (no expiry, as it
 * holds no stock for them) until staff cancel those lines or the supply comes.
 */
export function recordShortageHold(em: EntityManager, order: Order, actor: string, detail: string, at = new Date()): void {
  em.create(OrderHold, { order, reason: 'STOCK_SHORTAGE', detail: shortened(detail), placedAt: at, placedBy: actor, expiresAt: null, releasedAt: null, releasedBy: null, releaseNote: null });
}
