import type { ParcelItemResolvers, ParcelResolvers, ShipmentResolvers } from '../__generated__/resolvers-types.ts';
import {
  findShipment,
  fulfillmentOrderOfShipment,
  itemsOfParcel,
  lineOfItem,
  parcelsOfShipment,
  shipmentOfParcel,
} from '../domain/shipment.service.ts';
import { findParcel, lastTrackingEvent, trackingHistory } from '../domain/tracking.service.ts';

export const shipmentResolvers: ShipmentResolvers = {
  __resolveReference: ({ id }, ctx) => findShipment(ctx, id),
  order: (shipment) => ({ __typename: 'Order', id: shipment.orderId }),
  location: (shipment) => ({ id: shipment.locationId }),
  fulfillmentOrder: (shipment, _args, ctx) => fulfillmentOrderOfShipment(ctx, shipment),
  parcels: (shipment, _args, ctx) => parcelsOfShipment(ctx, shipment),
};

export const parcelResolvers: ParcelResolvers = {
  __resolveReference: ({ id }, ctx) => findParcel(ctx, id),
  shipment: (parcel, _args, ctx) => shipmentOfParcel(ctx, parcel),
  dimensions: (parcel) =>
    parcel.lengthMm && parcel.widthMm && parcel.heightMm ? { lengthMm: parcel.lengthMm, widthMm: parcel.widthMm, heightMm: parcel.heightMm } : null,
  items: (parcel, _args, ctx) => itemsOfParcel(ctx, parcel),
  lastEvent: (parcel, _args, ctx) => lastTrackingEvent(ctx, parcel),
  trackingEvents: (parcel, _args, ctx) => trackingHistory(ctx, parcel),
};

export const parcelItemResolvers: ParcelItemResolvers = {
  line: (item, _args, ctx) => lineOfItem(ctx, item),
  skuCode: async (item, _args, ctx) => (await lineOfItem(ctx, item)).skuCode,
};
