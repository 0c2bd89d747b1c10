import type { CustomerDataExportResolvers, ErasureConfirmationResolvers, ErasureRequestResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { exportCustomerSection, startCustomerDataExport } from '../domain/customer-data-export.service.ts';
import { findErasureRequest, requestCustomerErasure } from '../domain/customer-erasure.service.ts';
import { assertMayExportCustomerData } from '@oms/platform';

/** GDPR: the data export (this service's section) and erasure requests. */
export const customerDataMutationResolvers: Pick<MutationResolvers, 'exportCustomerData' | 'eraseCustomer'> = {
  exportCustomerData: (_root, { customerId }, ctx) => startCustomerDataExport(ctx, customerId),
  eraseCustomer: (_root, { customerId, reason }, ctx) => requestCustomerErasure(ctx, customerId, reason),
};

export const customerDataQueryResolvers: Pick<QueryResolvers, 'erasureRequest'> = {
  erasureRequest: (_root, { id }, ctx) => findErasureRequest(ctx, id),
};

export const customerDataExportResolvers: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, generatedAt: new Date() };
  },
  contactEmail: async (exported, _args, ctx) => (await ctx.loaders.customerById.load(exported.customerId))?.email.toLowerCase() ?? null,
  customers: (exported, _args, ctx) => exportCustomerSection(ctx, exported.customerId),
};

export const erasureRequestResolvers: ErasureRequestResolvers = {
  id: ({ request }) => request.id,
  customerId: ({ request }) => request.customerId,
  status: ({ request }) => request.status,
  reason: ({ request }) => request.reason,
  requestedBy: ({ request }) => request.requestedBy,
  requestedAt: ({ request }) => request.requestedAt,
  completedAt: ({ request }) => request.completedAt ?? null,
  subgraphs: ({ confirmations }) => confirmations,
};

export const erasureConfirmationResolvers: ErasureConfirmationResolvers = {
  name: (confirmation) => confirmation.subgraph,
  confirmedAt: (confirmation) => confirmation.confirmedAt ?? null,
};
