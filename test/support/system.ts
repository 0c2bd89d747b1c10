import { inject } from 'vitest';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@oms/gateway';
import {
  connectEventBus,
  createIsolatedDatabase,
  createLogger,
  DEVELOPMENT_INTERNAL_SECRET,
  startSubgraph,
  StatementCounter,
  type EventBus,
  type RunningSubgraph,
} from '@oms/platform';
import { SUBGRAPH_DEFINITIONS } from '../../scripts/subgraphs.ts';

export type ServiceName = keyof typeof SUBGRAPH_DEFINITIONS;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestSystem {
  readonly gatewayUrl: string;
  readonly databaseUrl: string;
  readonly statements: StatementCounter;
  readonly bus: EventBus;
  readonly subgraphs: Record<ServiceName, RunningSubgraph>;
  /**
   * Posts an operation to the gateway. `auth` is a bearer token (staff or customer JWT) or a
   * partner API key (`oms_…`); without it the caller is anonymous.
   */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: string): Promise<GraphQLResponse<T>>;
  stopSubgraph(name: ServiceName): Promise<void>;
  close(): Promise<void>;
}

export interface TestSystemOptions {
  /** Load the demo data into empty tables (default true). */
  seedDemoData?: boolean;
  runWorkers?: boolean;
  /** The event bus on NATS JetStream instead of PostgreSQL. */
  natsUrl?: string;
  gatewayEnv?: NodeJS.ProcessEnv;
  /**
   * Run on this existing database (e.g. another test system's, for a second instance of every
   * service) instead of a new isolated one; it is neither created nor dropped by this system.
   */
  databaseUrl?: string;
  /** The secret signing principals between the gateway and the subgraphs (default: the development one). */
  internalSecret?: string;
}

/**
 * The real OMS in-process for a test file: an isolated database on the run's PostgreSQL, the four
 * subgraphs and the gateway on ephemeral ports, SQL statements counted per subgraph.
 */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const database = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => undefined }
    : await createIsolatedDatabase(inject('databaseServerUrl'));
  const bus = await connectEventBus({ databaseUrl: database.url, natsUrl: options.natsUrl, logger: createLogger('test-bus', 'silent') });
  const statements = new StatementCounter();
  const logger = createLogger('test', process.env['LOG_LEVEL'] ?? 'silent');
  const subgraphs = {} as Record<ServiceName, RunningSubgraph>;
  const stopped = new Set<ServiceName>();
  let gateway: RunningGateway | undefined;
  try {
    for (const [name, definition] of Object.entries(SUBGRAPH_DEFINITIONS) as [ServiceName, (typeof SUBGRAPH_DEFINITIONS)[ServiceName]][]) {
      subgraphs[name] = await startSubgraph(definition as Parameters<typeof startSubgraph>[0], {
        databaseUrl: database.url,
        port: 0,
        internalSecret: options.internalSecret ?? DEVELOPMENT_INTERNAL_SECRET,
        logger: logger.child({ service: name }),
        seedDemoData: options.seedDemoData ?? true,
        poolSize: 5,
        onQuery: statements.for(name),
        runWorkers: options.runWorkers ?? true,
        bus,
      });
    }
    // Every service can call every other one directly (internal calls), whatever the start order.
    for (const caller of Object.values(subgraphs)) {
      for (const [name, callee] of Object.entries(subgraphs)) caller.services.setUrl(name, callee.url);
    }
    const config = loadGatewayConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      ORDERS_URL: subgraphs.orders.url,
      INVENTORY_URL: subgraphs.inventory.url,
      FULFILLMENT_URL: subgraphs.fulfillment.url,
      CUSTOMERS_URL: subgraphs.customers.url,
      // A test file signs in as one admin for hundreds of operations; quotas are tested with their own settings.
      USER_QUOTA_POINTS: '1000000000',
      ...options.gatewayEnv,
    });
    gateway = await startGateway(config, logger.child({ service: 'gateway' }));
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    await bus.close();
    await database.drop();
    throw error;
  }
  const gatewayUrl = gateway.url;
  const running = gateway;
  return {
    gatewayUrl,
    databaseUrl: database.url,
    statements,
    bus,
    subgraphs,
    async query<T>(query: string, variables?: Record<string, unknown>, auth?: string): Promise<GraphQLResponse<T>> {
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
      return { status: response.status, ...body };
    },
    async stopSubgraph(name) {
      stopped.add(name);
      await subgraphs[name].close();
    },
    async close() {
      await running.close();
      for (const [name, subgraph] of Object.entries(subgraphs) as [ServiceName, RunningSubgraph][]) {
        if (!stopped.has(name)) await subgraph.close();
      }
      await bus.close();
      await database.drop();
    },
  };
}

/**
 * The SQL statements of an operation itself, per service: the services' workers (command recovery
 * every few seconds, sweeps, reconciliation) share the counter and can only add to a measurement,
 * so the lower of two measurements per service is the operation's own.
 */
export async function ownStatements(measure: () => Promise<Record<string, number>>): Promise<Record<string, number>> {
  const [a, b] = [await measure(), await measure()];
  return Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].sort().map((service) => [service, Math.min(a[service] ?? 0, b[service] ?? 0)]));
}
