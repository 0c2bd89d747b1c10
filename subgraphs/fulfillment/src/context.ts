import type { RequestContext } from '@oms/platform';
import { fulfillmentConfig, type FulfillmentConfig } from './config.ts';
import { accessOf, type FulfillmentAccess } from './domain/access.ts';
import { createFulfillmentLoaders, type FulfillmentLoaders } from './loaders/fulfillment.loaders.ts';

export interface FulfillmentContext extends RequestContext {
  /**
   * Per request; a subscription's context lives as long as the subscription, so each of its events
   * starts from fresh loaders on a fresh fork (renewLoaders) and sees what was committed.
   */
  loaders: FulfillmentLoaders;
  /** What the caller may see and work on (row-level rules beyond the scopes). */
  readonly access: FulfillmentAccess;
  readonly config: FulfillmentConfig;
}

export function createFulfillmentContext(base: RequestContext): FulfillmentContext {
  return { ...base, loaders: createFulfillmentLoaders(base.em), access: accessOf(base.principal), config: fulfillmentConfig() };
}

/** Fresh loaders on a fresh fork: after a change, and for each subscription event. */
export function renewLoaders(ctx: FulfillmentContext): void {
  ctx.loaders = createFulfillmentLoaders(ctx.em.fork());
}
