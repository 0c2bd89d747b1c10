import path from 'node:path';
import { OutboxEventSchema, ProcessedEventSchema, type SubgraphDefinition } from '@oms/platform';
import { createFulfillmentContext, type FulfillmentContext } from './context.ts';
import { seedFulfillmentDemoData } from './demo-data.ts';
import { BinLocationSchema } from './entities/bin-location.entity.ts';
import { DropshipVendorSchema } from './entities/dropship-vendor.entity.ts';
import { FulfillmentOrderLineSchema } from './entities/fulfillment-order-line.entity.ts';
import { FulfillmentOrderSchema } from './entities/fulfillment-order.entity.ts';
import { LocationProfileSchema } from './entities/location-profile.entity.ts';
import { ParcelItemSchema } from './entities/parcel-item.entity.ts';
import { ParcelSchema } from './entities/parcel.entity.ts';
import { PickWaveSchema } from './entities/pick-wave.entity.ts';
import { ShipmentSchema } from './entities/shipment.entity.ts';
import { TrackingEventSchema } from './entities/tracking-event.entity.ts';
import { WebhookDeliverySchema } from './entities/webhook-delivery.entity.ts';
import { resolvers } from './resolvers/index.ts';
import { carrierWebhookRoutes } from './routes/carrier-webhooks.ts';
import { startOrderEventsConsumer } from './workers/order-events.consumer.ts';
import { startPickupExpirySweeper } from './workers/pickup-expiry.sweeper.ts';
import { startVendorWebhookSender } from './workers/vendor-webhooks.worker.ts';
import { startCustomerErasureConsumer } from './workers/customer-erasure.consumer.ts';
import { startRetentionWorker } from './workers/retention.worker.ts';
import { FULFILLMENT_PERSONAL_DATA } from './entities/personal-data.register.ts';

export const fulfillmentSubgraph: SubgraphDefinition<FulfillmentContext> = {
  name: 'fulfillment',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/fulfillment.graphql'),
  resolvers,
  personalData: FULFILLMENT_PERSONAL_DATA,
  entities: [
    FulfillmentOrderSchema,
    FulfillmentOrderLineSchema,
    ShipmentSchema,
    ParcelSchema,
    ParcelItemSchema,
    TrackingEventSchema,
    PickWaveSchema,
    BinLocationSchema,
    LocationProfileSchema,
    DropshipVendorSchema,
    WebhookDeliverySchema,
    ProcessedEventSchema,
    OutboxEventSchema,
  ],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createFulfillmentContext,
  seedDemoData: seedFulfillmentDemoData,
  // GDPR: customers' erasure requests, carried out in this service's tables.
  workers: [startOrderEventsConsumer, startPickupExpirySweeper, startVendorWebhookSender, startCustomerErasureConsumer, startRetentionWorker],
  routes: carrierWebhookRoutes,
};
