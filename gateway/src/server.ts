import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { createErrorFormatter, createLogger, sendJson, ServiceClient, startHttpServer, type Logger } from '@oms/platform';
import type { GraphQLError } from 'graphql';
import { DirectiveAuthorization } from './admission/authorization.ts';
import { CostCalculator, readCostDeclarations } from './admission/cost.ts';
import { AdmissionPipeline, type Refused } from './admission/pipeline.ts';
import { Quotas } from './admission/quota.ts';
import { AdmissionWorker } from './admission/worker.ts';
import { SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from './config.ts';
import type { GatewayContext } from './context.ts';
import { Authenticator } from './security/authenticate.ts';
import { readAccessRequirements, supergraphForExecution } from './security/directives.ts';
import { PersistedOperations } from './security/persisted-operations.ts';
import { securityPlugin } from './security/plugin.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';
import { forwardWebhooks } from './webhooks.ts';
import { reportCsvRoute } from './report-csv.ts';
import { CONSOLE_PATH, serveConsole } from './console.ts';
import { SubscriptionEngine } from './subscriptions/engine.ts';
import { SubscriptionPlanner } from './subscriptions/planner.ts';
import { serveGatewaySubscriptions } from './subscriptions/server.ts';
import { UpstreamConnections } from './subscriptions/upstream.ts';

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = '/readyz';
  return url.toString();
}

async function subgraphReadiness(urls: Record<SubgraphName, string>): Promise<Record<SubgraphName, string>> {
  const checks = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      try {
        const response = await fetch(readinessUrl(urls[name]), { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return [name, 'ready'] as const;
        const body = (await response.json().catch(() => ({}))) as { database?: unknown };
        return [name, body.database === 'down' ? 'database down' : `not ready (HTTP ${response.status})`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return Object.fromEntries(checks) as Record<SubgraphName, string>;
}

/** Codes a subgraph or the gateway's planner sends on purpose; everything else is masked. */
const PASS_THROUGH_CODES = new Set([
  'SUBGRAPH_UNAVAILABLE',
  'DOWNSTREAM_SERVICE_ERROR',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'THROTTLED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_OPERATION_REQUIRED',
]);

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? header(req.headers['x-forwarded-for'])?.split(',')[0]?.trim() : undefined;
  return forwarded || req.socket.remoteAddress || 'unknown';
}

export async function startGateway(config: GatewayConfig, logger: Logger = createLogger('gateway')): Promise<RunningGateway> {
  const composedSupergraph = readFileSync(config.supergraphPath, 'utf8');
  const supergraphSdl = supergraphForExecution(composedSupergraph);
  const dataSourceFor = (name: string) =>
    new SubgraphDataSource({
      name,
      url: config.subgraphUrls[name as SubgraphName],
      internalSecret: config.internalSecret,
      timeoutMs: config.subgraphTimeoutMs,
    });
  const gateway = new ApolloGateway({ supergraphSdl, buildService: ({ name }) => dataSourceFor(name), logger });
  const formatError = createErrorFormatter(logger, (formatted) => {
    const code = formatted.extensions?.['code'];
    // Subgraphs mask their own unexpected errors; what they send is meant for the client.
    return formatted.extensions?.['serviceName'] !== undefined || (typeof code === 'string' && PASS_THROUGH_CODES.has(code));
  });

  const planner = new SubscriptionPlanner(supergraphSdl);
  const { limits } = config;
  const persisted = new PersistedOperations(config.persistedOperationsPath);
  const authenticator = new Authenticator({
    jwtSecret: config.jwtSecret,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    jwksUrl: config.jwksUrl,
    jwksFile: config.jwksFile,
    jwksIssuer: config.jwksIssuer,
    identity: new ServiceClient({ service: 'gateway', callee: 'customers', url: config.subgraphUrls.customers, secret: config.internalSecret }),
    logger,
  });
  const quotas = await Quotas.open(config.quotaStore, config.quotas, logger);
  const worker = await AdmissionWorker.start(planner.apiGraphQLSchema, limits, config.production);
  const admission = new AdmissionPipeline({
    schema: planner.apiGraphQLSchema,
    production: config.production,
    limits: { ...limits, listItemCaps: { 'InventoryFeedInput.lines': limits.maxFeedLines } },
    authorization: new DirectiveAuthorization(planner.apiGraphQLSchema, readAccessRequirements(composedSupergraph)),
    cost: new CostCalculator(planner.apiGraphQLSchema, readCostDeclarations(composedSupergraph), {
      maxCost: limits.maxCost,
      defaultListSize: limits.defaultListSize,
      mutationWeight: 10,
    }),
    quotas,
    persisted,
    worker,
  });
  /** A refusal as the client receives it: errors formatted like any other, the HTTP status beside. */
  const refusalBody = (refused: Refused) => ({
    errors: refused.errors.map((error: GraphQLError) => formatError(error.toJSON(), error)),
  });
  const hasCredentials = (req: IncomingMessage) => Boolean(req.headers['authorization'] || req.headers['x-api-key']);
  const admitHttp = async (
    req: IncomingMessage,
    requestId: string,
    operation: { query: unknown; operationName?: unknown; variables: unknown; fullVariables?: () => unknown; requestCounted?: boolean },
  ) => {
    const clientIp = clientIpOf(req, config.trustProxy);
    const admitted = await admission.admit({
      ...operation,
      operationName: operation.operationName,
      clientIp,
      credentials: hasCredentials(req),
      identify: () => authenticator.identify(header(req.headers['authorization']), header(req.headers['x-api-key'])),
    });
    if (!admitted.ok) return { refused: { status: admitted.status, body: refusalBody(admitted), ...(admitted.headers ? { headers: admitted.headers } : {}) } };
    const context: GatewayContext = { principal: admitted.identity.principal, requestId, clientIp, logger: logger.child({ requestId }), cost: admitted.cost };
    return { context };
  };

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    logger,
    formatError,
    plugins: [
      securityPlugin({ authenticator }),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, includeCookies: false }),
    ],
  });
  await apollo.start();
  const consoleFiles = serveConsole(config.consoleDir, logger);

  const http = await startHttpServer<GatewayContext>({
    name: 'gateway',
    port: config.port,
    host: config.host,
    logger,
    graphql: {
      apollo,
      path: '/graphql',
      maxBodyBytes: (req) => (hasCredentials(req) ? config.maxBodyBytes : config.anonymousMaxBodyBytes),
      maxQueryBytes: limits.maxQueryBytes,
      rewriteBody: (body) => persisted.expand(body),
      context: () => Promise.reject(new Error('every operation is admitted first')),
      // An address over its request rate is refused before its body is read.
      beforeBody: async (req) => {
        const refused = await admission.countRequest({ clientIp: clientIpOf(req, config.trustProxy), credentials: hasCredentials(req) });
        return refused && { status: refused.status, body: refusalBody(refused), ...(refused.headers ? { headers: refused.headers } : {}) };
      },
      // A list longer than any cap but the feeds' is refused for its length before the body is built.
      elideLists: { fromBytes: 64 * 1024, longerThan: limits.maxListItems, findLongLists: (body) => worker.findLongLists(body, limits.maxListItems) },
      admit: ({ req, requestId, ...operation }) => admitHttp(req, requestId, { ...operation, requestCounted: true }),
    },
    routes: {
      '/': (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(302, { location: '/graphql' });
        res.end();
      },
      '/healthz': (_req: IncomingMessage, res: ServerResponse) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      [CONSOLE_PATH]: consoleFiles,
      [`${CONSOLE_PATH}/*`]: consoleFiles,
      '/webhooks/*': forwardWebhooks(config.subgraphUrls.fulfillment, logger),
      '/reports/*': reportCsvRoute({
        apollo,
        admit: admitHttp,
        logger,
      }),
      '/readyz': async (_req: IncomingMessage, res: ServerResponse) => {
        const subgraphs = await subgraphReadiness(config.subgraphUrls);
        const ready = Object.values(subgraphs).every((state) => state === 'ready');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
      },
    },
  });

  const upstream = new UpstreamConnections(config.subgraphUrls, config.internalSecret, logger);
  const engine = new SubscriptionEngine({
    planner,
    upstream,
    dataSources: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, dataSourceFor(name)])),
    formatError,
    logger,
    queueSize: config.subscriptionQueueSize,
  });
  const stopSubscriptions = serveGatewaySubscriptions({
    server: http.server,
    path: '/graphql',
    engine,
    planner,
    apollo,
    logger,
    clientIpOf: (req) => clientIpOf(req, config.trustProxy),
    identify: (params) => {
      const value = (name: string) => {
        const found = params?.[name];
        return typeof found === 'string' ? found : undefined;
      };
      return authenticator.identify(value('authorization') ?? value('Authorization'), value('apiKey') ?? value('x-api-key'));
    },
    admit: (request) => admission.admit(request),
    reauthenticateMs: config.subscriptionReauthMs,
  });
  logger.info({ url: http.url }, 'gateway ready');
  return {
    url: http.url,
    port: http.port,
    close: async () => {
      await stopSubscriptions();
      await upstream.close();
      await authenticator.flushUsage();
      await quotas.close();
      await worker.close();
      await http.close();
      await apollo.stop();
    },
  };
}
