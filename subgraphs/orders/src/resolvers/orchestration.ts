import type { EditOrderResultResolvers, MutationResolvers, OrderResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { editOrder } from '../domain/edit-order.service.ts';
import { placeOrderHold, releaseOrderHold } from '../domain/order-holds.service.ts';
import { riskRules, setRiskRules } from '../domain/risk-rules.ts';
import { Order } from '../entities/order.entity.ts';

/** Orchestration after placement: risk rules, holds, edits, and the order's pipeline. */
export const orchestrationQueryResolvers: Pick<QueryResolvers, 'riskRules'> = {
  riskRules: (_root, _args, ctx) => riskRules(ctx),
};

export const orchestrationMutationResolvers: Pick<MutationResolvers, 'setRiskRules' | 'placeOrderHold' | 'releaseOrderHold' | 'editOrder'> = {
  setRiskRules: (_root, { input }, ctx) => setRiskRules(ctx, input),
  placeOrderHold: (_root, { input }, ctx) => placeOrderHold(ctx, input),
  releaseOrderHold: (_root, { input }, ctx) => releaseOrderHold(ctx, input),
  editOrder: async (_root, { input }, ctx) => {
    const outcome = await editOrder(ctx, input);
    return outcome.kind === 'ORDER' ? outcome.order : { __typename: 'EditOutOfStock', lines: outcome.lines };
  },
};

export const orchestrationOrderResolvers: Pick<OrderResolvers, 'pipeline' | 'holds' | 'billTo'> = {
  pipeline: (order, _args, ctx) => ctx.loaders.pipelineByOrderId.load(order.id),
  holds: (order, _args, ctx) => ctx.loaders.holdsByOrderId.load(order.id),
  billTo: (order) => order.billingAddress ?? null,
};

export const editOrderResultResolvers: EditOrderResultResolvers = {
  __resolveType: (result) => (result instanceof Order ? 'Order' : 'EditOutOfStock'),
};
