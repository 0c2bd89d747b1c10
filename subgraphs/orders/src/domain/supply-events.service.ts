/**
 * Backordered orders and their supply: when inbound goods cover an order's presell promises
 * (inventory's StockAllocated with `presellCovered`), its lines whose units are all held from stock
 * open again, and once no line waits the order is ALLOCATED and released at once (its customer
 * has waited long enough; the cancellation window has passed). An order with some lines still
 * waiting stays BACKORDERED: backordered orders ship complete. Inventory is asked what the order
 * holds before the event's transaction (saga-step.ts), never while the order is locked.
 */
import { parseEvent, StockAllocated } from '@oms/contracts';
import type { BusEvent } from '@oms/platform';
import type { OrderProcessContext } from '../context.ts';
import { orderAllocations, type HeldAllocation } from './inventory.client.ts';
import { openQuantity, orderStatusAfter } from './order-progress.ts';
import { orderLineStateMachine } from './order-state.ts';
import { runOrderEvent, type HandlingOutcome } from './saga-step.ts';

export const SUPPLY_EVENTS_CONSUMER = 'orders-inventory';
export const STOCK_ALLOCATED = StockAllocated.type;

export function handleSupplyEvent(ctx: OrderProcessContext, event: BusEvent): Promise<HandlingOutcome> | HandlingOutcome {
  // Allocations made at placement or when re-sourcing are the orders service's own doing.
  if (event.type !== STOCK_ALLOCATED || event.payload['presellCovered'] !== true) return 'IGNORED';
  const notice = parseEvent(StockAllocated, event);
  const parsed = notice.ok ? { ok: true as const, value: { orderId: notice.value.orderId.toLowerCase() } } : notice;
  return runOrderEvent<{ orderId: string }, HeldAllocation[]>(ctx, SUPPLY_EVENTS_CONSUMER, event, parsed, {
    prepare: async (snapshot) => (snapshot?.order.status === 'BACKORDERED' ? orderAllocations(ctx, snapshot.order.id) : []),
    step: async (run) => {
      const { order, lines } = run;
      if (order.status !== 'BACKORDERED') return { ignored: `a ${order.status} order waits for no supply` };
      const held = run.prepared.filter((allocation) => allocation.status === 'ALLOCATED');
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
    },
  });
}
