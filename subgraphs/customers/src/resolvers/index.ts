import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { findCustomer } from '../domain/customer.service.ts';
import { JSONScalar } from './json.scalar.ts';
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Customer: {
    __resolveReference: ({ id }, ctx) => findCustomer(ctx, id),
    name: (customer) => customer.name,
    addresses: (customer, _args, ctx) => ctx.loaders.addressesByCustomerId.load(customer.id),
  },
  Viewer: {
    customer: (viewer, _args, ctx) => (viewer.kind === 'CUSTOMER' && viewer.id ? findCustomer(ctx, viewer.id) : null),
  },
  ApiKey: {
    prefix: (key) => `oms_${key.prefix}`,
  },
};
