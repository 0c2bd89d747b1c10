import type { CustomerDataExportResolvers, ErasureConfirmationResolvers, ErasureRequestResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { exportCustomerSection, startCustomerDataExport } from '../domain/customer-data-export.service.ts';
import { erasureSubject, findErasureRequest, requestCustomerErasure } from '../domain/customer-erasure.service.ts';
import { identifiersOf, identifierValues } from '../domain/customer-identifiers.ts';
import { assertMayExportCustomerData } from '@oms/platform';

/** GDPR: the data export (this service's section) and erasure requests. */
export const customerDataMutationResolvers: Pick<MutationResolvers, 'exportCustomerData' | 'eraseCustomer'> = {
  exportCustomerData: (_root, { customerId }, ctx) => startCustomerDataExport(ctx, customerId),
  eraseCustomer: (_root, { customerId, reason }, ctx) => requestCustomerErasure(ctx, customerId, reason),
};

export const customerDataQueryResolvers: Pick<QueryResolvers, 'erasureRequest' | 'customerErasureSubject'> = {
  erasureRequest: (_root, { id }, ctx) => findErasureRequest(ctx, id),
  customerErasureSubject: (_root, { requestId }, ctx) => erasureSubject(ctx, requestId),
};

export const customerDataExportResolvers: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, generatedAt: new Date() };
  },
  contactEmails: async (exported, _args, ctx) => (await identifiersOf(ctx.em, exported.customerId)).emails,
  contactValues: async (exported, _args, ctx) => identifierValues(await identifiersOf(ctx.em, exported.customerId)),
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
