import { assertMayExportCustomerData } from '@oms/platform';
import type { CustomerDataExportResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { customerErasureCheck, exportCustomerOrders, exportedOrderIds } from '../domain/customer-data.service.ts';

/** This service's section of a person's data export (GDPR). */
export const customerDataExportResolvers: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, contactEmails: reference.contactEmails ?? [], contactValues: 'contactValues' in reference ? reference.contactValues : [] };
  },
  orders: (exported, _args, ctx) => exportCustomerOrders(ctx, exported.customerId, exported.contactEmails ?? [], exported.contactValues ?? []),
  orderIds: (exported, _args, ctx) => exportedOrderIds(ctx, exported.customerId, exported.contactEmails ?? []),
};

export const customerDataQueryResolvers: Pick<QueryResolvers, 'customerErasureCheck'> = {
  customerErasureCheck: (_root, { customerId, emails }, ctx) => customerErasureCheck(ctx, customerId, emails),
};
