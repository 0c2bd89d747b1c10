import type { RequestContext } from '@oms/platform';
import type { DeliveryMethod } from './pricing.ts';
import type { SalesChannel } from './order-validation.ts';

/**
 * The inventory service's internal API (`@inaccessible` fields of schema/inventory.graphql), called
 * as the internal service principal. Errors come back as DomainError with inventory's code.
 */

export interface PickupStore {
  id: string;
  active: boolean;
  pickup: boolean;
  country: string;
}

export interface CatalogQuote {
  /** Unit price per SKU in the price list in force; null when the SKU has no price there. */
  prices: Map<string, number | null>;
  /** Currency of the quoted prices. */
  currencies: Map<string, string>;
  /** The pickup store asked for; null when no such location. */
  pickupStore: PickupStore | null;
}

const SKU_PRICE = 'sku amount currency';
const STORE = 'id active capabilities { pickup } address { country }';

const QUOTE = /* GraphQL */ `
  query QuoteLines($skus: [String!]!, $channel: SalesChannel!, $currency: String!, $at: DateTime) {
    quoteLines(skus: $skus, channel: $channel, currency: $currency, at: $at) { ${SKU_PRICE} }
  }
`;

// The pickup store travels in the same request as the prices: one round trip either way.
const QUOTE_WITH_STORE = /* GraphQL */ `
  query QuoteLinesForPickup($skus: [String!]!, $channel: SalesChannel!, $currency: String!, $at: DateTime, $store: ID!) {
    quoteLines(skus: $skus, channel: $channel, currency: $currency, at: $at) { ${SKU_PRICE} }
    location(id: $store) { ${STORE} }
  }
`;

interface QuoteResponse {
  quoteLines: { sku: string; amount: number | null; currency: string }[];
  location?: { id: string; active: boolean; capabilities: { pickup: boolean }; address: { country: string } } | null;
}

export async function quoteCatalog(
  ctx: RequestContext,
  request: { skus: readonly string[]; channel: SalesChannel; currency: string; at: Date; pickupLocationId: string | null },
): Promise<CatalogQuote> {
  const variables = { skus: [...new Set(request.skus)], channel: request.channel, currency: request.currency, at: request.at.toISOString() };
  const response = request.pickupLocationId
    ? await ctx.services.client('inventory').request<QuoteResponse>(QUOTE_WITH_STORE, { ...variables, store: request.pickupLocationId }, ctx.requestId)
    : await ctx.services.client('inventory').request<QuoteResponse>(QUOTE, variables, ctx.requestId);
  const location = response.location ?? null;
  return {
    prices: new Map(response.quoteLines.map((quote) => [quote.sku, quote.amount])),
    currencies: new Map(response.quoteLines.map((quote) => [quote.sku, quote.currency])),
    pickupStore: location
      ? { id: location.id, active: location.active, pickup: location.capabilities.pickup, country: location.address.country }
      : null,
  };
}

/** Which of these SKU codes the item master does not know (one request, one aliased field per code). */
export async function findUnknownSkus(ctx: RequestContext, codes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const variables = Object.fromEntries(unique.map((code, index) => [`c${index}`, code]));
  const query = `query KnownSkus(${unique.map((_code, index) => `$c${index}: String!`).join(', ')}) {
    ${unique.map((_code, index) => `s${index}: sku(code: $c${index}) { code }`).join('\n    ')}
  }`;
  const response = await ctx.services.client('inventory').request<Record<string, { code: string } | null>>(query, variables, ctx.requestId);
  return unique.filter((_code, index) => !response[`s${index}`]);
}

export interface StockAllocation {
  id: string;
  orderLineId: string;
  sku: string;
  locationId: string;
  quantity: number;
  kind: 'STOCK' | 'PRESELL';
  promisedAt: string | null;
  distanceKm: number | null;
}

export interface StockShortfall {
  sku: string;
  requested: number;
  available: number;
}

export type AllocationOutcome = { kind: 'ALLOCATED'; allocations: StockAllocation[] } | { kind: 'SHORTAGE'; lines: StockShortfall[] };

export interface AllocationRequest {
  orderId: string;
  channel: SalesChannel;
  reservationId: string | null;
  delivery: {
    method: DeliveryMethod;
    pickupLocationId: string | null;
    country: string | null;
    postalCode: string | null;
    latitude: number | null;
    longitude: number | null;
  };
  lines: { lineId: string; sku: string; quantity: number }[];
  allowPresell: boolean;
}

const ALLOCATE = /* GraphQL */ `
  mutation AllocateOrderStock($input: AllocateOrderStockInput!) {
    allocateOrderStock(input: $input) {
      __typename
      ... on StockAllocated { allocations { id orderLineId sku location { id } quantity kind promisedAt distanceKm } }
      ... on StockShortage { lines { sku requested available } }
    }
  }
`;

interface AllocateResponse {
  allocateOrderStock:
    | { __typename: 'StockAllocated'; allocations: (Omit<StockAllocation, 'locationId'> & { location: { id: string } })[] }
    | { __typename: 'StockShortage'; lines: StockShortfall[] };
}

/** Holds the order's stock atomically (idempotent per order id), or reports what is short. */
export async function allocateOrderStock(ctx: RequestContext, request: AllocationRequest): Promise<AllocationOutcome> {
  const { allocateOrderStock: result } = await ctx.services
    .client('inventory')
    .request<AllocateResponse>(ALLOCATE, { input: request }, ctx.requestId);
  if (result.__typename === 'StockShortage') return { kind: 'SHORTAGE', lines: result.lines };
  return {
    kind: 'ALLOCATED',
    allocations: result.allocations.map(({ location, ...allocation }) => ({ ...allocation, locationId: location.id })),
  };
}

const RELEASE = /* GraphQL */ `
  mutation ReleaseOrderStock($input: ReleaseOrderStockInput!) {
    releaseOrderStock(input: $input) { id }
  }
`;

/** Releases the order's allocations (only those of `lineIds` when given); releasing twice releases nothing more. */
export async function releaseOrderStock(ctx: RequestContext, request: { orderId: string; lineIds: string[] | null; reason: string }): Promise<number> {
  const response = await ctx.services.client('inventory').request<{ releaseOrderStock: { id: string }[] }>(RELEASE, { input: request }, ctx.requestId);
  return response.releaseOrderStock.length;
}
