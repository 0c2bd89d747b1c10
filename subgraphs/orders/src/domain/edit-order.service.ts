import { eventPayload, OrderEdited } from '@oms/contracts';
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager, type RunningCommand } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.entity.ts';
import { OrderLine, type OrderLineStatus } from '../entities/order-line.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { Promotion } from '../entities/promotion.entity.ts';
import { validateShippingAddress, type AddressCommand, type ShippingAddress } from './address.ts';
import { requestFingerprint } from './idempotency.ts';
import { findUnknownSkus, quoteCatalog, type AllocationRequest, type StockAllocation, type StockShortfall } from './inventory.client.ts';
import { assertMayAccessOrder, orderAccessOf } from './order-access.ts';
import { assertOrderUnchanged, orderStateOf, swapOrderStock, type RaiseIntent } from './order-change.ts';
import { runOrderChange } from './order-commands.ts';
import { formatMoney } from './money.ts';
import { OrderPipeline } from './order-pipeline.ts';
import { OrderTimeline } from './order-timeline.ts';
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_LINE_QUANTITY, MAX_LINES } from './order-validation.ts';
import { IN_STORE_PROVIDER, openPayments, voidPayments } from './payments/order-payments.ts';
import type { AuthorizationResult, PaymentProvider } from './payments/payment-provider.ts';
import { owedThroughCommand } from './payments/owed-operations.ts';
import { priceOrder, type PricedOrder } from './pricing.ts';
import { releaseTimeFor } from './release.service.ts';
import { HOME_TAX_COUNTRY } from './tax.ts';

/** Before release fulfillment has no work for the order: it can still change without stopping anyone. */
const EDITABLE: readonly OrderStatus[] = ['CONFIRMED', 'ALLOCATED', 'ON_HOLD', 'BACKORDERED'];
const MAX_REASON_LENGTH = 500;

export interface EditOrderCommand {
  orderId: string;
  idempotencyKey?: string | null;
  addLines?: readonly { sku: string; quantity: number; unitPrice?: number | null }[] | null;
  removeLineIds?: readonly string[] | null;
  changeQuantities?: readonly { lineId: string; quantity: number }[] | null;
  shipTo?: AddressCommand | null;
  pickupLocationId?: string | null;
  payment?: { token: string; provider?: string | null } | null;
  reason?: string | null;
}

export type EditOrderOutcome = { kind: 'ORDER'; order: Order } | { kind: 'OUT_OF_STOCK'; lines: StockShortfall[] };

interface EditRequest {
  orderId: string;
  idempotencyKey: string | null;
  addLines: { sku: string; quantity: number }[];
  removeLineIds: string[];
  changeQuantities: Map<string, number>;
  shipTo: ShippingAddress | null;
  shipToPoint: { latitude: number | null; longitude: number | null };
  pickupLocationId: string | null;
  payment: { token: string; provider: string } | null;
  reason: string | null;
}

function quantityOf(quantity: number, what: string): number {
  if (!Number.isInteger(quantity) || quantity <= 0 || quantity > MAX_LINE_QUANTITY) {
    throw new DomainError('INVALID_QUANTITY', `Quantity of ${what} must be between 1 and ${MAX_LINE_QUANTITY}`, { quantity, max: MAX_LINE_QUANTITY });
  }
  return quantity;
}

/** Every check that needs nothing but the input; each failure has its own code and nothing is written. */
function validateEdit(command: EditOrderCommand): EditRequest {
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  const key = command.idempotencyKey ?? null;
  if (key !== null && (key.trim().length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
    throw new DomainError('BAD_USER_INPUT', `idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { field: 'idempotencyKey' });
  }
  const addLines = (command.addLines ?? []).map((line) => {
    const sku = line.sku.trim();
    if (sku.length === 0 || sku.length > 64) throw new DomainError('UNKNOWN_SKU', `Unknown SKU "${line.sku}"`, { sku: line.sku });
    if (line.unitPrice != null) throw new DomainError('PRICE_NOT_ALLOWED', 'Lines added by an edit are priced by the price list', { sku });
    return { sku, quantity: quantityOf(line.quantity, sku) };
  });
  const removeLineIds = [...new Set((command.removeLineIds ?? []).map((id) => id.toLowerCase()))];
  const changeQuantities = new Map<string, number>();
  for (const change of command.changeQuantities ?? []) {
    const lineId = change.lineId.toLowerCase();
    if (changeQuantities.has(lineId) || removeLineIds.includes(lineId)) {
      throw new DomainError('BAD_USER_INPUT', `Line ${change.lineId} is changed twice in one edit`, { lineId: change.lineId });
    }
    changeQuantities.set(lineId, quantityOf(change.quantity, `line ${change.lineId}`));
  }
  for (const id of [...removeLineIds, ...changeQuantities.keys()]) {
    if (!isUuid(id)) throw new DomainError('NOT_FOUND', `No order line ${id}`, { lineId: id });
  }
  const pickupLocationId = command.pickupLocationId?.trim().toLowerCase() || null;
  if (pickupLocationId !== null && !isUuid(pickupLocationId)) throw new DomainError('PICKUP_LOCATION_INVALID', 'No such pickup store', { pickupLocationId });
  const shipTo = command.shipTo ? validateShippingAddress(command.shipTo) : null;
  if (addLines.length === 0 && removeLineIds.length === 0 && changeQuantities.size === 0 && !shipTo && !pickupLocationId) {
    throw new DomainError('BAD_USER_INPUT', 'The edit changes nothing: give lines to add, remove or change, a new address or a pickup store', { field: 'input' });
  }
  const reason = command.reason?.trim() || null;
  if (reason && reason.length > MAX_REASON_LENGTH) throw new DomainError('BAD_USER_INPUT', `reason is at most ${MAX_REASON_LENGTH} characters`, { field: 'reason' });
  const token = command.payment?.token.trim();
  if (command.payment && (!token || token.length > 200)) throw new DomainError('BAD_USER_INPUT', 'payment.token is 1 to 200 characters', { field: 'payment.token' });
  return {
    orderId: command.orderId.toLowerCase(),
    idempotencyKey: key,
    addLines,
    removeLineIds,
    changeQuantities,
    shipTo,
    shipToPoint: { latitude: command.shipTo?.latitude ?? null, longitude: command.shipTo?.longitude ?? null },
    pickupLocationId,
    payment: command.payment && token ? { token, provider: command.payment.provider?.trim() || 'test' } : null,
    reason,
  };
}

/** Prices of the SKUs an edit adds, and the pickup store's country when it changes; from the price list in force now. */
async function quoteEdit(ctx: OrdersContext, order: Order, edit: EditRequest, now: Date): Promise<{ prices: Map<string, number>; storeCountry: string | null }> {
  if (edit.addLines.length === 0 && !edit.pickupLocationId) return { prices: new Map(), storeCountry: null };
  const quote = await quoteCatalog(ctx, {
    skus: edit.addLines.map((line) => line.sku),
    channel: order.channel,
    currency: order.currency,
    at: now,
    pickupLocationId: edit.pickupLocationId,
  });
  const prices = new Map<string, number>();
  const unpriced: string[] = [];
  for (const { sku } of edit.addLines) {
    const price = quote.currencies.get(sku) === order.currency ? (quote.prices.get(sku) ?? null) : null;
    if (price === null) unpriced.push(sku);
    else prices.set(sku, price);
  }
  if (unpriced.length > 0) {
    const unknown = await findUnknownSkus(ctx, unpriced);
    if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
    throw new DomainError('UNPRICED_SKU', `No ${order.currency} price for ${unpriced.join(', ')} in the ${order.channel} channel`, { skus: unpriced });
  }
  let storeCountry: string | null = null;
  if (edit.pickupLocationId) {
    const store = quote.pickupStore;
    if (!store || !store.active || !store.pickup) {
      throw new DomainError('PICKUP_LOCATION_INVALID', 'The pickup store does not exist or does not take pickups', { pickupLocationId: edit.pickupLocationId });
    }
    storeCountry = store.country || HOME_TAX_COUNTRY;
  }
  return { prices, storeCountry };
}

/** One destination per edit: an address (the order ships, from now on if it was collected) or a store (collected, from now on if it shipped). */
function assertDeliveryChange(order: Order, edit: EditRequest): void {
  if (edit.shipTo && edit.pickupLocationId) {
    throw new DomainError('BAD_USER_INPUT', `Give order ${order.number} either an address to ship to or a store to collect from, not both`, { field: 'shipTo' });
  }
}

/** How the order is delivered after the edit: an address switches it to shipping, a store a shipped order to collection. */
function methodAfter(order: Order, edit: EditRequest): Order['deliveryMethod'] {
  if (edit.shipTo) return 'SHIP';
  if (edit.pickupLocationId && order.deliveryMethod === 'SHIP') return 'PICKUP';
  return order.deliveryMethod;
}

function assertEditable(order: Order): void {
  if (!EDITABLE.includes(order.status) || order.releasedAt) {
    throw new DomainError('ORDER_NOT_EDITABLE', `Order ${order.number} is ${order.status}: only orders not yet released to fulfillment can be edited`, {
      orderId: order.id,
      status: order.status,
    });
  }
}

/** A line of the order after the edit: kept (maybe with a new quantity) or added. */
interface EditedLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  existing: OrderLine | null;
  /** Its allocation is released and held again (new quantity, new destination, or new). */
  reheld: boolean;
}

interface EditPlan {
  method: Order['deliveryMethod'];
  lines: EditedLine[];
  removed: OrderLine[];
  priced: PricedOrder;
  taxCountry: string;
  delivery: AllocationRequest['delivery'];
  releaseLineIds: string[];
  summary: string[];
  /** The same change as data (OrderEdited), so the customer's message can be written in their language. */
  lineChanges: { sku: string; from: number; to: number }[];
  deliveryChange: 'ADDRESS' | 'PICKUP_STORE' | 'SHIP_INSTEAD' | 'PICKUP_INSTEAD' | null;
}

/** What the plan needs besides the order: prices quoted, promotions, and the ids the added lines get (the same at inventory and in the order). */
interface EditInputs {
  quoted: { prices: Map<string, number>; storeCountry: string | null };
  promotions: readonly Promotion[];
  addedLineIds: readonly string[];
}

function planEdit(ctx: OrdersContext, order: Order, current: readonly OrderLine[], edit: EditRequest, { quoted, promotions, addedLineIds }: EditInputs): EditPlan {
  const open = current.filter((line) => line.status === 'OPEN' || line.status === 'BACKORDERED');
  const find = (lineId: string): OrderLine => {
    const line = open.find((candidate) => candidate.id === lineId);
    if (!line) throw new DomainError('NOT_FOUND', `Order ${order.number} has no open line ${lineId}`, { lineId });
    return line;
  };
  const removed = edit.removeLineIds.map(find);
  for (const lineId of edit.changeQuantities.keys()) find(lineId);
  const destinationChanged = edit.shipTo !== null || (edit.pickupLocationId !== null && edit.pickupLocationId !== order.pickupLocationId);
  const summary: string[] = [];
  const lineChanges: EditPlan['lineChanges'] = [];
  const lines: EditedLine[] = open
    .filter((line) => !removed.includes(line))
    .map((line) => {
      const quantity = edit.changeQuantities.get(line.id) ?? line.quantity;
      if (quantity !== line.quantity) {
        summary.push(`line ${line.lineNumber} (${line.skuCode}) ${line.quantity} → ${quantity}`);
        lineChanges.push({ sku: line.skuCode, from: line.quantity, to: quantity });
      }
      return { id: line.id, sku: line.skuCode, quantity, unitPrice: line.unitPrice, existing: line, reheld: destinationChanged || quantity !== line.quantity };
    });
  for (const line of removed) {
    summary.push(`line ${line.lineNumber} (${line.skuCode}) removed`);
    lineChanges.push({ sku: line.skuCode, from: line.quantity, to: 0 });
  }
  for (const [index, line] of edit.addLines.entries()) {
    lines.push({ id: addedLineIds[index] ?? randomUUID(), sku: line.sku, quantity: line.quantity, unitPrice: quoted.prices.get(line.sku) ?? 0, existing: null, reheld: true });
    summary.push(`${line.sku} × ${line.quantity} added`);
    lineChanges.push({ sku: line.sku, from: 0, to: line.quantity });
  }
  if (lines.length === 0) throw new DomainError('BAD_USER_INPUT', `An order keeps at least one line: cancel order ${order.number} instead`, { field: 'removeLineIds' });
  if (current.length + edit.addLines.length > MAX_LINES) throw new DomainError('INVALID_QUANTITY', `An order has at most ${MAX_LINES} lines`, { max: MAX_LINES });
  if (edit.shipTo) summary.push(`ships to ${edit.shipTo.city} ${edit.shipTo.postalCode} ${edit.shipTo.country}`);
  if (edit.pickupLocationId && destinationChanged) summary.push('pickup store changed');
  const method = methodAfter(order, edit);
  if (method !== order.deliveryMethod) summary.push(method === 'SHIP' ? 'shipped instead of collected' : 'collected instead of shipped');
  let deliveryChange: EditPlan['deliveryChange'] = null;
  if (method !== order.deliveryMethod) deliveryChange = method === 'SHIP' ? 'SHIP_INSTEAD' : 'PICKUP_INSTEAD';
  else if (edit.shipTo) deliveryChange = 'ADDRESS';
  else if (edit.pickupLocationId && destinationChanged) deliveryChange = 'PICKUP_STORE';

  const taxCountry = edit.shipTo?.country ?? quoted.storeCountry ?? order.taxCountry ?? order.shipToCountry ?? HOME_TAX_COUNTRY;
  const priced = priceOrder({
    lines: lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice })),
    // The promotions the order was sold with still apply (their use was counted at placement).
    promotions: order.promotionCodes.flatMap((code) => promotions.find((promotion) => promotion.code === code) ?? []),
    deliveryMethod: method,
    taxDestination: { country: taxCountry },
    taxCalculator: ctx.tax,
    // A service level's charge was the price promised at checkout: an edit does not re-quote it.
    ...(order.serviceLevel && method === 'SHIP' ? { shippingCharge: order.shippingTotal } : {}),
  });
  const pickupLocationId = edit.pickupLocationId ?? order.pickupLocationId ?? null;
  const delivery: AllocationRequest['delivery'] = {
    method,
    pickupLocationId: method === 'SHIP' ? null : pickupLocationId,
    country: edit.shipTo?.country ?? order.shipToCountry ?? null,
    postalCode: edit.shipTo?.postalCode ?? order.shipToPostalCode ?? null,
    latitude: edit.shipTo ? edit.shipToPoint.latitude : null,
    longitude: edit.shipTo ? edit.shipToPoint.longitude : null,
  };
  const releaseLineIds = [...removed.map((line) => line.id), ...lines.filter((line) => line.reheld && line.existing).map((line) => line.id)];
  return { method, lines, removed, priced, taxCountry, delivery, releaseLineIds, summary, lineChanges, deliveryChange };
}

/** Funds held for the order now: what its open authorizations hold and have not captured. */
export function heldFunds(payments: readonly Payment[]): number {
  return payments.reduce((total, payment) => total + payment.amountAuthorized - payment.amountCaptured, 0);
}

export interface RaisedAuthorization {
  provider: PaymentProvider;
  amount: number;
  /** The open payment raised in place, or null for a new authorization. */
  paymentId: string | null;
  reference: string;
}

/**
 * Authorizes what a change adds, as an intent of its command (recorded with the provider's answer,
 * voided if the change is not written): a new authorization with the token given, else the current
 * one raised. `key` is the change's attempt (the provider's idempotency key).
 */
export async function raiseAuthorization(
  ctx: OrdersContext,
  command: RunningCommand,
  order: Order,
  payments: readonly Payment[],
  amount: number,
  edit: Pick<EditRequest, 'payment'>,
  key: string,
): Promise<RaisedAuthorization> {
  const recorded = (provider: PaymentProvider, paymentId: string | null) => (result: AuthorizationResult) => {
    if (result.outcome !== 'AUTHORIZED') return null;
    const raise: RaiseIntent = { provider: provider.name, reference: result.reference, amount, currency: order.currency, paymentId, voidKey: `${key}:undo` };
    return { ...raise };
  };
  if (edit.payment) {
    const provider = ctx.payments.get(edit.payment.provider);
    const token = edit.payment.token;
    const result = await command.intent('authorization-raise', () => provider.authorize({ token, amount, currency: order.currency, idempotencyKey: key }), { after: recorded(provider, null) });
    if (result.outcome === 'DECLINED') throw new DomainError('PAYMENT_DECLINED', `The payment was declined: ${result.message}`, { declineCode: result.declineCode });
    return { provider, amount, paymentId: null, reference: result.reference };
  }
  const payment = [...payments].reverse().find((candidate) => ctx.payments.get(candidate.provider).incrementAuthorization);
  const provider = payment ? ctx.payments.get(payment.provider) : undefined;
  const increment = provider?.incrementAuthorization?.bind(provider);
  if (!payment || !provider || !increment) {
    throw new DomainError('PAYMENT_REQUIRED', `The edit adds ${formatMoney(amount, order.currency)}: give a payment token to authorize it`, { field: 'payment' });
  }
  const result = await command.intent('authorization-raise', () => increment({ reference: payment.reference, amount, currency: order.currency, idempotencyKey: key }), {
    after: recorded(provider, payment.id),
  });
  if (result.outcome === 'DECLINED') throw new DomainError('PAYMENT_DECLINED', `The increase was declined: ${result.message}`, { declineCode: result.declineCode });
  return { provider, amount, paymentId: payment.id, reference: payment.reference };
}

/** In the change's transaction: the raise on the order's payment (or a new payment), journaled. */
export async function recordRaise(em: EntityManager, order: Order, raise: RaisedAuthorization, at: Date): Promise<void> {
  const payment =
    (raise.paymentId ? await em.findOne(Payment, { id: raise.paymentId }) : null) ??
    em.create(Payment, {
      order,
      provider: raise.provider.name,
      reference: raise.reference,
      status: 'AUTHORIZED',
      currency: order.currency,
      amountAuthorized: 0,
      amountCaptured: 0,
      amountRefunded: 0,
      createdAt: at,
      updatedAt: at,
    });
  payment.amountAuthorized += raise.amount;
  em.create(PaymentOperation, { payment, operation: 'AUTHORIZE', amount: raise.amount, currency: order.currency, outcome: 'SUCCEEDED', providerReference: raise.reference, at });
}

/** A change that fell short at inventory: nothing changed there, and its intents are undone by the runner. */
class EditShortage extends Error {
  readonly lines: StockShortfall[];

  constructor(lines: StockShortfall[]) {
    super('stock short for the edit');
    this.lines = lines;
  }
}

/** Writes the plan on the order once its stock is held: lines, totals, destination, status. */
function applyPlan(ctx: OrdersContext, em: EntityManager, order: Order, plan: EditPlan, allocations: readonly StockAllocation[], edit: EditRequest, now: Date): OrderStatus {
  const presold = new Set(allocations.filter((allocation) => allocation.kind === 'PRESELL').map((allocation) => allocation.orderLineId));
  let lineNumber = Math.max(0, ...order.lines.getItems().map((line) => line.lineNumber));
  plan.lines.forEach((line, index) => {
    const priced = plan.priced.lines[index];
    const discount = priced?.discount ?? 0;
    const status: OrderLineStatus = line.reheld ? (presold.has(line.id) ? 'BACKORDERED' : 'OPEN') : (line.existing?.status ?? 'OPEN');
    if (line.existing) {
      line.existing.quantity = line.quantity;
      line.existing.discount = discount;
      line.existing.status = status;
      return;
    }
    lineNumber += 1;
    em.create(OrderLine, {
      id: line.id,
      order,
      lineNumber,
      skuCode: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      currency: order.currency,
      status,
      discount,
      shippedQuantity: 0,
      cancelledQuantity: 0,
    });
  });
  for (const line of plan.removed) {
    line.cancelledQuantity = line.quantity;
    line.status = 'CANCELLED';
  }
  Object.assign(order, plan.priced.totals, { taxCountry: plan.taxCountry });
  if (edit.shipTo) {
    Object.assign(order, {
      shipToName: edit.shipTo.name,
      shipToLine1: edit.shipTo.line1,
      shipToLine2: edit.shipTo.line2,
      shipToCity: edit.shipTo.city,
      shipToPostalCode: edit.shipTo.postalCode,
      shipToRegion: edit.shipTo.region,
      shipToCountry: edit.shipTo.country,
    });
  }
  if (edit.pickupLocationId) order.pickupLocationId = edit.pickupLocationId;
  if (plan.method !== order.deliveryMethod) {
    order.deliveryMethod = plan.method;
    if (plan.method === 'SHIP') order.pickupLocationId = null;
    else {
      // Collected from now on: no address to ship to, and no carrier's promise to keep.
      Object.assign(order, { shipToName: null, shipToLine1: null, shipToLine2: null, shipToCity: null, shipToPostalCode: null, shipToRegion: null, shipToCountry: null });
      Object.assign(order, { serviceLevel: null, carrierCode: null, promisedEarliest: null, promisedLatest: null });
    }
  }
  if (order.status === 'ON_HOLD') return 'ON_HOLD';
  const waiting = plan.lines.some((line) => (line.reheld ? presold.has(line.id) : line.existing?.status === 'BACKORDERED'));
  const to: OrderStatus = waiting ? 'BACKORDERED' : 'ALLOCATED';
  if (to === 'ALLOCATED' && order.status !== 'ALLOCATED') order.releaseAt = new Date(Math.max(now.getTime(), releaseTimeFor(ctx, order.placedAt).getTime()));
  if (to === 'BACKORDERED') order.releaseAt = null;
  return to;
}

interface EditRun {
  edit: EditRequest;
  actor: string;
  scope: string;
  fingerprint: string;
  inputs: EditInputs;
  now: Date;
}

/**
 * The edit command: plan on the order as it is now (no lock: the command's claim makes this the one
 * change of the order in flight), raise the authorization when the total grows (an intent: a decline
 * changes nothing), swap the stock at inventory (an intent recorded before the call), then write the
 * order in one short transaction, under its lock, if it is still as planned.
 */
async function performEdit(ctx: OrdersContext, command: RunningCommand, run: EditRun): Promise<Order> {
  const { edit, actor, now } = run;
  const work = ctx.em.fork();
  const current = await work.findOne(Order, { id: edit.orderId }, { populate: ['lines'] });
  if (!current) throw new DomainError('NOT_FOUND', 'No such order', { orderId: edit.orderId });
  assertEditable(current);
  const plan = planEdit(ctx, current, linesOf(current), edit, run.inputs);
  const payments = await onlinePayments(work, current);
  const planned = await orderStateOf(work, current);
  const difference = plan.priced.totals.total - heldFunds(payments);
  const key = `edit:${command.subjectId}`;

  // Funds first: a declined increase leaves stock and order as they were.
  const raise = difference > 0 ? await raiseAuthorization(ctx, command, current, payments, difference, edit, key) : null;
  const swapped = await swapOrderStock(ctx, command, current, 'edit', {
    channel: current.channel,
    delivery: plan.delivery,
    releaseLineIds: plan.releaseLineIds,
    lines: plan.lines.filter((line) => line.reheld).map((line) => ({ lineId: line.id, sku: line.sku, quantity: line.quantity })),
    allowPresell: linesOf(current).some((line) => line.status === 'BACKORDERED'),
    reason: `order ${current.number} edited`,
  });
  if (swapped.kind === 'SHORTAGE') throw new EditShortage(swapped.lines);

  return command.commit(async (em, effect) => {
    const order = await em.findOne(Order, { id: edit.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['lines'] });
    if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: edit.orderId });
    await assertOrderUnchanged(em, order, planned);
    // The same inputs on the same order: the same plan, now on the entities this transaction writes.
    const written = planEdit(ctx, order, linesOf(order), edit, run.inputs);
    const totalBefore = order.total;
    const from = order.status;
    const to = applyPlan(ctx, em, order, written, swapped.allocations, edit, now);
    if (raise) await recordRaise(em, order, raise, now);
    if (difference < 0) await voidPayments(ctx, em, await onlinePayments(em, order), -difference, key, owedThroughCommand(effect));

    const [timeline, pipeline] = await Promise.all([OrderTimeline.of(em, order), OrderPipeline.of(em, order)]);
    const change = `order edited: ${written.summary.join('; ')}; total ${formatMoney(totalBefore, order.currency)} → ${formatMoney(order.total, order.currency)}${edit.reason ? ` (${edit.reason})` : ''}`;
    if (to !== from) timeline.move(to, actor, change, now);
    else timeline.note(actor, change, now);
    if (difference !== 0) {
      pipeline.record('PAYMENT_AUTHORIZATION', 'PASSED', actor, difference > 0 ? `edit: authorized ${formatMoney(difference, order.currency)} more` : `edit: voided ${formatMoney(-difference, order.currency)}`, now);
    }
    const held = new Set(swapped.allocations.map((allocation) => allocation.locationId)).size;
    pipeline.record('SOURCE_AND_ALLOCATE', 'PASSED', actor, `edit: ${written.releaseLineIds.length} line(s) released, ${swapped.allocations.length} allocation(s) held at ${held} location(s)`, now);
    recordEvent(em, {
      type: OrderEdited.type,
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: eventPayload(OrderEdited, {
        orderId: order.id,
        number: order.number,
        customerId: order.customerId ?? null,
        changes: written.summary,
        lineChanges: written.lineChanges,
        deliveryChange: written.deliveryChange,
        total: { amount: order.total, currency: order.currency },
        previousTotal: totalBefore,
      }),
    });
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'editOrder', entityType: 'Order', entityId: order.id, before: { status: from, total: totalBefore }, after: { status: to, total: order.total, changes: written.summary, reason: edit.reason } },
    );
    if (edit.idempotencyKey) em.create(IdempotencyRecord, { scope: run.scope, key: edit.idempotencyKey, requestHash: run.fingerprint, order, outOfStock: null, createdAt: now });
    return order;
  });
}

const linesOf = (order: Order) => order.lines.getItems().sort((a, b) => a.lineNumber - b.lineNumber);

/** The order's open authorizations at a payment provider (not the till's). */
async function onlinePayments(em: EntityManager, order: Order): Promise<Payment[]> {
  return (await openPayments(em, order)).filter((payment) => payment.provider !== IN_STORE_PROVIDER);
}

/**
 * Changes an order before its release: lines added, removed or with a new quantity, another address
 * or pickup store. It runs as a command of the order (order-commands.ts: runOrderChange), one change
 * of an order at a time: the payment raised when the total grows and the stock swapped at inventory
 * (released lines and new holds together; a shortage changes nothing there) are intents, made with
 * no transaction or lock open; the order is written last, in one short transaction, with the void
 * of what the authorization holds beyond the new total journaled with it and made once it is
 * committed (an effect of the command). When the order cannot be written, or the service stops before, the runner
 * reverts the swap and voids the raise (order-change.ts), in the request or through its recovery
 * worker. Idempotent by `idempotencyKey` per caller: a retry never holds the stock twice.
 */
export async function editOrder(ctx: OrdersContext, command: EditOrderCommand): Promise<EditOrderOutcome> {
  const edit = validateEdit(command);
  const actor = actorOf(ctx.principal);
  const fingerprint = requestFingerprint({ ...command, orderId: edit.orderId });
  const scope = `${actor}\nedit`;
  const now = new Date();
  const snapshot = await ctx.em.fork().findOne(Order, { id: edit.orderId });
  if (!snapshot) throw new DomainError('NOT_FOUND', 'No such order', { orderId: edit.orderId });
  assertMayAccessOrder(await orderAccessOf(ctx), snapshot);
  assertDeliveryChange(snapshot, edit);
  const [quoted, promotions] = await Promise.all([
    quoteEdit(ctx, snapshot, edit, now),
    snapshot.promotionCodes.length > 0 ? ctx.em.fork().find(Promotion, { code: { $in: snapshot.promotionCodes } }) : Promise.resolve([]),
  ]);
  const run: EditRun = { edit, actor, scope, fingerprint, inputs: { quoted, promotions, addedLineIds: edit.addLines.map(() => randomUUID()) }, now };
  let outcome;
  try {
    outcome = await runOrderChange(ctx, {
      orderId: edit.orderId,
      idempotency: edit.idempotencyKey ? { scope, key: edit.idempotencyKey, fingerprint } : null,
      perform: (running) => performEdit(ctx, running, run),
    });
  } catch (error) {
    if (error instanceof EditShortage) return { kind: 'OUT_OF_STOCK', lines: error.lines };
    throw error;
  }
  for (const loader of [ctx.loaders.linesByOrderId, ctx.loaders.paymentsByOrderId, ctx.loaders.timelineByOrderId, ctx.loaders.pipelineByOrderId]) loader.clear(edit.orderId);
  ctx.loaders.orderById.clear(edit.orderId);
  const order = outcome.kind === 'DONE' ? outcome.value : await ctx.em.fork().findOneOrFail(Order, { id: edit.orderId });
  return { kind: 'ORDER', order };
}
