/**
 * Exchanges: the goods of a return are replaced by a new order (another size, colour or item),
 * placed and sourced like any order through `placeOrder`, in the original order's channel, to its
 * address (or store), paid with the value of the returned units (exchange credit). A dearer
 * replacement costs the difference: charged at once when the caller gives a payment token, else
 * recorded as due; a cheaper one leaves the difference to the return's refund. Linked both ways
 * (Return.exchangeOrder, Order.exchangeFor). One exchange per return (unique), each attempt under
 * its own idempotency key derived from it, so retries place one order.
 */
import { eventPayload, ExchangeCreated } from '@oms/contracts';
import { actorOf, DomainError, inTransaction, isUuid, recordAudit, recordEvent, type EntityManager, type RunningCommand } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { Exchange, type ExchangeReplacement } from '../../entities/exchange.entity.ts';
import { Order } from '../../entities/order.entity.ts';
import { Payment } from '../../entities/payment.entity.ts';
import { ReturnLine } from '../../entities/return-line.entity.ts';
import { Return } from '../../entities/return.entity.ts';
import { assertMayAccessOrder, orderAccessOf } from '../order-access.ts';
import { orderCommands } from '../order-commands.ts';
import { OrderTimeline } from '../order-timeline.ts';
import type { SalesChannel } from '../order-validation.ts';
import { ExchangeCreditProvider, EXCHANGE_CREDIT_PROVIDER, exchangeCredit } from '../payments/exchange-credit-provider.ts';
import { voidPayments } from '../payments/order-payments.ts';
import { oweProviderCall, owedThroughCommand, type DeclareEffect } from '../payments/owed-operations.ts';
import { recordChargedPayment } from '../payments/payment-journal.ts';
import type { AuthorizationResult } from '../payments/payment-provider.ts';
import { assertMaySpendStoreCredit, chargeStoreCredit, storeCreditBalance } from '../payments/store-credit.ts';
import { placeOrder, type UnavailableLine } from '../place-order.service.ts';
import type { ReturnRefusal } from './return-policy.ts';
import { requestReturn, type RequestReturnCommand } from './return.service.ts';
import { EXCHANGEABLE } from './return-state.ts';
import { forgetCached, lockOrder } from './return-steps.ts';

const MAX_QUANTITY = 1000;

export interface CreateExchangeCommand {
  returnId?: string | null;
  /** Without a returnId: the order and lines of a return requested for the exchange. */
  orderId?: string | null;
  channel?: SalesChannel | null;
  lines?: RequestReturnCommand['lines'] | null;
  replacements: readonly ExchangeReplacement[];
  /** Pays the difference of a dearer replacement (authorized and captured at once); without it the difference is due. */
  payment?: { token: string; provider?: string | null } | null;
  /** Pays the difference with the customer's store credit first (as much as there is); `payment` or the amount due covers the rest. */
  useStoreCredit?: boolean | null;
}

export type CreateExchangeOutcome =
  | { kind: 'EXCHANGE'; exchange: Exchange }
  | { kind: 'OUT_OF_STOCK'; lines: UnavailableLine[] }
  | { kind: 'REFUSED'; refusals: ReturnRefusal[] };

function validateReplacements(replacements: readonly ExchangeReplacement[]): ExchangeReplacement[] {
  if (replacements.length === 0 || replacements.length > 100) throw new DomainError('BAD_USER_INPUT', 'An exchange has 1 to 100 replacements', { field: 'replacements' });
  return replacements.map((replacement, index) => {
    const sku = replacement.sku.trim();
    if (!isUuid(replacement.orderLineId)) throw new DomainError('NOT_FOUND', `No such order line ${replacement.orderLineId}`, { orderLineId: replacement.orderLineId });
    if (sku.length === 0 || sku.length > 64) throw new DomainError('UNKNOWN_SKU', `Unknown SKU "${replacement.sku}"`, { sku: replacement.sku });
    if (!Number.isInteger(replacement.quantity) || replacement.quantity <= 0 || replacement.quantity > MAX_QUANTITY) {
      throw new DomainError('BAD_USER_INPUT', `A replacement quantity is between 1 and ${MAX_QUANTITY}`, { field: `replacements[${index}].quantity` });
    }
    return { orderLineId: replacement.orderLineId.toLowerCase(), sku, quantity: replacement.quantity };
  });
}

async function returnFor(ctx: OrdersContext, command: CreateExchangeCommand): Promise<{ returnId: string } | { refusals: ReturnRefusal[] }> {
  if (command.returnId) {
    if (command.orderId || command.lines) throw new DomainError('BAD_USER_INPUT', 'Give a returnId, or an orderId with lines, not both', { field: 'returnId' });
    return { returnId: command.returnId };
  }
  if (!command.orderId || !command.lines) throw new DomainError('BAD_USER_INPUT', 'Give a returnId, or an orderId with lines', { field: 'returnId' });
  const order = isUuid(command.orderId) ? await ctx.loaders.orderById.load(command.orderId.toLowerCase()) : null;
  if (!order) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  const requested = await requestReturn(ctx, { orderId: command.orderId, channel: command.channel ?? order.channel, lines: command.lines });
  if (requested.kind === 'REFUSED') return { refusals: requested.refusals };
  return { returnId: requested.found.id };
}

/** Checked before the replacement is placed: the customer's own return, or staff taking it by phone or in store. */
async function assertMaySpendCreditOn(ctx: OrdersContext, returnId: string): Promise<void> {
  const found = isUuid(returnId) ? await ctx.em.fork().findOne(Return, { id: returnId.toLowerCase() }, { fields: ['customerId', 'channel'] }) : null;
  if (!found) throw new DomainError('NOT_FOUND', 'No such return', { returnId });
  assertMaySpendStoreCredit(ctx.principal, { customerId: found.customerId ?? null, channel: found.channel });
}

/** The exchange of the return, claimed for this attempt (PENDING); an exchange already placed is answered as it is. */
async function claimExchange(ctx: OrdersContext, returnId: string, replacements: readonly ExchangeReplacement[]): Promise<Exchange> {
  if (!isUuid(returnId)) throw new DomainError('NOT_FOUND', 'No such return', { returnId });
  const actor = actorOf(ctx.principal);
  const located = await ctx.em.fork().findOne(Return, { id: returnId.toLowerCase() }, { fields: ['id', 'order'] });
  if (!located) throw new DomainError('NOT_FOUND', 'No such return', { returnId });
  const access = await orderAccessOf(ctx);
  return inTransaction(ctx.em, async (em) => {
    const order = await lockOrder(em, located.order.id);
    assertMayAccessOrder(access, order, () => new DomainError('NOT_FOUND', 'No such return', { returnId }));
    const found = await em.findOneOrFail(Return, { id: located.id }, { refresh: true });
    const existing = await em.findOne(Exchange, { return: found }, { refresh: true });
    if (existing?.status === 'COMPLETED') return existing;
    if (existing?.status === 'PENDING' && existing.createdBy !== actor) {
      throw new DomainError('EXCHANGE_IN_PROGRESS', `Someone else is placing the exchange of return ${found.number}`, { returnId: found.id });
    }
    if (!EXCHANGEABLE.includes(found.status)) {
      throw new DomainError('RETURN_NOT_EXCHANGEABLE', `A ${found.status} return cannot be exchanged${found.status === 'REQUESTED' ? ': approve it first' : ''}`, {
        returnId: found.id,
        status: found.status,
      });
    }
    const lines = await em.find(ReturnLine, { return: found }, { populate: ['orderLine'] });
    const replaced = new Set<string>();
    for (const replacement of replacements) {
      const line = lines.find((candidate) => candidate.orderLine.id === replacement.orderLineId);
      if (!line) throw new DomainError('NOT_FOUND', `Return ${found.number} does not return order line ${replacement.orderLineId}`, { orderLineId: replacement.orderLineId });
      replaced.add(line.id);
    }
    const credit = lines.filter((line) => replaced.has(line.id)).reduce((total, line) => total + line.value, 0);
    if (existing?.status === 'PENDING') {
      // The same caller again (a retry): the same request under the same key replays its order.
      if (JSON.stringify(existing.replacements) !== JSON.stringify(replacements)) {
        throw new DomainError('EXCHANGE_IN_PROGRESS', `The exchange of return ${found.number} is being placed with other replacements`, { returnId: found.id });
      }
      return existing;
    }
    const exchange =
      existing ??
      em.create(Exchange, {
        return: found,
        originalOrder: order,
        replacementOrder: null,
        customerId: order.customerId ?? null,
        status: 'PENDING',
        attempt: 0,
        paymentToken: '',
        replacements: [],
        currency: order.currency,
        credit: 0,
        createdBy: actor,
      });
    exchange.attempt += 1;
    exchange.status = 'PENDING';
    exchange.paymentToken = ExchangeCreditProvider.newToken();
    exchange.replacements = [...replacements];
    exchange.credit = credit;
    exchange.createdBy = actor;
    await em.flush();
    return exchange;
  });
}

async function markFailed(ctx: OrdersContext, exchangeId: string): Promise<void> {
  await ctx.em.fork().nativeUpdate(Exchange, { id: exchangeId, status: 'PENDING' }, { status: 'FAILED' });
}

/** Places the replacement order of a claimed exchange, in the original order's channel, to its address or store. */
async function placeReplacement(ctx: OrdersContext, exchange: Exchange) {
  const original = await ctx.em.fork().findOneOrFail(Order, { id: exchange.originalOrder.id });
  const delivery = original.shipToLine1
    ? {
        method: 'SHIP' as const,
        address: {
          name: original.shipToName ?? '',
          line1: original.shipToLine1,
          line2: original.shipToLine2 ?? null,
          city: original.shipToCity ?? '',
          postalCode: original.shipToPostalCode ?? '',
          region: original.shipToRegion ?? null,
          country: original.shipToCountry ?? '',
        },
      }
    : { method: 'PICKUP' as const, pickupLocationId: original.pickupLocationId ?? null };
  exchangeCredit.expect(exchange.paymentToken, `${exchange.id}_${exchange.attempt}`);
  try {
    return await placeOrder(ctx, {
      idempotencyKey: `exchange:${exchange.id}:${exchange.attempt}`,
      channel: original.channel,
      customerId: original.customerId ?? null,
      guestEmail: original.customerId ? null : original.email,
      lines: exchange.replacements.map((replacement) => ({ sku: replacement.sku, quantity: replacement.quantity })),
      delivery,
      payment: { token: exchange.paymentToken, provider: EXCHANGE_CREDIT_PROVIDER },
      currency: original.currency,
    });
  } finally {
    exchangeCredit.forget(exchange.paymentToken);
  }
}

/** The difference of a dearer replacement authorized with the payment given: an intent of the command (voided if it does not commit). */
async function authorizeDifference(
  ctx: OrdersContext,
  command: RunningCommand,
  exchange: Exchange,
  payment: NonNullable<CreateExchangeCommand['payment']>,
  due: number,
): Promise<{ provider: string; authorization: AuthorizationResult }> {
  const provider = ctx.payments.get(payment.provider?.trim() || 'test');
  if (provider.name === EXCHANGE_CREDIT_PROVIDER) throw new DomainError('BAD_USER_INPUT', 'The difference is paid with a payment method', { field: 'payment.provider' });
  const authorization = await command.intent(
    'authorization',
    () => provider.authorize({ token: payment.token.trim(), amount: due, currency: exchange.currency, idempotencyKey: `exchange:${exchange.id}:difference` }),
    { after: (result) => (result.outcome === 'AUTHORIZED' ? { provider: provider.name, reference: result.reference, amount: due, currency: exchange.currency } : null) },
  );
  return { provider: provider.name, authorization };
}

/**
 * Settles the price difference and links the orders, as a command: the replacement's
 * exchange-credit payment is brought down to the credit; a dearer replacement's difference is paid
 * with store credit first (planned on the balance, taken under its lock), then charged with the
 * payment given (authorized before the transaction as an intent, captured after it as an effect),
 * else recorded as due. No provider is called while the orders are locked.
 */
async function completeExchange(
  ctx: OrdersContext,
  exchangeId: string,
  replacementId: string,
  payment: CreateExchangeCommand['payment'],
  useStoreCredit: boolean,
): Promise<Exchange> {
  const actor = actorOf(ctx.principal);
  const read = ctx.em.fork();
  const claimed = await read.findOneOrFail(Exchange, { id: exchangeId });
  if (claimed.status === 'COMPLETED') return claimed;
  const planned = await read.findOneOrFail(Order, { id: replacementId });
  const difference = planned.total - claimed.credit;
  const creditPlanned =
    useStoreCredit && difference > 0 && planned.customerId ? Math.max(0, Math.min(difference, await storeCreditBalance(read, planned.customerId, planned.currency))) : 0;
  const cardDue = Math.max(0, difference - creditPlanned);
  return orderCommands(ctx).run(ctx.em, {
    name: 'completeExchange',
    scope: exchangeId,
    key: String(claimed.attempt),
    fingerprint: '',
    findOutcome: async (em) => (await em.findOne(Exchange, { id: exchangeId, status: 'COMPLETED' })) ?? undefined,
    perform: async (command) => {
      const charge = payment && cardDue > 0 ? await authorizeDifference(ctx, command, claimed, payment, cardDue) : null;
      return command.commit((em, effect) => writeExchange(ctx, em, { exchangeId, replacementId, actor, difference, creditPlanned, charge }, effect));
    },
  });
}

interface ExchangeSettlementPlan {
  exchangeId: string;
  replacementId: string;
  actor: string;
  /** The replacement's total less the credit, as planned before the transaction. */
  difference: number;
  creditPlanned: number;
  charge: { provider: string; authorization: AuthorizationResult } | null;
}

async function writeExchange(ctx: OrdersContext, em: EntityManager, plan: ExchangeSettlementPlan, effect: DeclareEffect): Promise<Exchange> {
  const { actor, charge } = plan;
  const exchange = await em.findOneOrFail(Exchange, { id: plan.exchangeId }, { refresh: true, populate: ['return'] });
  const original = await lockOrder(em, exchange.originalOrder.id);
  const replacement = await lockOrder(em, plan.replacementId);
  // Completed meanwhile, or changed since it was planned: nothing is written (an authorization made is voided).
  if (exchange.status === 'COMPLETED' || replacement.total - exchange.credit !== plan.difference) {
    throw new DomainError('EXCHANGE_IN_PROGRESS', `The exchange of return ${exchange.return.number} changed while it was being completed`, { returnId: exchange.return.id });
  }
  const { difference } = plan;
  exchange.replacementOrder = replacement;
  exchange.replacementTotal = replacement.total;
  exchange.creditUsed = Math.min(exchange.credit, replacement.total);
  let settlement = `even (${exchange.credit} credit)`;
  if (difference > 0) {
    const afterCommit = owedThroughCommand(effect);
    const credits = await em.find(Payment, { order: replacement, provider: EXCHANGE_CREDIT_PROVIDER });
    await voidPayments(ctx, em, credits, difference, undefined, afterCommit);
    // Store credit first (its debit shares the reference `exchange:<id>`, so it is taken once), then the card.
    const fromCredit =
      plan.creditPlanned > 0
        ? await chargeStoreCredit(em, replacement, plan.creditPlanned, { reference: `exchange:${exchange.id}`, reason: `exchange of return ${exchange.return.number}: order ${replacement.number}` })
        : 0;
    const due = difference - fromCredit;
    const paidWith = fromCredit > 0 ? `, ${fromCredit} paid with store credit` : '';
    exchange.settlement = due === 0 ? 'CHARGED' : 'DUE';
    exchange.amountDue = due;
    settlement = due === 0 ? `${difference} paid with store credit` : `${due} due${paidWith}`;
    if (charge?.authorization.outcome === 'AUTHORIZED') {
      const charged = difference - plan.creditPlanned;
      const card = recordChargedPayment(em, replacement, { provider: charge.provider, reference: charge.authorization.reference, amount: charged, at: new Date(), captureOwed: true });
      await oweProviderCall(em, afterCommit, card, { operation: 'CAPTURE', amount: charged, idempotencyKey: `exchange:${exchange.id}:difference:capture` });
      exchange.amountDue = due - charged;
      exchange.settlement = exchange.amountDue === 0 ? 'CHARGED' : 'DUE';
      settlement = exchange.amountDue === 0 ? `${charged} charged${paidWith}` : `${charged} charged${paidWith}, ${exchange.amountDue} due`;
    } else if (charge?.authorization.outcome === 'DECLINED') {
      settlement = `${due} due${paidWith} (payment declined: ${charge.authorization.message})`;
    }
  } else if (difference < 0) {
    exchange.settlement = 'REFUND_WITH_RETURN';
    settlement = `${-difference} to be refunded with the return`;
  }
  exchange.status = 'COMPLETED';
  const returned = exchange.return;
  (await OrderTimeline.of(em, original)).note(actor, `return ${returned.number} exchanged for order ${replacement.number}: price difference ${settlement}`);
  (await OrderTimeline.of(em, replacement)).note(actor, `replacement for return ${returned.number} of order ${original.number}`);
  recordEvent(em, {
    type: ExchangeCreated.type,
    aggregateType: 'Return',
    aggregateId: returned.id,
    payload: eventPayload(ExchangeCreated, {
      exchangeId: exchange.id,
      returnId: returned.id,
      returnNumber: returned.number,
      orderId: original.id,
      orderNumber: original.number,
      replacementOrderId: replacement.id,
      replacementOrderNumber: replacement.number,
      customerId: original.customerId ?? null,
      email: original.email,
      currency: original.currency,
      credit: exchange.credit,
      replacementTotal: replacement.total,
      difference,
      settlement: exchange.settlement,
      amountDue: exchange.amountDue,
    }),
  });
  recordAudit(
    { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    {
      action: 'createExchange',
      entityType: 'Return',
      entityId: returned.id,
      before: null,
      after: { exchangeId: exchange.id, replacementOrderId: replacement.id, difference, settlement: exchange.settlement },
    },
  );
  await em.flush();
  return exchange;
}

export async function createExchange(ctx: OrdersContext, command: CreateExchangeCommand): Promise<CreateExchangeOutcome> {
  const replacements = validateReplacements(command.replacements);
  const target = await returnFor(ctx, command);
  if ('refusals' in target) return { kind: 'REFUSED', refusals: target.refusals };
  if (command.useStoreCredit) await assertMaySpendCreditOn(ctx, target.returnId);
  const claimed = await claimExchange(ctx, target.returnId, replacements);
  if (claimed.status === 'COMPLETED') return { kind: 'EXCHANGE', exchange: claimed };
  let placed: Awaited<ReturnType<typeof placeReplacement>>;
  try {
    placed = await placeReplacement(ctx, claimed);
  } catch (error) {
    await markFailed(ctx, claimed.id);
    throw error;
  }
  if (placed.kind === 'OUT_OF_STOCK') {
    await markFailed(ctx, claimed.id);
    return { kind: 'OUT_OF_STOCK', lines: placed.lines };
  }
  const exchange = await completeExchange(ctx, claimed.id, placed.order.id, command.payment, command.useStoreCredit ?? false);
  forgetCached(ctx, claimed.originalOrder.id, claimed.return.id);
  forgetCached(ctx, placed.order.id);
  return { kind: 'EXCHANGE', exchange };
}
