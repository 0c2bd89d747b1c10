import path from 'node:path';
import type { SubgraphDefinition } from '@oms/platform';
import { createFulfillmentContext, type FulfillmentContext } from './context.ts';
import { seedFulfillmentDemoData } from './demo-data.ts';
import { ShipmentSchema } from './entities/shipment.entity.ts';
import { resolvers } from './resolvers/index.ts';

export const fulfillmentSubgraph: SubgraphDefinition<FulfillmentContext> = {
  name: 'fulfillment',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/fulfillment.graphql'),
  resolvers,
  entities: [ShipmentSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createFulfillmentContext,
  seedDemoData: seedFulfillmentDemoData,
};
