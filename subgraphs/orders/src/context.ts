import type { RequestContext } from '@oms/platform';
import { createOrderLoaders, type OrderLoaders } from './loaders/order.loaders.ts';

export interface OrdersContext extends RequestContext {
  readonly loaders: OrderLoaders;
}

export function createOrdersContext(base: RequestContext): OrdersContext {
  return { ...base, loaders: createOrderLoaders(base.em) };
}
