import type { PersonalDataRegister } from './personal-data-register.ts';
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import type { Logger } from 'pino';
import { DEVELOPMENT_JWT_SECRET } from './config.ts';
import { createErrorFormatter } from './errors.ts';
import { sendJson, startHttpServer, type RouteHandler, type RunningHttpServer } from './http.ts';
import { createLogger } from './logger.ts';
import { migrateSubgraph, openSubgraphOrm, type EntityManager, type MikroORM, type SubgraphOrmOptions } from './orm.ts';
import { operationBinding, PRINCIPAL_HEADER, SIGNATURE_HEADER, verifyPrincipal, type Principal } from './principal.ts';
import { ServiceClient } from './service-client.ts';
import pg from 'pg';
import { installOutboxTrigger, startOutboxRelay, type EventBus } from './bus/index.ts';
import { OutboxEventSchema } from './outbox.ts';
import { LiveEventHub } from './live-events.ts';
import { serveSubscriptions } from './subscription-server.ts';

/** What every subgraph request starts from; each subgraph adds its loaders and services. */
export interface RequestContext {
  readonly em: EntityManager;
  readonly principal: Principal;
  readonly requestId: string;
  readonly logger: Logger;
  /** Clients for synchronous internal calls to other services (signed as this service). */
  readonly services: ServiceDirectory;
  /** Live events from the bus, for subscription resolvers; undefined when the service runs without a bus. */
  readonly live: LiveEventHub | undefined;
  /** The caller's address as the gateway saw it (for the audit log). */
  readonly clientIp: string | undefined;
  /** Secret for the HS256 bearer tokens the OMS issues (staff sign-in) and the gateway verifies. */
  readonly jwtSecret: string;
}

/** Where the other services are; resolved at call time so services may start in any order. */
export class ServiceDirectory {
  readonly #clients = new Map<string, ServiceClient>();
  readonly #urls: Map<string, string>;
  readonly #self: string;
  readonly #secret: string;

  constructor(self: string, secret: string, urls: Record<string, string> = {}) {
    this.#self = self;
    this.#secret = secret;
    this.#urls = new Map(Object.entries(urls));
  }

  setUrl(service: string, url: string): void {
    this.#urls.set(service, url);
    this.#clients.delete(service);
  }

  client(service: string): ServiceClient {
    let client = this.#clients.get(service);
    if (!client) {
      const url = this.#urls.get(service);
      if (!url) throw new Error(`No URL configured for the ${service} service`);
      client = new ServiceClient({ service: this.#self, callee: service, url, secret: this.#secret });
      this.#clients.set(service, client);
    }
    return client;
  }
}

/** Background work a subgraph runs beside its HTTP server (sweepers, relays); returns its stop. */
export type WorkerStarter = (context: {
  orm: MikroORM;
  logger: Logger;
  services: ServiceDirectory;
  bus: EventBus | undefined;
}) => () => Promise<void>;

export interface SubgraphDefinition<C extends RequestContext> {
  name: string;
  /** Path of the subgraph's SDL file (`schema/<name>.graphql`). */
  schemaPath: string;
  // Generated resolver maps are stricter than what buildSubgraphSchema declares.
  resolvers: object;
  entities: SubgraphOrmOptions['entities'];
  /** The register of personal data of the subgraph's schema (what erasure and export cover). */
  personalData: PersonalDataRegister;
  migrationsPath: string;
  createContext(base: RequestContext): C;
  /** Loads the subgraph's share of the demo data when its tables are empty. */
  seedDemoData?(em: EntityManager, logger: Logger): Promise<void>;
  /** Background workers, started after the server (unless the runtime turns them off). */
  workers?: WorkerStarter[];
  /**
   * Extra HTTP routes beside GraphQL (e.g. `/webhooks/carriers/*` for carrier callbacks). The
   * gateway forwards `/webhooks/*` to the fulfillment service; other services' routes are internal.
   */
  routes?: (context: { orm: MikroORM; logger: Logger; bus: EventBus | undefined }) => Record<string, RouteHandler>;
}

export interface SubgraphRuntimeOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  internalSecret: string;
  /** Defaults to the development secret (refused in production by the configuration). */
  jwtSecret?: string;
  logger?: Logger;
  migrate?: boolean;
  seedDemoData?: boolean;
  poolSize?: number;
  onQuery?: (sql: string) => void;
  /** URLs of the other services this one calls; more can be added later with `services.setUrl`. */
  serviceUrls?: Record<string, string>;
  /** Start the definition's background workers (default true). */
  runWorkers?: boolean;
  /** The event bus: the outbox relay publishes to it, workers and subscriptions read from it. */
  bus?: EventBus;
}

export interface RunningSubgraph {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly orm: MikroORM;
  readonly services: ServiceDirectory;
  readonly bus: EventBus | undefined;
  /** GraphQL requests this service has received over HTTP. */
  readonly graphqlRequests: number;
  close(): Promise<void>;
}

/** Whether the database answers a trivial query within 2 s (a restarting server may hang a connect). */
async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 2_000);
  });
  const answer = orm.em
    .getConnection()
    .execute('select 1')
    .then(() => true, () => false);
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function startSubgraph<C extends RequestContext>(
  definition: SubgraphDefinition<C>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const services = new ServiceDirectory(definition.name, options.internalSecret, options.serviceUrls);
  const orm = await openSubgraphOrm({
    schema: definition.name,
    clientUrl: options.databaseUrl,
    entities: definition.entities,
    migrationsPath: definition.migrationsPath,
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  try {
    if (options.migrate ?? true) await migrateSubgraph(orm, definition.name);
    if (options.seedDemoData && definition.seedDemoData) await definition.seedDemoData(orm.em.fork(), logger);

    const typeDefs = parse(readFileSync(definition.schemaPath, 'utf8'));
    const schema = buildSubgraphSchema([{ typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<C> }]);
    const live = options.bus ? new LiveEventHub(options.bus) : undefined;
    const contextFor = (principal: Principal, requestId: string, clientIp?: string): C =>
      definition.createContext({
        em: orm.em.fork(),
        principal,
        requestId,
        logger: logger.child({ requestId }),
        services,
        live,
        clientIp,
        jwtSecret: options.jwtSecret ?? DEVELOPMENT_JWT_SECRET,
      });
    const formatError = createErrorFormatter(logger);
    const apollo = new ApolloServer<C>({
      schema,
      formatError,
      includeStacktraceInErrorResponses: false,
      plugins: [ApolloServerPluginLandingPageDisabled()],
      logger,
    });
    await apollo.start();

    const http: RunningHttpServer = await startHttpServer<C>({
      name: `${definition.name} subgraph`,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      logger,
      graphql: {
        apollo,
        context: async (req, requestId, operation) => {
          const verified = verifyPrincipal(header(req.headers[PRINCIPAL_HEADER]), header(req.headers[SIGNATURE_HEADER]), options.internalSecret, {
            audience: definition.name,
            operation: operationBinding(operation.query, operation.variables),
          });
          if (!verified.ok) {
            throw new GraphQLError(`Request refused: ${verified.reason}. Call the OMS through its gateway.`, {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          return contextFor(verified.principal, requestId, verified.clientIp);
        },
      },
      routes: {
        '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: definition.name }),
        ...definition.routes?.({ orm, logger, bus: options.bus }),
        '/readyz': async (_req, res) => {
          const ok = await databaseAnswers(orm);
          sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable', service: definition.name, database: ok ? 'up' : 'down' });
        },
      },
    });
    const stopSubscriptions = schema.getSubscriptionType()
      ? serveSubscriptions({ server: http.server, schema, service: definition.name, secret: options.internalSecret, logger, contextFor, formatError })
      : undefined;
    const { bus } = options;
    const stopWorkers =
      options.runWorkers === false ? [] : (definition.workers ?? []).map((start) => start({ orm, logger, services, bus }));
    if (bus && definition.entities.includes(OutboxEventSchema)) {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      await installOutboxTrigger(client, definition.name).finally(() => client.end());
      stopWorkers.push(await startOutboxRelay({ databaseUrl: options.databaseUrl, schema: definition.name, bus, logger }));
    }
    logger.info({ url: http.url }, `${definition.name} subgraph ready`);
    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      orm,
      services,
      bus,
      get graphqlRequests() {
        return http.graphqlRequests;
      },
      // Graceful: subscribers told why, no new requests, those in flight answered, workers stopped
      // between batches, then the database connections closed.
      close: async () => {
        await stopSubscriptions?.();
        await http.close();
        await live?.close();
        await Promise.all(stopWorkers.map((stop) => stop()));
        await apollo.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
