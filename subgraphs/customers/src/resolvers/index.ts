import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { findCustomer, listCustomers } from '../domain/customer.service.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    customer: (_root, { id }, ctx) => findCustomer(ctx, id),
    customers: (_root, page, ctx) => listCustomers(ctx, page),
  },
  Customer: {
    __resolveReference: ({ id }, ctx) => findCustomer(ctx, id),
    name: (customer) => customer.name,
    addresses: (customer, _args, ctx) => ctx.loaders.addressesByCustomerId.load(customer.id),
  },
};
