/**
 * Save the sale after placement. When units of an order wait for stock (lines sold ahead of supply,
 * or units a location could not serve and nothing else could hold: ON_HOLD with a STOCK_SHORTAGE
 * hold), the order offers ranked alternatives for those units, computed by inventory's engine
 * under the rules in force and live stock: collect at another store, have it shipped, take a
 * configured substitute; and, built here, keep what is held and cancel the units that wait.
 * Accepting one changes the order itself, as a command of the order (stock swapped at inventory in
 * one transaction there and payment raised first, both intents the runner undoes if the order is
 * not written; the order written last in one short transaction; voids made once it is committed),
 * then lets go of the STOCK_SHORTAGE holds so the pipeline goes on.
 *
 * An alternative's id is a digest of the order's waiting units and of what the alternative does:
 * accepting recomputes the order's alternatives and takes the one with that id, so an id a client
 * made up, or one offered before stock or the order changed, is refused (ALTERNATIVE_INVALID).
 * Presell is not offered: an order that waits for stock already waits for its supply.
 */
import { eventPayload, OrderAlternativeAccepted, OrderCancelled, OrderLinesCancelled } from '@oms/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, recordEvent, type EntityManager, type RunningCommand } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { IdempotencyRecord } from '../entities/idempotency-record.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { validateShippingAddress, type AddressCommand, type ShippingAddress } from './address.ts';
import { heldFunds, raiseAuthorization, recordRaise, type RaisedAuthorization } from './edit-order.service.ts';
import { requestFingerprint } from './idempotency.ts';
import { orderAllocations, quoteCatalog, type AllocationSwapRequest, type HeldAllocation, type StockAllocation } from './inventory.client.ts';
import { assertOrderUnchanged, orderStateOf, swapOrderStock } from './order-change.ts';
import { runOrderChange } from './order-commands.ts';
import { assertMayAccessOrder, orderAccessOf } from './order-access.ts';
import { shortened } from './order-log.ts';
import { formatMoney } from './money.ts';
import { activeHolds, OrderPipeline, orderHoldReleasedEvent, orderRecipient } from './order-pipeline.ts';
import { lineStatusAfter, openQuantity, orderStatusAfter } from './order-progress.ts';
import { repriceRemainder, settlePayments } from './order-settlement.ts';
import { orderLineStateMachine } from './order-state.ts';
import { OrderTimeline } from './order-timeline.ts';
import { IN_STORE_PROVIDER } from './payments/order-payments.ts';
import { owedThroughCommand } from './payments/owed-operations.ts';
import { orderReleasedEvent, releaseTimeFor } from './release.service.ts';
import { sourcingAlternatives, type InventoryAlternative, type SaleAlternativeKind, type SaleAlternativeView } from './sale-alternatives.service.ts';
import { allocationDeliveryOf, shippingAddressOf } from './order.service.ts';
import { MAX_IDEMPOTENCY_KEY_LENGTH } from './order-validation.ts';

/** Statuses in which units can wait for stock: sold ahead of supply, or held after a failed pick. */
const WAITING_STATUSES: readonly OrderStatus[] = ['BACKORDERED', 'ON_HOLD'];

/** A line with units nothing holds from stock: how many are open, held, and waiting. */
interface WaitingLine {
  line: OrderLine;
  open: number;
  waiting: number;
}

/** What an accepted alternative does to the order (the view the API shows, and what applying needs). */
interface OrderAlternative extends SaleAlternativeView {
  /** For SUBSTITUTE: per waiting line (same order), the SKU taking its waiting units, or null when unchanged. */
  substitutes: (string | null)[];
}

/** The order's lines that wait for stock, each with the units nothing holds from stock now. */
function waitingLinesOf(lines: readonly OrderLine[], allocations: readonly HeldAllocation[]): WaitingLine[] {
  return lines.flatMap((line) => {
    const open = openQuantity(line);
    if (line.status !== 'BACKORDERED' || open <= 0) return [];
    const held = allocations
      .filter((allocation) => allocation.status === 'ALLOCATED' && allocation.kind === 'STOCK' && allocation.orderLineId === line.id)
      .reduce((total, allocation) => total + allocation.quantity, 0);
    const waiting = open - Math.min(open, held);
    return waiting > 0 ? [{ line, open, waiting }] : [];
  });
}

/** Digest of the order's delivery and waiting units: any change to them makes earlier alternative ids stale. */
function stateDigest(order: Order, waiting: readonly WaitingLine[]): string {
  const state = [order.id, order.deliveryMethod, order.pickupLocationId ?? '', ...waiting.map((entry) => `${entry.line.id}:${entry.open}:${entry.waiting}`)];
  return createHash('sha256').update(state.join('\n')).digest('base64url');
}

function alternativeId(digest: string, alternative: Pick<SaleAlternativeView, 'kind' | 'deliveryMethod' | 'pickupLocation' | 'lines'>): string {
  const subject = [digest, alternative.kind, alternative.deliveryMethod, alternative.pickupLocation?.id ?? '', ...alternative.lines.map((line) => `${line.sku}:${line.quantity}:${line.replacesSku ?? ''}`)];
  return `oa1.${createHash('sha256').update(subject.join('\n')).digest('base64url').slice(0, 32)}`;
}

const describe = (entries: readonly { sku: string; quantity: number }[]) => entries.map((entry) => `${entry.quantity} × ${entry.sku}`).join(', ');

function viewOf(digest: string, alternative: InventoryAlternative, waiting: readonly WaitingLine[], address: ShippingAddress | null): OrderAlternative {
  const base = {
    kind: alternative.kind,
    rank: 0,
    description: alternative.description,
    deliveryMethod: alternative.deliveryMethod,
    pickupLocation: alternative.pickupLocation,
    distanceKm: alternative.distanceKm,
    lines: alternative.lines,
    allowBackorder: false,
    requiresAddress: alternative.requiresAddress && !address,
    earliestDeliveryDate: alternative.earliestDeliveryDate,
    latestDeliveryDate: alternative.latestDeliveryDate,
    readyAt: alternative.readyAt ? new Date(alternative.readyAt) : null,
    availableFrom: alternative.availableFrom ? new Date(alternative.availableFrom) : null,
  };
  // Inventory answers the substitute's lines in the order of the lines it was asked about: the waiting lines.
  const substitutes = waiting.map((_entry, index) => (alternative.kind === 'SUBSTITUTE' ? (alternative.lines[index]?.replacesSku ? alternative.lines[index].sku : null) : null));
  return { ...base, id: alternativeId(digest, base), substitutes };
}

/** Keep what is held, cancel what waits: possible when something of the order remains (held, or already gone). */
function partialAlternative(digest: string, order: Order, lines: readonly OrderLine[], waiting: readonly WaitingLine[]): OrderAlternative | null {
  const open = lines.reduce((total, line) => total + openQuantity(line), 0);
  const waitingUnits = waiting.reduce((total, entry) => total + entry.waiting, 0);
  const shipped = lines.reduce((total, line) => total + line.shippedQuantity, 0);
  if (open - waitingUnits <= 0 && shipped === 0) return null;
  const base = {
    kind: 'PARTIAL' as const,
    rank: 0,
    description: `Go on with what is held now; ${describe(waiting.map((entry) => ({ sku: entry.line.skuCode, quantity: entry.waiting })))} cancelled and refunded`,
    deliveryMethod: order.deliveryMethod,
    pickupLocation: order.pickupLocationId ? { id: order.pickupLocationId } : null,
    distanceKm: null,
    lines: waiting.map((entry) => ({ sku: entry.line.skuCode, quantity: entry.open - entry.waiting, replacesSku: null })),
    allowBackorder: false,
    requiresAddress: false,
    earliestDeliveryDate: null,
    latestDeliveryDate: null,
    readyAt: null,
    availableFrom: null,
  };
  return { ...base, id: alternativeId(digest, base), substitutes: waiting.map(() => null) };
}

interface Situation {
  lines: OrderLine[];
  allocations: HeldAllocation[];
  waiting: WaitingLine[];
  alternatives: OrderAlternative[];
}

/** The order's waiting units and their alternatives now (two calls to inventory; none when nothing waits). */
async function situationOf(ctx: OrdersContext, em: EntityManager, order: Order): Promise<Situation> {
  const lines = await em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } });
  if (!WAITING_STATUSES.includes(order.status) || !lines.some((line) => line.status === 'BACKORDERED')) return { lines, allocations: [], waiting: [], alternatives: [] };
  const allocations = await orderAllocations(ctx, order.id);
  const waiting = waitingLinesOf(lines, allocations);
  if (waiting.length === 0) return { lines, allocations, waiting, alternatives: [] };
  const digest = stateDigest(order, waiting);
  const address = shippingAddressOf(order) ?? order.billingAddress ?? null;
  const found = await sourcingAlternatives(ctx, {
    channel: order.channel,
    lines: waiting.map((entry) => ({ sku: entry.line.skuCode, quantity: entry.waiting })),
    delivery: {
      method: order.deliveryMethod,
      pickupLocationId: order.pickupLocationId ?? null,
      country: order.shipToCountry ?? null,
      postalCode: order.shipToPostalCode ?? null,
      latitude: null,
      longitude: null,
    },
    currency: order.currency,
  });
  // Presell is what the order does already; inventory's PARTIAL would hold more units, ours cancels the waiting ones.
  const offered = found.filter((alternative) => alternative.kind !== 'PRESELL' && alternative.kind !== 'PARTIAL').map((alternative) => viewOf(digest, alternative, waiting, address));
  const partial = partialAlternative(digest, order, lines, waiting);
  const alternatives = [...offered, ...(partial ? [partial] : [])].map((alternative, index) => ({ ...alternative, rank: index + 1 }));
  return { lines, allocations, waiting, alternatives };
}

/**
 * Order.saleAlternatives: what could save the units of the order that wait for stock, best first
 * (empty when nothing waits). Staff and the order's own customer.
 */
export async function orderSaleAlternatives(ctx: OrdersContext, order: Order): Promise<SaleAlternativeView[]> {
  assertMayAccessOrder(await orderAccessOf(ctx), order);
  if (!WAITING_STATUSES.includes(order.status)) return [];
  return (await situationOf(ctx, ctx.em.fork(), order)).alternatives.map(({ substitutes: _substitutes, ...view }) => view);
}

export interface AcceptOrderAlternativeCommand {
  orderId: string;
  alternativeId: string;
  idempotencyKey: string;
  address?: AddressCommand | null;
  payment?: { token: string; provider?: string | null } | null;
}

interface Applied {
  summary: string;
  /** Every line of the order after the change (added lines included). */
  lines: OrderLine[];
  /** Allocations made for the order (sent to fulfillment when it was released already). */
  allocations: StockAllocation[];
  /** Lines whose work at fulfillment stops (their units moved elsewhere). */
  movedLineIds: string[];
  cancelledLineIds: string[];
}

function validateCommand(command: AcceptOrderAlternativeCommand): { key: string; payment: { token: string; provider: string } | null } {
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  const key = command.idempotencyKey;
  if (key.trim().length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `idempotencyKey is 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`, { field: 'idempotencyKey' });
  }
  if (command.alternativeId.length > 100) throw new DomainError('ALTERNATIVE_INVALID', 'Not an alternative of this order', { alternativeId: command.alternativeId.slice(0, 100) });
  const token = command.payment?.token.trim();
  if (command.payment && (!token || token.length > 200)) throw new DomainError('BAD_USER_INPUT', 'payment.token is 1 to 200 characters', { field: 'payment.token' });
  return { key, payment: command.payment && token ? { token, provider: command.payment.provider?.trim() || 'test' } : null };
}

function openLine(line: OrderLine): void {
  const next = openQuantity(line) > 0 ? 'OPEN' : lineStatusAfter(line);
  if (next === line.status) return;
  orderLineStateMachine.assertTransition(line.status, next);
  line.status = next;
}

const noLongerPossible = (alternativeId: string) =>
  new DomainError('ALTERNATIVE_INVALID', 'This alternative is no longer possible (stock moved meanwhile): ask Order.saleAlternatives again', { alternativeId });

/** Funds the order still needs held beyond what its authorizations hold (online payments only). */
function shortfallOfFunds(order: Order, payments: readonly Payment[]): number {
  const online = payments.filter((payment) => payment.provider !== IN_STORE_PROVIDER);
  const captured = payments.reduce((total, payment) => total + payment.amountCaptured, 0);
  const holding = online.filter((payment) => payment.status === 'AUTHORIZED' || payment.status === 'PARTIALLY_CAPTURED');
  return order.total - captured - heldFunds(holding);
}

/** Cancels the waiting units of each line (all of them, or those a substitute takes over). */
function cancelWaitingUnits(entries: readonly WaitingLine[]): void {
  for (const entry of entries) {
    entry.line.cancelledQuantity += entry.waiting;
    openLine(entry.line);
  }
}

/** A line a substitute adds, decided before the swap (its id is the one inventory holds stock for). */
interface AddedLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: number;
}

/** What was done outside this database for the alternative, before its order is written. */
interface Prepared {
  allocations: StockAllocation[];
  added: AddedLine[];
  raise: RaisedAuthorization | null;
}

/** Each waiting line a substitute takes over, with its substitute's SKU (same order as the waiting lines). */
function substitutions(waiting: readonly WaitingLine[], alternative: OrderAlternative): { entry: WaitingLine; sku: string }[] {
  return waiting.flatMap((entry, index) => {
    const sku = alternative.substitutes[index];
    return sku ? [{ entry, sku }] : [];
  });
}

/** What the alternative sets in motion elsewhere, as intents of the change: a swap at inventory, and for a substitute the payment raised first. */
async function prepare(
  ctx: OrdersContext,
  command: RunningCommand,
  work: { em: EntityManager; order: Order; situation: Situation },
  alternative: OrderAlternative,
  shipTo: ShippingAddress | null,
  payment: { token: string; provider: string } | null,
): Promise<Prepared> {
  const { order, situation } = work;
  const swap = (request: Omit<AllocationSwapRequest, 'orderId' | 'reference' | 'channel' | 'allowPresell'>) =>
    swapOrderStock(ctx, command, order, 'accepted alternative', { ...request, channel: order.channel, allowPresell: false });
  switch (alternative.kind as SaleAlternativeKind) {
    case 'PICKUP_ELSEWHERE':
    case 'SHIP_TO_HOME': {
      // Every open unit moves to where the alternative collects or ships from, in one swap.
      const open = situation.lines.filter((line) => openQuantity(line) > 0);
      const ship = alternative.deliveryMethod === 'SHIP';
      const swapped = await swap({
        delivery: {
          method: alternative.deliveryMethod,
          pickupLocationId: ship ? null : (alternative.pickupLocation?.id ?? null),
          country: ship ? (shipTo?.country ?? null) : null,
          region: ship ? (shipTo?.region ?? null) : null,
          postalCode: ship ? (shipTo?.postalCode ?? null) : null,
          latitude: null,
          longitude: null,
        },
        releaseLineIds: open.map((line) => line.id),
        lines: open.map((line) => ({ lineId: line.id, sku: line.skuCode, quantity: openQuantity(line) })),
        reason: `order ${order.number}: ${alternative.kind === 'SHIP_TO_HOME' ? 'shipped instead' : 'collected at another store'} to save the sale`,
      });
      if (swapped.kind === 'SHORTAGE') throw noLongerPossible(alternative.id);
      return { allocations: swapped.allocations, added: [], raise: null };
    }
    case 'SUBSTITUTE': {
      // Priced by the price list now; the payment raised first (a decline changes nothing), then the
      // substitutes held (the replaced units' presell promises released with them).
      const swaps = substitutions(situation.waiting, alternative);
      const quote = await quoteCatalog(ctx, { skus: swaps.map((entry) => entry.sku), channel: order.channel, currency: order.currency, at: new Date(), pickupLocationId: null });
      const added = swaps.map(({ entry, sku }) => {
        const price = quote.currencies.get(sku) === order.currency ? (quote.prices.get(sku) ?? null) : null;
        if (price === null) throw noLongerPossible(alternative.id);
        return { id: randomUUID(), sku, quantity: entry.waiting, unitPrice: price };
      });
      // The total after the change, computed on this copy of the order, never flushed (read nothing through it after).
      const payments = await work.em.find(Payment, { order }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      applySubstitute(ctx, work.em, order, situation, alternative, added);
      const more = shortfallOfFunds(order, payments);
      const holding = payments.filter((candidate) => candidate.provider !== IN_STORE_PROVIDER && (candidate.status === 'AUTHORIZED' || candidate.status === 'PARTIALLY_CAPTURED'));
      const raise = more > 0 ? await raiseAuthorization(ctx, command, order, holding, more, { payment }, `alternative:${command.subjectId}`) : null;
      const replaced = swaps.map((entry) => entry.entry);
      const swapped = await swap({
        delivery: allocationDeliveryOf(order),
        // Replaced units held nothing from stock: only presell promises, given back whole.
        releaseLineIds: replaced.filter((entry) => entry.waiting === entry.open).map((entry) => entry.line.id),
        lines: added.map((line) => ({ lineId: line.id, sku: line.sku, quantity: line.quantity })),
        reason: `order ${order.number}: substitute accepted to save the sale`,
      });
      if (swapped.kind === 'SHORTAGE') throw noLongerPossible(alternative.id);
      return { allocations: swapped.allocations, added, raise };
    }
    default: {
      // The waiting units' presell promises are released by a swap that holds nothing new, so an
      // order write that fails afterwards gets them back, as the other alternatives get their stock back.
      const whole = situation.waiting.filter((entry) => entry.waiting === entry.open).map((entry) => entry.line.id);
      if (whole.length > 0) {
        const released = await swap({ delivery: allocationDeliveryOf(order), releaseLineIds: whole, lines: [], reason: `order ${order.number}: waiting units cancelled to save the sale` });
        // Holding nothing, the swap cannot fall short; answered anyway as the other swaps are.
        if (released.kind === 'SHORTAGE') throw noLongerPossible(alternative.id);
      }
      return { allocations: [], added: [], raise: null };
    }
  }
}

/** The move on the order: every open line open again, the new destination. */
function applyMove(order: Order, situation: Situation, alternative: OrderAlternative, address: ShippingAddress | null, allocations: StockAllocation[]): Applied {
  const open = situation.lines.filter((line) => openQuantity(line) > 0);
  const ship = alternative.deliveryMethod === 'SHIP';
  for (const line of open) openLine(line);
  const held = new Set(situation.allocations.filter((allocation) => allocation.status === 'ALLOCATED').map((allocation) => allocation.orderLineId));
  if (ship && address) {
    Object.assign(order, {
      deliveryMethod: 'SHIP',
      pickupLocationId: null,
      shipToName: address.name,
      shipToLine1: address.line1,
      shipToLine2: address.line2,
      shipToCity: address.city,
      shipToPostalCode: address.postalCode,
      shipToRegion: address.region,
      shipToCountry: address.country,
      taxCountry: address.country,
    });
  } else {
    order.pickupLocationId = alternative.pickupLocation?.id ?? order.pickupLocationId ?? null;
  }
  return {
    summary: ship ? `shipped to ${address?.city ?? ''} ${address?.postalCode ?? ''} ${address?.country ?? ''} instead of collected` : `collected at another store (${alternative.description})`,
    lines: situation.lines,
    allocations,
    movedLineIds: open.filter((line) => held.has(line.id)).map((line) => line.id),
    cancelledLineIds: [],
  };
}

/** The substitute on the order: a new line per replaced one, the replaced units cancelled, totals over what remains. */
function applySubstitute(ctx: OrdersContext, em: EntityManager, order: Order, situation: Situation, alternative: OrderAlternative, added: readonly AddedLine[]): Applied {
  const swaps = substitutions(situation.waiting, alternative);
  let lineNumber = Math.max(0, ...situation.lines.map((line) => line.lineNumber));
  const created = added.map((line) => {
    lineNumber += 1;
    return em.create(OrderLine, {
      id: line.id,
      order,
      lineNumber,
      skuCode: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      currency: order.currency,
      status: 'OPEN',
      discount: 0,
      shippedQuantity: 0,
      cancelledQuantity: 0,
    });
  });
  const replaced = swaps.map((swap) => swap.entry);
  cancelWaitingUnits(replaced);
  const lines = [...situation.lines, ...created];
  repriceRemainder(ctx, order, lines);
  return {
    summary: `substitute: ${swaps.map((swap) => `${swap.entry.waiting} × ${swap.sku} instead of ${swap.entry.line.skuCode}`).join(', ')}`,
    lines,
    allocations: [],
    movedLineIds: [],
    cancelledLineIds: replaced.filter((entry) => openQuantity(entry.line) === 0).map((entry) => entry.line.id),
  };
}

/** Keep what is held: the waiting units cancelled, the rest of the order goes on. */
function applyKeep(ctx: OrdersContext, order: Order, situation: Situation): Applied {
  cancelWaitingUnits(situation.waiting);
  repriceRemainder(ctx, order, situation.lines);
  return {
    summary: `${describe(situation.waiting.map((entry) => ({ sku: entry.line.skuCode, quantity: entry.waiting })))} cancelled, the rest goes on`,
    lines: situation.lines,
    allocations: [],
    movedLineIds: [],
    cancelledLineIds: situation.waiting.map((entry) => entry.line.id),
  };
}

/** The alternative on the order's entities of the change's transaction. */
function applyAlternative(ctx: OrdersContext, em: EntityManager, order: Order, situation: Situation, alternative: OrderAlternative, shipTo: ShippingAddress | null, prepared: Prepared): Applied {
  switch (alternative.kind as SaleAlternativeKind) {
    case 'PICKUP_ELSEWHERE':
    case 'SHIP_TO_HOME': {
      const applied = applyMove(order, situation, alternative, shipTo, prepared.allocations);
      repriceRemainder(ctx, order, situation.lines);
      return applied;
    }
    case 'SUBSTITUTE':
      return { ...applySubstitute(ctx, em, order, situation, alternative, prepared.added), allocations: prepared.allocations };
    default:
      return applyKeep(ctx, order, situation);
  }
}

/** Where the order goes once its waiting units are dealt with (other holds keep it on hold). */
function statusAfter(ctx: OrdersContext, order: Order, lines: readonly OrderLine[], holdsLeft: number, now: Date): OrderStatus {
  if (holdsLeft > 0 && order.status === 'ON_HOLD') return 'ON_HOLD';
  const progress = { deliveryMethod: order.deliveryMethod, releasedAt: order.releasedAt ?? null };
  if (order.releasedAt) return orderStatusAfter({ ...progress, status: 'RELEASED' }, lines);
  const next = orderStatusAfter({ ...progress, status: 'BACKORDERED' }, lines);
  if (next === 'ALLOCATED') order.releaseAt = new Date(Math.max(now.getTime(), releaseTimeFor(ctx, order.placedAt).getTime()));
  return next;
}

interface AlternativeRun {
  orderId: string;
  alternativeId: string;
  address: ShippingAddress | null;
  payment: { token: string; provider: string } | null;
  actor: string;
  scope: string;
  key: string;
  fingerprint: string;
  now: Date;
}

/**
 * The accept command: find the alternative on the order as it is now (no lock: the command's claim
 * makes this the one change of the order in flight), set in motion what it needs elsewhere (intents:
 * payment raised, stock swapped), then write the order in one short transaction, under its lock, if
 * it is still as found.
 */
async function performAlternative(ctx: OrdersContext, command: RunningCommand, run: AlternativeRun): Promise<Order> {
  const { actor, now } = run;
  const work = ctx.em.fork();
  const current = await work.findOne(Order, { id: run.orderId });
  if (!current) throw new DomainError('NOT_FOUND', 'No such order', { orderId: run.orderId });
  const situation = await situationOf(ctx, work, current);
  if (situation.waiting.length === 0) {
    throw new DomainError('ORDER_NOT_WAITING_FOR_STOCK', `Nothing of order ${current.number} waits for stock (it is ${current.status}): there is no sale to save`, {
      orderId: current.id,
      status: current.status,
    });
  }
  const alternative = situation.alternatives.find((candidate) => candidate.id === run.alternativeId);
  if (!alternative) {
    throw new DomainError('ALTERNATIVE_INVALID', 'Not one of the order\'s alternatives now (stock or the order changed): ask Order.saleAlternatives again', {
      alternativeId: run.alternativeId,
    });
  }
  const shipTo = alternative.kind === 'SHIP_TO_HOME' ? (run.address ?? shippingAddressOf(current) ?? current.billingAddress ?? null) : null;
  if (alternative.kind === 'SHIP_TO_HOME' && !shipTo) {
    throw new DomainError('ADDRESS_REQUIRED', 'Shipping instead of collecting needs a delivery address (address)', { field: 'address' });
  }
  const planned = await orderStateOf(work, current);
  const prepared = await prepare(ctx, command, { em: work, order: current, situation }, alternative, shipTo, run.payment);

  return command.commit(async (em, effect) => {
    const order = await em.findOne(Order, { id: run.orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: run.orderId });
    await assertOrderUnchanged(em, order, planned);
    // The same order as found: its waiting lines are the same, now on the entities this transaction writes.
    const lines = await em.find(OrderLine, { order }, { orderBy: { lineNumber: 'asc' } });
    const found = { ...situation, lines, waiting: waitingLinesOf(lines, situation.allocations) };
    const totalBefore = order.total;
    const from = order.status;
    const deliveryBefore = { method: order.deliveryMethod, pickupLocationId: order.pickupLocationId ?? null };
    const applied = applyAlternative(ctx, em, order, found, alternative, shipTo, prepared);
    if (prepared.raise) await recordRaise(em, order, prepared.raise, now);
    // Voids are effects of the command, made once the order is committed: a failed write voids nothing.
    await settlePayments(ctx, em, order, applied.lines, `alternative:${command.subjectId}`, owedThroughCommand(effect));

    // The shortage is dealt with: its holds end, and the order goes on.
    const holds = await activeHolds(em, order);
    const shortages = holds.filter((hold) => hold.reason === 'STOCK_SHORTAGE');
    const note = shortened(`alternative accepted (${alternative.kind}): ${applied.summary}`);
    for (const hold of shortages) {
      hold.releasedAt = now;
      hold.releasedBy = actor;
      hold.releaseNote = note;
    }
    const to = statusAfter(ctx, order, applied.lines, holds.length - shortages.length, now);
    const [timeline, pipeline] = await Promise.all([OrderTimeline.of(em, order), OrderPipeline.of(em, order)]);
    const change = `${note}; total ${formatMoney(totalBefore, order.currency)} → ${formatMoney(order.total, order.currency)}`;
    if (!timeline.move(to, actor, change, now)) timeline.note(actor, change, now);
    const locations = new Set(applied.allocations.map((allocation) => allocation.locationId)).size;
    pipeline.record('SOURCE_AND_ALLOCATE', 'PASSED', actor, `sale saved (${alternative.kind}): ${applied.summary}; ${applied.allocations.length} allocation(s) held at ${locations} location(s)`, now);
    if (order.total !== totalBefore) {
      const difference = order.total - totalBefore;
      pipeline.record('PAYMENT_AUTHORIZATION', 'PASSED', actor, difference > 0 ? `sale saved: ${formatMoney(difference, order.currency)} more` : `sale saved: ${formatMoney(-difference, order.currency)} less`, now);
    }
    if (order.releasedAt) {
      // Fulfillment stops the moved lines' work first (events are consumed in order), then takes the new allocations.
      if (applied.movedLineIds.length > 0) {
        recordEvent(em, { type: OrderCancelled.type, aggregateType: 'Order', aggregateId: order.id, payload: eventPayload(OrderCancelled, { orderId: order.id, lineIds: applied.movedLineIds, reason: note }) });
      }
      if (applied.allocations.length > 0) recordEvent(em, orderReleasedEvent(order, applied.allocations));
      if (to !== 'ON_HOLD') pipeline.record('RELEASE', 'PASSED', actor, `to fulfillment again: ${applied.allocations.length} new allocation(s)`, now);
    } else if (to === 'ALLOCATED' && order.releaseAt) {
      pipeline.record('RELEASE', 'SCHEDULED', actor, `sale saved; to fulfillment at ${order.releaseAt.toISOString()}`, now);
    }
    if (applied.cancelledLineIds.length > 0 || alternative.kind === 'PARTIAL') {
      recordEvent(em, {
        type: OrderLinesCancelled.type,
        aggregateType: 'Order',
        aggregateId: order.id,
        payload: eventPayload(OrderLinesCancelled, { orderId: order.id, customerId: order.customerId ?? null, lineIds: applied.cancelledLineIds, reason: note, total: { amount: order.total, currency: order.currency } }),
      });
    }
    if (shortages.length > 0) recordEvent(em, orderHoldReleasedEvent(order, shortages, actor, note, to));
    recordEvent(em, {
      type: OrderAlternativeAccepted.type,
      aggregateType: 'Order',
      aggregateId: order.id,
      payload: eventPayload(OrderAlternativeAccepted, {
        ...orderRecipient(order),
        kind: alternative.kind,
        description: alternative.description,
        summary: applied.summary,
        // The same change as data, for the customer's message in their language.
        substitutes: alternative.kind === 'SUBSTITUTE' ? alternative.lines.flatMap(({ sku, quantity, replacesSku }) => (replacesSku === null ? [] : [{ sku, quantity, replacesSku }])) : [],
        status: to,
        total: { amount: order.total, currency: order.currency },
        previousTotal: totalBefore,
      }),
    });
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      {
        action: 'acceptOrderAlternative',
        entityType: 'Order',
        entityId: order.id,
        before: { status: from, total: totalBefore, delivery: deliveryBefore },
        after: { status: to, total: order.total, kind: alternative.kind, summary: applied.summary, holdsReleased: shortages.map((hold) => hold.id) },
      },
    );
    em.create(IdempotencyRecord, { scope: run.scope, key: run.key, requestHash: run.fingerprint, order, outOfStock: null, createdAt: now });
    return order;
  });
}

/**
 * Mutation.acceptOrderAlternative (see the module comment). It runs as a command of the order
 * (order-commands.ts: runOrderChange): nothing is locked while inventory or the payment provider is
 * called; an alternative whose order cannot be written, or whose service stops first, has its swap
 * reverted and its raise voided by the runner (in the request or through its recovery worker).
 * Idempotent per caller and key.
 */
export async function acceptOrderAlternative(ctx: OrdersContext, command: AcceptOrderAlternativeCommand): Promise<Order> {
  const { key, payment } = validateCommand(command);
  const actor = actorOf(ctx.principal);
  const scope = `${actor}\nalternative`;
  const orderId = command.orderId.toLowerCase();
  const fingerprint = requestFingerprint({ ...command, orderId });
  const address = command.address ? validateShippingAddress(command.address) : null;
  const snapshot = await ctx.em.fork().findOne(Order, { id: orderId });
  if (!snapshot) throw new DomainError('NOT_FOUND', 'No such order', { orderId });
  assertMayAccessOrder(await orderAccessOf(ctx), snapshot);

  const run: AlternativeRun = { orderId, alternativeId: command.alternativeId, address, payment, actor, scope, key, fingerprint, now: new Date() };
  const outcome = await runOrderChange(ctx, { orderId, idempotency: { scope, key, fingerprint }, perform: (running) => performAlternative(ctx, running, run) });
  for (const loader of [ctx.loaders.linesByOrderId, ctx.loaders.paymentsByOrderId, ctx.loaders.timelineByOrderId, ctx.loaders.pipelineByOrderId, ctx.loaders.holdsByOrderId]) {
    loader.clear(orderId);
  }
  ctx.loaders.orderById.clear(orderId);
  return outcome.kind === 'DONE' ? outcome.value : ctx.em.fork().findOneOrFail(Order, { id: orderId });
}
