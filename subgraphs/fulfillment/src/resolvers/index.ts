import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar, JsonScalar } from '@oms/platform';
import { customerDataExportResolvers } from './customer-data.ts';
import { dropshipVendorResolvers } from './dropship.ts';
import { fulfillmentOrderLineResolvers, fulfillmentOrderResolvers } from './fulfillment-order.ts';
import { mutationResolvers } from './mutation.ts';
import { customerResolvers, orderResolvers } from './order.ts';
import { binLocationResolvers, pickListEntryResolvers, pickWaveResolvers } from './pick-wave.ts';
import { queryResolvers } from './query.ts';
import { fulfillmentReportResolvers, reportResolvers } from './report.ts';
import { parcelItemResolvers, parcelResolvers, shipmentResolvers } from './shipment.ts';
import { subscriptionResolvers } from './subscription.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Subscription: subscriptionResolvers,
  FulfillmentOrder: fulfillmentOrderResolvers,
  FulfillmentOrderLine: fulfillmentOrderLineResolvers,
  Shipment: shipmentResolvers,
  Parcel: parcelResolvers,
  ParcelItem: parcelItemResolvers,
  PickWave: pickWaveResolvers,
  PickListEntry: pickListEntryResolvers,
  BinLocation: binLocationResolvers,
  DropshipVendor: dropshipVendorResolvers,
  Order: orderResolvers,
  Customer: customerResolvers,
  Report: reportResolvers,
  FulfillmentReport: fulfillmentReportResolvers,
  CustomerDataExport: customerDataExportResolvers,
};
