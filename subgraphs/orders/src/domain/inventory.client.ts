import type { RequestContext } from '@oms/platform';
import type { ServiceLevel } from '../entities/order.entity.ts';
import type { DeliveryMethod } from './pricing.ts';
import type { SalesChannel } from './order-validation.ts';

/** What a call to the inventory service needs: the service clients and the request id to propagate. */
type Caller = Pick<RequestContext, 'services' | 'requestId'>;

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
  /** Segments that segment-scoped sourcing rules in force are scoped to; empty when none (the customer's are then not needed). */
  sourcingSegments: string[];
}

const SKU_PRICE = 'sku amount currency';
const STORE = 'id active capabilities { pickup } address { country }';

const QUOTE = /* GraphQL */ `
  query QuoteLines($skus: [String!]!, $channel: SalesChannel!, $currency: String!, $at: DateTime) {
    quoteLines(skus: $skus, channel: $channel, currency: $currency, at: $at) { ${SKU_PRICE} }
    sourcingSegments
  }
`;

// The pickup store and the segments sourcing is scoped to travel in the same request as the prices: one round trip either way.
const QUOTE_WITH_STORE = /* GraphQL */ `
  query QuoteLinesForPickup($skus: [String!]!, $channel: SalesChannel!, $currency: String!, $at: DateTime, $store: ID!) {
    quoteLines(skus: $skus, channel: $channel, currency: $currency, at: $at) { ${SKU_PRICE} }
    sourcingSegments
    location(id: $store) { ${STORE} }
  }
`;

interface QuoteResponse {
  quoteLines: { sku: string; amount: number | null; currency: string }[];
  sourcingSegments: string[];
  location?: { id: string; active: boolean; capabilities: { pickup: boolean }; address: { country: string } } | null;
}

export async function quoteCatalog(
  ctx: Caller,
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
    sourcingSegments: response.sourcingSegments,
  };
}

/** Which of these SKU codes the item master does not know (one request, one aliased field per code). */
export async function findUnknownSkus(ctx: Caller, codes: readonly string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const variables = Object.fromEntries(unique.map((code, index) => [`c${index}`, code]));
  const query = `query KnownSkus(${unique.map((_code, index) => `$c${index}: String!`).join(', ')}) {
    ${unique.map((_code, index) => `s${index}: sku(code: $c${index}) { code }`).join('\n    ')}
  }`;
  const response = await ctx.services.client('inventory').request<Record<string, { code: string } | null>>(query, variables, ctx.requestId);
  return unique.filter((_code, index) => !response[`s${index}`]);
}

export type LocationType = 'WAREHOUSE' | 'STORE' | 'DROPSHIP_VENDOR';

export interface StockAllocation {
  id: string;
  orderLineId: string;
  sku: string;
  locationId: string;
  /** Fulfillment works differently at warehouses, stores and dropship vendors. */
  locationType: LocationType;
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

/** The price and dates of shipping an order's allocations by the service level it chose (as deliveryPromise quotes them). */
export interface DeliveryQuote {
  serviceLevel: ServiceLevel;
  carrierCode: string;
  carrierName: string;
  amount: number;
  currency: string;
  dispatchDate: string;
  earliestDeliveryDate: string;
  latestDeliveryDate: string;
}

export type AllocationOutcome = { kind: 'ALLOCATED'; allocations: StockAllocation[]; deliveryQuote?: DeliveryQuote | null } | { kind: 'SHORTAGE'; lines: StockShortfall[] };

export interface AllocationRequest {
  orderId: string;
  channel: SalesChannel;
  reservationId: string | null;
  delivery: {
    method: DeliveryMethod;
    pickupLocationId: string | null;
    country: string | null;
    /** The address's region; inventory matches it as an ISO 3166-2 code (region-scoped sourcing rules, shipping zones). */
    region?: string | null;
    postalCode: string | null;
    latitude: number | null;
    longitude: number | null;
  };
  lines: { lineId: string; sku: string; quantity: number }[];
  allowPresell: boolean;
  /** The customer's segments, preferred first, for segment-scoped sourcing rules (see `sourcing-segments.ts`). */
  customerSegments?: string[];
  /** The customer's segments could not be obtained: the decision trace says the order was sourced without them. */
  customerSegmentsUnavailable?: boolean;
  /** SHIP by a service level: the allocation answers the quote of its parcels (in `currency`). */
  serviceLevel?: ServiceLevel | null;
  currency?: string;
}

const ALLOCATION = 'id orderLineId sku location { id type } quantity kind promisedAt distanceKm';
const ALLOCATION_RESULT = `
  __typename
  ... on StockAllocated { allocations { ${ALLOCATION} } }
  ... on StockShortage { lines { sku requested available } }
`;

const ALLOCATE = /* GraphQL */ `
  mutation AllocateOrderStock($input: AllocateOrderStockInput!) {
    allocateOrderStock(input: $input) { ${ALLOCATION_RESULT} }
  }
`;

// The quote travels with the allocation: one call per order either way.
const ALLOCATE_WITH_QUOTE = /* GraphQL */ `
  mutation AllocateOrderStockWithQuote($input: AllocateOrderStockInput!) {
    allocateOrderStock(input: $input) {
      ${ALLOCATION_RESULT}
      ... on StockAllocated { deliveryQuote { serviceLevel carrierCode carrierName amount currency dispatchDate earliestDeliveryDate latestDeliveryDate } }
    }
  }
`;

type AllocationView = Omit<StockAllocation, 'locationId' | 'locationType'> & { location: { id: string; type: LocationType } };

type AllocationResultView =
  | { __typename: 'StockAllocated'; allocations: AllocationView[]; deliveryQuote?: DeliveryQuote | null }
  | { __typename: 'StockShortage'; lines: StockShortfall[] };

function outcomeOf(result: AllocationResultView): AllocationOutcome {
  if (result.__typename === 'StockShortage') return { kind: 'SHORTAGE', lines: result.lines };
  return {
    kind: 'ALLOCATED',
    allocations: result.allocations.map(({ location, ...allocation }) => ({ ...allocation, locationId: location.id, locationType: location.type })),
    deliveryQuote: result.deliveryQuote ?? null,
  };
}

/** Holds the order's stock atomically (idempotent per order id), or reports what is short. */
export async function allocateOrderStock(ctx: Caller, request: AllocationRequest): Promise<AllocationOutcome> {
  const { allocateOrderStock: result } = await ctx.services
    .client('inventory')
    .request<{ allocateOrderStock: AllocationResultView }>(request.serviceLevel ? ALLOCATE_WITH_QUOTE : ALLOCATE, { input: request }, ctx.requestId);
  return outcomeOf(result);
}

const REALLOCATE = /* GraphQL */ `
  mutation ReallocateOrderLines($input: ReallocateOrderLinesInput!) {
    reallocateOrderLines(input: $input) { ${ALLOCATION_RESULT} }
  }
`;

export interface ReallocationRequest {
  orderId: string;
  channel: SalesChannel;
  delivery: AllocationRequest['delivery'];
  lines: { orderLineId: string; allocationId: string; sku: string; quantity: number }[];
  /** Where the units must not be held again (the location that failed them). */
  excludeLocationIds: string[];
  reason: string;
  /** Idempotency: the same reference replays the first outcome (the triggering event's id). */
  reference: string;
}

/** Moves units of an order away from a location that failed them, in one transaction at inventory; or reports the shortage. */
export async function reallocateOrderLines(ctx: Caller, request: ReallocationRequest): Promise<AllocationOutcome> {
  const { reallocateOrderLines: result } = await ctx.services
    .client('inventory')
    .request<{ reallocateOrderLines: AllocationResultView }>(REALLOCATE, { input: request }, ctx.requestId);
  return outcomeOf(result);
}

export interface HeldAllocation extends StockAllocation {
  status: 'ALLOCATED' | 'RELEASED' | 'SHIPPED';
}

const ORDER_ALLOCATIONS = /* GraphQL */ `
  query OrderAllocations($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order { allocations { ${ALLOCATION} status } }
    }
  }
`;

/** Every allocation of an order, as inventory holds it now (through the federation entity `Order`). */
export async function orderAllocations(ctx: Caller, orderId: string): Promise<HeldAllocation[]> {
  const response = await ctx.services
    .client('inventory')
    .request<{ _entities: ({ allocations: (AllocationView & { status: HeldAllocation['status'] })[] | null } | null)[] }>(
      ORDER_ALLOCATIONS,
      { representations: [{ __typename: 'Order', id: orderId }] },
      ctx.requestId,
    );
  return (response._entities[0]?.allocations ?? []).map(({ location, ...allocation }) => ({ ...allocation, locationId: location.id, locationType: location.type }));
}

/** Names of locations by id (for the timeline); an unknown id keeps its id. */
export async function locationNames(ctx: Caller, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const query = `query LocationNames(${unique.map((_id, index) => `$l${index}: ID!`).join(', ')}) {
    ${unique.map((_id, index) => `l${index}: location(id: $l${index}) { name }`).join('\n    ')}
  }`;
  const variables = Object.fromEntries(unique.map((id, index) => [`l${index}`, id]));
  const response = await ctx.services.client('inventory').request<Record<string, { name: string } | null>>(query, variables, ctx.requestId);
  return new Map(unique.map((id, index) => [id, response[`l${index}`]?.name ?? id]));
}

const RELEASE = /* GraphQL */ `
  mutation ReleaseOrderStock($input: ReleaseOrderStockInput!) {
    releaseOrderStock(input: $input) { id }
  }
`;

/** Releases the order's allocations (only those of `lineIds` when given); releasing twice releases nothing more. */
export async function releaseOrderStock(ctx: Caller, request: { orderId: string; lineIds: string[] | null; reason: string }): Promise<number> {
  const response = await ctx.services.client('inventory').request<{ releaseOrderStock: { id: string }[] }>(RELEASE, { input: request }, ctx.requestId);
  return response.releaseOrderStock.length;
}

const SWAP = /* GraphQL */ `
  mutation SwapOrderAllocations($input: SwapOrderAllocationsInput!) {
    swapOrderAllocations(input: $input) { ${ALLOCATION_RESULT} }
  }
`;

export interface AllocationSwapRequest {
  orderId: string;
  channel: SalesChannel;
  delivery: AllocationRequest['delivery'];
  /** Order lines whose allocations are released first. */
  releaseLineIds: string[];
  /** Lines held after that, each with its whole quantity. */
  lines: AllocationRequest['lines'];
  allowPresell: boolean;
  reason: string;
  /** Idempotency: the same reference replays the first outcome. */
  reference: string;
}

/** Releases some lines' allocations and holds new ones in one transaction at inventory; on a shortage nothing changes. */
export async function swapOrderAllocations(ctx: Caller, request: AllocationSwapRequest): Promise<AllocationOutcome> {
  const { swapOrderAllocations: result } = await ctx.services
    .client('inventory')
    .request<{ swapOrderAllocations: AllocationResultView }>(SWAP, { input: request }, ctx.requestId);
  return outcomeOf(result);
}

const REVERT_SWAP = /* GraphQL */ `
  mutation RevertOrderAllocationSwap($input: RevertOrderAllocationSwapInput!) {
    revertOrderAllocationSwap(input: $input) { reverted restored { id } unrestored { orderLineId sku quantity } }
  }
`;

export interface AllocationSwapRevert {
  /** Whether a swap of that reference had committed (and is now undone). */
  reverted: boolean;
  /** Units of order lines inventory could not hold again (taken meanwhile). */
  unrestored: { orderLineId: string; sku: string; quantity: number }[];
}

/** Undoes the swap of (orderId, reference) at inventory; when none committed, none ever will. Idempotent. */
export async function revertOrderAllocationSwap(ctx: Caller, request: { orderId: string; reference: string; reason: string }): Promise<AllocationSwapRevert> {
  const { revertOrderAllocationSwap: result } = await ctx.services
    .client('inventory')
    .request<{ revertOrderAllocationSwap: AllocationSwapRevert }>(REVERT_SWAP, { input: request }, ctx.requestId);
  return { reverted: result.reverted, unrestored: result.unrestored };
}

const ORDERS_FULFILLED_AT = /* GraphQL */ `
  query OrdersFulfilledAt($locationId: ID!) { ordersFulfilledAt(locationId: $locationId) }
`;

/** The orders with stock held, released or shipped at a location, by id (a store's orders besides its pickups). */
export async function ordersFulfilledAt(ctx: Caller, locationId: string): Promise<string[]> {
  const response = await ctx.services.client('inventory').request<{ ordersFulfilledAt: string[] }>(ORDERS_FULFILLED_AT, { locationId }, ctx.requestId);
  return response.ordersFulfilledAt;
}
