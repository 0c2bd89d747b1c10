import path from 'node:path';
import { OutboxEventSchema, ProcessedEventSchema, type SubgraphDefinition } from '@oms/platform';
import { createCustomersContext, type CustomersContext } from './context.ts';
import { seedCustomersDemoData } from './demo-data.ts';
import { CustomerAddressSchema } from './entities/customer-address.entity.ts';
import { ApiKeySchema } from './entities/api-key.entity.ts';
import { AuditEntrySchema } from './entities/audit-entry.entity.ts';
import { CustomerSchema } from './entities/customer.entity.ts';
import { StaffMemberSchema } from './entities/staff-member.entity.ts';
import { CustomerCaseSchema } from './entities/customer-case.entity.ts';
import { CustomerNoteSchema } from './entities/customer-note.entity.ts';
import { CustomerSegmentAssignmentSchema } from './entities/customer-segment-assignment.entity.ts';
import { CustomerSegmentSchema } from './entities/customer-segment.entity.ts';
import { InteractionSchema } from './entities/interaction.entity.ts';
import { MarketingConsentSchema } from './entities/marketing-consent.entity.ts';
import { NotificationSchema } from './entities/notification.entity.ts';
import { OrderContactSchema } from './entities/order-contact.entity.ts';
import { WebhookAttemptSchema } from './entities/webhook-attempt.entity.ts';
import { WebhookDeliverySchema } from './entities/webhook-delivery.entity.ts';
import { WebhookSubscriptionSchema } from './entities/webhook-subscription.entity.ts';
import { resolvers } from './resolvers/index.ts';
import { startAuditLogWorker } from './workers/audit-log.worker.ts';
import { startNotificationWorker } from './workers/notifications.worker.ts';
import { startWebhookWorker } from './workers/webhooks.worker.ts';
import { ErasureConfirmationSchema, ErasureRequestSchema } from './entities/erasure-request.entity.ts';
import { startCustomerErasureWorker } from './workers/customer-erasure.worker.ts';
import { startRetentionWorker } from './workers/retention.worker.ts';
import { CUSTOMERS_PERSONAL_DATA } from './entities/personal-data.register.ts';
import { CustomerIdentifierSchema } from './entities/customer-identifier.entity.ts';

export const customersSubgraph: SubgraphDefinition<CustomersContext> = {
  name: 'customers',
  schemaPath: path.resolve(import.meta.dirname, '../../../schema/customers.graphql'),
  resolvers,
  personalData: CUSTOMERS_PERSONAL_DATA,
  entities: [CustomerSchema, CustomerAddressSchema, ApiKeySchema, StaffMemberSchema, AuditEntrySchema, OutboxEventSchema,
    // Notifications and webhooks
    NotificationSchema, OrderContactSchema, WebhookSubscriptionSchema, WebhookDeliverySchema, WebhookAttemptSchema, ProcessedEventSchema,
    // Customer care
    MarketingConsentSchema, CustomerNoteSchema, CustomerSegmentSchema, CustomerSegmentAssignmentSchema, CustomerCaseSchema, InteractionSchema,
    // GDPR
    ErasureRequestSchema, ErasureConfirmationSchema, CustomerIdentifierSchema],
  migrationsPath: path.resolve(import.meta.dirname, 'migrations'),
  createContext: createCustomersContext,
  seedDemoData: seedCustomersDemoData,
  workers: [startAuditLogWorker, startNotificationWorker, startWebhookWorker, startCustomerErasureWorker, startRetentionWorker],
};
