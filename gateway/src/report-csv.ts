import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { REQUEST_ID_HEADER, sendJson, type Logger } from '@oms/platform';
import type { GatewayContext } from './context.ts';

const reportCsvQuery = (section: string) => `query ReportCsv($input: ReportInput!) { report(input: $input) { ${section} { csv } } }`;

/** The CSV exports: the report section each path downloads, and the query that reads it. */
const SECTIONS: Record<string, { section: 'sales' | 'fulfillment'; query: string }> = {
  '/reports/sales.csv': { section: 'sales', query: reportCsvQuery('sales') },
  '/reports/fulfillment.csv': { section: 'fulfillment', query: reportCsvQuery('fulfillment') },
};

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, THROTTLED: 429, SUBGRAPH_UNAVAILABLE: 503 };

/** A comma-separated query parameter as a list; absent: undefined (the input's default applies). */
function list(value: string | null): string[] | undefined {
  return value === null ? undefined : value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** The ReportInput of a download URL: the same fields as the GraphQL input, lists comma-separated. */
function reportInputOf(params: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = { from: params.get('from'), to: params.get('to') };
  const groupBy = list(params.get('groupBy'));
  const channels = list(params.get('channels'));
  if (groupBy) input['groupBy'] = groupBy;
  if (channels) input['channels'] = channels;
  for (const name of ['timeZone', 'currency'] as const) {
    const value = params.get(name);
    if (value !== null) input[name] = value;
  }
  const slaHours = params.get('slaHours');
  // Left as text when it is not a number: GraphQL's own coercion then refuses it as BAD_USER_INPUT.
  if (slaHours !== null) input['slaHours'] = /^\d{1,6}$/.test(slaHours) ? Number(slaHours) : slaHours;
  return input;
}

/**
 * `GET /reports/sales.csv?from=…&to=…&groupBy=DAY,CHANNEL&…` and `/reports/fulfillment.csv`: a
 * report section's CSV as a file download, for spreadsheets and scheduled exports. It runs
 * `Query.report` through this gateway's own pipeline, so authentication, authorization, limits and
 * quotas are exactly those of the GraphQL API; errors come back as JSON with their code.
 */
export function reportCsvRoute(options: {
  apollo: ApolloServer<GatewayContext>;
  /** The gateway's admission of an operation sent by this request (the same as for /graphql). */
  admit: (
    req: IncomingMessage,
    requestId: string,
    operation: { query: string; variables: Record<string, unknown> },
  ) => Promise<{ context: GatewayContext } | { refused: { status: number; body: unknown; headers?: Record<string, string> } }>;
  logger: Logger;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const download = SECTIONS[url.pathname];
    if (!download) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    if (req.method !== 'GET') {
      sendJson(res, 405, { error: 'report downloads accept GET only' }, { allow: 'GET' });
      return;
    }
    const { section, query } = download;
    const requestId = String(res.getHeader(REQUEST_ID_HEADER) ?? '');
    if (!req.headers['authorization'] && !req.headers['x-api-key']) {
      sendJson(res, 401, { errors: [{ message: 'Sign in, or send an API key, to download reports', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    const variables = { input: reportInputOf(url.searchParams) };
    const admitted = await options.admit(req, requestId, { query, variables });
    if ('refused' in admitted) {
      sendJson(res, admitted.refused.status, admitted.refused.body, admitted.refused.headers);
      return;
    }
    const response = await options.apollo.executeOperation({ query, variables }, { contextValue: admitted.context });
    if (response.body.kind !== 'single') throw new Error('a report query answers with a single result');
    const { data, errors } = response.body.singleResult;
    const report = (data as { report?: Record<string, { csv: string } | null> } | null | undefined)?.report;
    const csv = report?.[section]?.csv;
    if (errors?.length || typeof csv !== 'string') {
      const code = String(errors?.[0]?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR');
      sendJson(res, STATUS_OF_CODE[code] ?? 502, { errors: errors ?? [{ message: `The ${section} figures are unavailable`, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${section}-report.csv"`,
      'cache-control': 'no-store',
    });
    res.end(csv);
  };
}
