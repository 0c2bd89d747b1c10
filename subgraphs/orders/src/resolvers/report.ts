import type { QueryResolvers, ReportResolvers, SalesReportResolvers } from '../__generated__/resolvers-types.ts';
import { openReport, reportByKey, salesCsv, salesReport } from '../domain/report.service.ts';

export const reportQueryResolvers: Pick<QueryResolvers, 'report'> = {
  report: (_root, { input }, ctx) => openReport(ctx, input),
};

export const reportResolvers: ReportResolvers = {
  __resolveReference: ({ key }, ctx) => reportByKey(ctx.principal, key),
  from: (report) => report.parameters.from,
  to: (report) => report.parameters.to,
  groupBy: (report) => [...report.parameters.groupBy],
  channels: (report) => [...report.parameters.channels],
  timeZone: (report) => report.parameters.timeZone,
  currency: (report) => report.parameters.currency,
  sales: (report, _args, ctx) => salesReport(ctx, report.parameters),
};

export const salesReportResolvers: SalesReportResolvers = {
  csv: (report) => salesCsv(report),
};
