import { assertMayExportCustomerData } from '@oms/platform';
import type { CustomerDataExportResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { customerErasureCheck, exportCustomerOrders, exportedOrderIds } from '../domain/customer-data.service.ts';

/** This service's section of a person's data export (GDPR). */
export const customerDataExportResolvers: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, contactEmail: reference.contactEmail ?? null };
  },
  orders: (exported, _args, ctx) => exportCustomerOrders(ctx, exported.customerId, exported.contactEmail ?? null),
  orderIds: (exported, _args, ctx) => exportedOrderIds(ctx, exported.customerId, exported.contactEmail ?? null),
};

export const customerDataQueryResolvers: Pick<QueryResolvers, 'customerErasureCheck'> = {
  customerErasureCheck: (_root, { customerId, email }, ctx) => customerErasureCheck(ctx, customerId, email ?? null),
};
