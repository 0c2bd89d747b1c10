import { randomBytes } from 'node:crypto';
import { eventPayload, ReturnApproved, ReturnInspected, ReturnInTransit, ReturnReceived, ReturnRejected, ReturnRequested } from '@oms/contracts';
import { actorOf, associateStoreOf, DomainError, inTransaction, isUuid, recordAudit, recordEvent, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { OrderLine } from '../../entities/order-line.entity.ts';
import { OrderTransition } from '../../entities/order-transition.entity.ts';
import { Order } from '../../entities/order.entity.ts';
import { ReturnLine, type ReturnDisposition, type ReturnItemCondition, type ReturnReasonCode } from '../../entities/return-line.entity.ts';
import { Return } from '../../entities/return.entity.ts';
import { assertMayAccessOrder, mayAccessOrder, orderAccessOf, worksAt } from '../order-access.ts';
import { unitsValue } from '../order-progress.ts';
import { OrderTimeline } from '../order-timeline.ts';
import type { SalesChannel } from '../order-validation.ts';
import { returnLocation, skuReturnInfo } from './return-catalog.client.ts';
import { policyInForce } from './return-policy.service.ts';
import { refusalsFor, type ReturnRefusal } from './return-policy.ts';
import { AWAITING_GOODS, returnStateMachine } from './return-state.ts';
import { assertStaff, forgetCached, lockOrder, returnEventPayload, runReturnStep } from './return-steps.ts';

const MAX_LINES = 100;
const MAX_TEXT = 500;

export interface RequestReturnCommand {
  orderId: string;
  channel: SalesChannel;
  lines: readonly { orderLineId: string; quantity: number; reasonCode: ReturnReasonCode; condition: ReturnItemCondition }[];
}

export type RequestReturnOutcome = { kind: 'RETURN'; found: Return } | { kind: 'REFUSED'; refusals: ReturnRefusal[] };

function requiredText(value: string, field: string, max = MAX_TEXT): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw new DomainError('BAD_USER_INPUT', `${field} is 1 to ${max} characters`, { field });
  return text;
}

function validateRequest(command: RequestReturnCommand): RequestReturnCommand {
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  if (command.lines.length === 0 || command.lines.length > MAX_LINES) {
    throw new DomainError('BAD_USER_INPUT', `A return has 1 to ${MAX_LINES} lines`, { field: 'lines' });
  }
  const seen = new Set<string>();
  const lines = command.lines.map((line, index) => {
    const orderLineId = line.orderLineId.toLowerCase();
    if (!isUuid(orderLineId)) throw new DomainError('NOT_FOUND', `No such order line ${line.orderLineId}`, { orderLineId: line.orderLineId });
    if (seen.has(orderLineId)) throw new DomainError('BAD_USER_INPUT', `Order line ${line.orderLineId} is named twice`, { field: `lines[${index}]` });
    seen.add(orderLineId);
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new DomainError('BAD_USER_INPUT', 'A returned quantity is a whole number above 0', { field: `lines[${index}].quantity` });
    }
    return { ...line, orderLineId };
  });
  return { ...command, orderId: command.orderId.toLowerCase(), lines };
}

/**
 * When the return window starts: delivery (collection for pickups), else the last time goods left.
 * Null when nothing of the order has left yet.
 */
async function deliveredAt(em: EntityManager, order: Order): Promise<Date | null> {
  const moments = await em.find(
    OrderTransition,
    { order, toStatus: { $in: ['PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED'] }, fromStatus: { $ne: null } },
    { orderBy: { position: 'desc' } },
  );
  const delivered = moments.find((transition) => transition.toStatus === 'DELIVERED' && transition.fromStatus !== 'DELIVERED');
  return delivered?.at ?? moments.find((transition) => transition.fromStatus !== transition.toStatus)?.at ?? null;
}

/** Units of each line already on their way back or back: requested while awaiting the goods, then what was received. */
async function unitsAlreadyReturned(em: EntityManager, orderLineIds: readonly string[]): Promise<Map<string, number>> {
  const lines = await em.find(ReturnLine, { orderLine: { $in: [...orderLineIds] } }, { populate: ['return'], refresh: true });
  const counted = new Map<string, number>();
  for (const line of lines) {
    const status = line.return.status;
    const units = status === 'REJECTED' ? 0 : AWAITING_GOODS.includes(status) ? line.quantity : line.receivedQuantity;
    counted.set(line.orderLine.id, (counted.get(line.orderLine.id) ?? 0) + units);
  }
  return counted;
}

async function nextReturnNumber(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ next: string }[]>(`select nextval('${em.config.get('schema')}.return_number_seq')::text as next`);
  return `RMA-${row?.next ?? randomBytes(4).toString('hex')}`;
}

function summary(lines: readonly { skuCode: string; quantity: number }[]): string {
  return lines.map((line) => `${line.quantity} × ${line.skuCode}`).join(', ');
}

/**
 * A return request from any channel: the customer for their own order, a care agent, a store
 * associate. Lines the policy excludes (outside the window, never returnable) refuse the whole
 * request with the reasons, and nothing is written; more units than shipped and not yet returned is
 * RETURN_QUANTITY_EXCEEDED. The return is approved at once unless its value needs a staff decision.
 */
export async function requestReturn(ctx: OrdersContext, command: RequestReturnCommand): Promise<RequestReturnOutcome> {
  const request = validateRequest(command);
  const actor = actorOf(ctx.principal);
  // Read and checked before any lock: the policy and the item master do not depend on the order's row.
  const order = await ctx.em.fork().findOne(Order, { id: request.orderId });
  if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: request.orderId });
  assertMayAccessOrder(await orderAccessOf(ctx), order);
  const orderLines = await ctx.em.fork().find(OrderLine, { order, id: { $in: request.lines.map((line) => line.orderLineId) } });
  const lineOf = new Map(orderLines.map((line) => [line.id, line]));
  for (const line of request.lines) {
    if (!lineOf.has(line.orderLineId)) throw new DomainError('NOT_FOUND', `Order ${order.number} has no line ${line.orderLineId}`, { orderLineId: line.orderLineId });
  }
  const [policy, skus, since] = await Promise.all([policyInForce(ctx.em.fork()), skuReturnInfo(ctx, orderLines.map((line) => line.skuCode)), deliveredAt(ctx.em.fork(), order)]);
  if (since === null) throw new DomainError('RETURN_QUANTITY_EXCEEDED', `Nothing of order ${order.number} has left yet: cancel it instead`, { orderId: order.id });
  const now = new Date();
  const refusals = refusalsFor(policy.rules, {
    channel: order.channel,
    deliveredAt: since,
    at: now,
    lines: request.lines.map((line) => {
      const sku = lineOf.get(line.orderLineId)!.skuCode;
      const info = skus.get(sku);
      return { orderLineId: line.orderLineId, sku, category: info?.category ?? null, returnable: info?.returnable ?? true };
    }),
  });
  if (refusals.length > 0) return { kind: 'REFUSED', refusals };

  const created = await inTransaction(ctx.em, async (em) => {
    const locked = await lockOrder(em, order.id);
    const lines = await em.find(OrderLine, { order: locked, id: { $in: [...lineOf.keys()] } }, { refresh: true });
    const current = new Map(lines.map((line) => [line.id, line]));
    const returned = await unitsAlreadyReturned(em, [...current.keys()]);
    for (const line of request.lines) {
      const orderLine = current.get(line.orderLineId)!;
      const returnable = orderLine.shippedQuantity - (returned.get(orderLine.id) ?? 0);
      if (line.quantity > returnable) {
        throw new DomainError('RETURN_QUANTITY_EXCEEDED', `Only ${Math.max(0, returnable)} unit(s) of ${orderLine.skuCode} can still be returned`, {
          orderLineId: orderLine.id,
          requested: line.quantity,
          returnable: Math.max(0, returnable),
        });
      }
    }
    const value = request.lines.reduce((total, line) => total + unitsValue(current.get(line.orderLineId)!, line.quantity), 0);
    const threshold = policy.rules.approvalThreshold;
    const requiresApproval = threshold !== null && value > threshold;
    const found = em.create(Return, {
      number: await nextReturnNumber(em),
      order: locked,
      customerId: locked.customerId ?? null,
      channel: request.channel,
      status: requiresApproval ? 'REQUESTED' : 'APPROVED',
      currency: locked.currency,
      value,
      requiresApproval,
      policyVersion: policy.version,
      requestedBy: actor,
      rejectionReason: null,
      carrier: null,
      trackingNumber: null,
      receivedLocationId: null,
      receivedAt: null,
      inspectedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const returnLines = request.lines.map((line) => {
      const orderLine = current.get(line.orderLineId)!;
      return em.create(ReturnLine, {
        return: found,
        orderLine,
        skuCode: orderLine.skuCode,
        quantity: line.quantity,
        receivedQuantity: 0,
        reasonCode: line.reasonCode,
        condition: line.condition,
        disposition: null,
        value: unitsValue(orderLine, line.quantity),
      });
    });
    const timeline = await OrderTimeline.of(em, locked);
    timeline.note(actor, `return ${found.number} requested through ${request.channel}: ${summary(returnLines)}`, now);
    recordEvent(em, {
      type: ReturnRequested.type,
      aggregateType: 'Return',
      aggregateId: found.id,
      payload: eventPayload(
        ReturnRequested,
        returnEventPayload(locked, found, {
          channel: request.channel,
          value: { amount: value, currency: locked.currency },
          lines: returnLines.map((line) => ({ returnLineId: line.id, orderLineId: line.orderLine.id, sku: line.skuCode, quantity: line.quantity, reasonCode: line.reasonCode })),
        }),
      ),
    });
    if (!requiresApproval) {
      timeline.note('service:orders', `return ${found.number} approved automatically (policy version ${policy.version})`, now);
      recordEvent(em, { type: ReturnApproved.type, aggregateType: 'Return', aggregateId: found.id, payload: eventPayload(ReturnApproved, returnEventPayload(locked, found, { automatic: true })) });
    }
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'requestReturn', entityType: 'Return', entityId: found.id, before: null, after: { status: found.status, value, orderId: locked.id } },
    );
    await em.flush();
    return found;
  });
  forgetCached(ctx, order.id, created.id);
  return { kind: 'RETURN', found: created };
}

/** A return that waited for a decision goes ahead. */
export function approveReturn(ctx: OrdersContext, returnId: string): Promise<Return> {
  assertStaff(ctx.principal, 'approve returns');
  return runReturnStep(ctx, returnId, 'approveReturn', async ({ found }) => {
    returnStateMachine.assertTransition(found.status, 'APPROVED');
    return { to: 'APPROVED', note: `return ${found.number} approved`, event: { type: ReturnApproved.type, extra: { automatic: false } }, audit: {} };
  });
}

export function rejectReturn(ctx: OrdersContext, returnId: string, reason: string): Promise<Return> {
  assertStaff(ctx.principal, 'reject returns');
  const why = requiredText(reason, 'reason');
  return runReturnStep(ctx, returnId, 'rejectReturn', async ({ found }) => {
    returnStateMachine.assertTransition(found.status, 'REJECTED');
    found.rejectionReason = why;
    found.closedAt = new Date();
    return { to: 'REJECTED', note: `return ${found.number} rejected: ${why}`, event: { type: ReturnRejected.type, extra: { reason: why } }, audit: { reason: why } };
  });
}

/**
 * The goods are on their way back: with the customer's own carrier and tracking number, or on a
 * prepaid label the OMS issues (a tracking number is generated when none is given).
 */
export function markReturnInTransit(ctx: OrdersContext, input: { returnId: string; carrier?: string | null; trackingNumber?: string | null }): Promise<Return> {
  if (ctx.principal.kind === 'partner') throw new DomainError('FORBIDDEN', 'Partners cannot ship returns');
  const carrier = input.carrier?.trim() ? requiredText(input.carrier, 'carrier', 60) : 'OMS returns label';
  const tracking = input.trackingNumber?.trim() ? requiredText(input.trackingNumber, 'trackingNumber', 60) : `RT${randomBytes(7).toString('hex').toUpperCase()}`;
  return runReturnStep(ctx, input.returnId, 'markReturnInTransit', async ({ found }) => {
    returnStateMachine.assertTransition(found.status, 'IN_TRANSIT');
    found.carrier = carrier;
    found.trackingNumber = tracking;
    return {
      to: 'IN_TRANSIT',
      note: `return ${found.number} on its way back with ${carrier} (${tracking})`,
      // labelIssued: the OMS's own prepaid label (the customer's message says so), not the customer's carrier.
      event: { type: ReturnInTransit.type, extra: { carrier, trackingNumber: tracking, labelIssued: !input.carrier?.trim() } },
      audit: { carrier, trackingNumber: tracking },
    };
  });
}

/**
 * What a step's input says of each return line it names, by line id: each named line must be one of
 * the return's, and named once; `value` checks the entry and answers what it says.
 */
function perNamedLine<E extends { returnLineId: string }, V>(
  found: Return,
  lines: readonly ReturnLine[],
  entries: readonly E[],
  value: (entry: E, line: ReturnLine, index: number) => V,
): Map<string, V> {
  const named = new Map<string, V>();
  for (const [index, entry] of entries.entries()) {
    const line = lines.find((candidate) => candidate.id === entry.returnLineId.toLowerCase());
    if (!line) throw new DomainError('NOT_FOUND', `Return ${found.number} has no line ${entry.returnLineId}`, { returnLineId: entry.returnLineId });
    if (named.has(line.id)) throw new DomainError('BAD_USER_INPUT', `Return line ${entry.returnLineId} is named twice`, { field: `lines[${index}]` });
    named.set(line.id, value(entry, line, index));
  }
  return named;
}

export interface ReceiveReturnCommand {
  returnId: string;
  locationId: string;
  /** Units that arrived per return line; every requested unit when absent. */
  lines?: readonly { returnLineId: string; quantity: number }[] | null;
}

/**
 * The goods arrived at a location: any warehouse or store, not necessarily where they left from.
 * A store associate receives at their own store only.
 */
export async function receiveReturn(ctx: OrdersContext, command: ReceiveReturnCommand): Promise<Return> {
  assertStaff(ctx.principal, 'receive returns');
  if (!isUuid(command.locationId)) throw new DomainError('NOT_FOUND', 'No such location', { locationId: command.locationId });
  const locationId = command.locationId.toLowerCase();
  const { principal } = ctx;
  // A store associate receives at their own store only: any other location answers as missing.
  const store = associateStoreOf(principal);
  if (store !== undefined && store !== locationId) throw new DomainError('NOT_FOUND', 'No such location', { locationId });
  const location = await returnLocation(ctx, locationId);
  if (!location) throw new DomainError('NOT_FOUND', 'No such location', { locationId });
  if (!location.active) throw new DomainError('LOCATION_INACTIVE', `${location.code} is not active`, { locationId });
  return runReturnStep(ctx, command.returnId, 'receiveReturn', async ({ found, lines }) => {
    returnStateMachine.assertTransition(found.status, 'RECEIVED');
    const received = perNamedLine(found, lines, command.lines ?? lines.map((line) => ({ returnLineId: line.id, quantity: line.quantity })), (entry, line, index) => {
      if (!Number.isInteger(entry.quantity) || entry.quantity < 0 || entry.quantity > line.quantity) {
        throw new DomainError('BAD_USER_INPUT', `Between 0 and ${line.quantity} unit(s) of ${line.skuCode} can be received`, { field: `lines[${index}].quantity` });
      }
      return entry.quantity;
    });
    const total = [...received.values()].reduce((sum, quantity) => sum + quantity, 0);
    if (total === 0) throw new DomainError('BAD_USER_INPUT', 'Nothing was received: reject the return instead', { field: 'lines' });
    for (const line of lines) line.receivedQuantity = received.get(line.id) ?? 0;
    found.receivedLocationId = location.id;
    found.receivedAt = new Date();
    const items = lines.filter((line) => line.receivedQuantity > 0);
    return {
      to: 'RECEIVED',
      note: `return ${found.number} received at ${location.code}: ${items.map((line) => `${line.receivedQuantity} × ${line.skuCode}`).join(', ')}`,
      event: {
        type: ReturnReceived.type,
        extra: { locationId: location.id, lines: items.map((line) => ({ returnLineId: line.id, sku: line.skuCode, quantity: line.receivedQuantity })) },
      },
      audit: { locationId: location.id, received: Object.fromEntries(received) },
    };
  }, { receivingAt: locationId });
}

export interface InspectReturnCommand {
  returnId: string;
  lines: readonly { returnLineId: string; disposition: ReturnDisposition }[];
}

/**
 * What becomes of each received line: back on the shelf, to refurbishment, or disposed of. The
 * receiving location's stock follows through inventory (ReturnInspected): restocked units become
 * sellable there, the others are held as non-sellable.
 */
export function inspectReturn(ctx: OrdersContext, command: InspectReturnCommand): Promise<Return> {
  assertStaff(ctx.principal, 'inspect returns');
  return runReturnStep(ctx, command.returnId, 'inspectReturn', async ({ found, lines }) => {
    returnStateMachine.assertTransition(found.status, 'INSPECTED');
    const decided = perNamedLine(found, lines, command.lines, (entry) => entry.disposition);
    const received = lines.filter((line) => line.receivedQuantity > 0);
    const undecided = received.filter((line) => !decided.has(line.id));
    if (undecided.length > 0) {
      throw new DomainError('BAD_USER_INPUT', `Every received line needs a disposition: ${undecided.map((line) => line.skuCode).join(', ')}`, {
        returnLineIds: undecided.map((line) => line.id),
      });
    }
    for (const line of received) line.disposition = decided.get(line.id) ?? null;
    found.inspectedAt = new Date();
    const items = received.map((line) => ({ returnLineId: line.id, orderLineId: line.orderLine.id, sku: line.skuCode, quantity: line.receivedQuantity, disposition: line.disposition }));
    return {
      to: 'INSPECTED',
      note: `return ${found.number} inspected: ${items.map((item) => `${item.quantity} × ${item.sku} ${String(item.disposition).toLowerCase()}`).join(', ')}`,
      event: { type: ReturnInspected.type, extra: { locationId: found.receivedLocationId, lines: items } },
      audit: { dispositions: Object.fromEntries(decided) },
    };
  });
}

/**
 * A return by id, if the caller may see it (a customer's own, a channel partner's channel, a store
 * associate's store's, or one handed in at their store); one out of reach answers as missing (null).
 */
export async function findReturn(ctx: OrdersContext, id: string): Promise<Return | null> {
  const found = await ctx.returnLoaders.returnById.load(id.toLowerCase());
  if (!found) return null;
  const [order, access] = await Promise.all([ctx.loaders.orderById.load(found.order.id), orderAccessOf(ctx)]);
  return order && (mayAccessOrder(access, order) || worksAt(access, found.receivedLocationId)) ? found : null;
}
