import { DomainError, type BusEvent, type LiveEventHub } from '@oms/platform';
import { renewLoaders, type FulfillmentContext } from '../context.ts';
import type { Parcel, ParcelStatus } from '../entities/parcel.entity.ts';
import { canSee, type FulfillmentAccess } from './access.ts';
import { FulfillmentEvents, ORDER_TRACKING_EVENTS } from './events.ts';
import { requireId } from './validation.ts';

function hub(ctx: FulfillmentContext): LiveEventHub {
  if (!ctx.live) throw new DomainError('SUBSCRIPTIONS_UNAVAILABLE', 'Live updates are not available (no event bus)');
  return ctx.live;
}

function text(payload: Record<string, unknown>, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
}

/** Per event: a customer only ever sees their own orders' events, staff and partners their locations'. */
export function eventVisibleTo(access: FulfillmentAccess, event: BusEvent): boolean {
  return canSee(access, { locationId: text(event.payload, 'locationId') ?? '', customerId: text(event.payload, 'customerId') });
}

/**
 * A parcel's tracking as it happens: checked once when subscribing (NOT_FOUND when the caller may
 * not see the parcel) and again for every event.
 */
export async function followParcel(ctx: FulfillmentContext, parcelId: string): Promise<AsyncIterableIterator<BusEvent>> {
  const id = requireId(parcelId, 'parcelId', 'parcel');
  const parcel = await ctx.loaders.parcelById.load(id);
  const shipment = parcel ? await ctx.loaders.shipmentById.load(parcel.shipmentId) : null;
  if (!parcel || !shipment || !canSee(ctx.access, shipment)) throw new DomainError('NOT_FOUND', `No parcel with id ${parcelId}`, { parcelId });
  const { access } = ctx;
  return hub(ctx).listen({ aggregateIds: [id], types: [FulfillmentEvents.TrackingEventRecorded.type], where: (event) => eventVisibleTo(access, event) });
}

/** The parcel as of one tracking event (later events may already be committed): status and last event of that moment. */
export async function parcelAsOf(ctx: FulfillmentContext, event: BusEvent): Promise<Parcel> {
  renewLoaders(ctx);
  const parcel = await ctx.loaders.parcelById.load(event.aggregateId);
  if (!parcel) throw new DomainError('NOT_FOUND', 'The parcel no longer exists');
  const status = text(event.payload, 'parcelStatus');
  const lastEventId = text(event.payload, 'lastEventId');
  // A snapshot on a throw-away fork that is never flushed.
  if (status) parcel.status = status as ParcelStatus;
  if (lastEventId) parcel.lastEventId = lastEventId;
  return parcel;
}

interface OrderOwner {
  customerId: string | null;
  locationIds: string[];
}

const ORDER_OWNER_QUERY = /* GraphQL */ `
  query OrderOwner($id: ID!) { order(id: $id) { customer { id } } }
`;

/** Who an order belongs to: from its fulfillment orders, or (not released yet) from the orders service. */
async function ownerOfOrder(ctx: FulfillmentContext, orderId: string): Promise<OrderOwner | null> {
  const fulfillments = await ctx.loaders.fulfillmentOrdersByOrderId.load(orderId);
  if (fulfillments.length > 0) return { customerId: fulfillments[0]!.customerId ?? null, locationIds: fulfillments.map((fo) => fo.locationId) };
  if (ctx.access.kind !== 'customer') return { customerId: null, locationIds: [] };
  const answer = await ctx.services.client('orders').request<{ order: { customer: { id: string } | null } | null }>(ORDER_OWNER_QUERY, { id: orderId }, ctx.requestId);
  return answer.order ? { customerId: answer.order.customer?.id.toLowerCase() ?? null, locationIds: [] } : null;
}

/**
 * An order's fulfillment as it happens (fulfillment orders, shipments, parcels). Customers may only
 * follow their own orders; store associates and vendors orders with work at their locations.
 */
export async function followOrder(ctx: FulfillmentContext, orderId: string): Promise<AsyncIterableIterator<BusEvent>> {
  const id = requireId(orderId, 'orderId', 'order');
  const owner = await ownerOfOrder(ctx, id);
  const { access } = ctx;
  const allowed =
    owner !== null &&
    (access.kind === 'all' ||
      (access.kind === 'customer' && owner.customerId === access.customerId) ||
      (access.kind === 'locations' && owner.locationIds.some((locationId) => access.locationIds.includes(locationId))));
  if (!allowed) throw new DomainError('NOT_FOUND', `No order with id ${orderId}`, { orderId });
  return hub(ctx).listen({
    types: ORDER_TRACKING_EVENTS,
    where: (event) => event.source === 'fulfillment' && event.payload['orderId'] === id && eventVisibleTo(access, event),
  });
}

export function orderAsOf(ctx: FulfillmentContext, event: BusEvent): { __typename: 'Order'; id: string } {
  renewLoaders(ctx);
  return { __typename: 'Order', id: String(event.payload['orderId']) };
}
