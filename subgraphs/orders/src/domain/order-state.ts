import { StateMachine } from '@oms/platform';
import type { OrderLineStatus } from '../entities/order-line.entity.ts';
import type { OrderStatus } from '../entities/order.entity.ts';

/**
 * The order process as a transitions table (the Vendure way). Placement runs CREATED → CONFIRMED →
 * ALLOCATED (or BACKORDERED when a line is sold ahead of supply); after its cancellation window an
 * ALLOCATED order is RELEASED to fulfillment, whose events move it on: PARTIALLY_SHIPPED, SHIPPED,
 * DELIVERED (a pickup order goes to DELIVERED when collected). ON_HOLD parks an order (fraud
 * review, customer request, units that could not be re-sourced) until it resumes; CANCELLED is
 * possible until the first parcel leaves.
 */
export const ORDER_TRANSITIONS = {
  CREATED: ['CONFIRMED', 'ON_HOLD', 'CANCELLED'],
  CONFIRMED: ['ALLOCATED', 'BACKORDERED', 'ON_HOLD', 'CANCELLED'],
  ON_HOLD: ['CONFIRMED', 'ALLOCATED', 'BACKORDERED', 'RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'],
  BACKORDERED: ['ALLOCATED', 'ON_HOLD', 'CANCELLED'],
  ALLOCATED: ['RELEASED', 'BACKORDERED', 'ON_HOLD', 'CANCELLED'],
  RELEASED: ['PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'ON_HOLD', 'CANCELLED'],
  PARTIALLY_SHIPPED: ['SHIPPED', 'DELIVERED', 'ON_HOLD'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
} as const satisfies Record<OrderStatus, readonly OrderStatus[]>;

export const orderStateMachine = new StateMachine<OrderStatus>('Order', ORDER_TRANSITIONS);

/**
 * A line is open until all its units shipped or were cancelled (SHIPPED when some shipped); it is
 * backordered while some of its units wait for stock (sold ahead of supply, or not re-sourced), and
 * opens again when they are held.
 */
export const ORDER_LINE_TRANSITIONS = {
  OPEN: ['SHIPPED', 'CANCELLED', 'BACKORDERED'],
  BACKORDERED: ['OPEN', 'SHIPPED', 'CANCELLED'],
  SHIPPED: [],
  CANCELLED: [],
} as const satisfies Record<OrderLineStatus, readonly OrderLineStatus[]>;

export const orderLineStateMachine = new StateMachine<OrderLineStatus>('Order line', ORDER_LINE_TRANSITIONS);

/** Statuses in which some lines may still be cancelled (those not shipped yet). */
export function linesCancellableIn(status: OrderStatus): boolean {
  return status !== 'SHIPPED' && status !== 'DELIVERED' && status !== 'CANCELLED';
}

/** The happy path from creation to a status, as the transitions a new order went through to get there. */
export function pathTo(status: OrderStatus): OrderStatus[] {
  const paths: Record<OrderStatus, OrderStatus[]> = {
    CREATED: ['CREATED'],
    CONFIRMED: ['CREATED', 'CONFIRMED'],
    ON_HOLD: ['CREATED', 'CONFIRMED', 'ON_HOLD'],
    BACKORDERED: ['CREATED', 'CONFIRMED', 'BACKORDERED'],
    ALLOCATED: ['CREATED', 'CONFIRMED', 'ALLOCATED'],
    RELEASED: ['CREATED', 'CONFIRMED', 'ALLOCATED', 'RELEASED'],
    PARTIALLY_SHIPPED: ['CREATED', 'CONFIRMED', 'ALLOCATED', 'RELEASED', 'PARTIALLY_SHIPPED'],
    SHIPPED: ['CREATED', 'CONFIRMED', 'ALLOCATED', 'RELEASED', 'SHIPPED'],
    DELIVERED: ['CREATED', 'CONFIRMED', 'ALLOCATED', 'RELEASED', 'SHIPPED', 'DELIVERED'],
    CANCELLED: ['CREATED', 'CONFIRMED', 'ALLOCATED', 'CANCELLED'],
  };
  return paths[status];
}
