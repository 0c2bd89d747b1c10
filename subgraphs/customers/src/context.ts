import type { RequestContext } from '@oms/platform';
import { createCustomerLoaders, type CustomerLoaders } from './loaders/customer.loaders.ts';

export interface CustomersContext extends RequestContext {
  readonly loaders: CustomerLoaders;
}

export function createCustomersContext(base: RequestContext): CustomersContext {
  return { ...base, loaders: createCustomerLoaders(base.em) };
}
