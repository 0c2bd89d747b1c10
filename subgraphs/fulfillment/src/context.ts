import type { RequestContext } from '@oms/platform';
import { createShipmentLoaders, type ShipmentLoaders } from './loaders/shipment.loaders.ts';

export interface FulfillmentContext extends RequestContext {
  readonly loaders: ShipmentLoaders;
}

export function createFulfillmentContext(base: RequestContext): FulfillmentContext {
  return { ...base, loaders: createShipmentLoaders(base.em) };
}
