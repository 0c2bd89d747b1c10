import type { RequestContext } from '@oms/platform';
import { createInventoryLoaders, type InventoryLoaders } from './loaders/inventory.loaders.ts';

export interface InventoryContext extends RequestContext {
  readonly loaders: InventoryLoaders;
}

export function createInventoryContext(base: RequestContext): InventoryContext {
  return { ...base, loaders: createInventoryLoaders(base.em) };
}
