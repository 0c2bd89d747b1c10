import path from 'node:path';
import { CommandRecordSchema, OutboxEventSchema, ProcessedEventSchema, type SubgraphDefinition } from '@oms/platform';
import { createOrdersContext, type OrdersContext } from './context.ts';
import { seedOrdersDemoData } from './demo-data.ts';
import { IdempotencyRecordSchema } from './entities/idempotency-record.entity.ts';
import { OrderHoldSchema } from './entities/order-hold.entity.ts';
import { OrderLineSchema } from './entities/order-line.entity.ts';
import { OrderPipelineStepSchema } from './entities/order-pipeline-step.entity.ts';
import { OrderTransitionSchema } from './entities/order-transition.entity.ts';
import { OrderSchema } from './entities/order.entity.ts';
import { PaymentOperationSchema } from './entities/payment-operation.entity.ts';
import { PaymentSchema } from './entities/payment.entity.ts';
import { PromotionSchema } from './entities/promotion.entity.ts';
import { RiskRuleSchema } from './entities/risk-rule.entity.ts';
import { RETURN_ENTITIES } from './entities/return-entities.ts';
import { resolvers } from './resolvers/index.ts';
import { startFulfillmentEventsConsumer, startSupplyEventsConsumer } from './workers/order-events.consumers.ts';
import { startHoldExpirySweeper } from './workers/hold-expiry.sweeper.ts';
import { startCustomerErasureConsumer } from './workers/customer-erasure.consumer.ts';
import { startOrderReleaser } from './workers/order-release.worker.ts';
import { startRetentionWorker } from './workers/retention.worker.ts';
import { ORDERS_PERSONAL_DATA } from './entities/personal-data.register.ts';
import { startCommandRecovery } from './workers/command-recovery.worker.ts';

export const ordersSubgraph: SubgraphDefinition<OrdersContext> = {
  name: 'orders',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/orders.graphql'),
  resolvers,
  personalData: ORDERS_PERSONAL_DATA,
  entities: [
    OrderSchema,
    OrderLineSchema,
    OrderTransitionSchema,
    PaymentSchema,
    PaymentOperationSchema,
    PromotionSchema,
    IdempotencyRecordSchema,
    OrderPipelineStepSchema,
    OrderHoldSchema,
    RiskRuleSchema,
    ...RETURN_ENTITIES,
    ProcessedEventSchema,
    OutboxEventSchema,
    CommandRecordSchema,
  ],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createOrdersContext,
  seedDemoData: seedOrdersDemoData,
  // The order saga after placement: release to fulfillment after the cancellation window, then
  // follow fulfillment (shipped, delivered, collected, rejected…) and inbound supply (backorders).
  // GDPR: customers' erasure requests, carried out in this service's tables.
  workers: [startOrderReleaser, startFulfillmentEventsConsumer, startSupplyEventsConsumer, startHoldExpirySweeper, startCustomerErasureConsumer, startRetentionWorker, startCommandRecovery],
};
