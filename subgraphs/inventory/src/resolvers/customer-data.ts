import { assertMayExportCustomerData } from '@oms/platform';
import type { CustomerDataExportResolvers } from '../__generated__/resolvers-types.ts';
import { exportCustomerInventory } from '../domain/customer-data.service.ts';

/** This service's section of a person's data export (GDPR), about the orders the orders service names. */
export const CustomerDataExport: CustomerDataExportResolvers = {
  __resolveReference: (reference, ctx) => {
    assertMayExportCustomerData(ctx.principal, reference.customerId);
    return { customerId: reference.customerId, orderIds: reference.orderIds ?? [], contactValues: reference.contactValues ?? [] };
  },
  inventory: (exported, _args, ctx) => exportCustomerInventory(ctx, exported.customerId, exported.orderIds ?? [], exported.contactValues ?? []),
};
