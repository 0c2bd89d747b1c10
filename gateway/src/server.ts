import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ANONYMOUS, createErrorFormatter, createLogger, sendJson, startHttpServer, type Logger } from '@oms/platform';
import { SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from './config.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';
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
        return [name, response.ok ? 'ready' : `not ready (HTTP ${response.status})`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return Object.fromEntries(checks) as Record<SubgraphName, string>;
}

/** Codes a subgraph or the gateway's planner sends on purpose; everything else is masked. */
const PASS_THROUGH_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'DOWNSTREAM_SERVICE_ERROR']);

export async function startGateway(config: GatewayConfig, logger: Logger = createLogger('gateway')): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
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

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    logger,
    formatError,
    plugins: [
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, includeCookies: false }),
    ],
  });
  await apollo.start();

  const http = await startHttpServer<GatewayContext>({
    name: 'gateway',
    port: config.port,
    host: config.host,
    logger,
    graphql: {
      apollo,
      path: '/graphql',
      maxBodyBytes: config.maxBodyBytes,
      context: async (_req: IncomingMessage, requestId: string) => ({
        principal: ANONYMOUS,
        requestId,
        logger: logger.child({ requestId }),
      }),
    },
    routes: {
      '/': (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(302, { location: '/graphql' });
        res.end();
      },
      '/healthz': (_req: IncomingMessage, res: ServerResponse) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      '/readyz': async (_req: IncomingMessage, res: ServerResponse) => {
        const subgraphs = await subgraphReadiness(config.subgraphUrls);
        const ready = Object.values(subgraphs).every((state) => state === 'ready');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
      },
    },
  });
  const planner = new SubscriptionPlanner(supergraphSdl);
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
    authenticate: async () => ANONYMOUS,
  });
  logger.info({ url: http.url }, 'gateway ready');
  return {
    url: http.url,
    port: http.port,
    close: async () => {
      await stopSubscriptions();
      await upstream.close();
      await http.close();
      await apollo.stop();
    },
  };
}
