/**
 * The order saga after release, driven by what the fulfillment service reports: goods that left
 * (shipped, collected) are marked and paid for, delivered orders close, units not collected are
 * cancelled, and units a location could not serve (rejected, short-picked) are re-sourced
 * elsewhere through inventory, or the order waits on hold for stock. Each event once: the bus
 * delivers at least once, so each event runs as a command keyed by its id (saga-step.ts) and is
 * claimed in the transaction of its writes; the calls to other systems carry idempotency keys
 * derived from it. Captures and voids at the payment provider are journaled in that transaction and
 * made once it committed (effects of the command, retried by its recovery worker): a step rolled
 * back moves no money. Re-sourcing at inventory is asked before the transaction.
 */
import { eventPayload, FULFILLMENT_GOODS_EVENTS, OrderLinesCancelled, parseGoodsNotice } from '@oms/contracts';
import { recordEvent, type BusEvent } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import type { OrderLine } from '../entities/order-line.entity.ts';
import { locationNames, reallocateOrderLines, type StockShortfall } from './inventory.client.ts';
import { lineStatusAfter, openQuantity, orderStatusAfter, unitsValue } from './order-progress.ts';
import { settlePayments, repriceRemainder } from './order-settlement.ts';
import { orderLineStateMachine } from './order-state.ts';
import { recordInStorePayment } from './payments/order-payments.ts';
import { orderReleasedEvent } from './release.service.ts';
import { runOrderEvent, type HandlingOutcome, type OrderSnapshot, type Parsed, type SagaStep, type StepResult } from './saga-step.ts';
import { recordShortageHold } from './order-pipeline.ts';
import { allocationDeliveryOf } from './order.service.ts';

/** The durable consumer of fulfillment events (one instance at a time, in order). */
export const FULFILLMENT_EVENTS_CONSUMER = 'orders-fulfillment';

export const FulfillmentEvents = {
  ShipmentShipped: FULFILLMENT_GOODS_EVENTS.ShipmentShipped.type,
  ShipmentDelivered: FULFILLMENT_GOODS_EVENTS.ShipmentDelivered.type,
  PickedUp: FULFILLMENT_GOODS_EVENTS.PickedUp.type,
  PickupExpired: FULFILLMENT_GOODS_EVENTS.PickupExpired.type,
  Rejected: FULFILLMENT_GOODS_EVENTS.FulfillmentOrderRejected.type,
  ShortPicked: FULFILLMENT_GOODS_EVENTS.FulfillmentLinesShortPicked.type,
} as const;

export const FULFILLMENT_EVENT_TYPES: readonly string[] = Object.values(FulfillmentEvents);

export interface NoticeLine {
  orderLineId: string;
  allocationId: string;
  sku: string;
  quantity: number;
}

/** What orders needs of a fulfillment event. */
export interface FulfillmentNotice {
  orderId: string;
  fulfillmentOrderId: string | null;
  locationId: string | null;
  lines: NoticeLine[];
}

/** Reads the event through its contract (`packages/contracts`); an event that breaks it is parked (REJECTED) with the reason. */
export function parseFulfillmentNotice(event: Pick<BusEvent, 'type' | 'payload'>): Parsed<FulfillmentNotice> {
  return parseGoodsNotice(event);
}

function summary(entries: readonly { sku: string; quantity: number }[]): string {
  return entries.map((entry) => `${entry.quantity} × ${entry.sku}`).join(', ');
}

/** Quantities per order line, each at most what the line still has open. */
function openUnitsOf(lines: readonly OrderLine[], notice: FulfillmentNotice): { line: OrderLine; quantity: number; items: NoticeLine[] }[] {
  const wanted = new Map<string, { quantity: number; items: NoticeLine[] }>();
  for (const item of notice.lines) {
    const entry = wanted.get(item.orderLineId) ?? { quantity: 0, items: [] };
    entry.quantity += item.quantity;
    entry.items.push(item);
    wanted.set(item.orderLineId, entry);
  }
  return lines.flatMap((line) => {
    const entry = wanted.get(line.id);
    const quantity = Math.min(entry?.quantity ?? 0, openQuantity(line));
    return entry && quantity > 0 ? [{ line, quantity, items: entry.items }] : [];
  });
}

function setLineStatus(line: OrderLine): void {
  const next = lineStatusAfter(line);
  if (next === line.status) return;
  orderLineStateMachine.assertTransition(line.status, next);
  line.status = next;
}

/** The order's status follows its lines. */
function followLines(run: SagaStep<FulfillmentNotice, unknown>, reason: string): void {
  run.timeline.move(orderStatusAfter(run.order, run.lines), run.actor, reason);
}

/**
 * Goods that left: shipped in a parcel, or collected in store. Shipped quantities are counted per
 * line (a line is SHIPPED once all of it left), the order becomes PARTIALLY_SHIPPED, SHIPPED, or
 * DELIVERED for a collected pickup, and what is owed is captured (partial captures). A
 * reserve-in-store order is paid at the till: that payment is recorded and the online authorization,
 * a guarantee only, is voided by as much.
 */
async function handOver(run: SagaStep<FulfillmentNotice, unknown>, how: 'SHIPPED' | 'COLLECTED'): Promise<StepResult> {
  const { em, event, notice, order, lines } = run;
  const moving = openUnitsOf(lines, notice);
  const asked = notice.lines.reduce((total, item) => total + item.quantity, 0);
  const moved = moving.reduce((total, entry) => total + entry.quantity, 0);
  if (moved < asked) run.ctx.logger.warn({ eventId: event.id, orderId: order.id, asked, moved }, 'units reported as gone that were not open on the order');
  if (moved === 0) return { ignored: 'no open units of the order in it' };
  for (const { line, quantity } of moving) {
    line.shippedQuantity += quantity;
    setLineStatus(line);
  }
  const units = summary(moving.map(({ line, quantity }) => ({ sku: line.skuCode, quantity })));
  if (how === 'COLLECTED' && (order.deliveryMethod === 'RESERVE_IN_STORE' || event.payload['paymentCollectedInStore'] === true)) {
    const amount = moving.reduce((total, { line, quantity }) => total + unitsValue(line, quantity), 0);
    const pos = event.payload['posTransactionReference'];
    recordInStorePayment(em, order, {
      id: notice.fulfillmentOrderId ?? event.id,
      posReference: typeof pos === 'string' && pos.trim() !== '' ? pos.trim() : null,
      amount,
      at: new Date(),
    });
  }
  const shipment = event.payload['shipmentId'];
  followLines(run, how === 'SHIPPED' ? `shipped ${units}${typeof shipment === 'string' ? ` (shipment ${shipment})` : ''}` : `collected in store: ${units}`);
  // Money moves last: anything refused above leaves the payment untouched.
  await settlePayments(run.ctx, em, order, lines, event.id, run.afterCommit);
  return 'HANDLED';
}

/** The last parcel arrived: a fully shipped order is DELIVERED. */
async function delivered(run: SagaStep<FulfillmentNotice, unknown>): Promise<StepResult> {
  if (run.event.payload['allShipmentsDelivered'] !== true) return { ignored: 'other shipments are still on their way' };
  if (run.order.status !== 'SHIPPED') return { ignored: `a ${run.order.status} order is not fully shipped` };
  run.timeline.move('DELIVERED', run.actor, 'all shipments delivered');
  return 'HANDLED';
}

/**
 * A pickup not collected by its deadline: those units are cancelled (totals recomputed over what
 * remains, the authorization voided by the difference, all of it when nothing remains), the order
 * CANCELLED when nothing is left of it. Inventory releases their stock from the same event.
 */
async function pickupExpired(run: SagaStep<FulfillmentNotice, unknown>): Promise<StepResult> {
  const { em, event, order, lines } = run;
  const cancelling = openUnitsOf(lines, run.notice);
  if (cancelling.length === 0) return { ignored: 'no open units of the order in it' };
  for (const { line, quantity } of cancelling) {
    line.cancelledQuantity += quantity;
    setLineStatus(line);
  }
  const reason = `not collected by the pickup deadline: ${summary(cancelling.map(({ line, quantity }) => ({ sku: line.skuCode, quantity })))}`;
  const next = orderStatusAfter(order, lines);
  // A cancelled order keeps its last totals for the record; otherwise totals cover what remains.
  if (next !== 'CANCELLED') repriceRemainder(run.ctx, order, lines);
  run.timeline.move(next, run.actor, reason);
  recordEvent(em, {
    type: OrderLinesCancelled.type,
    aggregateType: 'Order',
    aggregateId: order.id,
    payload: eventPayload(OrderLinesCancelled, {
      orderId: order.id,
      customerId: order.customerId ?? null,
      lineIds: cancelling.map(({ line }) => line.id),
      reason,
      total: { amount: order.total, currency: order.currency },
    }),
  });
  await settlePayments(run.ctx, em, order, lines, event.id, run.afterCommit);
  return 'HANDLED';
}

/** What re-sourcing asked of inventory, before the event's transaction. */
type Resourcing =
  | { kind: 'NOTHING'; why: string }
  | { kind: 'ASKED'; failing: string; units: { orderLineId: string; allocationId: string; sku: string; quantity: number }[]; outcome: Awaited<ReturnType<typeof reallocateOrderLines>>; names: Map<string, string> };

/**
 * Before the transaction, on the order as read: inventory is asked to release the units a location
 * cannot serve and hold them elsewhere (one transaction there, idempotent by the event id, so a
 * redelivery gets the same answer), and the locations' names for the timeline.
 */
async function askResourcing(ctx: OrderProcessContext, event: BusEvent, snapshot: OrderSnapshot | null, notice: FulfillmentNotice, why: string): Promise<Resourcing> {
  if (!snapshot) return { kind: 'NOTHING', why: 'unknown order' };
  const { order, lines } = snapshot;
  const moving = openUnitsOf(lines, notice);
  if (moving.length === 0) return { kind: 'NOTHING', why: 'no open units of the order in it' };
  const failing = notice.locationId;
  if (!failing) return { kind: 'NOTHING', why: 'no location to re-source from' };
  // Each line's units, allocation by allocation, up to what the line has open.
  const units = moving.flatMap(({ line, quantity, items }) => {
    let left = quantity;
    return items.flatMap((item) => {
      const take = Math.min(left, item.quantity);
      left -= take;
      return take > 0 ? [{ orderLineId: line.id, allocationId: item.allocationId, sku: line.skuCode, quantity: take }] : [];
    });
  });
  const outcome = await reallocateOrderLines(ctx, {
    orderId: order.id,
    channel: order.channel,
    delivery: allocationDeliveryOf(order),
    lines: units,
    excludeLocationIds: [failing],
    reason: why,
    reference: event.id,
  });
  const names = await locationNames(ctx, [failing, ...(outcome.kind === 'ALLOCATED' ? outcome.allocations.map((allocation) => allocation.locationId) : [])]);
  return { kind: 'ASKED', failing, units, outcome, names };
}

/**
 * A location cannot serve units (it rejected its fulfillment order, or they were missing at the
 * pick): inventory released them there and held them elsewhere (`askResourcing`). Re-sourced
 * units go to fulfillment again (OrderReleased with just those allocations) and the timeline says
 * where from and to; without stock elsewhere the lines are BACKORDERED and the order ON_HOLD with the
 * reason (alternatives to save the sale come with the sourcing rules).
 */
function resource(run: SagaStep<FulfillmentNotice, Resourcing>, why: string): StepResult {
  const { order, lines, notice, prepared } = run;
  if (prepared.kind === 'NOTHING') return { ignored: prepared.why };
  const { failing, units, outcome, names } = prepared;
  const from = names.get(failing) ?? failing;
  if (outcome.kind === 'ALLOCATED') {
    recordEvent(run.em, orderReleasedEvent(order, outcome.allocations));
    const to = [...new Set(outcome.allocations.map((allocation) => names.get(allocation.locationId) ?? allocation.locationId))].join(', ');
    run.timeline.note(run.actor, `re-sourced ${summary(units)} from ${from} to ${to}: ${why}`);
    return 'HANDLED';
  }
  const moving = openUnitsOf(lines, notice);
  for (const { line } of moving) {
    if (line.status !== 'BACKORDERED') {
      orderLineStateMachine.assertTransition(line.status, 'BACKORDERED');
      line.status = 'BACKORDERED';
    }
  }
  const reason = `waiting for stock: ${shortage(outcome.lines)} could not be re-sourced after ${why} at ${from}`;
  if (order.status === 'ON_HOLD') run.timeline.note(run.actor, reason);
  else run.timeline.move('ON_HOLD', run.actor, reason);
  recordShortageHold(run.em, order, run.actor, reason);
  return 'HANDLED';
}

function shortage(lines: readonly StockShortfall[]): string {
  return lines.map((line) => `${line.requested} × ${line.sku} (${line.available} available elsewhere)`).join(', ');
}

/** Why a location could not serve the event's units, when it is one of those events. */
function resourcingCause(event: BusEvent): string | null {
  if (event.type === FulfillmentEvents.ShortPicked) return 'short pick';
  if (event.type !== FulfillmentEvents.Rejected) return null;
  const reason = event.payload['reason'];
  return `rejected${typeof reason === 'string' && reason.trim() !== '' ? ` (${reason.trim()})` : ''}`;
}

/** Applies one fulfillment event to its order (see the module comment). */
export async function handleFulfillmentEvent(ctx: OrderProcessContext, event: BusEvent): Promise<HandlingOutcome> {
  const parsed = parseFulfillmentNotice(event);
  const cause = resourcingCause(event);
  if (cause !== null) {
    return runOrderEvent<FulfillmentNotice, Resourcing>(ctx, FULFILLMENT_EVENTS_CONSUMER, event, parsed, {
      prepare: (snapshot, notice) => askResourcing(ctx, event, snapshot, notice, cause),
      step: async (run) => resource(run, cause),
    });
  }
  return runOrderEvent<FulfillmentNotice, unknown>(ctx, FULFILLMENT_EVENTS_CONSUMER, event, parsed, {
    step: async (run) => {
      switch (event.type) {
        case FulfillmentEvents.ShipmentShipped:
          return handOver(run, 'SHIPPED');
        case FulfillmentEvents.PickedUp:
          return handOver(run, 'COLLECTED');
        case FulfillmentEvents.ShipmentDelivered:
          return delivered(run);
        case FulfillmentEvents.PickupExpired:
          return pickupExpired(run);
        default:
          return { ignored: `not an event of the order process: ${event.type}` };
      }
    },
  });
}
