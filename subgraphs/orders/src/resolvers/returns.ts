import type {
  AppeasementResolvers,
  CreateExchangeResultResolvers,
  CustomerResolvers,
  ExchangeResolvers,
  MutationResolvers,
  OrderResolvers,
  QueryResolvers,
  RefundResolvers,
  RequestReturnResultResolvers,
  ReturnLineResolvers,
  ReturnPolicyResolvers,
  ReturnResolvers,
} from '../__generated__/resolvers-types.ts';
import type { OrdersContext } from '../context.ts';
import { Exchange } from '../entities/exchange.entity.ts';
import type { Order } from '../entities/order.entity.ts';
import { Return } from '../entities/return.entity.ts';
import { money } from '../domain/money.ts';
import { findOrder } from '../domain/order.service.ts';
import { grantAppeasement } from '../domain/returns/appeasement.service.ts';
import {
  averageOrderValueOf,
  customerFigures,
  lifetimeValueOf,
  listCustomerReturns,
  returnRateOf,
  storeCreditBalance,
} from '../domain/returns/customer-returns.service.ts';
import { createExchange } from '../domain/returns/exchange.service.ts';
import { refundReturn } from '../domain/returns/refund-return.service.ts';
import { findReturnPolicy, setReturnPolicy } from '../domain/returns/return-policy.service.ts';
import {
  approveReturn,
  findReturn,
  inspectReturn,
  markReturnInTransit,
  receiveReturn,
  rejectReturn,
  requestReturn,
} from '../domain/returns/return.service.ts';

export const returnQueryResolvers: QueryResolvers = {
  returnPolicy: (_root, _args, ctx) => findReturnPolicy(ctx),
  return: (_root, { id }, ctx) => findReturn(ctx, id),
};

export const returnMutationResolvers: MutationResolvers = {
  setReturnPolicy: (_root, { input }, ctx) =>
    setReturnPolicy(ctx, {
      defaultWindowDays: input.defaultWindowDays,
      channelWindows: input.channelWindows ?? [],
      categoryWindows: input.categoryWindows ?? [],
      nonReturnableSkus: input.nonReturnableSkus ?? [],
      nonReturnableCategories: input.nonReturnableCategories ?? [],
      approvalThreshold: input.approvalThreshold ?? null,
      appeasementLimits: input.appeasementLimits.map((limit) => ({ role: limit.role, maxAmount: limit.maxAmount ?? null })),
    }),
  requestReturn: async (_root, { input }, ctx) => {
    const outcome = await requestReturn(ctx, input);
    return outcome.kind === 'RETURN' ? outcome.found : { __typename: 'ReturnRefused', refusals: outcome.refusals };
  },
  approveReturn: (_root, { returnId }, ctx) => approveReturn(ctx, returnId),
  rejectReturn: (_root, { returnId, reason }, ctx) => rejectReturn(ctx, returnId, reason),
  markReturnInTransit: (_root, { input }, ctx) => markReturnInTransit(ctx, input),
  receiveReturn: (_root, { input }, ctx) => receiveReturn(ctx, input),
  inspectReturn: (_root, { input }, ctx) => inspectReturn(ctx, input),
  refundReturn: (_root, { input }, ctx) => refundReturn(ctx, input),
  createExchange: async (_root, { input }, ctx) => {
    const outcome = await createExchange(ctx, input);
    if (outcome.kind === 'EXCHANGE') return outcome.exchange;
    if (outcome.kind === 'REFUSED') return { __typename: 'ReturnRefused', refusals: outcome.refusals };
    return { __typename: 'OutOfStock', lines: outcome.lines };
  },
  grantAppeasement: (_root, { input }, ctx) => grantAppeasement(ctx, input),
};

export const returnPolicyResolvers: ReturnPolicyResolvers = {
  defaultWindowDays: (policy) => policy.rules.defaultWindowDays,
  channelWindows: (policy) => policy.rules.channelWindows,
  categoryWindows: (policy) => policy.rules.categoryWindows,
  nonReturnableSkus: (policy) => policy.rules.nonReturnableSkus,
  nonReturnableCategories: (policy) => policy.rules.nonReturnableCategories,
  approvalThreshold: (policy) => policy.rules.approvalThreshold,
  appeasementLimits: (policy) => policy.rules.appeasementLimits,
  updatedBy: (policy) => policy.createdBy,
  updatedAt: (policy) => policy.createdAt,
};

async function orderOf(ctx: OrdersContext, id: string): Promise<Order> {
  const order = await ctx.loaders.orderById.load(id);
  if (!order) throw new Error(`Order ${id} is missing`);
  return order;
}

export const returnResolvers: ReturnResolvers = {
  __resolveReference: ({ id }, ctx) => findReturn(ctx, id),
  order: (found, _args, ctx) => orderOf(ctx, found.order.id),
  customer: (found) => (found.customerId ? { __typename: 'Customer', id: found.customerId } : null),
  lines: (found, _args, ctx) => ctx.returnLoaders.linesByReturnId.load(found.id),
  value: (found) => money(found.value, found.currency),
  receivedLocation: (found) => (found.receivedLocationId ? { id: found.receivedLocationId } : null),
  refund: (found, _args, ctx) => ctx.returnLoaders.refundBySourceKey.load(`return:${found.id}`),
  exchange: (found, _args, ctx) => ctx.returnLoaders.exchangeByReturnId.load(found.id),
  exchangeOrder: async (found, _args, ctx) => {
    const exchange = await ctx.returnLoaders.exchangeByReturnId.load(found.id);
    return exchange?.replacementOrder ? orderOf(ctx, exchange.replacementOrder.id) : null;
  },
};

export const returnLineResolvers: ReturnLineResolvers = {
  orderLine: async (line, _args, ctx) => {
    const orderLine = await ctx.returnLoaders.orderLineById.load(line.orderLine.id);
    if (!orderLine) throw new Error(`Order line ${line.orderLine.id} is missing`);
    return orderLine;
  },
  sku: (line) => ({ code: line.skuCode }),
  value: (line, _args, ctx) => ctx.returnLoaders.returnById.load(line.return.id).then((found) => money(line.value, found?.currency ?? 'EUR')),
};

export const refundResolvers: RefundResolvers = {
  amount: (refund) => money(refund.amount, refund.currency),
  at: (refund) => refund.createdAt,
};

export const exchangeResolvers: ExchangeResolvers = {
  return: async (exchange, _args, ctx) => {
    const found = await ctx.returnLoaders.returnById.load(exchange.return.id);
    if (!found) throw new Error(`Return ${exchange.return.id} is missing`);
    return found;
  },
  originalOrder: (exchange, _args, ctx) => orderOf(ctx, exchange.originalOrder.id),
  replacementOrder: (exchange, _args, ctx) => (exchange.replacementOrder ? orderOf(ctx, exchange.replacementOrder.id) : null),
  credit: (exchange) => money(exchange.credit, exchange.currency),
  creditUsed: (exchange) => money(exchange.creditUsed, exchange.currency),
  replacementTotal: (exchange) => (exchange.replacementTotal === null || exchange.replacementTotal === undefined ? null : money(exchange.replacementTotal, exchange.currency)),
  priceDifference: (exchange) =>
    exchange.replacementTotal === null || exchange.replacementTotal === undefined ? null : money(exchange.replacementTotal - exchange.credit, exchange.currency),
  amountDue: (exchange) => money(exchange.amountDue, exchange.currency),
};

export const appeasementResolvers: AppeasementResolvers = {
  order: (appeasement, _args, ctx) => orderOf(ctx, appeasement.order.id),
  amount: (appeasement) => money(appeasement.amount, appeasement.currency),
  refund: async (appeasement, _args, ctx) => {
    const refund = await ctx.returnLoaders.refundBySourceKey.load(`appeasement:${appeasement.id}`);
    if (!refund) throw new Error(`The refund of appeasement ${appeasement.id} is missing`);
    return refund;
  },
};

export const requestReturnResultResolvers: RequestReturnResultResolvers = {
  __resolveType: (result) => (result instanceof Return ? 'Return' : 'ReturnRefused'),
};

export const createExchangeResultResolvers: CreateExchangeResultResolvers = {
  __resolveType: (result) => (result instanceof Exchange ? 'Exchange' : result.__typename === 'ReturnRefused' ? 'ReturnRefused' : 'OutOfStock'),
};

/** Fields returns contribute to Order. */
export const orderReturnResolvers: OrderResolvers = {
  returns: (order, _args, ctx) => ctx.returnLoaders.returnsByOrderId.load(order.id),
  refunds: (order, _args, ctx) => ctx.returnLoaders.refundsByOrderId.load(order.id),
  exchangeFor: async (order, _args, ctx) => {
    const exchange = await ctx.returnLoaders.exchangeByReplacementOrderId.load(order.id);
    return exchange ? findOrder(ctx, exchange.originalOrder.id) : null;
  },
};

/** The 360° figures and returns this service contributes to Customer. */
export const customerReturnResolvers: CustomerResolvers = {
  returns: (customer, page, ctx) => listCustomerReturns(ctx, customer.id, page),
  storeCreditBalance: (customer, { currency }, ctx) => storeCreditBalance(ctx, customer.id, currency),
  lifetimeValue: async (customer, { currency }, ctx) => lifetimeValueOf(await customerFigures(ctx, customer.id), currency),
  orderCount: async (customer, _args, ctx) => (await customerFigures(ctx, customer.id)).orderCount,
  averageOrderValue: async (customer, { currency }, ctx) => averageOrderValueOf(await customerFigures(ctx, customer.id), currency),
  returnRate: async (customer, _args, ctx) => returnRateOf(await customerFigures(ctx, customer.id)),
  lastOrderAt: async (customer, _args, ctx) => (await customerFigures(ctx, customer.id)).lastOrderAt,
};
