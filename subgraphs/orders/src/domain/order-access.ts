import { associateStoreOf, DomainError, isUuid, type Principal, type RequestContext } from '@oms/platform';
import { ordersFulfilledAt } from './inventory.client.ts';
import type { SalesChannel } from './order-validation.ts';

/**
 * Row-level rules on top of the scopes the gateway enforces: a customer sees and changes only their
 * own orders; a partner key bound to a channel only that channel's; a store associate only their
 * store's (picked up there, or with stock held or shipped there), and, one at a time, an order whose
 * approved return a customer may bring to any store (receiving it is store work). Admins, care
 * agents and the OMS's own services see every order. An order out of reach answers exactly as one
 * that does not exist.
 */
export interface OrderRow {
  id: string;
  customerId?: string | null | undefined;
  channel: SalesChannel;
  pickupLocationId?: string | null | undefined;
}

/** What a principal may see of the orders (absent = unrestricted). */
export interface OrderAccess {
  customerId?: string;
  channel?: SalesChannel;
  /**
   * A store associate's store, the orders fulfilled there (inventory's allocations) and the orders
   * with a return waiting to be received (at any store, so at theirs too).
   */
  store?: { id: string; fulfilled: ReadonlySet<string>; returnsToReceive: ReadonlySet<string> };
}

type Caller = Pick<RequestContext, 'em' | 'principal' | 'services' | 'requestId'>;

/** The rules that need nothing but the principal (everything except a store's fulfilled orders). */
export function visibleOrders(principal: Principal): { customerId?: string; channel?: SalesChannel; storeId?: string } {
  if (principal.kind === 'customer') return { customerId: principal.customerId.toLowerCase() };
  if (principal.kind === 'partner' && principal.channel) return { channel: principal.channel as SalesChannel };
  const storeId = associateStoreOf(principal);
  return storeId === undefined ? {} : { storeId };
}

/** The caller's access, asked of inventory now (a store's orders change as stock is allocated). */
export async function loadOrderAccess(ctx: Caller): Promise<OrderAccess> {
  const { storeId, ...rest } = visibleOrders(ctx.principal);
  if (storeId === undefined) return rest;
  const [fulfilled, returnsToReceive] = await Promise.all([
    isUuid(storeId) ? ordersFulfilledAt(ctx, storeId) : Promise.resolve([]),
    ctx.em.fork().execute<{ order_id: string }[]>(`select distinct order_id::text as order_id from orders."return" where status in ('APPROVED', 'IN_TRANSIT')`),
  ]);
  return {
    ...rest,
    store: { id: storeId, fulfilled: new Set(fulfilled.map((id) => id.toLowerCase())), returnsToReceive: new Set(returnsToReceive.map((row) => row.order_id)) },
  };
}

const perRequest = new WeakMap<object, Promise<OrderAccess>>();

/**
 * The caller's access, decided once per request. Services ask for it before they open a
 * transaction, so no other service is called while one is open.
 */
export function orderAccessOf(ctx: Caller): Promise<OrderAccess> {
  let access = perRequest.get(ctx);
  if (!access) perRequest.set(ctx, (access = loadOrderAccess(ctx)));
  return access;
}

export function mayAccessOrder(access: OrderAccess, order: OrderRow): boolean {
  if (access.customerId !== undefined && order.customerId?.toLowerCase() !== access.customerId) return false;
  if (access.channel !== undefined && order.channel !== access.channel) return false;
  if (access.store !== undefined && !worksOn(access.store, order)) return false;
  return true;
}

function worksOn(store: NonNullable<OrderAccess['store']>, order: OrderRow): boolean {
  const id = order.id.toLowerCase();
  return order.pickupLocationId?.toLowerCase() === store.id || store.fulfilled.has(id) || store.returnsToReceive.has(id);
}

/** The answer for an order that does not exist, or that the caller may not see: the same, so nobody learns which. */
export function noSuchOrder(orderId: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such order', { orderId });
}

/** Refuses an order out of reach as missing; `missing` is the answer for the record asked for (a return of the order, …). */
export function assertMayAccessOrder(access: OrderAccess, order: OrderRow, missing: () => DomainError = () => noSuchOrder(order.id)): void {
  if (!mayAccessOrder(access, order)) throw missing();
}

/** Whether the caller is a store associate of this location (work done there is theirs, e.g. a return handed in). */
export function worksAt(access: OrderAccess, locationId: string | null | undefined): boolean {
  return access.store !== undefined && locationId?.toLowerCase() === access.store.id;
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
