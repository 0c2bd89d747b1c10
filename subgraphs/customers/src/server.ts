import path from 'node:path';
import type { SubgraphDefinition } from '@oms/platform';
import { createCustomersContext, type CustomersContext } from './context.ts';
import { seedCustomersDemoData } from './demo-data.ts';
import { CustomerAddressSchema } from './entities/customer-address.entity.ts';
import { CustomerSchema } from './entities/customer.entity.ts';
import { resolvers } from './resolvers/index.ts';

export const customersSubgraph: SubgraphDefinition<CustomersContext> = {
  name: 'customers',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/customers.graphql'),
  resolvers,
  entities: [CustomerSchema, CustomerAddressSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createCustomersContext,
  seedDemoData: seedCustomersDemoData,
};
