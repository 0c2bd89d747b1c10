import type { RequestContext } from '@oms/platform';
import { createCustomerCareLoaders, type CustomerCareLoaders } from './loaders/customer-care.loaders.ts';
import { createCustomerLoaders, type CustomerLoaders } from './loaders/customer.loaders.ts';
import { createMessagingLoaders, type MessagingLoaders } from './loaders/messaging.loaders.ts';

export interface CustomersContext extends RequestContext {
  readonly loaders: CustomerLoaders;
  /** The care view: consents, notes, segments, cases, interactions. */
  readonly care: CustomerCareLoaders;
  /** Notifications and webhooks: delivery attempts. */
  readonly messaging: MessagingLoaders;
}

export function createCustomersContext(base: RequestContext): CustomersContext {
  return { ...base, loaders: createCustomerLoaders(base.em), care: createCustomerCareLoaders(base), messaging: createMessagingLoaders(base.em) };
}
