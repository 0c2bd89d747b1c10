import { assertMayExportCustomerData } from '@oms/platform';
import type { CustomerDataExportResolvers } from '../__generated__/resolvers-types.ts';
import { exportCustomerFulfillment } from '../domain/customer-data.service.ts';

/** This service's section of a person's data export (GDPR). */
export const customerDataExportResolvers: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, orderIds: reference.orderIds ?? [], contactValues: reference.contactValues ?? [] };
  },
  fulfillment: (exported, _args, ctx) => exportCustomerFulfillment(ctx, exported.customerId, exported.orderIds ?? [], exported.contactValues ?? []),
};
