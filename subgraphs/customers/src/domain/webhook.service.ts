import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { EVENT_CONTRACTS, parseAnyEvent } from '@oms/contracts';
import {
  claimEvent,
  actorOf,
  anythingDue,
  checkWebhookUrl,
  DomainError,
  findNewestFirst,
  inTransaction,
  isUuid,
  newWebhookSecret,
  recordAudit,
  type BusEvent,
  type Connection,
  type EntityManager,
  type PageArgs,
} from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { WebhookDelivery, type WebhookDeliveryStatus } from '../entities/webhook-delivery.entity.ts';
import { WebhookSubscription } from '../entities/webhook-subscription.entity.ts';
import { messagingConfig } from '../messaging.config.ts';
import { requireAdmin } from './access.ts';

export const WEBHOOKS_CONSUMER = 'customers-webhooks';

/**
 * The events other systems may subscribe to, by the service that publishes them: the order's
 * lifecycle, holds, edits and saved sales, and every step of a return (with exchanges and
 * appeasements) from the orders service. The audit trail (AuditRecorded) is not offered: it names
 * staff and their addresses.
 */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [
  // orders
  EVENT_CONTRACTS.OrderPlaced.type,
  EVENT_CONTRACTS.OrderStatusChanged.type,
  EVENT_CONTRACTS.OrderLinesCancelled.type,
  EVENT_CONTRACTS.OrderCancelled.type,
  EVENT_CONTRACTS.OrderReleased.type,
  EVENT_CONTRACTS.OrderHeld.type,
  EVENT_CONTRACTS.OrderHoldReleased.type,
  EVENT_CONTRACTS.OrderEdited.type,
  EVENT_CONTRACTS.OrderAlternativeAccepted.type,
  EVENT_CONTRACTS.ReturnRequested.type,
  EVENT_CONTRACTS.ReturnApproved.type,
  EVENT_CONTRACTS.ReturnRejected.type,
  EVENT_CONTRACTS.ReturnInTransit.type,
  EVENT_CONTRACTS.ReturnReceived.type,
  EVENT_CONTRACTS.ReturnInspected.type,
  EVENT_CONTRACTS.ReturnRefunded.type,
  EVENT_CONTRACTS.ReturnClosed.type,
  EVENT_CONTRACTS.ExchangeCreated.type,
  EVENT_CONTRACTS.AppeasementGranted.type,
  // inventory
  EVENT_CONTRACTS.StockChanged.type,
  EVENT_CONTRACTS.StockAdjusted.type,
  EVENT_CONTRACTS.StockAllocated.type,
  EVENT_CONTRACTS.StockReleased.type,
  EVENT_CONTRACTS.InventoryFeedImported.type,
  EVENT_CONTRACTS.PurchaseOrderCreated.type,
  EVENT_CONTRACTS.PurchaseOrderReceived.type,
  EVENT_CONTRACTS.TransferRequested.type,
  EVENT_CONTRACTS.TransferShipped.type,
  EVENT_CONTRACTS.TransferReceived.type,
  // fulfillment
  EVENT_CONTRACTS.FulfillmentOrderCreated.type,
  EVENT_CONTRACTS.FulfillmentOrderStatusChanged.type,
  EVENT_CONTRACTS.FulfillmentOrderAccepted.type,
  EVENT_CONTRACTS.FulfillmentOrderRejected.type,
  EVENT_CONTRACTS.FulfillmentLinesShortPicked.type,
  EVENT_CONTRACTS.FulfillmentOrderCancelled.type,
  EVENT_CONTRACTS.ShipmentShipped.type,
  EVENT_CONTRACTS.ShipmentDelivered.type,
  EVENT_CONTRACTS.ParcelStatusChanged.type,
  EVENT_CONTRACTS.PickupReady.type,
  EVENT_CONTRACTS.PickedUp.type,
  EVENT_CONTRACTS.PickupExpired.type,
];

/** Payload fields other systems never receive: the pickup code proves who collects an order, so only the customer gets it. */
const WITHHELD_FIELDS: Readonly<Record<string, readonly string[]>> = { [EVENT_CONTRACTS.PickupReady.type]: ['code'] };

/** The JSON body of an event's deliveries: the same bytes on every attempt and replay. */
export function webhookBody(event: BusEvent): string {
  const withheld = WITHHELD_FIELDS[event.type] ?? [];
  const data = Object.fromEntries(Object.entries(event.payload).filter(([key]) => !withheld.includes(key)));
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, data });
}

export interface CreateWebhookSubscriptionRequest {
  url: string;
  eventTypes: readonly string[];
  description?: string | null | undefined;
}

export interface CreatedWebhookSubscription {
  subscription: WebhookSubscription;
  /** The signing secret: exists only in this answer. */
  secret: string;
}

function snapshot(subscription: WebhookSubscription): Record<string, unknown> {
  return {
    url: subscription.url,
    eventTypes: [...subscription.eventTypes],
    description: subscription.description ?? null,
    deletedAt: subscription.deletedAt?.toISOString() ?? null,
  };
}

function audit(ctx: CustomersContext, em: EntityManager, action: string, entityType: string, entityId: string, before: unknown, after: unknown): void {
  recordAudit({ em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp }, { action, entityType, entityId, before, after });
}

function parseEventTypes(eventTypes: readonly string[]): string[] {
  const types = [...new Set(eventTypes.map((type) => type.trim()))];
  if (types.length === 0) throw new DomainError('BAD_USER_INPUT', 'eventTypes must name at least one event type.', { argument: 'eventTypes' });
  const unknown = types.filter((type) => !WEBHOOK_EVENT_TYPES.includes(type));
  if (unknown.length > 0) {
    throw new DomainError('BAD_USER_INPUT', `Unknown event type${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, {
      argument: 'eventTypes',
      unknown,
      known: [...WEBHOOK_EVENT_TYPES],
    });
  }
  return types;
}

/** Subscribes an endpoint to event types; the signing secret is returned once and kept only to sign. */
export async function createWebhookSubscription(ctx: CustomersContext, request: CreateWebhookSubscriptionRequest): Promise<CreatedWebhookSubscription> {
  const admin = requireAdmin(ctx.principal);
  const eventTypes = parseEventTypes(request.eventTypes);
  const description = request.description?.trim() || null;
  if (description && description.length > 500) throw new DomainError('BAD_USER_INPUT', 'description must be at most 500 characters.', { argument: 'description' });
  const url = await checkWebhookUrl(request.url, 'url', messagingConfig().webhooks.targets);
  const secret = newWebhookSecret();
  const subscription = ctx.em.create(WebhookSubscription, {
    id: randomUUID(),
    url,
    eventTypes,
    description,
    signingSecret: secret,
    createdBy: actorOf(admin),
    createdAt: new Date(),
    deletedAt: null,
  });
  audit(ctx, ctx.em, 'createWebhookSubscription', 'WebhookSubscription', subscription.id, null, snapshot(subscription));
  await ctx.em.flush();
  return { subscription, secret };
}

async function lockSubscription(tx: EntityManager, id: string): Promise<WebhookSubscription> {
  const subscription = isUuid(id) ? await tx.findOne(WebhookSubscription, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!subscription) throw new DomainError('NOT_FOUND', `No webhook subscription ${id}.`, { id });
  return subscription;
}

/**
 * Stops a subscription: nothing new is queued for it and its pending deliveries are given up
 * (FAILED, "subscription deleted"). The delivery log stays readable. Deleting twice changes nothing.
 */
export async function deleteWebhookSubscription(ctx: CustomersContext, id: string): Promise<WebhookSubscription> {
  requireAdmin(ctx.principal);
  return inTransaction(ctx.em, async (tx) => {
    const subscription = await lockSubscription(tx, id);
    if (subscription.deletedAt) return subscription;
    const before = snapshot(subscription);
    subscription.deletedAt = new Date();
    await tx.execute(
      `update customers.webhook_delivery set status = 'FAILED', next_attempt_at = null, last_error = 'subscription deleted'
        where subscription_id = ? and status = 'PENDING'`,
      [subscription.id],
    );
    audit(ctx, tx, 'deleteWebhookSubscription', 'WebhookSubscription', subscription.id, before, snapshot(subscription));
    return subscription;
  });
}

export async function listWebhookSubscriptions(ctx: CustomersContext, includeDeleted: boolean): Promise<WebhookSubscription[]> {
  requireAdmin(ctx.principal);
  return ctx.em.find(WebhookSubscription, includeDeleted ? {} : { deletedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export async function listWebhookDeliveries(
  ctx: CustomersContext,
  subscriptionId: string,
  status: WebhookDeliveryStatus | null | undefined,
  page: PageArgs,
): Promise<Connection<WebhookDelivery>> {
  requireAdmin(ctx.principal);
  if (!isUuid(subscriptionId) || !(await ctx.em.count(WebhookSubscription, { id: subscriptionId }))) {
    throw new DomainError('NOT_FOUND', `No webhook subscription ${subscriptionId}.`, { id: subscriptionId });
  }
  return findNewestFirst(ctx.em, WebhookDelivery, { subscriptionId, ...(status ? { status } : {}) }, page);
}

/**
 * Sends a delivery again, whatever became of it (receivers dedupe by event id): queued now, with
 * a fresh round of attempts. A delivery of a deleted subscription cannot be replayed.
 */
export async function replayWebhookDelivery(ctx: CustomersContext, id: string): Promise<WebhookDelivery> {
  requireAdmin(ctx.principal);
  const replayed = await inTransaction(ctx.em, async (tx) => {
    const delivery = isUuid(id) ? await tx.findOne(WebhookDelivery, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!delivery) throw new DomainError('NOT_FOUND', `No webhook delivery ${id}.`, { id });
    const subscription = await tx.findOne(WebhookSubscription, { id: delivery.subscriptionId });
    if (!subscription || subscription.deletedAt) {
      throw new DomainError('CONFLICT', 'The subscription of this delivery was deleted; create a new subscription instead.', { id, subscriptionId: delivery.subscriptionId });
    }
    const before = { status: delivery.status, attempts: delivery.attempts };
    Object.assign(delivery, { status: 'PENDING', cycleAttempts: 0, nextAttemptAt: new Date() });
    audit(ctx, tx, 'replayWebhookDelivery', 'WebhookDelivery', delivery.id, before, { status: delivery.status, eventId: delivery.eventId, subscriptionId: delivery.subscriptionId });
    return delivery;
  });
  return replayed;
}

/**
 * Queues an event for every live subscription to its type, at most once per subscription (the
 * unique pair makes a redelivered event a no-op). Returns how many deliveries were queued.
 */
export async function queueWebhookDeliveries(em: EntityManager, event: BusEvent): Promise<number> {
  // Most events have no subscriber: that check stays out of the query log, like an idle poll.
  if (!(await anythingDue(em, `select 1 from customers.webhook_subscription where deleted_at is null and ? = any(event_types)`, [event.type]))) return 0;
  // Partners receive only events that keep their contract; one that breaks it is parked with the reason.
  const parsed = parseAnyEvent(event);
  if (!parsed.ok) {
    await inTransaction(em, (tx) => claimEvent(tx, 'customers', WEBHOOKS_CONSUMER, event.id, 'REJECTED', parsed.reason));
    return 0;
  }
  const rows = await em.execute<{ id: string }[]>(
    `insert into customers.webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts, cycle_attempts, next_attempt_at, created_at)
     select gen_random_uuid(), s.id, ?, ?, ?, 'PENDING', 0, 0, now(), now()
       from customers.webhook_subscription s
      where s.deleted_at is null and ? = any(s.event_types)
     on conflict (subscription_id, event_id) do nothing
     returning id`,
    [event.id, event.type, webhookBody(event), event.type],
  );
  return rows.length;
}
