import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.entity.ts';
import { OrderLine, type OrderLineStatus } from '../entities/order-line.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import type { StockSwapKind } from '../entities/order-stock-swap.entity.ts';
import { Promotion } from '../entities/promotion.entity.ts';
import { validateShippingAddress, type AddressCommand, type ShippingAddress } from './address.ts';
import { requestFingerprint } from './idempotency.ts';
import { findUnknownSkus, quoteCatalog, swapOrderAllocations, type AllocationRequest, type StockAllocation, type StockShortfall } from './inventory.client.ts';
import { assertMayAccessOrder, orderAccessOf } from './order-access.ts';
import { formatMoney } from './money.ts';
import { OrderPipeline } from './order-pipeline.ts';
import { OrderTimeline } from './order-timeline.ts';
import { MAX_IDEMPOTENCY_KEY_LENGTH, MAX_LINE_QUANTITY, MAX_LINES } from './order-validation.ts';
import { IN_STORE_PROVIDER, openPayments, voidPayments } from './payments/order-payments.ts';
import type { PaymentProvider } from './payments/payment-provider.ts';
import { PendingVoids } from './payments/pending-voids.ts';
import { priceOrder, type PricedOrder } from './pricing.ts';
import { releaseTimeFor } from './release.service.ts';
import { StockSwapJournal } from './stock-swap-recovery.service.ts';
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

function planEdit(ctx: OrdersContext, order: Order, current: readonly OrderLine[], edit: EditRequest, quoted: { prices: Map<string, number>; storeCountry: string | null }, promotions: readonly Promotion[]): EditPlan {
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
  for (const line of edit.addLines) {
    lines.push({ id: randomUUID(), sku: line.sku, quantity: line.quantity, unitPrice: quoted.prices.get(line.sku) ?? 0, existing: null, reheld: true });
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
  /** The open payment raised in place, or the reference of a new authorization. */
  raised: Payment | null;
  reference: string;
}

/** Authorizes what the edit adds: a new authorization with the token given, else the current one raised. */
export async function raiseAuthorization(
  ctx: OrdersContext,
  order: Order,
  payments: readonly Payment[],
  amount: number,
  edit: Pick<EditRequest, 'payment'>,
  editId: string,
): Promise<RaisedAuthorization> {
  if (edit.payment) {
    const provider = ctx.payments.get(edit.payment.provider);
    const result = await provider.authorize({ token: edit.payment.token, amount, currency: order.currency, idempotencyKey: `edit:${editId}` });
    if (result.outcome === 'DECLINED') throw new DomainError('PAYMENT_DECLINED', `The payment was declined: ${result.message}`, { declineCode: result.declineCode });
    return { provider, amount, raised: null, reference: result.reference };
  }
  const payment = [...payments].reverse().find((candidate) => ctx.payments.get(candidate.provider).incrementAuthorization);
  const provider = payment ? ctx.payments.get(payment.provider) : undefined;
  if (!payment || !provider?.incrementAuthorization) {
    throw new DomainError('PAYMENT_REQUIRED', `The edit adds ${formatMoney(amount, order.currency)}: give a payment token to authorize it`, { field: 'payment' });
  }
  const result = await provider.incrementAuthorization({ reference: payment.reference, amount, currency: order.currency, idempotencyKey: `edit:${editId}` });
  if (result.outcome === 'DECLINED') throw new DomainError('PAYMENT_DECLINED', `The increase was declined: ${result.message}`, { declineCode: result.declineCode });
  return { provider, amount, raised: payment, reference: payment.reference };
}

/** Gives back an authorization raised for an edit that did not go through; a failure is logged, the edit's outcome stands. */
export async function undoRaise(ctx: OrdersContext, order: Order, raise: RaisedAuthorization): Promise<void> {
  await raise.provider.void({ reference: raise.reference, amount: raise.amount, currency: order.currency }).catch((error: unknown) => {
    ctx.logger.error({ err: error, orderId: order.id, reference: raise.reference }, 'could not void the authorization raised for an order edit that did not go through');
  });
}

/** Journals the change before its swap; when that fails, the authorization just raised is given back at once. */
export async function beginSwap(ctx: OrdersContext, swaps: StockSwapJournal, order: Order, kind: StockSwapKind, reference: string, raise: RaisedAuthorization | null): Promise<void> {
  try {
    await swaps.begin(order, kind, reference, raise);
  } catch (error) {
    if (raise) await undoRaise(ctx, order, raise);
    throw error;
  }
}

export function recordRaise(em: EntityManager, order: Order, raise: RaisedAuthorization, at: Date): void {
  const payment =
    raise.raised ??
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

/**
 * Changes an order before its release: lines added, removed or with a new quantity, another address
 * or pickup store. The order row is locked throughout. Sequence: price the new order; raise the
 * payment authorization first when the total grows (a decline changes nothing); then swap the stock
 * at inventory in one transaction (released lines and new holds together; a shortage changes nothing
 * there and the raised authorization is voided again); then write the order, journaling the void
 * of what the authorization holds beyond the new total, made only once the order is committed
 * (pending-voids.ts: a failed write voids nothing). The swap is journaled before it is asked for, so
 * when the order cannot be written it is reverted and the raise voided (stock-swap-recovery.service.ts).
 * Idempotent by `idempotencyKey` per caller.
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

  const swaps = new StockSwapJournal(ctx);
  const voids = new PendingVoids(ctx);
  const outcome = await swaps.settle(() => ctx.em.transactional(async (em): Promise<EditOrderOutcome> => {
    const order = await em.findOne(Order, { id: edit.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['lines'] });
    if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: edit.orderId });
    if (edit.idempotencyKey) {
      const stored = await em.findOne(IdempotencyRecord, { scope, key: edit.idempotencyKey });
      if (stored) {
        if (stored.requestHash !== fingerprint) {
          throw new DomainError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${edit.idempotencyKey}" was already used for a different edit`, { idempotencyKey: edit.idempotencyKey });
        }
        return { kind: 'ORDER', order };
      }
    }
    assertEditable(order);
    const lines = order.lines.getItems().sort((a, b) => a.lineNumber - b.lineNumber);
    const plan = planEdit(ctx, order, lines, edit, quoted, promotions);
    const editId = randomUUID();
    const payments = (await openPayments(em, order)).filter((payment) => payment.provider !== IN_STORE_PROVIDER);
    const difference = plan.priced.totals.total - heldFunds(payments);

    // Funds first: a declined increase leaves stock and order as they were.
    const raise = difference > 0 ? await raiseAuthorization(ctx, order, payments, difference, edit, editId) : null;
    // From here until the order is written, a failure (or a stop) undoes the swap and the raise: see StockSwapJournal.
    await beginSwap(ctx, swaps, order, 'EDIT', `edit:${editId}`, raise);
    const swapped = await swapOrderAllocations(ctx, {
      orderId: order.id,
      channel: order.channel,
      delivery: plan.delivery,
      releaseLineIds: plan.releaseLineIds,
      lines: plan.lines.filter((line) => line.reheld).map((line) => ({ lineId: line.id, sku: line.sku, quantity: line.quantity })),
      allowPresell: lines.some((line) => line.status === 'BACKORDERED'),
      reason: `order ${order.number} edited`,
      reference: `edit:${editId}`,
    });
    if (swapped.kind === 'SHORTAGE') return { kind: 'OUT_OF_STOCK', lines: swapped.lines };
    await swaps.applied(em);

    const totalBefore = order.total;
    const from = order.status;
    const to = applyPlan(ctx, em, order, plan, swapped.allocations, edit, now);
    if (raise) recordRaise(em, order, raise, now);
    if (difference < 0) await voidPayments(ctx, em, payments, -difference, `edit:${editId}`, voids);

    const [timeline, pipeline] = await Promise.all([OrderTimeline.of(em, order), OrderPipeline.of(em, order)]);
    const change = `order edited: ${plan.summary.join('; ')}; total ${formatMoney(totalBefore, order.currency)} → ${formatMoney(order.total, order.currency)}${edit.reason ? ` (${edit.reason})` : ''}`;
    if (to !== from) timeline.move(to, actor, change, now);
    else timeline.note(actor, change, now);
    if (difference !== 0) {
      pipeline.record('PAYMENT_AUTHORIZATION', 'PASSED', actor, difference > 0 ? `edit: authorized ${formatMoney(difference, order.currency)} more` : `edit: voided ${formatMoney(-difference, order.currency)}`, now);
    }
    const held = new Set(swapped.allocations.map((allocation) => allocation.locationId)).size;
    pipeline.record('SOURCE_AND_ALLOCATE', 'PASSED', actor, `edit: ${plan.releaseLineIds.length} line(s) released, ${swapped.allocations.length} allocation(s) held at ${held} location(s)`, now);
    recordEvent(em, {
      type: 'OrderEdited',
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: {
        orderId: order.id,
        number: order.number,
        customerId: order.customerId ?? null,
        changes: plan.summary,
        lineChanges: plan.lineChanges,
        deliveryChange: plan.deliveryChange,
        total: { amount: order.total, currency: order.currency },
        previousTotal: totalBefore,
      },
    });
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'editOrder', entityType: 'Order', entityId: order.id, before: { status: from, total: totalBefore }, after: { status: to, total: order.total, changes: plan.summary, reason: edit.reason } },
    );
    if (edit.idempotencyKey) em.create(IdempotencyRecord, { scope, key: edit.idempotencyKey, requestHash: fingerprint, order, outOfStock: null, createdAt: now });
    return { kind: 'ORDER', order };
  }));
  // Money leaves only once the order says so.
  await voids.perform();
  if (outcome.kind === 'ORDER') {
    for (const loader of [ctx.loaders.linesByOrderId, ctx.loaders.paymentsByOrderId, ctx.loaders.timelineByOrderId, ctx.loaders.pipelineByOrderId]) loader.clear(outcome.order.id);
    ctx.loaders.orderById.clear(outcome.order.id);
  }
  return outcome;
}
