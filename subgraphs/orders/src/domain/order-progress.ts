/**
 * How far an order has come, from its lines' quantities (pure). Every unit of a line is open,
 * shipped (left the retailer: in a parcel, or handed over in store) or cancelled; the order's status
 * and what the customer owes follow from that.
 */
import type { OrderLineStatus } from '../entities/order-line.entity.ts';
import type { DeliveryMethod, OrderStatus } from '../entities/order.entity.ts';
import { scaleHalfEven } from './money.ts';

export interface LineQuantities {
  quantity: number;
  shippedQuantity: number;
  cancelledQuantity: number;
  status: OrderLineStatus;
}

export interface PricedLineQuantities extends LineQuantities {
  unitPrice: number;
  discount: number;
}

export interface OrderProgress {
  status: OrderStatus;
  deliveryMethod: DeliveryMethod;
  /** Set once the order was released to fulfillment. */
  releasedAt?: Date | null | undefined;
}

/** Units still to ship (or to collect). */
export function openQuantity(line: LineQuantities): number {
  return line.quantity - line.shippedQuantity - line.cancelledQuantity;
}

/** A line's status once its quantities changed: open (or still backordered) while units are open, then SHIPPED if any left, else CANCELLED. */
export function lineStatusAfter(line: LineQuantities): OrderLineStatus {
  if (openQuantity(line) > 0) return line.status === 'BACKORDERED' ? 'BACKORDERED' : 'OPEN';
  return line.shippedQuantity > 0 ? 'SHIPPED' : 'CANCELLED';
}

/**
 * An order's status once its lines' quantities changed (shipped, collected, cancelled, backordered):
 * - nothing open: CANCELLED when nothing left, else SHIPPED (DELIVERED for pickup orders, which are
 *   delivered when collected);
 * - before release the status only changes when the last backordered line is covered (ALLOCATED);
 * - a released order on hold for units that could not be re-sourced stays on hold while any wait
 *   for stock;
 * - otherwise a released order is PARTIALLY_SHIPPED once anything left, else RELEASED.
 */
export function orderStatusAfter(order: OrderProgress, lines: readonly LineQuantities[]): OrderStatus {
  const open = lines.reduce((total, line) => total + openQuantity(line), 0);
  const shipped = lines.reduce((total, line) => total + line.shippedQuantity, 0);
  if (open === 0) {
    if (shipped === 0) return 'CANCELLED';
    return order.deliveryMethod === 'SHIP' ? (order.status === 'DELIVERED' ? 'DELIVERED' : 'SHIPPED') : 'DELIVERED';
  }
  const waiting = lines.some((line) => line.status === 'BACKORDERED' && openQuantity(line) > 0);
  switch (order.status) {
    case 'BACKORDERED':
      return waiting ? 'BACKORDERED' : 'ALLOCATED';
    case 'ON_HOLD':
      if (!order.releasedAt || waiting) return 'ON_HOLD';
      break;
    case 'RELEASED':
    case 'PARTIALLY_SHIPPED':
      break;
    default:
      return order.status;
  }
  return shipped > 0 ? 'PARTIALLY_SHIPPED' : 'RELEASED';
}

/** What `units` of a line cost the customer: the line's net amount (after discounts) pro rata, rounded half to even. */
export function unitsValue(line: PricedLineQuantities, units: number): number {
  if (units <= 0) return 0;
  return scaleHalfEven(line.unitPrice * line.quantity - line.discount, Math.min(units, line.quantity), line.quantity);
}

/**
 * What the customer owes for the goods that left so far: their value plus the shipping charge (due
 * with the first parcel), capped at the order total; the whole total once nothing is open, so
 * rounding never leaves a cent uncaptured.
 */
export function amountDue(order: { total: number; shippingTotal: number }, lines: readonly PricedLineQuantities[]): number {
  if (lines.every((line) => openQuantity(line) === 0)) return lines.some((line) => line.shippedQuantity > 0) ? order.total : 0;
  const value = lines.reduce((total, line) => total + unitsValue(line, line.shippedQuantity), 0);
  if (lines.every((line) => line.shippedQuantity === 0)) return 0;
  return Math.min(order.total, value + order.shippingTotal);
}

/** A line as order totals see it: the units not cancelled, with their share of the line's discount. */
export function pricedRemainder(line: PricedLineQuantities): { gross: number; discount: number } | null {
  const kept = line.quantity - line.cancelledQuantity;
  if (kept <= 0) return null;
  return {
    gross: line.unitPrice * kept,
    discount: kept === line.quantity ? line.discount : scaleHalfEven(line.discount, kept, line.quantity),
  };
}
