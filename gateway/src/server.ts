import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { createErrorFormatter, createLogger, sendJson, ServiceClient, startHttpServer, type Logger } from '@oms/platform';
import { GraphQLError } from 'graphql';
import { SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from './config.ts';
import type { GatewayContext } from './context.ts';
import { Authenticator } from './security/authenticate.ts';
import { readAccessRequirements, supergraphForExecution } from './security/directives.ts';
import { OperationGuard } from './security/operation-guard.ts';
import { PersistedOperations } from './security/persisted-operations.ts';
import { securityPlugin } from './security/plugin.ts';
import { QuotaBuckets } from './security/quota.ts';
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
  const guard = new OperationGuard(planner.apiGraphQLSchema, readAccessRequirements(composedSupergraph), {
    maxDepth: limits.maxDepth,
    maxAliases: limits.maxAliases,
    maxDirectives: limits.maxDirectives,
    maxCost: limits.maxCost,
    defaultListSize: 10,
    maxListSize: 100,
  });
  const quotas = new QuotaBuckets(limits.quotaBucketPoints, limits.quotaRefillPerSecond);
  const persisted = new PersistedOperations(config.persistedOperationsPath);
  const anonymousRate = new QuotaBuckets(limits.anonymousBurst, limits.anonymousRequestsPerSecond);
  const authenticator = new Authenticator({
    jwtSecret: config.jwtSecret,
    jwksUrl: config.jwksUrl,
    jwksFile: config.jwksFile,
    identity: new ServiceClient({ service: 'gateway', url: config.subgraphUrls.customers, secret: config.internalSecret }),
    logger,
  });

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
      securityPlugin({ guard, quotas, authenticator, persisted }),
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
      maxBodyBytes: config.maxBodyBytes,
      maxQueryBytes: limits.maxQueryBytes,
      rewriteBody: (body) => persisted.expand(body),
      context: async (req: IncomingMessage, requestId: string) => {
        const clientIp = clientIpOf(req, config.trustProxy);
        const principal = await authenticator.authenticate(header(req.headers['authorization']), header(req.headers['x-api-key']));
        if (principal.kind === 'anonymous') {
          const taken = anonymousRate.take(`ip:${clientIp}`, 1);
          if (!taken.ok) {
            throw new GraphQLError(`Too many requests: retry in ${taken.retryAfterSeconds} s, or authenticate`, {
              extensions: { code: 'THROTTLED', retryAfter: taken.retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(taken.retryAfterSeconds)]]) } },
            });
          }
        }
        return { principal, requestId, clientIp, logger: logger.child({ requestId }) };
      },
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
        authenticate: async (req) => ({
          principal: await authenticator.authenticate(header(req.headers['authorization']), header(req.headers['x-api-key'])),
          clientIp: clientIpOf(req, config.trustProxy),
        }),
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
    authenticate: (params) => {
      const value = (name: string) => {
        const found = params?.[name];
        return typeof found === 'string' ? found : undefined;
      };
      return authenticator.authenticate(value('authorization') ?? value('Authorization'), value('apiKey') ?? value('x-api-key'));
    },
    checkOperation: (document, principal, variables, query) => {
      const notPersisted = persisted.check(query, principal.kind === 'partner' && principal.persistedOperationsOnly);
      if (notPersisted) return [notPersisted];
      const { errors, cost } = guard.check(document, undefined, variables, principal);
      if (errors.length > 0 || principal.kind !== 'partner') return errors;
      const taken = quotas.take(`key:${principal.keyId}`, cost);
      return taken.ok
        ? []
        : [new GraphQLError(`Quota exceeded for this API key: retry in ${taken.retryAfterSeconds} s`, { extensions: { code: 'THROTTLED', retryAfter: taken.retryAfterSeconds } })];
    },
  });
  logger.info({ url: http.url }, 'gateway ready');
  return {
    url: http.url,
    port: http.port,
    close: async () => {
      await stopSubscriptions();
      await upstream.close();
      await authenticator.flushUsage();
      await http.close();
      await apollo.stop();
    },
  };
}
