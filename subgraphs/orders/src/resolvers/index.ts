import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { customerResolvers } from './customer.ts';
import { mutationResolvers } from './mutation.ts';
import { orderLineResolvers } from './order-line.ts';
import { orderTransitionResolvers } from './order-transition.ts';
import { orderResolvers } from './order.ts';
import { paymentResolvers } from './payment.ts';
import { placeOrderResultResolvers } from './place-order-result.ts';
import { queryResolvers } from './query.ts';
import { subscriptionResolvers } from './subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Subscription: subscriptionResolvers,
  Order: orderResolvers,
  OrderLine: orderLineResolvers,
  OrderTransition: orderTransitionResolvers,
  Payment: paymentResolvers,
  PlaceOrderResult: placeOrderResultResolvers,
  Customer: customerResolvers,
};
