import { LockMode } from '@mikro-orm/core';
import {
  anythingDue,
  attemptError,
  checkWebhookUrl,
  DomainError,
  inTransaction,
  newWebhookSecret,
  nextWebhookStep,
  recordAudit,
  webhookPoster,
  webhookSignatureHeaders,
  type EntityManager,
  type Logger,
  type TimedWebhookAttempt,
  type WebhookPoster,
} from '@oms/platform';
import { renewLoaders, type FulfillmentContext } from '../context.ts';
import type { FulfillmentConfig } from '../config.ts';
import { DropshipVendor } from '../entities/dropship-vendor.entity.ts';
import type { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { LocationProfile } from '../entities/location-profile.entity.ts';
import { ParcelItem } from '../entities/parcel-item.entity.ts';
import { Parcel } from '../entities/parcel.entity.ts';
import { WebhookDelivery } from '../entities/webhook-delivery.entity.ts';
import { canWork, notFound } from './access.ts';
import { openQuantity, recordTransition } from './events.ts';
import { changeFulfillmentOrder, checkParcelContents, linesOf, shipmentOf, transition } from './fulfillment-order.service.ts';
import { fulfillmentStateMachine } from './fulfillment-state.ts';
import { shipParcels } from './shipping.ts';
import { requireCount, requireId, requireInteger } from './validation.ts';

/** The event a vendor webhook reports; the body says it too. Signed with the Standard Webhooks headers (`webhook-id` is the delivery id). */
export const VENDOR_EVENT_HEADER = 'x-oms-webhook-event';

export type VendorWebhookEvent = 'fulfillment_order.created' | 'fulfillment_order.cancelled';

export interface ConfigureVendorCommand {
  locationId: string;
  webhookUrl: string;
  active?: boolean | null;
  rotateSecret?: boolean | null;
}

export interface ConfiguredVendor {
  vendor: DropshipVendor;
  /** Only when a secret was issued (first configuration or rotation). */
  signingSecret: string | null;
}

/** Where a vendor receives its orders; a signing secret is issued the first time and on rotation. */
export async function configureDropshipVendor(ctx: FulfillmentContext, command: ConfigureVendorCommand): Promise<ConfiguredVendor> {
  const locationId = requireId(command.locationId, 'locationId', 'location');
  const webhookUrl = await checkWebhookUrl(command.webhookUrl, 'webhookUrl', ctx.config.dropshipWebhook.targets);
  const result = await inTransaction(ctx.em, async (tx) => {
    const profile = await tx.findOne(LocationProfile, { locationId });
    if (profile && profile.type !== 'DROPSHIP_VENDOR') throw new DomainError('BAD_USER_INPUT', `This location is a ${profile.type}, not a dropship vendor`, { locationId });
    if (!profile) tx.create(LocationProfile, { locationId, type: 'DROPSHIP_VENDOR' });
    const existing = await tx.findOne(DropshipVendor, { locationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const issued = !existing || command.rotateSecret ? newWebhookSecret() : null;
    const before = existing ? { webhookUrl: existing.webhookUrl, active: existing.active } : null;
    const vendor = existing ?? tx.create(DropshipVendor, { locationId, webhookUrl, signingSecret: issued!, active: command.active ?? true });
    vendor.webhookUrl = webhookUrl;
    vendor.active = command.active ?? true;
    if (issued) vendor.signingSecret = issued;
    recordAudit({ ...ctx, em: tx }, {
      action: 'configureDropshipVendor',
      entityType: 'Location',
      entityId: locationId,
      before,
      after: { webhookUrl, active: vendor.active, secretRotated: issued !== null },
    });
    return { vendor, signingSecret: issued };
  });
  renewLoaders(ctx);
  return result;
}

export async function findDropshipVendor(ctx: FulfillmentContext, locationId: string): Promise<DropshipVendor | null> {
  return ctx.em.findOne(DropshipVendor, { locationId: requireId(locationId, 'locationId', 'location') });
}

/** Queues a message for the vendor's webhook, in the transaction of the change it reports. */
export function queueVendorWebhook(tx: EntityManager, fo: FulfillmentOrder, event: VendorWebhookEvent, lines: readonly FulfillmentOrderLine[], extra: Record<string, unknown> = {}): WebhookDelivery {
  const delivery = tx.create(WebhookDelivery, {
    fulfillmentOrderId: fo.id,
    locationId: fo.locationId,
    event,
    payload: {},
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: new Date(),
  });
  delivery.payload = {
    event,
    deliveryId: delivery.id,
    fulfillmentOrderId: fo.id,
    orderId: fo.orderId,
    orderNumber: fo.orderNumber,
    locationId: fo.locationId,
    shipTo: fo.shipTo ?? null,
    destinationLocationId: fo.destinationLocationId ?? null,
    lines: lines.map((line) => ({ lineId: line.id, orderLineId: line.orderLineId, sku: line.skuCode, quantity: openQuantity(line) })),
    ...extra,
    createdAt: new Date().toISOString(),
  };
  return delivery;
}

interface ClaimedDelivery {
  id: string;
  location_id: string;
  fulfillment_order_id: string;
  event: VendorWebhookEvent;
  payload: Record<string, unknown>;
  attempts: number;
}

async function post(poster: WebhookPoster, vendor: DropshipVendor | undefined, delivery: ClaimedDelivery, timeoutMs: number): Promise<TimedWebhookAttempt> {
  // The vendor may be switched back on: worth retrying until the attempts run out.
  if (!vendor?.active) return { kind: 'unreachable', error: 'no active webhook endpoint is configured for this vendor', durationMs: 0 };
  const body = JSON.stringify(delivery.payload);
  return poster.post({
    url: vendor.webhookUrl,
    body,
    userAgent: 'oms-fulfillment-webhooks/1',
    headers: { ...webhookSignatureHeaders(vendor.signingSecret, { id: delivery.id, at: new Date(), body }), [VENDOR_EVENT_HEADER]: delivery.event },
    timeoutMs,
  });
}

/**
 * Sends the vendor webhooks that are due, at least once each, retried by the shared webhook retry
 * policy until an answer is final (a refused address among them) or the attempts run out. Rows are
 * claimed with `FOR UPDATE SKIP LOCKED` and leased (next attempt pushed past the request's
 * time-out), so several instances never send one at the same time and a crash mid-request only
 * delays it. A delivered order is SENT_TO_VENDOR. Returns how many were tried.
 */
export async function deliverDueVendorWebhooks(
  em: EntityManager,
  settings: FulfillmentConfig['dropshipWebhook'],
  logger: Logger,
  batchSize = 20,
  poster: WebhookPoster = webhookPoster(settings.targets),
): Promise<number> {
  if (!(await anythingDue(em, `select 1 from fulfillment.webhook_delivery where status = 'PENDING' and next_attempt_at <= now()`))) return 0;
  const claimed = await inTransaction(em, (tx) =>
    tx.execute<ClaimedDelivery[]>(
      `update fulfillment.webhook_delivery d
       set attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + make_interval(secs => ?)
       from (select id from fulfillment.webhook_delivery
             where status = 'PENDING' and next_attempt_at <= now()
             order by next_attempt_at limit ? for update skip locked) due
       where d.id = due.id
       returning d.id, d.location_id, d.fulfillment_order_id, d.event, d.payload, d.attempts`,
      [(settings.timeoutMs * 2) / 1000, batchSize],
    ),
  );
  if (claimed.length === 0) return 0;
  const vendors = await em.fork().find(DropshipVendor, { locationId: { $in: [...new Set(claimed.map((row) => row.location_id))] } });
  await Promise.all(
    claimed.map(async (delivery) => {
      const attempt = await post(
        poster,
        vendors.find((vendor) => vendor.locationId === delivery.location_id),
        delivery,
        settings.timeoutMs,
      );
      const next = nextWebhookStep(settings.retry, delivery.attempts, attempt);
      const error = attemptError(attempt);
      await inTransaction(em, async (tx) => {
        const row = await tx.findOneOrFail(WebhookDelivery, { id: delivery.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        Object.assign(row, {
          status: next.status,
          lastStatusCode: attempt.kind === 'answered' ? attempt.statusCode : null,
          lastError: error,
          nextAttemptAt: next.status === 'PENDING' ? next.nextAttemptAt : null,
        });
        if (next.status === 'DELIVERED') {
          row.deliveredAt = new Date();
          if (delivery.event === 'fulfillment_order.created') await markSentToVendor(tx, delivery.fulfillment_order_id);
        } else if (next.status === 'FAILED') {
          logger.error({ deliveryId: delivery.id, fulfillmentOrderId: delivery.fulfillment_order_id, attempt: delivery.attempts, error }, 'vendor webhook failed for good');
        } else {
          logger.warn({ deliveryId: delivery.id, attempt: delivery.attempts, error, nextAttemptAt: next.nextAttemptAt }, 'vendor webhook failed; will retry');
        }
      });
    }),
  );
  return claimed.length;
}

async function markSentToVendor(tx: EntityManager, fulfillmentOrderId: string): Promise<void> {
  const fo = await tx.findOne(FulfillmentOrder, { id: fulfillmentOrderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  // The vendor may already have confirmed or rejected it (the confirmation overtook our record).
  if (!fo || fo.status !== 'CREATED') return;
  const from = await transition(tx, fo, 'SENT_TO_VENDOR');
  recordTransition(tx, fo, from);
}

export interface DropshipParcelCommand {
  trackingNumber: string;
  labelReference?: string | null;
  weightGrams?: number | null;
  lengthMm?: number | null;
  widthMm?: number | null;
  heightMm?: number | null;
  items?: readonly { lineId: string; quantity: number }[] | null;
}

export interface ConfirmDropshipCommand {
  fulfillmentOrderId: string;
  carrier: string;
  serviceLevel: string;
  parcels: readonly DropshipParcelCommand[];
}

const optionalMeasure = (value: number | null | undefined, argument: string, max: number) =>
  value === null || value === undefined ? null : requireInteger(value, argument, 1, max);

/** The vendor shipped the order: its parcels and tracking numbers, through the partner API. */
export function confirmDropshipShipment(ctx: FulfillmentContext, command: ConfirmDropshipCommand): Promise<FulfillmentOrder> {
  const { principal } = ctx;
  return changeFulfillmentOrder(
    ctx,
    command.fulfillmentOrderId,
    'confirmDropshipShipment',
    async (tx, fo) => {
      if (fo.type !== 'DROPSHIP') throw new DomainError('BAD_USER_INPUT', 'This order is not drop-shipped', { type: fo.type });
      fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'SHIPPED');
      requireCount(command.parcels.length, 'parcels', 1, 50);
      const lines = await linesOf(tx, fo);
      const contents =
        command.parcels.length === 1 && !command.parcels[0]!.items?.length
          ? [{ items: lines.filter((line) => openQuantity(line) > 0).map((line) => ({ lineId: line.id, quantity: openQuantity(line) })) }]
          : command.parcels.map((parcel) => ({ items: parcel.items ?? [] }));
      checkParcelContents(lines, contents, openQuantity);
      for (const line of lines) line.pickedQuantity = openQuantity(line);
      const shipment = await shipmentOf(tx, fo);
      const parcels = command.parcels.map((input, index) => {
        const parcel = tx.create(Parcel, {
          shipmentId: shipment.id,
          sequence: index + 1,
          status: 'PACKED',
          weightGrams: optionalMeasure(input.weightGrams, `parcels[${index}].weightGrams`, 1_000_000),
          lengthMm: optionalMeasure(input.lengthMm, `parcels[${index}].lengthMm`, 5_000),
          widthMm: optionalMeasure(input.widthMm, `parcels[${index}].widthMm`, 5_000),
          heightMm: optionalMeasure(input.heightMm, `parcels[${index}].heightMm`, 5_000),
        });
        for (const item of contents[index]!.items) tx.create(ParcelItem, { parcelId: parcel.id, lineId: item.lineId.toLowerCase(), quantity: item.quantity });
        return { parcel, trackingNumber: input.trackingNumber, labelReference: input.labelReference ?? null };
      });
      await shipParcels(tx, { fo, shipment, lines, carrier: command.carrier, serviceLevel: command.serviceLevel, parcels, from: fo.status });
      return fo;
    },
    {
      authorize: (access, fo) => {
        // Vendors confirm with their partner key, limited to their own locations; staff may do it for them.
        const vendor = principal.kind === 'partner' && (principal.locationIds ?? []).map((id) => id.toLowerCase()).includes(fo.locationId);
        if (!vendor && (principal.kind === 'partner' || !canWork(access, fo.locationId, fo.channel))) throw notFound('fulfillment order', fo.id, 'fulfillmentOrderId');
      },
    },
  );
}
