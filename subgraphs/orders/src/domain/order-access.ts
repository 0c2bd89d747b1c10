import { DomainError, type Principal } from '@oms/platform';
import type { SalesChannel } from './order-validation.ts';

/**
 * Row-level rules on top of the scopes the gateway enforces: a customer sees and changes only their
 * own orders; a partner key bound to a channel only that channel's. Staff and the OMS's own
 * services see every order.
 */
export interface OrderRow {
  customerId?: string | null | undefined;
  channel: SalesChannel;
}

/** What a principal may see of the order list, as filter values (absent = unrestricted). */
export function visibleOrders(principal: Principal): { customerId?: string; channel?: SalesChannel } {
  if (principal.kind === 'customer') return { customerId: principal.customerId.toLowerCase() };
  if (principal.kind === 'partner' && principal.channel) return { channel: principal.channel as SalesChannel };
  return {};
}

export function mayAccessOrder(principal: Principal, order: OrderRow): boolean {
  const visible = visibleOrders(principal);
  if (visible.customerId !== undefined && order.customerId?.toLowerCase() !== visible.customerId) return false;
  if (visible.channel !== undefined && order.channel !== visible.channel) return false;
  return true;
}

export function assertMayAccessOrder(principal: Principal, order: OrderRow): void {
  if (!mayAccessOrder(principal, order)) throw new DomainError('FORBIDDEN', 'This order belongs to someone else');
}

/** A signed-in customer's order is theirs when it names no customer. */
export function forSignedInCustomer<C extends { customerId?: string | null }>(principal: Principal, command: C): C {
  return principal.kind === 'customer' && !command.customerId ? { ...command, customerId: principal.customerId } : command;
}

/**
 * Who an order is placed for, and whether the caller may set prices: a customer orders for
 * themselves only and never prices; a channel-bound partner places orders in its channel only.
 */
export function placementRights(principal: Principal, requested: { customerId: string | null; channel: SalesChannel }): { customerId: string | null; mayPrice: boolean } {
  if (principal.kind === 'customer') {
    const own = principal.customerId.toLowerCase();
    if (requested.customerId !== null && requested.customerId !== own) throw new DomainError('FORBIDDEN', 'A customer can only place orders for themselves');
    return { customerId: own, mayPrice: false };
  }
  if (principal.kind === 'partner' && principal.channel && principal.channel !== requested.channel) {
    throw new DomainError('FORBIDDEN', `This API key places ${principal.channel} orders only`, { channel: principal.channel });
  }
  return { customerId: requested.customerId, mayPrice: principal.kind !== 'anonymous' };
}
