import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar, JsonScalar } from '@oms/platform';
import { customerResolvers } from './customer.ts';
import { customerDataExportResolvers, customerDataQueryResolvers } from './customer-data.ts';
import { mutationResolvers } from './mutation.ts';
import { editOrderResultResolvers } from './orchestration.ts';
import { orderAlternativeMutationResolvers, orderAlternativeOrderResolvers } from './order-alternatives.ts';
import { orderLineResolvers } from './order-line.ts';
import { orderTransitionResolvers } from './order-transition.ts';
import { orderResolvers } from './order.ts';
import { paymentResolvers } from './payment.ts';
import { placeOrderResultResolvers } from './place-order-result.ts';
import { queryResolvers } from './query.ts';
import { outOfStockResolvers } from './sale-alternatives.ts';
import { reportResolvers, salesReportResolvers } from './report.ts';
import * as returns from './returns.ts';
import { subscriptionResolvers } from './subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query: { ...queryResolvers, ...returns.returnQueryResolvers, ...customerDataQueryResolvers },
  Mutation: { ...mutationResolvers, ...returns.returnMutationResolvers, ...orderAlternativeMutationResolvers },
  Subscription: subscriptionResolvers,
  Order: { ...orderResolvers, ...returns.orderReturnResolvers, ...orderAlternativeOrderResolvers },
  OrderLine: orderLineResolvers,
  OrderTransition: orderTransitionResolvers,
  Payment: paymentResolvers,
  PlaceOrderResult: placeOrderResultResolvers,
  OutOfStock: outOfStockResolvers,
  EditOrderResult: editOrderResultResolvers,
  Customer: { ...customerResolvers, ...returns.customerReturnResolvers },
  Report: reportResolvers,
  SalesReport: salesReportResolvers,
  ReturnPolicy: returns.returnPolicyResolvers,
  Return: returns.returnResolvers,
  ReturnLine: returns.returnLineResolvers,
  Refund: returns.refundResolvers,
  Exchange: returns.exchangeResolvers,
  Appeasement: returns.appeasementResolvers,
  RequestReturnResult: returns.requestReturnResultResolvers,
  CreateExchangeResult: returns.createExchangeResultResolvers,
  CustomerDataExport: customerDataExportResolvers,
};
