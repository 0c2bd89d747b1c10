import { eventPayload, OrderPlaced, OrderStatusChanged } from '@oms/contracts';
import { randomUUID } from 'node:crypto';
import { actorOf, DomainError, OutboxEvent, recordAudit, type DomainEvent, type EntityManager, type RunningCommand } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { IdempotencyRecord, type StoredOutOfStock } from '../entities/idempotency-record.entity.ts';
import { insertGraph } from '../entities/insert-graph.ts';
import type { OrderHold } from '../entities/order-hold.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import type { OrderPipelineStep } from '../entities/order-pipeline-step.entity.ts';
import { OrderTransition } from '../entities/order-transition.entity.ts';
import { Order, type OrderStatus } from '../entities/order.entity.ts';
import { PaymentOperation } from '../entities/payment-operation.entity.ts';
import { Payment } from '../entities/payment.entity.ts';
import { Promotion } from '../entities/promotion.entity.ts';
import { findCustomerContact, type CustomerContact } from './customers.client.ts';
import { requestFingerprint } from './idempotency.ts';
import { allocateOrderStock, findUnknownSkus, quoteCatalog, type CatalogQuote, type DeliveryQuote, type StockAllocation } from './inventory.client.ts';
import { forSignedInCustomer, placementRights } from './order-access.ts';
import { orderStateMachine } from './order-state.ts';
import { validateOrderRequest, type OrderRequest, type PlaceOrderCommand } from './order-validation.ts';
import type { PaymentProvider } from './payments/payment-provider.ts';
import { assertMaySpendStoreCredit, creditToApply, lockedStoreCreditBalance, STORE_CREDIT_PROVIDER, storeCreditBalance, storeCreditDebit } from './payments/store-credit.ts';
import { orderCommands } from './order-commands.ts';
import { priceOrder, totalsOf, type PricedOrder, type PricingLine } from './pricing.ts';
import { releaseTimeFor } from './release.service.ts';
import { assertPromotionApplies } from './promotion-rules.ts';
import { placementRecords } from './order-pipeline.ts';
import { assessPlacementRisk, riskRulesForPlacement, type PlacementRisk, type RiskRuleSettings } from './risk-rules.ts';
import { segmentsForSourcing, type SegmentFacts } from './sourcing-segments.ts';
import { HOME_TAX_COUNTRY, type TaxDestination } from './tax.ts';

export type UnavailableLine = StoredOutOfStock['lines'][number];

export type PlaceOrderOutcome = { kind: 'ORDER'; order: Order } | { kind: 'OUT_OF_STOCK'; lines: UnavailableLine[] };

const ORDER_NUMBER_PREFIX = 'OMS-';

interface StoredOutcome {
  requestHash: string;
  orderId: string | null;
  outOfStock: StoredOutOfStock | null;
}

function qualified(em: EntityManager, name: string): string {
  return em.getPlatform().quoteIdentifier(`${em.config.get('schema')}.${name}`);
}

interface StoredOutcomeRow {
  request_hash: string | null;
  order_id: string | null;
  out_of_stock: StoredOutOfStock | null;
}

function storedOutcomeOf(row: StoredOutcomeRow | undefined): StoredOutcome | null {
  return row?.request_hash ? { requestHash: row.request_hash, orderId: row.order_id, outOfStock: row.out_of_stock } : null;
}

async function findStoredOutcome(em: EntityManager, scope: string, key: string): Promise<StoredOutcome | null> {
  const rows = await em.execute<StoredOutcomeRow[]>(
    `select request_hash, order_id, out_of_stock from ${qualified(em, 'idempotency_record')} where scope = ? and key = ?`,
    [scope, key],
  );
  return storedOutcomeOf(rows[0]);
}

/** Stripe semantics: the same request replays the first outcome; another request under the same key is refused. */
async function replay(ctx: OrdersContext, stored: StoredOutcome, fingerprint: string, key: string): Promise<PlaceOrderOutcome> {
  if (stored.requestHash !== fingerprint) {
    throw new DomainError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${key}" was already used for a different order request`, { idempotencyKey: key });
  }
  if (stored.outOfStock) return { kind: 'OUT_OF_STOCK', lines: stored.outOfStock.lines };
  const order = stored.orderId ? await ctx.loaders.orderById.load(stored.orderId) : null;
  if (!order) throw new Error(`Idempotency record of key ${key} names a missing order ${stored.orderId}`);
  return { kind: 'ORDER', order };
}

/**
 * Unit prices: a trusted channel's own, else the price list's. The price list answers null both for
 * a SKU it does not price and for one that does not exist, so only then is the item master asked.
 */
async function priceLines(ctx: OrdersContext, request: OrderRequest, quote: CatalogQuote): Promise<PricingLine[]> {
  const listed = (sku: string) => (quote.currencies.get(sku) === request.currency ? (quote.prices.get(sku) ?? null) : null);
  const unpriced = request.lines.filter((line) => line.unitPrice === null && listed(line.sku) === null).map((line) => line.sku);
  if (unpriced.length > 0) {
    const unknown = await findUnknownSkus(ctx, unpriced);
    if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
    throw new DomainError('UNPRICED_SKU', `No ${request.currency} price for ${unpriced.join(', ')} in the ${request.channel} channel`, {
      skus: unpriced,
      channel: request.channel,
      currency: request.currency,
    });
  }
  return request.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unitPrice: line.unitPrice ?? listed(line.sku) ?? 0 }));
}

function taxDestinationOf(request: OrderRequest, quote: CatalogQuote): TaxDestination {
  if (request.delivery.address) return { country: request.delivery.address.country };
  const store = quote.pickupStore;
  if (!store || !store.active || !store.pickup) {
    throw new DomainError('PICKUP_LOCATION_INVALID', 'The pickup store does not exist or does not take pickups', {
      pickupLocationId: request.delivery.pickupLocationId,
    });
  }
  return { country: store.country || HOME_TAX_COUNTRY };
}

function promotionsFor(request: OrderRequest, found: readonly Promotion[], subtotal: number, now: Date): Promotion[] {
  return request.promotionCodes.map((code) => {
    const promotion = found.find((candidate) => candidate.code === code);
    if (!promotion) throw new DomainError('PROMOTION_INVALID', `Unknown promotion code ${code}`, { promotionCode: code, reason: 'UNKNOWN' });
    assertPromotionApplies(promotion, { currency: request.currency, subtotal, skus: request.lines.map((line) => line.sku), at: now });
    return promotion;
  });
}

/** Counts one use of each promotion, atomically: a promotion at its limit is not counted and fails the order. */
async function consumePromotions(em: EntityManager, codes: readonly string[], now: Date): Promise<void> {
  if (codes.length === 0) return;
  const counted = await em.execute<{ code: string }[]>(
    `update ${qualified(em, 'promotion')} set usage_count = usage_count + 1
     where code in (?) and (usage_limit is null or usage_count < usage_limit) and valid_from <= ? and (valid_to is null or valid_to > ?)
     returning code`,
    [codes, now, now],
  );
  const missing = codes.find((code) => !counted.some((row) => row.code === code));
  if (missing) {
    throw new DomainError('PROMOTION_INVALID', `Promotion ${missing} has been used up`, { promotionCode: missing, reason: 'USAGE_LIMIT_REACHED' });
  }
}

function firstRejection(results: readonly PromiseSettledResult<unknown>[]): unknown {
  return results.find((result): result is PromiseRejectedResult => result.status === 'rejected')?.reason;
}

interface Placement {
  request: OrderRequest;
  fingerprint: string;
  scope: string;
  actor: string;
  customer: CustomerContact | null;
  priced: PricedOrder;
  taxCountry: string;
  provider: PaymentProvider;
  orderId: string;
  lineIds: string[];
  now: Date;
  /** When the order goes to fulfillment if it is allocated in full: the end of its cancellation window. */
  releaseAt: Date;
  riskRules: RiskRuleSettings;
  /** SHIP by a service level: what the allocation's parcels cost and when they arrive (the shipping charge). */
  deliveryQuote: DeliveryQuote | null;
  /** The customer's segments for segment-scoped sourcing rules (asked only while such rules are in force); never rejects. */
  segments: Promise<SegmentFacts>;
}

/** How the total is paid: store credit first, the card authorization for the rest. */
interface Tender {
  /** Minor units of store credit debited from the customer's ledger. */
  credit: number;
  card: { reference: string; amount: number } | null;
}

interface WrittenOrder {
  order: Order;
  lines: OrderLine[];
  /** In the order the payments loader answers them (created together: by id). */
  payments: Payment[];
  transitions: OrderTransition[];
  pipeline: OrderPipelineStep[];
  holds: OrderHold[];
}

type CaptureOutcome =
  | { kind: 'WRITTEN'; written: WrittenOrder }
  | { kind: 'OUT_OF_STOCK'; lines: UnavailableLine[] }
  | { kind: 'REPLAY'; stored: StoredOutcome };

interface PreparedOrder {
  customer: CustomerContact | null;
  priced: PricedOrder;
  taxCountry: string;
  /** Segments the sourcing rules in force are scoped to (from the quote). */
  sourcingSegments: string[];
}

/** Everything the order needs from elsewhere, read at once, then priced; each problem is a DomainError. */
async function prepareOrder(ctx: OrdersContext, request: OrderRequest, customerId: string | null, now: Date): Promise<PreparedOrder> {
  const reads = await Promise.allSettled([
    quoteCatalog(ctx, {
      skus: request.lines.map((line) => line.sku),
      channel: request.channel,
      currency: request.currency,
      at: now,
      pickupLocationId: request.delivery.pickupLocationId,
    }),
    customerId ? findCustomerContact(ctx, customerId) : Promise.resolve(null),
    request.promotionCodes.length > 0 ? ctx.em.find(Promotion, { code: { $in: request.promotionCodes } }) : Promise.resolve([]),
  ]);
  const [quote, customer, found] = reads;
  if (quote.status === 'rejected' || customer.status === 'rejected' || found.status === 'rejected') throw firstRejection(reads);
  if (customerId && !customer.value) throw new DomainError('UNKNOWN_CUSTOMER', 'No such customer', { customerId });
  if (customer.value?.erasureRequestedAt) throw new DomainError('CUSTOMER_ERASED', 'This customer profile was erased at the person\'s request (GDPR): it takes no new orders', { customerId });

  const lines = await priceLines(ctx, request, quote.value);
  const taxDestination = taxDestinationOf(request, quote.value);
  const subtotal = lines.reduce((acc, line) => acc + line.unitPrice * line.quantity, 0);
  const promotions = promotionsFor(request, found.value, subtotal, now);
  const priced = priceOrder({ lines, promotions, deliveryMethod: request.delivery.method, taxDestination, taxCalculator: ctx.tax });
  return { customer: customer.value, priced, taxCountry: taxDestination.country, sourcingSegments: quote.value.sourcingSegments };
}

/**
 * Captures an order: validate → price → (under the idempotency key's lock) hold stock → debit store
 * credit and authorize the card → write the order, its lines, payments, timeline, events and the
 * idempotency record in one transaction. A failure after stock was held or funds authorized undoes
 * both before it surfaces (a credit debit rolls back with the transaction).
 */
export async function placeOrder(ctx: OrdersContext, command: PlaceOrderCommand): Promise<PlaceOrderOutcome> {
  const request = validateOrderRequest(forSignedInCustomer(ctx.principal, command));
  const { customerId, mayPrice } = placementRights(ctx.principal, request);
  if (!mayPrice && request.lines.some((line) => line.unitPrice !== null)) {
    throw new DomainError('PRICE_NOT_ALLOWED', 'Only the channel partner or staff may set prices; the price list decides', { channel: request.channel });
  }
  if (request.payment.storeCredit) assertMaySpendStoreCredit(ctx.principal, { customerId, channel: request.channel });
  const provider = ctx.payments.get(request.payment.provider);
  const actor = actorOf(ctx.principal);
  // Keys are the caller's: one caller's key never replays another caller's order.
  const scope = actor;
  const fingerprint = requestFingerprint({ ...request, customerId });
  const now = new Date();

  // Read beside the preparation (cached, else on its own connection): the risk check adds no round trip when its rules are off.
  const riskRules = riskRulesForPlacement(ctx.em);
  riskRules.catch(() => undefined);
  let prepared: PreparedOrder;
  try {
    prepared = await prepareOrder(ctx, request, customerId, now);
  } catch (error) {
    // A retry of an order that went through must replay it even if, meanwhile, a promotion ran out
    // or the catalogue changed: only a key without an outcome gets the error.
    const stored = await findStoredOutcome(ctx.em, scope, request.idempotencyKey);
    if (stored) return replay(ctx, stored, fingerprint, request.idempotencyKey);
    throw error;
  }
  const { customer, priced, taxCountry } = prepared;

  const placement: Placement = {
    request,
    fingerprint,
    scope,
    actor,
    customer,
    priced,
    taxCountry,
    provider,
    orderId: '',
    lineIds: request.lines.map(() => randomUUID()),
    now,
    releaseAt: releaseTimeFor(ctx, now),
    riskRules: await riskRules,
    deliveryQuote: null,
    // Asked now, awaited just before the allocation: the call overlaps the command's claim.
    segments: segmentsForSourcing(ctx, customer?.id ?? null, prepared.sourcingSegments),
  };
  // One command per key: a retry while the first attempt runs waits for its outcome; a retry after it
  // vanished (a crash) releases what it held and voids what it authorized before placing afresh. A
  // key never holds stock twice.
  const outcome = await orderCommands(ctx).run<CaptureOutcome>(ctx.em, {
    name: 'placeOrder',
    scope,
    key: request.idempotencyKey,
    fingerprint,
    findOutcome: async (tx) => {
      const stored = await findStoredOutcome(tx, scope, request.idempotencyKey);
      return stored ? { kind: 'REPLAY', stored } : undefined;
    },
    perform: (command) => capture(ctx, { ...placement, orderId: command.subjectId }, command),
  });
  if (outcome.kind === 'REPLAY') return replay(ctx, outcome.stored, fingerprint, request.idempotencyKey);
  if (outcome.kind === 'OUT_OF_STOCK') return outcome;
  // The answer selects from what was just written: serve it without reading it back.
  const { order, lines: orderLines, payments, transitions } = outcome.written;
  ctx.loaders.orderById.prime(order.id, order);
  ctx.loaders.linesByOrderId.prime(order.id, orderLines);
  ctx.loaders.paymentsByOrderId.prime(order.id, payments);
  ctx.loaders.timelineByOrderId.prime(order.id, transitions);
  ctx.loaders.pipelineByOrderId.prime(order.id, outcome.written.pipeline);
  ctx.loaders.holdsByOrderId.prime(order.id, outcome.written.holds);
  return { kind: 'ORDER', order };
}

/**
 * The placement command: hold the stock (an intent recorded before the call), authorize the card
 * for what store credit does not cover (an intent recorded with its reference), then write the
 * order in one short transaction. No transaction or lock is open during either call; if anything
 * fails before the write commits, the runner releases the stock and voids the authorization (now, or
 * through its recovery worker after a crash).
 */
async function capture(ctx: OrdersContext, placement: Placement, command: RunningCommand): Promise<CaptureOutcome> {
  const { request, orderId, lineIds, now } = placement;
  const segments = await placement.segments;
  const allocation = await command.intent(
    'stock',
    () =>
      allocateOrderStock(ctx, {
        orderId,
        channel: request.channel,
        reservationId: request.reservationId,
        delivery: {
          method: request.delivery.method,
          pickupLocationId: request.delivery.pickupLocationId,
          country: request.delivery.address?.country ?? null,
          region: request.delivery.address?.region ?? null,
          postalCode: request.delivery.address?.postalCode ?? null,
          latitude: request.delivery.latitude,
          longitude: request.delivery.longitude,
        },
        lines: request.lines.map((line, index) => ({ lineId: lineIds[index] ?? '', sku: line.sku, quantity: line.quantity })),
        allowPresell: request.allowBackorder,
        ...segments,
        ...(request.delivery.serviceLevel ? { serviceLevel: request.delivery.serviceLevel, currency: request.currency } : {}),
      }),
    { before: { orderId } },
  );
  if (allocation.kind === 'SHORTAGE') {
    // Nothing was held; the answer is the outcome of this key and replays like an order would.
    return command.commit(async (tx) => {
      tx.create(IdempotencyRecord, {
        scope: placement.scope,
        key: request.idempotencyKey,
        requestHash: placement.fingerprint,
        order: null,
        outOfStock: { lines: allocation.lines },
        createdAt: now,
      });
      return { kind: 'OUT_OF_STOCK', lines: allocation.lines };
    });
  }
  // The promise made is the promise kept: a chosen service level is charged what its parcels were quoted.
  if (allocation.deliveryQuote) {
    placement.deliveryQuote = allocation.deliveryQuote;
    placement.priced = {
      lines: placement.priced.lines,
      totals: totalsOf(placement.priced.lines, allocation.deliveryQuote.amount, { country: placement.taxCountry }, ctx.tax),
    };
  }
  const { priced } = placement;
  // Assessed on the total the customer pays, shipping included.
  const risk = await assessPlacementRisk(ctx.em, placement.riskRules, {
    total: priced.totals.total,
    currency: request.currency,
    deliveryCountry: placement.taxCountry,
    billingCountry: request.billingAddress?.country ?? null,
    customerId: placement.customer?.id ?? null,
    email: request.guestEmail ?? placement.customer?.email ?? '',
    at: now,
  });
  const total = priced.totals.total;
  const tender = await authorizeTender(ctx, placement, total, command);
  return command.commit(async (tx) => {
    await spendStoreCredit(tx, placement, total, tender.credit);
    const [numbered] = await tx.execute<{ next_number: string }[]>(`select nextval('${tx.config.get('schema')}.order_number_seq')::text as next_number`);
    const number = `${ORDER_NUMBER_PREFIX}${numbered?.next_number ?? ''}`;
    await consumePromotions(tx, request.promotionCodes, now);
    const written = await writeOrder(tx, placement, allocation.allocations, number, tender, risk);
    if (tender.credit > 0 && placement.customer) {
      // Staff spending a customer's credit on their behalf is on the record, like an appeasement.
      recordAudit(
        { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
        { action: 'spendStoreCredit', entityType: 'Order', entityId: orderId, before: null, after: { customerId: placement.customer.id, amount: tender.credit, currency: request.currency, orderNumber: number } },
      );
    }
    return { kind: 'WRITTEN', written };
  });
}

/**
 * Store credit first (planned on the balance read without a lock), then the card for the rest, as
 * an intent. An order the credit covers needs no card; without a token, the rest is PAYMENT_REQUIRED.
 */
async function authorizeTender(ctx: OrdersContext, placement: Placement, total: number, command: RunningCommand): Promise<Tender> {
  const { request, customer } = placement;
  const credit =
    request.payment.storeCredit && customer
      ? creditToApply(request.payment.storeCredit, await storeCreditBalance(ctx.em, customer.id, request.currency), total, request.currency)
      : 0;
  const rest = total - credit;
  // A card given for a free order is still authorized (for nothing), as it always was.
  if (rest === 0 && (credit > 0 || request.payment.token === null)) return { credit, card: null };
  if (request.payment.token === null) {
    throw new DomainError('PAYMENT_REQUIRED', `Store credit covers ${credit} of ${total}: give a payment token for the rest`, { field: 'payment.token', storeCredit: credit, total, currency: request.currency });
  }
  const token = request.payment.token;
  const authorization = await command.intent(
    'authorization',
    () => placement.provider.authorize({ token, amount: rest, currency: request.currency, idempotencyKey: placement.orderId }),
    { after: (result) => (result.outcome === 'AUTHORIZED' ? { provider: placement.provider.name, reference: result.reference, amount: rest, currency: request.currency } : null) },
  );
  if (authorization.outcome === 'DECLINED') {
    throw new DomainError('PAYMENT_DECLINED', `The payment was declined: ${authorization.message}`, { declineCode: authorization.declineCode });
  }
  return { credit, card: { reference: authorization.reference, amount: rest } };
}

/**
 * Under the customer's credit lock (held until the order commits, so a concurrent order waits and
 * then sees this debit): the credit planned must still be there, or the order is refused (its
 * authorization is voided and its stock released by the command runner).
 */
async function spendStoreCredit(tx: EntityManager, placement: Placement, total: number, planned: number): Promise<void> {
  const { request, customer } = placement;
  if (planned === 0 || !request.payment.storeCredit || !customer) return;
  const balance = await lockedStoreCreditBalance(tx, customer.id, request.currency);
  const available = creditToApply(request.payment.storeCredit, balance, total, request.currency);
  if (available < planned) {
    throw new DomainError('INSUFFICIENT_STORE_CREDIT', `The customer has ${Math.max(0, balance)} of store credit in ${request.currency}, ${planned} was planned`, {
      balance: Math.max(0, balance),
      requested: planned,
      currency: request.currency,
    });
  }
}

/** Entities built here are written by `insertGraph` in one statement, not by a flush. */
const UNFLUSHED = { persist: false, processOnCreateHooksEarly: true } as const;

/** The outbox row `recordEvent` adds, built to travel in the order's one INSERT statement. */
function outboxEvent(em: EntityManager, at: Date, event: DomainEvent): OutboxEvent {
  return em.create(OutboxEvent, { ...event, occurredAt: at, publishedAt: null }, UNFLUSHED);
}

/** Inserts the order and everything recorded with it (one statement, plus the outbox rows at commit). */
async function writeOrder(
  em: EntityManager,
  placement: Placement,
  allocations: readonly StockAllocation[],
  number: string,
  tender: Tender,
  risk: PlacementRisk,
): Promise<WrittenOrder> {
  const { request, priced, orderId, lineIds, now, actor } = placement;
  const presold = new Set(allocations.filter((allocation) => allocation.kind === 'PRESELL').map((allocation) => allocation.orderLineId));
  const address = request.delivery.address;
  // A risk rule that matched parks the order once its stock is held: release waits for staff.
  const path: OrderStatus[] = ['CREATED', 'CONFIRMED', presold.size > 0 ? 'BACKORDERED' : 'ALLOCATED', ...(risk.matches.length > 0 ? (['ON_HOLD'] as const) : [])];
  const status = path[path.length - 1] ?? 'CREATED';
  const { totals } = priced;
  const order = em.create(Order, {
    id: orderId,
    number,
    status,
    channel: request.channel,
    customerId: placement.customer?.id ?? null,
    email: request.guestEmail ?? placement.customer?.email ?? '',
    deliveryMethod: request.delivery.method,
    pickupLocationId: request.delivery.pickupLocationId,
    shipToName: address?.name ?? null,
    shipToLine1: address?.line1 ?? null,
    shipToLine2: address?.line2 ?? null,
    shipToCity: address?.city ?? null,
    shipToPostalCode: address?.postalCode ?? null,
    shipToRegion: address?.region ?? null,
    shipToCountry: address?.country ?? null,
    billingAddress: request.billingAddress,
    currency: request.currency,
    subtotal: totals.subtotal,
    discountTotal: totals.discountTotal,
    shippingTotal: totals.shippingTotal,
    taxTotal: totals.taxTotal,
    total: totals.total,
    taxCountry: placement.taxCountry,
    promotionCodes: request.promotionCodes,
    placedAt: now,
    // Backordered orders are released when their supply arrives (domain/supply-events.service.ts).
    releaseAt: status === 'ALLOCATED' ? placement.releaseAt : null,
    releasedAt: null,
    serviceLevel: placement.deliveryQuote?.serviceLevel ?? null,
    carrierCode: placement.deliveryQuote?.carrierCode ?? null,
    promisedEarliest: placement.deliveryQuote?.earliestDeliveryDate ?? null,
    promisedLatest: placement.deliveryQuote?.latestDeliveryDate ?? null,
    createdAt: now,
    updatedAt: now,
  }, UNFLUSHED);
  const lines = priced.lines.map((line, index) => {
    const id = lineIds[index] ?? randomUUID();
    return em.create(OrderLine, {
      id,
      order,
      lineNumber: index + 1,
      skuCode: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      currency: request.currency,
      status: presold.has(id) ? 'BACKORDERED' : 'OPEN',
      discount: line.discount,
      shippedQuantity: 0,
      cancelledQuantity: 0,
    }, UNFLUSHED);
  });
  const authorized = (provider: string, reference: string, amount: number) => {
    const payment = em.create(Payment, {
      order,
      provider,
      reference,
      status: 'AUTHORIZED',
      currency: request.currency,
      amountAuthorized: amount,
      amountCaptured: 0,
      amountRefunded: 0,
      createdAt: now,
      updatedAt: now,
    }, UNFLUSHED);
    const operation = em.create(PaymentOperation, {
      payment,
      operation: 'AUTHORIZE',
      amount,
      currency: request.currency,
      outcome: 'SUCCEEDED',
      providerReference: reference,
      at: now,
    }, UNFLUSHED);
    return { payment, operation };
  };
  const tenders = [
    ...(tender.card ? [authorized(placement.provider.name, tender.card.reference, tender.card.amount)] : []),
    // The credit's payment and its ledger debit share the reference: `order:<id>`.
    ...(tender.credit > 0 ? [authorized(STORE_CREDIT_PROVIDER, `order:${orderId}`, tender.credit)] : []),
  ];
  const payments = tenders.map((entry) => entry.payment).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const debits =
    tender.credit > 0 && placement.customer
      ? [storeCreditDebit(em, { customerId: placement.customer.id, currency: request.currency, amount: tender.credit, reference: `order:${orderId}`, orderId, reason: `paid order ${number}`, at: now }, UNFLUSHED)]
      : [];
  const pipeline = placementRecords(em, {
    order,
    lineCount: lines.length,
    allocations,
    risk: risk.matches,
    holdExpiresAt: risk.holdExpiresAt,
    releaseAt: order.releaseAt ?? null,
    at: now,
  });
  let from: OrderStatus | null = null;
  const transitions = path.map((to, index) => {
    if (from !== null) orderStateMachine.assertTransition(from, to);
    const transition = em.create(OrderTransition, {
      order,
      position: index + 1,
      fromStatus: from,
      toStatus: to,
      actor,
      reason: index === 0 ? `placed through ${request.channel}` : (pipeline.reasons.get(to) ?? null),
      at: now,
    }, UNFLUSHED);
    from = to;
    return transition;
  });
  const idempotencyRecord = em.create(IdempotencyRecord, {
    scope: placement.scope,
    key: request.idempotencyKey,
    requestHash: placement.fingerprint,
    order,
    outOfStock: null,
    createdAt: now,
  }, UNFLUSHED);
  const placed = outboxEvent(em, now, {
    type: OrderPlaced.type,
    aggregateType: 'Order',
    aggregateId: orderId,
    payload: eventPayload(OrderPlaced, {
      orderId,
      number,
      channel: request.channel,
      customerId: order.customerId ?? null,
      // Where the customer's messages go for a guest order (the customers service knows registered customers).
      email: order.email,
      lines: lines.map((line) => ({
        lineId: line.id,
        lineNumber: line.lineNumber,
        sku: line.skuCode,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        discount: line.discount,
        status: line.status,
      })),
      allocations: allocations.map((allocation) => ({ ...allocation })),
      total: { amount: totals.total, currency: request.currency },
    }),
  });
  const statusChanges = transitions.slice(1).map((transition) =>
    outboxEvent(em, now, {
      type: OrderStatusChanged.type,
      aggregateType: 'Order',
      aggregateId: orderId,
      payload: eventPayload(OrderStatusChanged, { orderId, customerId: order.customerId ?? null, from: transition.fromStatus ?? null, to: transition.toStatus }),
    }),
  );
  await insertGraph(em, [
    [order],
    lines,
    payments,
    tenders.map((entry) => entry.operation),
    debits,
    transitions,
    pipeline.steps,
    pipeline.holds,
    [idempotencyRecord],
    [placed, ...statusChanges, ...pipeline.events],
  ]);
  return { order, lines, payments, transitions, pipeline: pipeline.steps, holds: pipeline.holds };
}
