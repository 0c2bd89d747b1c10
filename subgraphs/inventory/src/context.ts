import type { RequestContext } from '@oms/platform';
import { createInventoryLoaders, type InventoryLoaders } from './loaders/inventory.loaders.ts';

export interface InventoryContext extends RequestContext {
  readonly loaders: InventoryLoaders;
  /** The request's moment: fields priced or dated "now" agree within one response (and batch together). */
  readonly now: Date;
}

export function createInventoryContext(base: RequestContext): InventoryContext {
  return { ...base, loaders: createInventoryLoaders(base.em), now: new Date() };
}
