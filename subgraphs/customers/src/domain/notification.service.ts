import type { FilterQuery } from '@mikro-orm/core';
import {
  anythingDue,
  associateStoreOf,
  claimEvent,
  DomainError,
  findNewestFirst,
  inTransaction,
  isUuid,
  type BusEvent,
  type Connection,
  type EntityManager,
  type Logger,
  type PageArgs,
  type Principal,
} from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { mayReadCustomer } from './customer-access.ts';
import { Customer } from '../entities/customer.entity.ts';
import { Notification, type NotificationTemplate } from '../entities/notification.entity.ts';
import { OrderContact } from '../entities/order-contact.entity.ts';
import type { MessagingConfig } from '../messaging.config.ts';
import type { NotificationChannel } from './notification-channel.ts';
import { notificationIntentOf, statusChangeTemplate, type NotificationIntent } from './notification-events.ts';
import { DEFAULT_LANGUAGE, renderMessage, supportedLanguage } from './notification-templates.ts';

export const NOTIFICATIONS_CONSUMER = 'customers-notifications';

/** Keeps what later messages need from the events that carry it (OrderPlaced, the holds). */
async function rememberOrder(tx: EntityManager, intent: NotificationIntent): Promise<OrderContact | null> {
  if (!intent.orderId || !isUuid(intent.orderId)) return null;
  const known = await tx.findOne(OrderContact, { orderId: intent.orderId });
  const facts = intent.order;
  if (!facts) return known;
  if (known) {
    known.number = facts.number ?? known.number;
    known.email = facts.email ?? known.email ?? null;
    known.customerId = known.customerId ?? intent.customerId;
    if (facts.total) Object.assign(known, { totalAmount: facts.total.amount, currency: facts.total.currency });
    return known;
  }
  if (!facts.number) return null;
  return tx.create(OrderContact, {
    orderId: intent.orderId,
    number: facts.number,
    customerId: intent.customerId,
    email: facts.email,
    totalAmount: facts.total?.amount ?? null,
    currency: facts.total?.currency ?? null,
    confirmationSentAt: null,
    holdNotifiedAt: null,
    createdAt: new Date(),
  });
}

/** The message an event asks for, before the once-only rules: named by the event or by the status it moved to. */
function templateOf(intent: NotificationIntent): NotificationTemplate | undefined {
  return intent.template ?? (intent.statusChange ? statusChangeTemplate(intent.statusChange.to) : undefined);
}

/**
 * The milestone to tell, or none: confirmation once per order, a hold once until the order moves
 * on (OrderHeld and the status change to ON_HOLD report the same hold).
 */
function milestoneOf(intent: NotificationIntent, order: OrderContact | null, now: Date): NotificationTemplate | undefined {
  const change = intent.statusChange;
  if (change && order && change.from === 'ON_HOLD' && change.to !== 'ON_HOLD') order.holdNotifiedAt = null;
  const template = templateOf(intent);
  if (!template || !order) return template;
  if (template === 'ORDER_CONFIRMED') {
    if (order.confirmationSentAt) return undefined;
    order.confirmationSentAt = now;
  }
  if (template === 'ORDER_ON_HOLD') {
    if (order.holdNotifiedAt) return undefined;
    order.holdNotifiedAt = now;
  }
  if (template === 'ORDER_HOLD_RELEASED') order.holdNotifiedAt = null;
  return template;
}

/**
 * Whether an event can change nothing here (no message, no order facts to keep, no hold to forget),
 * like most status changes: it is passed over without a transaction or a claim, since handling it
 * again would change nothing either.
 */
function asksNothing(intent: NotificationIntent): boolean {
  return !templateOf(intent) && !intent.order && intent.statusChange?.from !== 'ON_HOLD';
}

/**
 * Turns one bus event into the customer's message, in the transaction that claims the event: at
 * most one message per (event, template), even when the bus delivers the event again. The message
 * is only recorded here; the sender sends it after commit. Returns whether one was recorded.
 */
export async function recordNotificationFor(em: EntityManager, event: BusEvent): Promise<boolean> {
  const read = notificationIntentOf(event);
  // An event that breaks its contract is parked with the reason, never retried.
  if (!read.ok) {
    await inTransaction(em, (tx) => claimEvent(tx, 'customers', NOTIFICATIONS_CONSUMER, event.id, 'REJECTED', read.reason));
    return false;
  }
  const intent = read.value;
  if (asksNothing(intent)) return false;
  return inTransaction(em, async (tx) => {
    if (!(await claimEvent(tx, 'customers', NOTIFICATIONS_CONSUMER, event.id, 'HANDLED'))) return false;
    const now = new Date();
    const order = await rememberOrder(tx, intent);
    const template = milestoneOf(intent, order, now);
    if (!template) return false;
    const customerId = intent.customerId ?? order?.customerId ?? null;
    const customer = customerId && isUuid(customerId) ? await tx.findOne(Customer, { id: customerId }) : null;
    // The customers service owns contact data: a known customer's current address wins over the order's.
    const recipient = customer?.email ?? order?.email ?? null;
    if (!recipient) {
      await tx.execute(`update customers.processed_event set outcome = 'IGNORED', detail = ? where consumer = ? and event_id = ?`, [
        'no recipient known for this order',
        NOTIFICATIONS_CONSUMER,
        event.id,
      ]);
      return false;
    }
    const language = supportedLanguage(customer?.preferredLanguage) ?? DEFAULT_LANGUAGE;
    const total = order?.totalAmount != null && order.currency ? { amount: order.totalAmount, currency: order.currency } : null;
    const rendered = renderMessage(template, language, { ...intent.facts, firstName: customer?.firstName ?? null, orderNumber: order?.number ?? null, total });
    tx.create(Notification, {
      eventId: event.id,
      template,
      customerId: customer?.id ?? null,
      orderId: intent.orderId && isUuid(intent.orderId) ? intent.orderId : null,
      recipient,
      language,
      subject: rendered.subject,
      body: rendered.text,
      secrets: intent.secrets,
      channel: null,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      providerMessageId: null,
      sentAt: null,
      createdAt: now,
    });
    return true;
  });
}

export interface NotificationFilter {
  customerId?: string | null | undefined;
  orderId?: string | null | undefined;
}

/**
 * Messages sent to customers, newest first. A customer reads only their own (someone else's are
 * none, as for a customer without messages); staff and partners need `customers:read` (the gateway
 * checks it too); a store associate reads those of one customer of their store's orders.
 */
export async function listNotifications(ctx: CustomersContext, filter: NotificationFilter, page: PageArgs): Promise<Connection<Notification>> {
  const { principal } = ctx;
  let customerId = filter.customerId ?? null;
  let outOfReach = false;
  if (principal.kind === 'customer') {
    outOfReach = customerId !== null && customerId.toLowerCase() !== principal.customerId.toLowerCase();
    customerId = principal.customerId;
  } else if ((principal.kind !== 'staff' && principal.kind !== 'partner') || !principal.scopes.includes('customers:read')) {
    throw new DomainError('FORBIDDEN', 'Reading notifications needs the customers:read scope.', { requiredScope: 'customers:read' });
  } else if (associateStoreOf(principal) !== undefined) {
    if (!customerId) throw new DomainError('FORBIDDEN', 'Store associates read the messages of one customer of their store’s orders: give customerId.', { argument: 'customerId' });
    outOfReach = !(await mayReadCustomer(ctx, customerId));
  }
  for (const [argument, id] of [['customerId', customerId], ['orderId', filter.orderId]] as const) {
    if (id && !isUuid(id)) throw new DomainError('BAD_USER_INPUT', `${argument} is not an id.`, { argument });
  }
  const where: FilterQuery<Notification> = {
    ...(outOfReach ? { id: { $in: [] } } : {}),
    ...(customerId ? { customerId } : {}),
    ...(filter.orderId ? { orderId: filter.orderId } : {}),
  };
  return findNewestFirst(ctx.em, Notification, where, page);
}

const MASK = '••••••';

/**
 * A message's text as this reader may see it: values only the recipient may know (a pickup code,
 * which proves who collects the order) are masked for everyone but the customer it was sent to.
 */
export function readableText(notification: Notification, principal: Principal, text: string): string {
  const isRecipient = principal.kind === 'customer' && notification.customerId === principal.customerId;
  if (isRecipient) return text;
  return notification.secrets.reduce((masked, secret) => masked.replaceAll(secret, MASK), text);
}

interface ClaimedNotification {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  language: string;
  attempts: number;
}

/** Delay before retry number `attempt` (1 = after the first failure): four times longer each time, capped at a day. */
export function notificationRetryDelayMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempt - 1), 24 * 3600 * 1000);
}

/**
 * Sends the messages that are due through the channel. Rows are claimed with `FOR UPDATE SKIP
 * LOCKED` and leased (the next attempt pushed a minute on), so several instances never send one
 * twice at once and a crash mid-send only delays it. A failure is retried with backoff, then FAILED.
 * Returns how many were tried.
 */
export async function sendDueNotifications(
  em: EntityManager,
  channel: NotificationChannel,
  settings: MessagingConfig['notifications'],
  logger: Logger,
  batchSize = 20,
): Promise<number> {
  if (!(await anythingDue(em, `select 1 from customers.notification where status = 'PENDING' and next_attempt_at <= now()`))) return 0;
  const claimed = await inTransaction(em, (tx) =>
    tx.execute<ClaimedNotification[]>(
      `update customers.notification n
          set attempts = n.attempts + 1, next_attempt_at = now() + interval '1 minute'
         from (select id from customers.notification
                where status = 'PENDING' and next_attempt_at <= now()
                order by next_attempt_at limit ? for update skip locked) due
        where n.id = due.id
    returning n.id, n.recipient, n.subject, n.body, n.language, n.attempts`,
      [batchSize],
    ),
  );
  await Promise.all(
    claimed.map(async (message) => {
      try {
        const providerId = await channel.send({ id: message.id, to: message.recipient, subject: message.subject, text: message.body, language: message.language });
        await em.execute(
          `update customers.notification set status = 'SENT', channel = ?, provider_message_id = ?, sent_at = now(), next_attempt_at = null, last_error = null where id = ?`,
          [channel.name, providerId.slice(0, 300), message.id],
        );
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const final = message.attempts >= settings.maxAttempts;
        await em.execute(
          `update customers.notification set status = ?, channel = ?, last_error = ?, next_attempt_at = ? where id = ?`,
          [final ? 'FAILED' : 'PENDING', channel.name, reason, final ? null : new Date(Date.now() + notificationRetryDelayMs(message.attempts, settings.backoffMs)), message.id],
        );
        logger[final ? 'error' : 'warn']({ notificationId: message.id, attempt: message.attempts, err: error }, final ? 'notification failed for good' : 'notification failed; will retry');
      }
    }),
  );
  return claimed.length;
}
