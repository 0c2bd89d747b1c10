import { DateTimeScalar, JsonScalar } from '@oms/platform';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Allocation, AllocationResult, Order } from './allocation.ts';
import { CustomerDataExport } from './customer-data.ts';
import { DeliveryHoliday } from './delivery.ts';
import { Location } from './location.ts';
import { Mutation } from './mutation.ts';
import { PriceList } from './price-list.ts';
import { Query } from './query.ts';
import { Reservation, ReservationLine, ReserveStockResult } from './reservation.ts';
import { Sku } from './sku.ts';
import { SourcedQuantity, SourcingCandidateTrace } from './sourcing.ts';
import { StockLevel, StockMovement } from './stock.ts';
import { Subscription } from './subscription.ts';
import { PurchaseOrder, PurchaseOrderLine, Transfer, TransferLine } from './supply.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query,
  Mutation,
  Subscription,
  Location,
  Sku,
  StockLevel,
  StockMovement,
  ReserveStockResult,
  Reservation,
  ReservationLine,
  AllocationResult,
  Allocation,
  Order,
  Transfer,
  TransferLine,
  PurchaseOrder,
  PurchaseOrderLine,
  PriceList,
  SourcedQuantity,
  SourcingCandidateTrace,
  DeliveryHoliday,
  CustomerDataExport,
};
