import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { configureDropshipVendor, confirmDropshipShipment } from '../domain/dropship.service.ts';
import {
  acceptFulfillmentOrder,
  packFulfillmentOrder,
  pickFulfillmentOrder,
  rejectFulfillmentOrder,
  shipFulfillmentOrder,
} from '../domain/fulfillment-order.service.ts';
import { completePickWave, createPickWave, setBinLocations } from '../domain/pick-wave.service.ts';
import { reissuePickupCode } from '../domain/pickup-code-reissue.service.ts';
import { announceCurbsideArrival, confirmPickup, markReadyForPickup } from '../domain/pickup.service.ts';
import { recordTrackingEvent } from '../domain/tracking.service.ts';

export const mutationResolvers: MutationResolvers = {
  acceptFulfillmentOrder: (_root, { id }, ctx) => acceptFulfillmentOrder(ctx, id),
  rejectFulfillmentOrder: (_root, { input }, ctx) => rejectFulfillmentOrder(ctx, input),
  pickFulfillmentOrder: (_root, { input }, ctx) => pickFulfillmentOrder(ctx, input),
  packFulfillmentOrder: (_root, { input }, ctx) => packFulfillmentOrder(ctx, input),
  shipFulfillmentOrder: (_root, { input }, ctx) => shipFulfillmentOrder(ctx, input),
  markReadyForPickup: (_root, { input }, ctx) => markReadyForPickup(ctx, input),
  confirmPickup: (_root, { input }, ctx) => confirmPickup(ctx, input),
  reissuePickupCode: (_root, { fulfillmentOrderId }, ctx) => reissuePickupCode(ctx, fulfillmentOrderId),
  announceCurbsideArrival: (_root, { input }, ctx) => announceCurbsideArrival(ctx, input),
  createPickWave: (_root, { input }, ctx) => createPickWave(ctx, input),
  completePickWave: (_root, { input }, ctx) => completePickWave(ctx, input),
  recordTrackingEvent: (_root, { input }, ctx) => recordTrackingEvent(ctx, input),
  confirmDropshipShipment: (_root, { input }, ctx) => confirmDropshipShipment(ctx, input),
  configureDropshipVendor: (_root, { input }, ctx) => configureDropshipVendor(ctx, input),
  setBinLocations: (_root, { input }, ctx) => setBinLocations(ctx, input),
};
