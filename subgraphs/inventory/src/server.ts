import path from 'node:path';
import { OutboxEventSchema, ProcessedEventSchema, type SubgraphDefinition } from '@oms/platform';
import { createInventoryContext, type InventoryContext } from './context.ts';
import { seedInventoryDemoData } from './demo-data.ts';
import { AllocationSchema } from './entities/allocation.entity.ts';
import { ChannelSettingSchema } from './entities/channel-setting.entity.ts';
import { InventoryFeedSchema } from './entities/inventory-feed.entity.ts';
import { LocationSchema } from './entities/location.entity.ts';
import { PriceListEntrySchema } from './entities/price-list-entry.entity.ts';
import { PriceListSchema } from './entities/price-list.entity.ts';
import { PurchaseOrderLineSchema } from './entities/purchase-order-line.entity.ts';
import { PurchaseOrderSchema } from './entities/purchase-order.entity.ts';
import { ReallocationSchema } from './entities/reallocation.entity.ts';
import { ReservationLineSchema } from './entities/reservation-line.entity.ts';
import { ReservationSchema } from './entities/reservation.entity.ts';
import { ShippingRateSchema } from './entities/shipping-rate.entity.ts';
import { ShippingZoneSchema } from './entities/shipping-zone.entity.ts';
import { CarrierServiceSchema } from './entities/carrier-service.entity.ts';
import { DeliveryHolidaySchema } from './entities/delivery-holiday.entity.ts';
import { LocationDeliveryProfileSchema } from './entities/location-delivery-profile.entity.ts';
import { SkuSubstituteSchema } from './entities/sku-substitute.entity.ts';
import { SkuSchema } from './entities/sku.entity.ts';
import { SourcingDecisionSchema } from './entities/sourcing-decision.entity.ts';
import { SourcingRuleSetSchema } from './entities/sourcing-rule-set.entity.ts';
import { StockLevelSchema } from './entities/stock-level.entity.ts';
import { StockMovementSchema } from './entities/stock-movement.entity.ts';
import { TransferLineSchema } from './entities/transfer-line.entity.ts';
import { TransferSchema } from './entities/transfer.entity.ts';
import { resolvers } from './resolvers/index.ts';
import { startFulfillmentEventsConsumer } from './workers/fulfillment-events.consumer.ts';
import { startReturnEventsConsumer } from './workers/returns-events.consumer.ts';
import { startReservationSweeper } from './workers/reservation-sweeper.worker.ts';
import { startCustomerErasureConsumer } from './workers/customer-erasure.consumer.ts';
import { startRetentionWorker } from './workers/retention.worker.ts';
import { INVENTORY_PERSONAL_DATA } from './entities/personal-data.register.ts';
import { startAllocationReconciliation } from './workers/allocation-reconciliation.worker.ts';

export const inventorySubgraph: SubgraphDefinition<InventoryContext> = {
  name: 'inventory',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/inventory.graphql'),
  resolvers,
  personalData: INVENTORY_PERSONAL_DATA,
  entities: [
    LocationSchema,
    SkuSchema,
    StockLevelSchema,
    ChannelSettingSchema,
    ReservationSchema,
    ReservationLineSchema,
    AllocationSchema,
    StockMovementSchema,
    TransferSchema,
    TransferLineSchema,
    PurchaseOrderSchema,
    PurchaseOrderLineSchema,
    PriceListSchema,
    PriceListEntrySchema,
    InventoryFeedSchema,
    ReallocationSchema,
    SourcingRuleSetSchema,
    SourcingDecisionSchema,
    ShippingZoneSchema,
    ShippingRateSchema,
    CarrierServiceSchema,
    LocationDeliveryProfileSchema,
    DeliveryHolidaySchema,
    SkuSubstituteSchema,
    ProcessedEventSchema,
    OutboxEventSchema,
  ],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createInventoryContext,
  seedDemoData: seedInventoryDemoData,
  // Releases expired cart holds every RESERVATION_SWEEP_INTERVAL_MS (default 5 s); follows the
  // fulfillment events (shipped, collected, not collected, cancelled, short-picked goods); puts
  // inspected returns back into stock.
  // GDPR: customers' erasure requests, carried out in this service's tables.
  workers: [startReservationSweeper, startFulfillmentEventsConsumer, startReturnEventsConsumer, startCustomerErasureConsumer, startRetentionWorker, startAllocationReconciliation],
};
