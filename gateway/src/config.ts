import path from 'node:path';
import { loadPlatformConfig, OMS_TOKEN_AUDIENCE, OMS_TOKEN_ISSUER, parseConfig, port } from '@oms/platform';
import { z } from 'zod';
import type { AdmissionLimits } from './admission/pipeline.ts';
import type { QuotaPolicies, QuotaStore } from './admission/quota.ts';

export const SUBGRAPH_NAMES = ['orders', 'inventory', 'fulfillment', 'customers'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const DEFAULT_SUPERGRAPH = path.resolve(import.meta.dirname, '../../schema/supergraph.graphql');
const DEFAULT_CONSOLE_DIR = path.resolve(import.meta.dirname, '../../console/dist');

const gatewaySchema = z.object({
  GATEWAY_PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH),
  CONSOLE_DIR: z.string().default(DEFAULT_CONSOLE_DIR),
  ORDERS_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  INVENTORY_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  FULFILLMENT_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  CUSTOMERS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  // Large enough for inventory feeds of 100,000+ lines; the query document itself is limited separately.
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(16_000_000),
  // A caller without credentials (a storefront guest) never needs more; megabytes are refused unread.
  ANONYMOUS_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(262_144),
  SUBSCRIPTION_QUEUE_SIZE: z.coerce.number().int().min(1).default(100),
  SUBSCRIPTION_REAUTH_SECONDS: z.coerce.number().int().min(1).default(60),
  MAX_QUERY_BYTES: z.coerce.number().int().min(100).default(20_000),
  MAX_TOKENS: z.coerce.number().int().min(10).default(3_000),
  MAX_DEPTH: z.coerce.number().int().min(1).default(15),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  MAX_COST: z.coerce.number().int().min(1).default(1_000_000),
  MAX_VALIDATION_ERRORS: z.coerce.number().int().min(1).default(10),
  MAX_LIST_ITEMS: z.coerce.number().int().min(1).default(1_000),
  MAX_FEED_LINES: z.coerce.number().int().min(1).default(200_000),
  DEFAULT_LIST_SIZE: z.coerce.number().int().min(1).default(10),
  QUOTA_BUCKET_POINTS: z.coerce.number().int().min(1).default(300_000),
  QUOTA_REFILL_PER_SECOND: z.coerce.number().min(0.1).default(5_000),
  USER_QUOTA_POINTS: z.coerce.number().int().min(1).default(5_000_000),
  USER_QUOTA_REFILL_PER_SECOND: z.coerce.number().min(0.1).default(50_000),
  ANONYMOUS_QUOTA_POINTS: z.coerce.number().int().min(1).default(100_000),
  ANONYMOUS_QUOTA_REFILL_PER_SECOND: z.coerce.number().min(0.1).default(1_000),
  ANONYMOUS_REQUESTS_PER_SECOND: z.coerce.number().min(0.1).default(50),
  ANONYMOUS_BURST: z.coerce.number().int().min(1).default(200),
  REDIS_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  JWT_ISSUER: z.string().min(1).default(OMS_TOKEN_ISSUER),
  JWT_AUDIENCE: z.string().min(1).default(OMS_TOKEN_AUDIENCE),
  JWKS_URL: z.url().optional(),
  JWKS_FILE: z.string().optional(),
  JWKS_ISSUER: z.string().min(1).optional(),
  TRUST_PROXY: z.stringbool().default(false),
  PERSISTED_OPERATIONS_PATH: z.string().default(path.resolve(import.meta.dirname, '../../schema/persisted-operations.json')),
});

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  internalSecret: string;
  supergraphPath: string;
  /** The web console's build, served at /console. */
  consoleDir: string;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphTimeoutMs: number;
  maxBodyBytes: number;
  /** The body limit of a request without credentials (no bearer token, no API key). */
  anonymousMaxBodyBytes: number;
  /** Events a subscriber may fall behind before its connection is closed as a slow consumer. */
  subscriptionQueueSize: number;
  /** How often an open connection's credentials are checked again (a revoked key loses its subscriptions). */
  subscriptionReauthMs: number;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  jwksUrl: string | undefined;
  jwksFile: string | undefined;
  jwksIssuer: string | undefined;
  /** Where quotas live, shared by every replica: Redis, else PostgreSQL, else this process. */
  quotaStore: QuotaStore;
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  /** The safelist some partner keys are restricted to (Apollo persisted-query manifest). */
  persistedOperationsPath: string;
  /** The admission limits (list caps derived from `maxFeedLines`), and the size assumed for unsized lists. */
  limits: Omit<AdmissionLimits, 'listItemCaps'> & {
    maxFeedLines: number;
    defaultListSize: number;
  };
  quotas: QuotaPolicies;
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
    consoleDir: settings.CONSOLE_DIR,
    subgraphUrls: {
      orders: settings.ORDERS_URL,
      inventory: settings.INVENTORY_URL,
      fulfillment: settings.FULFILLMENT_URL,
      customers: settings.CUSTOMERS_URL,
    },
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    maxBodyBytes: settings.MAX_BODY_BYTES,
    anonymousMaxBodyBytes: Math.min(settings.ANONYMOUS_MAX_BODY_BYTES, settings.MAX_BODY_BYTES),
    subscriptionQueueSize: settings.SUBSCRIPTION_QUEUE_SIZE,
    subscriptionReauthMs: settings.SUBSCRIPTION_REAUTH_SECONDS * 1000,
    jwtSecret: platform.JWT_SECRET,
    jwtIssuer: settings.JWT_ISSUER,
    jwtAudience: settings.JWT_AUDIENCE,
    jwksUrl: settings.JWKS_URL,
    jwksFile: settings.JWKS_FILE,
    jwksIssuer: settings.JWKS_ISSUER,
    quotaStore: settings.REDIS_URL
      ? { kind: 'redis', url: settings.REDIS_URL }
      : settings.DATABASE_URL
        ? { kind: 'postgres', url: settings.DATABASE_URL }
        : { kind: 'memory' },
    trustProxy: settings.TRUST_PROXY,
    persistedOperationsPath: settings.PERSISTED_OPERATIONS_PATH,
    limits: {
      maxQueryBytes: settings.MAX_QUERY_BYTES,
      maxTokens: settings.MAX_TOKENS,
      maxDepth: settings.MAX_DEPTH,
      maxAliases: settings.MAX_ALIASES,
      maxDirectives: settings.MAX_DIRECTIVES,
      maxCost: settings.MAX_COST,
      maxValidationErrors: settings.MAX_VALIDATION_ERRORS,
      maxListItems: settings.MAX_LIST_ITEMS,
      maxFeedLines: settings.MAX_FEED_LINES,
      defaultListSize: settings.DEFAULT_LIST_SIZE,
    },
    quotas: {
      partner: { points: settings.QUOTA_BUCKET_POINTS, perSecond: settings.QUOTA_REFILL_PER_SECOND },
      user: { points: settings.USER_QUOTA_POINTS, perSecond: settings.USER_QUOTA_REFILL_PER_SECOND },
      anonymous: { points: settings.ANONYMOUS_QUOTA_POINTS, perSecond: settings.ANONYMOUS_QUOTA_REFILL_PER_SECOND },
      anonymousRequests: { points: settings.ANONYMOUS_BURST, perSecond: settings.ANONYMOUS_REQUESTS_PER_SECOND },
    },
  };
}
