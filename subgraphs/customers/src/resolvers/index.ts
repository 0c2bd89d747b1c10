import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { DateTimeScalar } from '@oms/platform';
import { findCustomer } from '../domain/customer.service.ts';
import {
  customerCareMutationResolvers,
  customerCareQueryResolvers,
  customerCaseResolvers,
  customerResolvers,
  customerSegmentMembershipResolvers,
  customerSegmentResolvers,
  interactionResolvers,
} from './customer-care.ts';
import {
  customerDataExportResolvers,
  customerDataMutationResolvers,
  customerDataQueryResolvers,
  erasureConfirmationResolvers,
  erasureRequestResolvers,
} from './customer-data.ts';
import { JSONScalar } from './json.scalar.ts';
import {
  messagingMutationResolvers,
  messagingQueryResolvers,
  notificationResolvers,
  webhookEventDeliveryResolvers,
  webhookSubscriptionResolvers,
} from './messaging.ts';
import { mutationResolvers } from './mutation.ts';
import { queryResolvers } from './query.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: { ...queryResolvers, ...messagingQueryResolvers, ...customerCareQueryResolvers, ...customerDataQueryResolvers },
  Mutation: { ...mutationResolvers, ...messagingMutationResolvers, ...customerCareMutationResolvers, ...customerDataMutationResolvers },
  Customer: customerResolvers,
  Interaction: interactionResolvers,
  CustomerCase: customerCaseResolvers,
  CustomerSegment: customerSegmentResolvers,
  CustomerSegmentMembership: customerSegmentMembershipResolvers,
  Viewer: {
    customer: (viewer, _args, ctx) => (viewer.kind === 'CUSTOMER' && viewer.id ? findCustomer(ctx, viewer.id) : null),
  },
  ApiKey: {
    prefix: (key) => `oms_${key.prefix}`,
  },
  Notification: notificationResolvers,
  WebhookSubscription: webhookSubscriptionResolvers,
  WebhookEventDelivery: webhookEventDeliveryResolvers,
  CustomerDataExport: customerDataExportResolvers,
  ErasureRequest: erasureRequestResolvers,
  ErasureConfirmation: erasureConfirmationResolvers,
};
