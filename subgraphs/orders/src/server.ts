import path from 'node:path';
import type { SubgraphDefinition } from '@oms/platform';
import { createOrdersContext, type OrdersContext } from './context.ts';
import { seedOrdersDemoData } from './demo-data.ts';
import { OrderLineSchema } from './entities/order-line.entity.ts';
import { OrderSchema } from './entities/order.entity.ts';
import { resolvers } from './resolvers/index.ts';

export const ordersSubgraph: SubgraphDefinition<OrdersContext> = {
  name: 'orders',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/orders.graphql'),
  resolvers,
  entities: [OrderSchema, OrderLineSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createOrdersContext,
  seedDemoData: seedOrdersDemoData,
};
