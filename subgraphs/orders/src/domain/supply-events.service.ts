/**
 * Backordered orders and their supply: when inbound goods cover an order's presell promises
 * (inventory's StockAllocated with `presellCovered`), its lines whose units are all held from stock
 * open again, and once no line waits the order is ALLOCATED and released at once (its customer
 * has waited long enough; the cancellation window has passed). An order with some lines still
 * waiting stays BACKORDERED: backordered orders ship complete.
 */
import { parseEvent, StockAllocated } from '@oms/contracts';
import type { BusEvent } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { orderAllocations } from './inventory.client.ts';
import { openQuantity, orderStatusAfter } from './order-progress.ts';
import { orderLineStateMachine } from './order-state.ts';
import { runSagaStep, type HandlingOutcome, type Parsed } from './saga-step.ts';

export const SUPPLY_EVENTS_CONSUMER = 'orders-inventory';
export const STOCK_ALLOCATED = StockAllocated.type;

/** The order whose presold units inbound goods covered, read through the event's contract. */
function parseSupplyNotice(event: BusEvent): Parsed<{ orderId: string }> {
  const parsed = parseEvent(StockAllocated, event);
  return parsed.ok ? { ok: true, value: { orderId: parsed.value.orderId } } : parsed;
}

export function handleSupplyEvent(ctx: OrderProcessContext, event: BusEvent): Promise<HandlingOutcome> | HandlingOutcome {
  // Allocations made at placement or when re-sourcing are the orders service's own doing.
  if (event.type !== STOCK_ALLOCATED || event.payload['presellCovered'] !== true) return 'IGNORED';
  const parsed = parseSupplyNotice(event);
  return runSagaStep(ctx, SUPPLY_EVENTS_CONSUMER, event, parsed, async (run) => {
    const { order, lines } = run;
    if (order.status !== 'BACKORDERED') return { ignored: `a ${order.status} order waits for no supply` };
    const held = (await orderAllocations(ctx, order.id)).filter((allocation) => allocation.status === 'ALLOCATED');
    let opened = 0;
    for (const line of lines) {
      if (line.status !== 'BACKORDERED') continue;
      const own = held.filter((allocation) => allocation.orderLineId === line.id);
      const fromStock = own.filter((allocation) => allocation.kind === 'STOCK').reduce((total, allocation) => total + allocation.quantity, 0);
      if (own.some((allocation) => allocation.kind === 'PRESELL') || fromStock < openQuantity(line)) continue;
      orderLineStateMachine.assertTransition(line.status, 'OPEN');
      line.status = 'OPEN';
      opened++;
    }
    if (opened === 0) return { ignored: 'every backordered line still waits' };
    const next = orderStatusAfter(order, lines);
    if (run.timeline.move(next, run.actor, 'presold stock arrived') && next === 'ALLOCATED') order.releaseAt = new Date();
    return 'HANDLED';
  });
}
