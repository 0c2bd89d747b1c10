import type { FulfillmentReportResolvers, ReportResolvers } from '../__generated__/resolvers-types.ts';
import { fulfillmentCsv, fulfillmentReport, reportByKey } from '../domain/report.service.ts';

export const reportResolvers: ReportResolvers = {
  __resolveReference: ({ key }, ctx) => reportByKey(ctx.principal, key),
  fulfillment: (report, _args, ctx) => fulfillmentReport(ctx, report.parameters),
};

export const fulfillmentReportResolvers: FulfillmentReportResolvers = {
  csv: (report) => fulfillmentCsv(report),
};
