import path from 'node:path';
import { loadPlatformConfig, parseConfig, port } from '@oms/platform';
import { z } from 'zod';

export const SUBGRAPH_NAMES = ['orders', 'inventory', 'fulfillment', 'customers'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_SUPERGRAPH = path.resolve(import.meta.dirname, '../../schema/supergraph.graphql');

const gatewaySchema = z.object({
  GATEWAY_PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH),
  ORDERS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  INVENTORY_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  FULFILLMENT_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  CUSTOMERS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // Large enough for inventory feeds of 100,000+ lines; the query document itself is limited separately.
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(16_000_000),
  SUBSCRIPTION_QUEUE_SIZE: z.coerce.number().int().min(1).default(100),
});

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  internalSecret: string;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphTimeoutMs: number;
  maxBodyBytes: number;
  /** Events a subscriber may fall behind before its connection is closed as a slow consumer. */
  subscriptionQueueSize: number;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const platform = loadPlatformConfig(env);
  const settings = parseConfig(gatewaySchema, env);
  return {
    port: settings.GATEWAY_PORT,
    host: settings.HOST,
    production: platform.NODE_ENV === 'production',
    internalSecret: platform.INTERNAL_SECRET,
    supergraphPath: settings.SUPERGRAPH_PATH,
    subgraphUrls: {
      orders: settings.ORDERS_URL,
      inventory: settings.INVENTORY_URL,
      fulfillment: settings.FULFILLMENT_URL,
      customers: settings.CUSTOMERS_URL,
    },
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: settings.MAX_BODY_BYTES,
    subscriptionQueueSize: settings.SUBSCRIPTION_QUEUE_SIZE,
  };
}
