import path from 'node:path';
import type { SubgraphDefinition } from '@oms/platform';
import { createInventoryContext, type InventoryContext } from './context.ts';
import { seedInventoryDemoData } from './demo-data.ts';
import { LocationSchema } from './entities/location.entity.ts';
import { SkuSchema } from './entities/sku.entity.ts';
import { StockLevelSchema } from './entities/stock-level.entity.ts';
import { resolvers } from './resolvers/index.ts';

export const inventorySubgraph: SubgraphDefinition<InventoryContext> = {
  name: 'inventory',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/inventory.graphql'),
  resolvers,
  entities: [LocationSchema, SkuSchema, StockLevelSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createInventoryContext,
  seedDemoData: seedInventoryDemoData,
};
