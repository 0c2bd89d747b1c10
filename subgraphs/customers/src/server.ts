import path from 'node:path';
import { OutboxEventSchema, type SubgraphDefinition } from '@oms/platform';
import { createCustomersContext, type CustomersContext } from './context.ts';
import { seedCustomersDemoData } from './demo-data.ts';
import { CustomerAddressSchema } from './entities/customer-address.entity.ts';
import { ApiKeySchema } from './entities/api-key.entity.ts';
import { AuditEntrySchema } from './entities/audit-entry.entity.ts';
import { CustomerSchema } from './entities/customer.entity.ts';
import { StaffMemberSchema } from './entities/staff-member.entity.ts';
import { resolvers } from './resolvers/index.ts';
import { startAuditLogWorker } from './workers/audit-log.worker.ts';

export const customersSubgraph: SubgraphDefinition<CustomersContext> = {
  name: 'customers',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/customers.graphql'),
  resolvers,
  entities: [CustomerSchema, CustomerAddressSchema, ApiKeySchema, StaffMemberSchema, AuditEntrySchema, OutboxEventSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createCustomersContext,
  seedDemoData: seedCustomersDemoData,
  workers: [startAuditLogWorker],
};
