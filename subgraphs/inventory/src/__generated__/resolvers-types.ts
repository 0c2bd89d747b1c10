import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Location as LocationEntity } from '../entities/location.entity.ts';
import type { Sku as SkuEntity } from '../entities/sku.entity.ts';
import type { StockLevel as StockLevelEntity } from '../entities/stock-level.entity.ts';
import type { Reservation as ReservationEntity } from '../entities/reservation.entity.ts';
import type { ReservationLine as ReservationLineEntity } from '../entities/reservation-line.entity.ts';
import type { Allocation as AllocationEntity } from '../entities/allocation.entity.ts';
import type { StockMovement as StockMovementEntity } from '../entities/stock-movement.entity.ts';
import type { Transfer as TransferEntity } from '../entities/transfer.entity.ts';
import type { TransferLine as TransferLineEntity } from '../entities/transfer-line.entity.ts';
import type { PurchaseOrder as PurchaseOrderEntity } from '../entities/purchase-order.entity.ts';
import type { PurchaseOrderLine as PurchaseOrderLineEntity } from '../entities/purchase-order-line.entity.ts';
import type { PriceList as PriceListEntity } from '../entities/price-list.entity.ts';
import type { OrderReference as OrderReferenceEntity } from '../references.ts';
import type { CarrierService as CarrierServiceEntity } from '../entities/carrier-service.entity.ts';
import type { DeliveryHoliday as DeliveryHolidayEntity } from '../entities/delivery-holiday.entity.ts';
import type { CustomerDataExportReference as CustomerDataExportReferenceEntity } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 timestamp with time zone, e.g. 2026-11-22T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value (data exports). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdjustStockInput = {
  /** Change on hand by this many units (negative for damage, shrinkage). */
  delta?: InputMaybe<Scalars['Int']['input']>;
  locationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Set this location's safety stock for the SKU. */
  safetyStock?: InputMaybe<Scalars['Int']['input']>;
  /** Or set on hand to this count. */
  setOnHand?: InputMaybe<Scalars['Int']['input']>;
  sku: Scalars['String']['input'];
};

export type AllocateLineInput = {
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type AllocateOrderStockInput = {
  /** Sell ahead of inbound supply (within each SKU's presell limit) when nothing is on hand. */
  allowPresell?: InputMaybe<Scalars['Boolean']['input']>;
  channel: SalesChannel;
  /** The order's currency, which the quote must be in; default EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /**
   * The customer's segments (e.g. VIP, B2B), in order of preference, matched by segment-scoped
   * sourcing rules; null or empty for a guest or when unknown. Of the rule sets in force that match
   * the order, the most specific scope wins (see SourcingScopeInput); between matching scopes as
   * specific that differ only by their segment, the one whose segment comes first in this list.
   * Order capture lists the customer's staff-assigned segments first, then those their orders earn,
   * each group by code. Re-sourcing, edits and dry runs reuse the segments recorded at allocation.
   */
  customerSegments?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The customer's segments could not be obtained: the order is sourced without them and the decision's notes say so. */
  customerSegmentsUnavailable?: InputMaybe<Scalars['Boolean']['input']>;
  delivery: AllocationDeliveryInput;
  lines: Array<AllocateLineInput>;
  orderId: Scalars['ID']['input'];
  /** A cart hold to convert into the order's allocation (atomically). */
  reservationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * For SHIP: the service level the customer chose at checkout. The allocation then also answers the
   * delivery quote of the parcels it made (StockAllocated.deliveryQuote), priced and dated as
   * deliveryPromise does; SERVICE_LEVEL_UNAVAILABLE (nothing held) when no active carrier service of
   * that level delivers and prices them in `currency`.
   */
  serviceLevel?: InputMaybe<ServiceLevel>;
};

/** Stock of one order line held at one location. */
export type Allocation = {
  __typename?: 'Allocation';
  createdAt: Scalars['DateTime']['output'];
  /** Distance from the location to the delivery destination, when known. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: AllocationKind;
  location: Location;
  orderLineId: Scalars['ID']['output'];
  /** For presell: the date the stock is promised for. */
  promisedAt: Maybe<Scalars['DateTime']['output']>;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  status: AllocationStatus;
};

export type AllocationDeliveryInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  method: AllocationDeliveryMethod;
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2 subdivision of the destination (FR-IDF, or IDF with the country); other text is ignored. */
  region?: InputMaybe<Scalars['String']['input']>;
};

export type AllocationDeliveryMethod =
  | 'PICKUP'
  | 'RESERVE_IN_STORE'
  | 'SHIP';

export type AllocationKind =
  /** Sold ahead of inbound supply; ships when the purchase order arrives. */
  | 'PRESELL'
  /** Held from stock on hand. */
  | 'STOCK';

export type AllocationResult = StockAllocated | StockShortage;

export type AllocationStatus =
  | 'ALLOCATED'
  | 'RELEASED'
  | 'SHIPPED';

/** What undoing a swap of an order's allocations did. */
export type AllocationSwapRevert = {
  __typename?: 'AllocationSwapRevert';
  /** The allocations held again, as they were before the swap. */
  restored: Array<Allocation>;
  /** Whether a swap of that reference had committed and is now undone (false: there was nothing to undo). */
  reverted: Scalars['Boolean']['output'];
  /** Units that could not be held again (taken by someone between the swap and its revert). */
  unrestored: Array<UnrestoredUnits>;
};

export type AlternativeDeliveryInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  method: DeliveryMethod;
  /** For PICKUP and RESERVE_IN_STORE. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type AlternativeLine = {
  __typename?: 'AlternativeLine';
  quantity: Scalars['Int']['output'];
  /** For a substitute: the SKU it replaces. */
  replacesSku: Maybe<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
};

/** A parcel to a country (or * for any other) up to a weight (null: any weight) costs amount minor units. */
export type CarrierRate = {
  __typename?: 'CarrierRate';
  amount: Scalars['Int']['output'];
  country: Scalars['String']['output'];
  maxWeightGrams: Maybe<Scalars['Int']['output']>;
};

export type CarrierRateInput = {
  amount: Scalars['Int']['input'];
  country: Scalars['String']['input'];
  maxWeightGrams?: InputMaybe<Scalars['Int']['input']>;
};

/** One service level of one carrier. */
export type CarrierService = {
  __typename?: 'CarrierService';
  active: Scalars['Boolean']['output'];
  carrierCode: Scalars['String']['output'];
  carrierName: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** ISO weekdays (1 = Monday … 7 = Sunday) on which the carrier delivers; transit days count only these. */
  deliveryDays: Array<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  lanes: Array<TransitLane>;
  /** The service's own prices per parcel; where none applies to a destination, the shipping rate table's cost plus surcharge. */
  rates: Array<CarrierRate>;
  serviceLevel: ServiceLevel;
  /** Minor units added to the shipping rate table's cost of each parcel. */
  surcharge: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CarrierServiceInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  carrierCode: Scalars['String']['input'];
  carrierName: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  deliveryDays: Array<Scalars['Int']['input']>;
  lanes: Array<TransitLaneInput>;
  rates?: InputMaybe<Array<CarrierRateInput>>;
  serviceLevel: ServiceLevel;
  surcharge?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePurchaseOrderInput = {
  expectedAt: Scalars['DateTime']['input'];
  lines: Array<PurchaseOrderLineInput>;
  locationId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  supplier: Scalars['String']['input'];
};

export type CreateTransferInput = {
  fromLocationId: Scalars['ID']['input'];
  lines: Array<TransferLineInput>;
  reference?: InputMaybe<Scalars['String']['input']>;
  toLocationId: Scalars['ID']['input'];
};

/**
 * A person's data export (GDPR), one section per service. This service knows orders, not people:
 * its section covers the orders the orders service names.
 */
export type CustomerDataExport = {
  __typename?: 'CustomerDataExport';
  contactValues: Array<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  /** Sourcing decisions (with the delivery point), allocations and cart holds of the person's orders (every column, camelCase). */
  inventory: Scalars['JSON']['output'];
  orderIds: Array<Scalars['ID']['output']>;
};

/** A day nothing ships from and nothing is delivered to a country, or nothing leaves a location. */
export type DeliveryHoliday = {
  __typename?: 'DeliveryHoliday';
  country: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  location: Maybe<Location>;
  name: Scalars['String']['output'];
};

export type DeliveryHolidayInput = {
  /** Either a country (ISO 3166-1 alpha-2) or a locationId. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type DeliveryMethod =
  | 'PICKUP'
  | 'RESERVE_IN_STORE'
  | 'SHIP';

/**
 * One way to get the order, e.g. "STANDARD (Colissimo), 4.90 EUR, arrives Tue 24 Nov" or "PICKUP at
 * Paris Rivoli (2.3 km), ready today from 17:00". Dates are civil dates (YYYY-MM-DD) at the destination.
 */
export type DeliveryOption = {
  __typename?: 'DeliveryOption';
  carrierCode: Maybe<Scalars['String']['output']>;
  carrierName: Maybe<Scalars['String']['output']>;
  /** When the last parcel leaves (SHIP), or the day the order is ready (PICKUP). */
  dispatchDate: Scalars['String']['output'];
  /** From the destination to the pickup store. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  earliestDeliveryDate: Scalars['String']['output'];
  /** How a storefront may show it. */
  label: Scalars['String']['output'];
  latestDeliveryDate: Scalars['String']['output'];
  method: DeliveryMethod;
  pickupLocation: Maybe<Location>;
  /** For the whole order: the sum over its parcels; 0 for pickup. */
  price: Money;
  /** When a pickup order is ready to collect. */
  readyAt: Maybe<Scalars['DateTime']['output']>;
  /** Null for pickup. */
  serviceLevel: Maybe<ServiceLevel>;
  /** The locations the order would leave from under the rules in force. */
  shipsFrom: Array<Location>;
};

export type DeliveryPromise = {
  __typename?: 'DeliveryPromise';
  /** SHIP options (one per service level, earliest arrival first), then PICKUP options (nearest store first). */
  options: Array<DeliveryOption>;
  promisedAt: Scalars['DateTime']['output'];
  /** The sourcing rules the promise follows (the version in force at promisedAt). */
  ruleSetName: Scalars['String']['output'];
  ruleSetVersion: Scalars['Int']['output'];
  /** Lines the rules in force cannot ship now; no SHIP option is offered while there are any. */
  shortfalls: Array<StockShortfall>;
};

export type DeliveryPromiseInput = {
  channel: SalesChannel;
  destination: PromiseDestinationInput;
  lines: Array<PromiseLineInput>;
  /** The moment the promise is made for; default now (a preview of another moment uses the rules in force then). */
  now?: InputMaybe<Scalars['DateTime']['input']>;
  /** Pickup stores within this distance of the destination (default 50, at most 500). */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};

/** The price and dates of shipping an order's allocations by one service level (the cheapest carrier offering it). */
export type DeliveryQuote = {
  __typename?: 'DeliveryQuote';
  /** Minor units. */
  amount: Scalars['Int']['output'];
  carrierCode: Scalars['String']['output'];
  carrierName: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  /** Local date the last parcel leaves (YYYY-MM-DD). */
  dispatchDate: Scalars['String']['output'];
  earliestDeliveryDate: Scalars['String']['output'];
  latestDeliveryDate: Scalars['String']['output'];
  serviceLevel: ServiceLevel;
};

export type Dimensions = {
  __typename?: 'Dimensions';
  heightMm: Scalars['Int']['output'];
  lengthMm: Scalars['Int']['output'];
  widthMm: Scalars['Int']['output'];
};

export type DimensionsInput = {
  heightMm: Scalars['Int']['input'];
  lengthMm: Scalars['Int']['input'];
  widthMm: Scalars['Int']['input'];
};

export type FeedLineInput = {
  /** Location code, e.g. WH-LYON. */
  location: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type FeedLineRejection = {
  __typename?: 'FeedLineRejection';
  /** 1-based position of the line in the feed. */
  line: Scalars['Int']['output'];
  location: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reason: FeedRejectionReason;
  sku: Scalars['String']['output'];
};

export type FeedMode =
  /** Changes to add to on hand. */
  | 'DELTA'
  /** Absolute on-hand counts: on hand is replaced, reservations are kept. */
  | 'SNAPSHOT';

export type FeedRejectionReason =
  | 'DUPLICATE_LINE'
  | 'NEGATIVE_COUNT'
  | 'NEGATIVE_RESULT'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_SKU';

export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type GoverningRuleSet = {
  __typename?: 'GoverningRuleSet';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orders: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

/** Not enough stock for some lines; nothing was held. */
export type InsufficientStock = {
  __typename?: 'InsufficientStock';
  lines: Array<StockShortfall>;
};

export type InventoryFeedInput = {
  /** Unique per feed: a feed imported twice is applied once. */
  feedId: Scalars['String']['input'];
  lines: Array<FeedLineInput>;
  mode: FeedMode;
  /** Where the feed comes from, e.g. ERP, POS-PARIS-RIVOLI, WMS. */
  source: Scalars['String']['input'];
};

export type InventoryFeedReport = {
  __typename?: 'InventoryFeedReport';
  appliedLines: Scalars['Int']['output'];
  feedId: Scalars['String']['output'];
  mode: FeedMode;
  processedAt: Scalars['DateTime']['output'];
  receivedLines: Scalars['Int']['output'];
  rejectedLines: Array<FeedLineRejection>;
  /** True when this feed id had been imported before and this is its original report. */
  replayed: Scalars['Boolean']['output'];
  source: Scalars['String']['output'];
};

/** A place that holds stock: a warehouse, a store or a dropship vendor. */
export type Location = {
  __typename?: 'Location';
  active: Scalars['Boolean']['output'];
  address: LocationAddress;
  capabilities: LocationCapabilities;
  /** Channels whose orders this location may serve. */
  channels: Array<SalesChannel>;
  code: Scalars['String']['output'];
  /** Orders this location can take per day; null when unlimited. */
  dailyOrderCapacity: Maybe<Scalars['Int']['output']>;
  /** Safety stock applied to SKUs that have no level of their own here. */
  defaultSafetyStock: Scalars['Int']['output'];
  /** When it dispatches parcels and hands over pickups (the defaults when it has no profile of its own). */
  deliveryProfile: LocationDeliveryProfile;
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Stock held at this location, one level per SKU, ordered by SKU code. */
  stock: Array<StockLevel>;
  type: LocationType;
};

export type LocationAddress = {
  __typename?: 'LocationAddress';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
};

export type LocationAvailability = {
  __typename?: 'LocationAvailability';
  availableToSell: Scalars['Int']['output'];
  location: Location;
};

export type LocationCapabilities = {
  __typename?: 'LocationCapabilities';
  /** Customers collect orders here. */
  pickup: Scalars['Boolean']['output'];
  /** A store that ships online orders from its own stock. */
  shipFromStore: Scalars['Boolean']['output'];
  /** Ships parcels to customers. */
  ships: Scalars['Boolean']['output'];
};

/**
 * When a location works, for delivery promises. Preparation (processingHours) counts on ship days
 * only; an order prepared by the cut-off (local time) leaves that day, else on the next ship day.
 * A pickup order is ready pickupPreparationMinutes after it is placed (after opening, before the
 * store opens), never after closing: later, it is ready the next open day.
 */
export type LocationDeliveryProfile = {
  __typename?: 'LocationDeliveryProfile';
  closingTime: Scalars['String']['output'];
  /** HH:MM local. */
  cutoffTime: Scalars['String']['output'];
  /** True when the location has no profile of its own and works with the defaults. */
  isDefault: Scalars['Boolean']['output'];
  /** ISO weekdays the store hands over pickups. */
  openDays: Array<Scalars['Int']['output']>;
  openingTime: Scalars['String']['output'];
  pickupPreparationMinutes: Scalars['Int']['output'];
  processingHours: Scalars['Int']['output'];
  /** ISO weekdays parcels leave. */
  shipDays: Array<Scalars['Int']['output']>;
  /** IANA time zone of the times below. */
  timeZone: Scalars['String']['output'];
};

export type LocationDeliveryProfileInput = {
  closingTime?: InputMaybe<Scalars['String']['input']>;
  cutoffTime?: InputMaybe<Scalars['String']['input']>;
  locationId: Scalars['ID']['input'];
  openDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  openingTime?: InputMaybe<Scalars['String']['input']>;
  pickupPreparationMinutes?: InputMaybe<Scalars['Int']['input']>;
  processingHours?: InputMaybe<Scalars['Int']['input']>;
  shipDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type LocationType =
  | 'DROPSHIP_VENDOR'
  | 'STORE'
  | 'WAREHOUSE';

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a day on which nothing ships or is delivered, in a country or at a location; HOLIDAY_EXISTS when it is one already. */
  addDeliveryHoliday: DeliveryHoliday;
  /** Corrects stock at a location (a count, damage, shrinkage) with a reason; recorded in the ledger. */
  adjustStock: StockLevel;
  /** Internal (order capture): holds stock for an order's lines atomically, or reports the shortfall. */
  allocateOrderStock: AllocationResult;
  createPurchaseOrder: PurchaseOrder;
  createTransfer: Transfer;
  /** Moves a hold's expiry to now + ttlSeconds (at most 4 hours from now). */
  extendReservation: Reservation;
  /** Applies a batch of counts from an ERP, POS or WMS; idempotent by feed id; invalid lines are reported, valid ones applied. */
  importInventoryFeed: InventoryFeedReport;
  /** Creates or updates items of the item master in bulk (from a PIM or ERP); idempotent; invalid items are reported, valid ones saved. */
  importSkus: SkuImportReport;
  /**
   * Publishes a new, immutable version of the sourcing rules of a scope (see SourcingScopeInput),
   * in force from `effectiveFrom` (default now) for orders placed from then on. Rules are validated:
   * an unknown kind or a bad parameter is BAD_USER_INPUT naming the rule, and nothing is written.
   */
  publishSourcingRuleSet: SourcingRuleSet;
  /**
   * Internal (order orchestration): moves units of an order away from a location that cannot serve them
   * (it rejected them, or they were missing at the pick). In one transaction the units are released
   * there and allocated at other locations (never those excluded); without enough stock elsewhere the
   * release stands and the shortage is returned. Idempotent per (orderId, reference).
   */
  reallocateOrderLines: AllocationResult;
  receivePurchaseOrder: PurchaseOrder;
  /** Goods arrive at the destination, possibly in part. */
  receiveTransfer: Transfer;
  /** Internal (order capture, cancellation): releases an order's allocations, all or some lines. */
  releaseOrderStock: Array<Allocation>;
  /** Releases a hold; its stock is sellable again at once. */
  releaseReservation: Reservation;
  removeDeliveryHoliday: DeliveryHoliday;
  /** Holds stock for a cart for a time (default 15 minutes, at most 4 hours). */
  reserveStock: ReserveStockResult;
  /**
   * Withdraws a version: from now on it governs no order, and the previous version of its scope in
   * force applies again (or, with none, the next less specific scope, down to the built-in defaults).
   * Orders already sourced keep their decision. NOT_FOUND for an unknown id, CONFLICT when already
   * retired; audited.
   */
  retireSourcingRuleSet: SourcingRuleSet;
  /**
   * Internal (an order edit or accepted alternative whose order could not be written): undoes the
   * swap of (orderId, reference) in one transaction. The allocations it made are released and those
   * it released are held again where they were; when no such swap committed, none ever will.
   * Idempotent per (orderId, reference).
   */
  revertOrderAllocationSwap: AllocationSwapRevert;
  /** Sets when a location dispatches parcels and hands over pickups; fields left out keep their value. Audited. */
  setLocationDeliveryProfile: Location;
  /**
   * Replaces the whole shipping rate table (zones and weight bands) at once; validated first
   * (BAD_USER_INPUT naming the entry, nothing written); audited.
   */
  setShippingRates: ShippingRateTable;
  /** Replaces the substitutes offered for a SKU when it cannot be sourced, in order of preference (empty: none). Audited. */
  setSkuSubstitutes: Sku;
  /** Goods leave the origin: on hand decreases there and the quantity is in transit, sellable nowhere. */
  shipTransfer: Transfer;
  /**
   * Internal (order edits): in one transaction releases the allocations of some order lines and holds
   * the given lines (new, or with a new quantity or destination) under the rules in force; when they
   * cannot all be held nothing changes and the shortage is returned. Idempotent per (orderId, reference).
   */
  swapOrderAllocations: AllocationResult;
  /** Creates or replaces a carrier's service level (one per carrier and level); audited. */
  upsertCarrierService: CarrierService;
};


export type MutationAddDeliveryHolidayArgs = {
  input: DeliveryHolidayInput;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationAllocateOrderStockArgs = {
  input: AllocateOrderStockInput;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


export type MutationCreateTransferArgs = {
  input: CreateTransferInput;
};


export type MutationExtendReservationArgs = {
  id: Scalars['ID']['input'];
  ttlSeconds: Scalars['Int']['input'];
};


export type MutationImportInventoryFeedArgs = {
  input: InventoryFeedInput;
};


export type MutationImportSkusArgs = {
  input: Array<SkuInput>;
};


export type MutationPublishSourcingRuleSetArgs = {
  input: PublishSourcingRuleSetInput;
};


export type MutationReallocateOrderLinesArgs = {
  input: ReallocateOrderLinesInput;
};


export type MutationReceivePurchaseOrderArgs = {
  input: ReceivePurchaseOrderInput;
};


export type MutationReceiveTransferArgs = {
  input: ReceiveTransferInput;
};


export type MutationReleaseOrderStockArgs = {
  input: ReleaseOrderStockInput;
};


export type MutationReleaseReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveDeliveryHolidayArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationRetireSourcingRuleSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevertOrderAllocationSwapArgs = {
  input: RevertOrderAllocationSwapInput;
};


export type MutationSetLocationDeliveryProfileArgs = {
  input: LocationDeliveryProfileInput;
};


export type MutationSetShippingRatesArgs = {
  input: ShippingRatesInput;
};


export type MutationSetSkuSubstitutesArgs = {
  sku: Scalars['String']['input'];
  substitutes: Array<Scalars['String']['input']>;
};


export type MutationShipTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSwapOrderAllocationsArgs = {
  input: SwapOrderAllocationsInput;
};


export type MutationUpsertCarrierServiceArgs = {
  input: CarrierServiceInput;
};

export type Order = {
  __typename?: 'Order';
  /** Where the order's stock is held, per line and location. */
  allocations: Maybe<Array<Allocation>>;
  id: Scalars['ID']['output'];
  /** Why the order's stock is held where it is: the rules applied and each line's candidates; null before allocation. */
  sourcingDecision: Maybe<SourcingDecision>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PickupStore = {
  __typename?: 'PickupStore';
  availableToSell: Scalars['Int']['output'];
  distanceKm: Scalars['Float']['output'];
  location: Location;
};

export type PriceList = {
  __typename?: 'PriceList';
  channel: SalesChannel;
  currency: Scalars['String']['output'];
  /** Entries of the list, optionally only some SKUs. */
  entries: Array<PriceListEntry>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  validFrom: Scalars['DateTime']['output'];
  validTo: Maybe<Scalars['DateTime']['output']>;
};


export type PriceListEntriesArgs = {
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PriceListEntry = {
  __typename?: 'PriceListEntry';
  price: Money;
  sku: Scalars['String']['output'];
};

export type PromiseDestinationInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type PromiseLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type PublishSourcingRuleSetInput = {
  /** Default: now. A future moment publishes a SCHEDULED version. */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  name: Scalars['String']['input'];
  /** Filters and rankers, in the order they apply (see SourcingRule). */
  rules: Array<SourcingRuleInput>;
  scope: SourcingScopeInput;
  splitPolicy: SplitPolicyInput;
};

/** Inbound supply: a purchase order or advance shipping notice expected at a location. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  createdAt: Scalars['DateTime']['output'];
  expectedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<PurchaseOrderLine>;
  location: Location;
  number: Scalars['String']['output'];
  status: PurchaseOrderStatus;
  supplier: Scalars['String']['output'];
};

export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  quantityOrdered: Scalars['Int']['output'];
  /** Units already promised to presell orders against this line. */
  quantityPromised: Scalars['Int']['output'];
  quantityReceived: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type PurchaseOrderLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type PurchaseOrderStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED';

export type Query = {
  __typename?: 'Query';
  /**
   * Availability of up to 200 SKUs for a channel: available to sell in total and per location, the
   * earliest date stock can be promised (inbound supply), and pickup stores near a point.
   */
  availability: Array<SkuAvailability>;
  /** Carriers' service levels: transit times, delivery days and prices. */
  carrierServices: Array<CarrierService>;
  /** Days nothing ships or is delivered, by date (YYYY-MM-DD, inclusive bounds), country or location; at most 1000. */
  deliveryHolidays: Array<DeliveryHoliday>;
  /**
   * The delivery options a storefront shows at checkout for these lines to a destination: each
   * service level that can ship the whole order (price, dispatch and arrival dates, the locations it
   * leaves from), then pickup at the nearest stores that hold all of it (distance, ready-at). Computed
   * with the sourcing rules in force at `now` and live availability, as allocation would source the
   * order: options that cannot be kept are left out, and the lines the rules cannot ship are listed
   * in `shortfalls`. Changes nothing.
   */
  deliveryPromise: DeliveryPromise;
  /** The report of an inventory feed already imported, by its feed id. */
  inventoryFeed: Maybe<InventoryFeedReport>;
  /** A stock location by id; null when no such location exists. */
  location: Maybe<Location>;
  /** Stock locations ordered by code, optionally of one type or serving one channel. */
  locations: Array<Location>;
  /**
   * Internal (orders: a store associate's orders): the orders with stock held, released or shipped at a
   * location, by id. An associate's orders are those picked up or fulfilled at their store.
   */
  ordersFulfilledAt: Array<Scalars['ID']['output']>;
  /** Price lists, optionally for one channel, one currency, or in force at a moment. */
  priceLists: Array<PriceList>;
  purchaseOrder: Maybe<PurchaseOrder>;
  purchaseOrders: Array<PurchaseOrder>;
  /** Internal (order capture): unit prices from the price list in force. */
  quoteLines: Array<SkuPrice>;
  /** A cart hold by id. */
  reservation: Maybe<Reservation>;
  /**
   * Save the sale: when lines cannot be sourced as requested (e.g. a pickup store without the stock),
   * the alternatives that can, ranked: PICKUP_ELSEWHERE (nearest store first), SHIP_TO_HOME, PRESELL,
   * SUBSTITUTE, PARTIAL. Empty when the lines can be sourced as requested. Changes nothing; placeOrder
   * answers the same alternatives with an out-of-stock result.
   */
  saleAlternatives: Array<SourcingAlternative>;
  /** The shipping rate table sourcing and the dry run price parcels with (LOWEST_SHIPPING_COST). */
  shippingRates: ShippingRateTable;
  /**
   * A dry run: replays past orders (the last \`lastOrders\`, or \`orderIds\`) through candidate rules and
   * through the rules in force, against current stock, and reports both side by side. Changes nothing.
   */
  simulateSourcing: SourcingSimulation;
  /** An item of the item master by its code; null when unknown. */
  sku: Maybe<Sku>;
  /** The item master, by code, as a cursor connection (at most 100 per page). */
  skus: SkuConnection;
  /** Internal (order capture, care): saleAlternatives, leaving out locations that cannot serve the order. */
  sourcingAlternatives: Array<SourcingAlternative>;
  /**
   * Versions of the sourcing rules, newest effective date first within a scope: of the scopes with the
   * given channel, region and customer segment (all that are given), plus the global rules when
   * `global` is true; of every scope when nothing is given.
   */
  sourcingRuleSets: Array<SourcingRuleSet>;
  /**
   * Internal (order capture, in the same request as quoteLines): the segments that segment-scoped
   * sourcing rule sets in force now are scoped to, by code. Empty when there is none: order capture
   * then does not ask the customers service for the customer's segments at all.
   */
  sourcingSegments: Array<Scalars['String']['output']>;
  /** The stock ledger, newest first: every movement with before/after, reason and reference. */
  stockMovements: StockMovementConnection;
  transfer: Maybe<Transfer>;
  transfers: Array<Transfer>;
};


export type QueryAvailabilityArgs = {
  channel: SalesChannel;
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  skus: Array<Scalars['String']['input']>;
};


export type QueryCarrierServicesArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDeliveryHolidaysArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeliveryPromiseArgs = {
  input: DeliveryPromiseInput;
};


export type QueryInventoryFeedArgs = {
  feedId: Scalars['String']['input'];
};


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  channel?: InputMaybe<SalesChannel>;
  type?: InputMaybe<LocationType>;
};


export type QueryOrdersFulfilledAtArgs = {
  locationId: Scalars['ID']['input'];
};


export type QueryPriceListsArgs = {
  activeAt?: InputMaybe<Scalars['DateTime']['input']>;
  channel?: InputMaybe<SalesChannel>;
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPurchaseOrdersArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PurchaseOrderStatus>>;
};


export type QueryQuoteLinesArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  channel: SalesChannel;
  currency: Scalars['String']['input'];
  skus: Array<Scalars['String']['input']>;
};


export type QueryReservationArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySaleAlternativesArgs = {
  input: SaleAlternativesInput;
};


export type QuerySimulateSourcingArgs = {
  input: SimulateSourcingInput;
};


export type QuerySkuArgs = {
  code: Scalars['String']['input'];
};


export type QuerySkusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySourcingAlternativesArgs = {
  input: SourcingAlternativesInput;
};


export type QuerySourcingRuleSetsArgs = {
  channel?: InputMaybe<SalesChannel>;
  customerSegment?: InputMaybe<Scalars['String']['input']>;
  global?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTransferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransfersArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<TransferStatus>>;
};

export type ReallocateLineInput = {
  /** The allocation the units were held by. */
  allocationId: Scalars['ID']['input'];
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type ReallocateOrderLinesInput = {
  channel: SalesChannel;
  delivery: AllocationDeliveryInput;
  /** Locations the units must not be allocated at again (the one that failed them). */
  excludeLocationIds: Array<Scalars['ID']['input']>;
  lines: Array<ReallocateLineInput>;
  orderId: Scalars['ID']['input'];
  /** Why the units move, for the ledger; e.g. the location's rejection reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Chosen by the caller, e.g. the id of the event that asked for it: the same reference replays the first outcome. */
  reference: Scalars['String']['input'];
};

export type ReceivePurchaseOrderInput = {
  lines: Array<PurchaseOrderLineInput>;
  purchaseOrderId: Scalars['ID']['input'];
};

export type ReceiveTransferInput = {
  lines: Array<TransferLineInput>;
  transferId: Scalars['ID']['input'];
};

export type ReleaseOrderStockInput = {
  /** Only these order lines; all of the order's allocations when null. */
  lineIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A cart hold: stock set aside until it expires, is released, or becomes an order's allocation. */
export type Reservation = {
  __typename?: 'Reservation';
  cartId: Scalars['String']['output'];
  channel: SalesChannel;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<ReservationLine>;
  status: ReservationStatus;
};

export type ReservationLine = {
  __typename?: 'ReservationLine';
  location: Location;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type ReservationStatus =
  | 'ACTIVE'
  | 'CONVERTED'
  | 'EXPIRED'
  | 'RELEASED';

export type ReserveLineInput = {
  /** Hold at this location only (e.g. a pickup store). */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type ReserveStockInput = {
  /** The cart (or checkout session) the hold belongs to. */
  cartId: Scalars['String']['input'];
  channel: SalesChannel;
  lines: Array<ReserveLineInput>;
  /** Prefer locations near this point. */
  near?: InputMaybe<GeoPointInput>;
  /** Time to live in seconds: default 900, at most 14400. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ReserveStockResult = InsufficientStock | Reservation;

export type RevertOrderAllocationSwapInput = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The reference the swap was made with. */
  reference: Scalars['String']['input'];
};

/** Ways to save a sale whose lines cannot be sourced as requested, in rank order. */
export type SaleAlternativeKind =
  /** Take what is available now; the rest is left out. */
  | 'PARTIAL'
  /** Collect at another store nearby that has everything. */
  | 'PICKUP_ELSEWHERE'
  /** Order now; delivered from inbound supply (allowBackorder). */
  | 'PRESELL'
  /** Have it delivered instead of collecting it (needs an address). */
  | 'SHIP_TO_HOME'
  /** Take a configured substitute SKU instead of the missing one. */
  | 'SUBSTITUTE';

export type SaleAlternativesInput = {
  channel: SalesChannel;
  /** Substitutes must have a price in this currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  delivery: AlternativeDeliveryInput;
  lines: Array<PromiseLineInput>;
  now?: InputMaybe<Scalars['DateTime']['input']>;
  /** Other pickup stores within this distance (default 50). */
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};

export type SalesChannel =
  | 'CALL_CENTER'
  | 'MARKETPLACE'
  | 'MOBILE'
  | 'STORE'
  | 'WEB';

/** How fast a parcel travels. */
export type ServiceLevel =
  | 'ECONOMY'
  | 'EXPRESS'
  | 'STANDARD';

export type ShippingRate = {
  __typename?: 'ShippingRate';
  maxWeightGrams: Scalars['Int']['output'];
  price: Money;
  zone: Scalars['String']['output'];
};

export type ShippingRateInput = {
  /** Minor units of the table's currency. */
  amount: Scalars['Int']['input'];
  /** The heaviest parcel (grams) of the band; a parcel pays the lightest band that holds it. */
  maxWeightGrams: Scalars['Int']['input'];
  zone: Scalars['String']['input'];
};

/**
 * Parcels are priced by zone and weight: the zone of (origin country, destination), then the band
 * of the parcel's weight. No zone or no band: no rate (never a guess).
 */
export type ShippingRateTable = {
  __typename?: 'ShippingRateTable';
  /** Null while the table is empty. */
  currency: Maybe<Scalars['String']['output']>;
  rates: Array<ShippingRate>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  zones: Array<ShippingZone>;
};

export type ShippingRatesInput = {
  /** ISO 4217 currency of every amount. */
  currency: Scalars['String']['input'];
  rates: Array<ShippingRateInput>;
  zones: Array<ShippingZoneInput>;
};

export type ShippingZone = {
  __typename?: 'ShippingZone';
  destination: Scalars['String']['output'];
  originCountry: Scalars['String']['output'];
  zone: Scalars['String']['output'];
};

export type ShippingZoneInput = {
  /** ISO country (BE), subdivision (FR-20R, overrides its country) or * (every other destination). */
  destination: Scalars['String']['input'];
  /** ISO country of the shipping location. */
  originCountry: Scalars['String']['input'];
  zone: Scalars['String']['input'];
};

export type SimulateSourcingInput = {
  /** The most recent orders of the scope to replay (1 to 10000); ignored when orderIds is given. */
  lastOrders?: InputMaybe<Scalars['Int']['input']>;
  /** These orders (at most 10000) instead of the most recent ones. */
  orderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The candidate filters and rankers, validated as for publishing. */
  rules: Array<SourcingRuleInput>;
  /**
   * The orders the candidate would govern: those its scope matches whose governing scope now is not
   * more specific (see SourcingScopeInput); others are skipped as OUT_OF_SCOPE.
   */
  scope: SourcingScopeInput;
  splitPolicy: SplitPolicyInput;
};

export type SimulatedRuleSet = {
  __typename?: 'SimulatedRuleSet';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SkippedSimulationOrder = {
  __typename?: 'SkippedSimulationOrder';
  orderId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
};

/** An item the retailer sells. */
export type Sku = {
  __typename?: 'Sku';
  attributes: Array<SkuAttribute>;
  /** Available to sell summed over active locations (for a channel: those serving it, less its buffer). */
  availableToSell: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  dimensions: Maybe<Dimensions>;
  name: Scalars['String']['output'];
  /** Units that may be sold ahead of inbound supply when none is on hand. */
  presellLimit: Scalars['Int']['output'];
  /** Price of this SKU in the price list in force for a channel and currency; null when unpriced. */
  price: Maybe<Money>;
  returnable: Scalars['Boolean']['output'];
  /** Stock of this SKU at each location that holds it. */
  stock: Array<StockLevel>;
  /** Items offered instead of this one when it cannot be sourced, in order of preference. */
  substitutes: Array<Sku>;
  weightGrams: Maybe<Scalars['Int']['output']>;
};


/** An item the retailer sells. */
export type SkuAvailableToSellArgs = {
  channel?: InputMaybe<SalesChannel>;
};


/** An item the retailer sells. */
export type SkuPriceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  channel: SalesChannel;
  currency?: InputMaybe<Scalars['String']['input']>;
};

export type SkuAttribute = {
  __typename?: 'SkuAttribute';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SkuAttributeInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type SkuAvailability = {
  __typename?: 'SkuAvailability';
  /** Total available to sell for the channel over the locations serving it. */
  availableToSell: Scalars['Int']['output'];
  /** When stock can be promised: now when available, else the first inbound arrival with room; null when none. */
  earliestPromiseDate: Maybe<Scalars['DateTime']['output']>;
  locations: Array<LocationAvailability>;
  /** Pickup-capable stores within the radius of `near` holding the SKU, nearest first. */
  pickupStores: Array<PickupStore>;
  /** Units still open for presell against inbound supply. */
  presellAvailable: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type SkuConnection = {
  __typename?: 'SkuConnection';
  edges: Array<SkuEdge>;
  pageInfo: PageInfo;
};

export type SkuEdge = {
  __typename?: 'SkuEdge';
  cursor: Scalars['String']['output'];
  node: Sku;
};

export type SkuImportReport = {
  __typename?: 'SkuImportReport';
  created: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  rejected: Array<SkuRejection>;
  updated: Scalars['Int']['output'];
};

export type SkuInput = {
  attributes?: InputMaybe<Array<SkuAttributeInput>>;
  code: Scalars['String']['input'];
  dimensions?: InputMaybe<DimensionsInput>;
  name: Scalars['String']['input'];
  presellLimit?: InputMaybe<Scalars['Int']['input']>;
  returnable?: InputMaybe<Scalars['Boolean']['input']>;
  weightGrams?: InputMaybe<Scalars['Int']['input']>;
};

export type SkuPrice = {
  __typename?: 'SkuPrice';
  /** Null when the SKU has no price in the list in force. */
  amount: Maybe<Scalars['Int']['output']>;
  currency: Scalars['String']['output'];
  sku: Scalars['String']['output'];
};

export type SkuRejection = {
  __typename?: 'SkuRejection';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** 1-based position in the input. */
  position: Scalars['Int']['output'];
};

export type SourcedQuantity = {
  __typename?: 'SourcedQuantity';
  location: Location;
  quantity: Scalars['Int']['output'];
};

/** One alternative: the revised order it stands for and what it promises. */
export type SourcingAlternative = {
  __typename?: 'SourcingAlternative';
  allowPresell: Scalars['Boolean']['output'];
  /** Presell: when the inbound supply arrives; PARTIAL: when the units left out could come. */
  availableFrom: Maybe<Scalars['DateTime']['output']>;
  deliveryMethod: DeliveryMethod;
  description: Scalars['String']['output'];
  /** From the store asked for (or the destination) to this store. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  earliestDeliveryDate: Maybe<Scalars['String']['output']>;
  kind: SaleAlternativeKind;
  latestDeliveryDate: Maybe<Scalars['String']['output']>;
  /** Every line of the revised order. */
  lines: Array<AlternativeLine>;
  pickupLocation: Maybe<Location>;
  /** 1 for the best. */
  rank: Scalars['Int']['output'];
  readyAt: Maybe<Scalars['DateTime']['output']>;
  requiresAddress: Scalars['Boolean']['output'];
};

export type SourcingAlternativesInput = {
  channel: SalesChannel;
  currency?: InputMaybe<Scalars['String']['input']>;
  delivery: AlternativeDeliveryInput;
  excludeLocationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  lines: Array<PromiseLineInput>;
  now?: InputMaybe<Scalars['DateTime']['input']>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};

export type SourcingCandidateTrace = {
  __typename?: 'SourcingCandidateTrace';
  /** Available to sell for the channel when the line was sourced. */
  availableToSell: Scalars['Int']['output'];
  /** Null when the destination is unknown. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** The rule that removed this location, e.g. LOCATION_TYPE_IN(STORE); null when it stayed eligible. */
  eliminatedBy: Maybe<Scalars['String']['output']>;
  location: Location;
  /** 1 for the best ranked; null when eliminated. */
  rank: Maybe<Scalars['Int']['output']>;
  /** One sort key per ranker, in the ranker order (lower ranks first; null for an unknown distance). */
  score: Array<Maybe<Scalars['Float']['output']>>;
};

/** The decision trace of an order's sourcing. */
export type SourcingDecision = {
  __typename?: 'SourcingDecision';
  /** The segment of the governing rule set's scope, the one the order was sourced for; null when that scope has no segment. */
  customerSegment: Maybe<Scalars['String']['output']>;
  /**
   * The customer's segments the scopes were matched on, in order of preference (re-sourcing and dry
   * runs use them again). Empty for a guest, when no segment-scoped rule set was in force at
   * placement (the segments are then not asked for), or when they could not be obtained (see notes).
   */
  customerSegments: Array<Scalars['String']['output']>;
  decidedAt: Scalars['DateTime']['output'];
  /** True when the stock came from a cart hold converted into the order (no candidates were ranked). */
  fromReservation: Scalars['Boolean']['output'];
  lines: Array<SourcingDecisionLine>;
  /** What the engine says about the order as a whole, e.g. the outcome of the SHIP_COMPLETE search. */
  notes: Array<Scalars['String']['output']>;
  /** The destination region the scopes were matched on (subdivision, else country); null when unknown. */
  region: Maybe<Scalars['String']['output']>;
  ruleSetId: Scalars['ID']['output'];
  ruleSetName: Scalars['String']['output'];
  splitPolicy: SplitPolicy;
  version: Scalars['Int']['output'];
};

export type SourcingDecisionLine = {
  __typename?: 'SourcingDecisionLine';
  /** Every location holding the SKU for the channel, best ranked first, then those eliminated. */
  candidates: Array<SourcingCandidateTrace>;
  chosen: Array<SourcedQuantity>;
  lineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type SourcingRule = {
  __typename?: 'SourcingRule';
  capability: Maybe<Scalars['String']['output']>;
  countries: Maybe<Array<Scalars['String']['output']>>;
  kind: Scalars['String']['output'];
  km: Maybe<Scalars['Float']['output']>;
  locationIds: Maybe<Array<Scalars['ID']['output']>>;
  methods: Maybe<Array<Scalars['String']['output']>>;
  types: Maybe<Array<LocationType>>;
};

/**
 * One filter or ranker. `kind` is one of the filters LOCATION_TYPE_IN (types), SERVES_CHANNEL,
 * CAPABILITY (capability: ships | pickup | shipFromStore; methods: the delivery methods it applies to,
 * all when omitted), WITHIN_KM (km), HAS_WHOLE_LINE, UNDER_DAILY_CAPACITY, COUNTRY_IN (countries: the
 * location's ISO country); or one of the rankers PREFER_LOCATION_TYPE (types), NEAREST, MOST_STOCK,
 * LOCATION_PRIORITY (locationIds), FEWEST_SHIPMENTS (locations the order already ships from first, then
 * those holding the most of its remaining lines whole), LOWEST_SHIPPING_COST (what the line adds to the
 * order's estimated shipping cost by the rate table, see Query.shippingRates; unknown costs last).
 * Rankers sort lexicographically in the order given (the first decides, the next breaks its ties),
 * then by code.
 */
export type SourcingRuleInput = {
  capability?: InputMaybe<Scalars['String']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: Scalars['String']['input'];
  km?: InputMaybe<Scalars['Float']['input']>;
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  methods?: InputMaybe<Array<Scalars['String']['input']>>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An immutable version of the sourcing rules of one scope. */
export type SourcingRuleSet = {
  __typename?: 'SourcingRuleSet';
  /** The scope's channel; null when any. */
  channel: Maybe<SalesChannel>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** The scope's customer segment; null when any. */
  customerSegment: Maybe<Scalars['String']['output']>;
  effectiveFrom: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The scope's ISO country or subdivision; null when any. */
  region: Maybe<Scalars['String']['output']>;
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  retiredBy: Maybe<Scalars['String']['output']>;
  rules: Array<SourcingRule>;
  splitPolicy: SplitPolicy;
  status: SourcingRuleSetStatus;
  /** 1, 2, … per scope. */
  version: Scalars['Int']['output'];
};

export type SourcingRuleSetStatus =
  /** The version orders of its scope are sourced with now. */
  | 'IN_FORCE'
  /** Withdrawn by an administrator (retireSourcingRuleSet): governs no order. */
  | 'RETIRED'
  /** Effective from a future moment. */
  | 'SCHEDULED'
  /** Replaced by a later version of its scope. */
  | 'SUPERSEDED';

/**
 * Which orders a rule set governs: those matching every dimension given (none: global). When several
 * rule sets in force match an order, the most specific scope wins: first the one with more dimensions,
 * then, with as many, segment before channel before region, and a subdivision (FR-IDF) before its
 * country (FR). So segment+channel+region > segment+channel > segment+region > channel+region >
 * segment > channel > region > global; within a scope, the latest version in force applies. A
 * customer in several segments: between matching scopes as specific that differ only by their
 * segment, the customer's preferred segment wins: a segment staff assigned them before one their
 * orders earn, then by code (SourcingDecision.customerSegments lists them in that order).
 */
export type SourcingScopeInput = {
  /** Orders of this channel. */
  channel?: InputMaybe<SalesChannel>;
  /** Orders of customers of this segment (letters, digits, _ or -; compared in upper case). */
  customerSegment?: InputMaybe<Scalars['String']['input']>;
  /** Orders shipped to this ISO country (FR) or country subdivision (FR-IDF). */
  region?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Both rule sets over the same orders. Each order is planned on its own against the stock available
 * now (orders do not deplete each other's stock); presell is not planned.
 */
export type SourcingSimulation = {
  __typename?: 'SourcingSimulation';
  candidate: SourcingSimulationOutcome;
  /** Orders the two rule sets source differently. */
  differenceCount: Scalars['Int']['output'];
  /** The first 50 of them. */
  differences: Array<SourcingSimulationDifference>;
  inForce: SourcingSimulationOutcome;
  /** The version governing most of the replayed orders now. */
  ruleSetInForce: SimulatedRuleSet;
  /** Every version governing some of the replayed orders now, with how many. */
  ruleSetsInForce: Array<GoverningRuleSet>;
  /** The first 50 of them. */
  skipped: Array<SkippedSimulationOrder>;
  /** Orders not replayed: NOT_FOUND, NO_DESTINATION (decided before destinations were recorded), OUT_OF_SCOPE. */
  skippedCount: Scalars['Int']['output'];
};

export type SourcingSimulationDifference = {
  __typename?: 'SourcingSimulationDifference';
  /** Where the candidate rules would source it. */
  candidateLocations: Array<Location>;
  /** Where the rules in force would source the order now. */
  currentLocations: Array<Location>;
  orderId: Scalars['ID']['output'];
};

export type SourcingSimulationOutcome = {
  __typename?: 'SourcingSimulationOutcome';
  /** Distance of the sourced units to their destination, weighted by units; null when unknown. */
  averageDistanceKm: Maybe<Scalars['Float']['output']>;
  /** estimatedShippingCost over the SHIP orders evaluated; null while no rates are set. */
  averageShippingCostPerOrder: Maybe<Money>;
  /**
   * Estimated shipping cost of the SHIP orders' parcels (one per location and order) by the rate
   * table and the SKUs' weights (an unknown weight counts as 0 g); null while no rates are set.
   */
  estimatedShippingCost: Maybe<Money>;
  ordersEvaluated: Scalars['Int']['output'];
  /** Distinct shipping locations per order, on average. */
  shipmentsPerOrder: Scalars['Float']['output'];
  /** Share (0 to 1) of the sourced units that come from stores; null when nothing was sourced. */
  storeShare: Maybe<Scalars['Float']['output']>;
  unitsSourced: Scalars['Int']['output'];
  /** Parcels the table cannot price (no zone for the destination, or heavier than every band), left out of the cost. */
  unratedParcelCount: Scalars['Int']['output'];
  unsourcedLineCount: Scalars['Int']['output'];
  /** The first 10 lines that could not be sourced. */
  unsourcedLines: Array<UnsourcedLine>;
};

export type SplitPolicy = {
  __typename?: 'SplitPolicy';
  kind: Scalars['String']['output'];
  maxShipments: Maybe<Scalars['Int']['output']>;
};

/**
 * kind: SHIP_COMPLETE (one location for the whole order), ALLOW_SPLIT, or MAX_SHIPMENTS (maxShipments).
 * SHIP_COMPLETE looks for the locations that pass the filters for every line and hold every line
 * whole, and ranks the lines among those only. When there is none the decision's notes say so and
 * the lines are tried one after the other at the first line's best location: a line it lacks is
 * short (or presold), so the order is refused as a shortage rather than split.
 */
export type SplitPolicyInput = {
  kind: Scalars['String']['input'];
  maxShipments?: InputMaybe<Scalars['Int']['input']>;
};

export type StockAllocated = {
  __typename?: 'StockAllocated';
  allocations: Array<Allocation>;
  /** With a serviceLevel: what shipping these allocations costs and when they arrive; null otherwise. */
  deliveryQuote: Maybe<DeliveryQuote>;
};

/** Stock of one SKU at one location. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** max(0, onHand - reserved - safetyStock) */
  availableToSell: Scalars['Int']['output'];
  /** Movements of this stock level, newest first. */
  history: StockMovementConnection;
  location: Location;
  /**
   * Units at the location that cannot be sold, outside onHand: returned goods awaiting refurbishment
   * or disposal (inspectReturn's REFURBISH and DISPOSE).
   */
  nonSellable: Scalars['Int']['output'];
  onHand: Scalars['Int']['output'];
  /** Held by active cart reservations and order allocations. */
  reserved: Scalars['Int']['output'];
  safetyStock: Scalars['Int']['output'];
  sku: Sku;
  updatedAt: Scalars['DateTime']['output'];
};


/** Stock of one SKU at one location. */
export type StockLevelHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change to a stock level, as the ledger recorded it. */
export type StockMovement = {
  __typename?: 'StockMovement';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: StockMovementKind;
  location: Location;
  onHandAfter: Scalars['Int']['output'];
  onHandBefore: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** What caused it: an order, reservation, transfer, purchase order or feed id. */
  reference: Maybe<Scalars['String']['output']>;
  reservedAfter: Scalars['Int']['output'];
  reservedBefore: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
};

export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

export type StockMovementKind =
  | 'ADJUSTMENT'
  | 'ALLOCATION'
  | 'EXPIRY'
  | 'FEED_SYNC'
  | 'RECEIPT'
  | 'RELEASE'
  | 'RESERVATION'
  | 'RETURN'
  | 'SHIPMENT'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

export type StockShortage = {
  __typename?: 'StockShortage';
  lines: Array<StockShortfall>;
};

export type StockShortfall = {
  __typename?: 'StockShortfall';
  available: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Stock of these SKUs (at one location, or at every location holding them) each time it changes:
   * on hand, reserved and available to sell as committed. At most 200 SKUs.
   */
  availabilityChanged: StockLevel;
};


export type SubscriptionAvailabilityChangedArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  skus: Array<Scalars['String']['input']>;
};

export type SwapOrderAllocationsInput = {
  allowPresell?: InputMaybe<Scalars['Boolean']['input']>;
  channel: SalesChannel;
  delivery: AllocationDeliveryInput;
  /** Lines to hold after that (an order line's whole quantity). */
  lines: Array<AllocateLineInput>;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** Chosen by the caller (e.g. the edit's id): the same reference replays the first outcome. */
  reference: Scalars['String']['input'];
  /** Order lines whose allocations are released first. */
  releaseLineIds: Array<Scalars['ID']['input']>;
};

/** Stock moving between two locations of the retailer. */
export type Transfer = {
  __typename?: 'Transfer';
  createdAt: Scalars['DateTime']['output'];
  from: Location;
  id: Scalars['ID']['output'];
  lines: Array<TransferLine>;
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: TransferStatus;
  to: Location;
};

export type TransferLine = {
  __typename?: 'TransferLine';
  /** Shipped and not yet received: counted as sellable nowhere. */
  inTransit: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  receivedQuantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type TransferLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type TransferStatus =
  | 'CANCELLED'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'REQUESTED'
  | 'SHIPPED';

/** Transit time to a country, or to the zone of its postal codes starting with a prefix (the longest matching prefix wins). */
export type TransitLane = {
  __typename?: 'TransitLane';
  country: Scalars['String']['output'];
  maxDays: Scalars['Int']['output'];
  minDays: Scalars['Int']['output'];
  postalCodePrefix: Maybe<Scalars['String']['output']>;
};

export type TransitLaneInput = {
  country: Scalars['String']['input'];
  maxDays: Scalars['Int']['input'];
  minDays: Scalars['Int']['input'];
  postalCodePrefix?: InputMaybe<Scalars['String']['input']>;
};

export type UnrestoredUnits = {
  __typename?: 'UnrestoredUnits';
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type UnsourcedLine = {
  __typename?: 'UnsourcedLine';
  lineId: Scalars['ID']['output'];
  orderId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CustomerDataExport: CustomerDataExport;
  Location: Location;
  Order: Order;
  Sku: Sku;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"orderIds":true,"contactValues":true}> ) );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Sku:
    ( { __typename: 'Sku' }
    & GraphQLRecursivePick<FederationTypes['Sku'], {"code":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AllocationResult:
    | ( Omit<StockAllocated, 'allocations'> & { allocations: Array<_RefType['Allocation']> } )
    | ( StockShortage )
  ;
  ReserveStockResult:
    | ( InsufficientStock )
    | ( ReservationEntity )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AllocateLineInput: AllocateLineInput;
  AllocateOrderStockInput: AllocateOrderStockInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Allocation: ResolverTypeWrapper<AllocationEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AllocationDeliveryInput: AllocationDeliveryInput;
  AllocationDeliveryMethod: AllocationDeliveryMethod;
  AllocationKind: AllocationKind;
  AllocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AllocationResult']>;
  AllocationStatus: AllocationStatus;
  AllocationSwapRevert: ResolverTypeWrapper<Omit<AllocationSwapRevert, 'restored'> & { restored: Array<ResolversTypes['Allocation']> }>;
  AlternativeDeliveryInput: AlternativeDeliveryInput;
  AlternativeLine: ResolverTypeWrapper<AlternativeLine>;
  CarrierRate: ResolverTypeWrapper<CarrierRate>;
  CarrierRateInput: CarrierRateInput;
  CarrierService: ResolverTypeWrapper<CarrierServiceEntity>;
  CarrierServiceInput: CarrierServiceInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTransferInput: CreateTransferInput;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportReferenceEntity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryHoliday: ResolverTypeWrapper<DeliveryHolidayEntity>;
  DeliveryHolidayInput: DeliveryHolidayInput;
  DeliveryMethod: DeliveryMethod;
  DeliveryOption: ResolverTypeWrapper<Omit<DeliveryOption, 'pickupLocation' | 'shipsFrom'> & { pickupLocation?: Maybe<ResolversTypes['Location']>, shipsFrom: Array<ResolversTypes['Location']> }>;
  DeliveryPromise: ResolverTypeWrapper<Omit<DeliveryPromise, 'options'> & { options: Array<ResolversTypes['DeliveryOption']> }>;
  DeliveryPromiseInput: DeliveryPromiseInput;
  DeliveryQuote: ResolverTypeWrapper<DeliveryQuote>;
  Dimensions: ResolverTypeWrapper<Dimensions>;
  DimensionsInput: DimensionsInput;
  FeedLineInput: FeedLineInput;
  FeedLineRejection: ResolverTypeWrapper<FeedLineRejection>;
  FeedMode: FeedMode;
  FeedRejectionReason: FeedRejectionReason;
  GeoPointInput: GeoPointInput;
  GoverningRuleSet: ResolverTypeWrapper<GoverningRuleSet>;
  InsufficientStock: ResolverTypeWrapper<InsufficientStock>;
  InventoryFeedInput: InventoryFeedInput;
  InventoryFeedReport: ResolverTypeWrapper<InventoryFeedReport>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<LocationEntity>;
  LocationAddress: ResolverTypeWrapper<LocationAddress>;
  LocationAvailability: ResolverTypeWrapper<Omit<LocationAvailability, 'location'> & { location: ResolversTypes['Location'] }>;
  LocationCapabilities: ResolverTypeWrapper<LocationCapabilities>;
  LocationDeliveryProfile: ResolverTypeWrapper<LocationDeliveryProfile>;
  LocationDeliveryProfileInput: LocationDeliveryProfileInput;
  LocationType: LocationType;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PickupStore: ResolverTypeWrapper<Omit<PickupStore, 'location'> & { location: ResolversTypes['Location'] }>;
  PriceList: ResolverTypeWrapper<PriceListEntity>;
  PriceListEntry: ResolverTypeWrapper<PriceListEntry>;
  PromiseDestinationInput: PromiseDestinationInput;
  PromiseLineInput: PromiseLineInput;
  PublishSourcingRuleSetInput: PublishSourcingRuleSetInput;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderEntity>;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineEntity>;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderStatus: PurchaseOrderStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReallocateLineInput: ReallocateLineInput;
  ReallocateOrderLinesInput: ReallocateOrderLinesInput;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceiveTransferInput: ReceiveTransferInput;
  ReleaseOrderStockInput: ReleaseOrderStockInput;
  Reservation: ResolverTypeWrapper<ReservationEntity>;
  ReservationLine: ResolverTypeWrapper<ReservationLineEntity>;
  ReservationStatus: ReservationStatus;
  ReserveLineInput: ReserveLineInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  RevertOrderAllocationSwapInput: RevertOrderAllocationSwapInput;
  SaleAlternativeKind: SaleAlternativeKind;
  SaleAlternativesInput: SaleAlternativesInput;
  SalesChannel: SalesChannel;
  ServiceLevel: ServiceLevel;
  ShippingRate: ResolverTypeWrapper<ShippingRate>;
  ShippingRateInput: ShippingRateInput;
  ShippingRateTable: ResolverTypeWrapper<ShippingRateTable>;
  ShippingRatesInput: ShippingRatesInput;
  ShippingZone: ResolverTypeWrapper<ShippingZone>;
  ShippingZoneInput: ShippingZoneInput;
  SimulateSourcingInput: SimulateSourcingInput;
  SimulatedRuleSet: ResolverTypeWrapper<SimulatedRuleSet>;
  SkippedSimulationOrder: ResolverTypeWrapper<SkippedSimulationOrder>;
  Sku: ResolverTypeWrapper<SkuEntity>;
  SkuAttribute: ResolverTypeWrapper<SkuAttribute>;
  SkuAttributeInput: SkuAttributeInput;
  SkuAvailability: ResolverTypeWrapper<Omit<SkuAvailability, 'locations' | 'pickupStores'> & { locations: Array<ResolversTypes['LocationAvailability']>, pickupStores: Array<ResolversTypes['PickupStore']> }>;
  SkuConnection: ResolverTypeWrapper<Omit<SkuConnection, 'edges'> & { edges: Array<ResolversTypes['SkuEdge']> }>;
  SkuEdge: ResolverTypeWrapper<Omit<SkuEdge, 'node'> & { node: ResolversTypes['Sku'] }>;
  SkuImportReport: ResolverTypeWrapper<SkuImportReport>;
  SkuInput: SkuInput;
  SkuPrice: ResolverTypeWrapper<SkuPrice>;
  SkuRejection: ResolverTypeWrapper<SkuRejection>;
  SourcedQuantity: ResolverTypeWrapper<Omit<SourcedQuantity, 'location'> & { location: ResolversTypes['Location'] }>;
  SourcingAlternative: ResolverTypeWrapper<Omit<SourcingAlternative, 'pickupLocation'> & { pickupLocation?: Maybe<ResolversTypes['Location']> }>;
  SourcingAlternativesInput: SourcingAlternativesInput;
  SourcingCandidateTrace: ResolverTypeWrapper<Omit<SourcingCandidateTrace, 'location'> & { location: ResolversTypes['Location'] }>;
  SourcingDecision: ResolverTypeWrapper<Omit<SourcingDecision, 'lines'> & { lines: Array<ResolversTypes['SourcingDecisionLine']> }>;
  SourcingDecisionLine: ResolverTypeWrapper<Omit<SourcingDecisionLine, 'candidates' | 'chosen'> & { candidates: Array<ResolversTypes['SourcingCandidateTrace']>, chosen: Array<ResolversTypes['SourcedQuantity']> }>;
  SourcingRule: ResolverTypeWrapper<SourcingRule>;
  SourcingRuleInput: SourcingRuleInput;
  SourcingRuleSet: ResolverTypeWrapper<SourcingRuleSet>;
  SourcingRuleSetStatus: SourcingRuleSetStatus;
  SourcingScopeInput: SourcingScopeInput;
  SourcingSimulation: ResolverTypeWrapper<Omit<SourcingSimulation, 'differences'> & { differences: Array<ResolversTypes['SourcingSimulationDifference']> }>;
  SourcingSimulationDifference: ResolverTypeWrapper<Omit<SourcingSimulationDifference, 'candidateLocations' | 'currentLocations'> & { candidateLocations: Array<ResolversTypes['Location']>, currentLocations: Array<ResolversTypes['Location']> }>;
  SourcingSimulationOutcome: ResolverTypeWrapper<SourcingSimulationOutcome>;
  SplitPolicy: ResolverTypeWrapper<SplitPolicy>;
  SplitPolicyInput: SplitPolicyInput;
  StockAllocated: ResolverTypeWrapper<Omit<StockAllocated, 'allocations'> & { allocations: Array<ResolversTypes['Allocation']> }>;
  StockLevel: ResolverTypeWrapper<StockLevelEntity>;
  StockMovement: ResolverTypeWrapper<StockMovementEntity>;
  StockMovementConnection: ResolverTypeWrapper<Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversTypes['StockMovementEdge']> }>;
  StockMovementEdge: ResolverTypeWrapper<Omit<StockMovementEdge, 'node'> & { node: ResolversTypes['StockMovement'] }>;
  StockMovementKind: StockMovementKind;
  StockShortage: ResolverTypeWrapper<StockShortage>;
  StockShortfall: ResolverTypeWrapper<StockShortfall>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SwapOrderAllocationsInput: SwapOrderAllocationsInput;
  Transfer: ResolverTypeWrapper<TransferEntity>;
  TransferLine: ResolverTypeWrapper<TransferLineEntity>;
  TransferLineInput: TransferLineInput;
  TransferStatus: TransferStatus;
  TransitLane: ResolverTypeWrapper<TransitLane>;
  TransitLaneInput: TransitLaneInput;
  UnrestoredUnits: ResolverTypeWrapper<UnrestoredUnits>;
  UnsourcedLine: ResolverTypeWrapper<UnsourcedLine>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AllocateLineInput: AllocateLineInput;
  AllocateOrderStockInput: AllocateOrderStockInput;
  Boolean: Scalars['Boolean']['output'];
  Allocation: AllocationEntity;
  Float: Scalars['Float']['output'];
  AllocationDeliveryInput: AllocationDeliveryInput;
  AllocationResult: ResolversUnionTypes<ResolversParentTypes>['AllocationResult'];
  AllocationSwapRevert: Omit<AllocationSwapRevert, 'restored'> & { restored: Array<ResolversParentTypes['Allocation']> };
  AlternativeDeliveryInput: AlternativeDeliveryInput;
  AlternativeLine: AlternativeLine;
  CarrierRate: CarrierRate;
  CarrierRateInput: CarrierRateInput;
  CarrierService: CarrierServiceEntity;
  CarrierServiceInput: CarrierServiceInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateTransferInput: CreateTransferInput;
  CustomerDataExport: CustomerDataExportReferenceEntity;
  DateTime: Scalars['DateTime']['output'];
  DeliveryHoliday: DeliveryHolidayEntity;
  DeliveryHolidayInput: DeliveryHolidayInput;
  DeliveryOption: Omit<DeliveryOption, 'pickupLocation' | 'shipsFrom'> & { pickupLocation?: Maybe<ResolversParentTypes['Location']>, shipsFrom: Array<ResolversParentTypes['Location']> };
  DeliveryPromise: Omit<DeliveryPromise, 'options'> & { options: Array<ResolversParentTypes['DeliveryOption']> };
  DeliveryPromiseInput: DeliveryPromiseInput;
  DeliveryQuote: DeliveryQuote;
  Dimensions: Dimensions;
  DimensionsInput: DimensionsInput;
  FeedLineInput: FeedLineInput;
  FeedLineRejection: FeedLineRejection;
  GeoPointInput: GeoPointInput;
  GoverningRuleSet: GoverningRuleSet;
  InsufficientStock: InsufficientStock;
  InventoryFeedInput: InventoryFeedInput;
  InventoryFeedReport: InventoryFeedReport;
  JSON: Scalars['JSON']['output'];
  Location: LocationEntity;
  LocationAddress: LocationAddress;
  LocationAvailability: Omit<LocationAvailability, 'location'> & { location: ResolversParentTypes['Location'] };
  LocationCapabilities: LocationCapabilities;
  LocationDeliveryProfile: LocationDeliveryProfile;
  LocationDeliveryProfileInput: LocationDeliveryProfileInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceEntity;
  PageInfo: PageInfo;
  PickupStore: Omit<PickupStore, 'location'> & { location: ResolversParentTypes['Location'] };
  PriceList: PriceListEntity;
  PriceListEntry: PriceListEntry;
  PromiseDestinationInput: PromiseDestinationInput;
  PromiseLineInput: PromiseLineInput;
  PublishSourcingRuleSetInput: PublishSourcingRuleSetInput;
  PurchaseOrder: PurchaseOrderEntity;
  PurchaseOrderLine: PurchaseOrderLineEntity;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  Query: Record<PropertyKey, never>;
  ReallocateLineInput: ReallocateLineInput;
  ReallocateOrderLinesInput: ReallocateOrderLinesInput;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceiveTransferInput: ReceiveTransferInput;
  ReleaseOrderStockInput: ReleaseOrderStockInput;
  Reservation: ReservationEntity;
  ReservationLine: ReservationLineEntity;
  ReserveLineInput: ReserveLineInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  RevertOrderAllocationSwapInput: RevertOrderAllocationSwapInput;
  SaleAlternativesInput: SaleAlternativesInput;
  ShippingRate: ShippingRate;
  ShippingRateInput: ShippingRateInput;
  ShippingRateTable: ShippingRateTable;
  ShippingRatesInput: ShippingRatesInput;
  ShippingZone: ShippingZone;
  ShippingZoneInput: ShippingZoneInput;
  SimulateSourcingInput: SimulateSourcingInput;
  SimulatedRuleSet: SimulatedRuleSet;
  SkippedSimulationOrder: SkippedSimulationOrder;
  Sku: SkuEntity;
  SkuAttribute: SkuAttribute;
  SkuAttributeInput: SkuAttributeInput;
  SkuAvailability: Omit<SkuAvailability, 'locations' | 'pickupStores'> & { locations: Array<ResolversParentTypes['LocationAvailability']>, pickupStores: Array<ResolversParentTypes['PickupStore']> };
  SkuConnection: Omit<SkuConnection, 'edges'> & { edges: Array<ResolversParentTypes['SkuEdge']> };
  SkuEdge: Omit<SkuEdge, 'node'> & { node: ResolversParentTypes['Sku'] };
  SkuImportReport: SkuImportReport;
  SkuInput: SkuInput;
  SkuPrice: SkuPrice;
  SkuRejection: SkuRejection;
  SourcedQuantity: Omit<SourcedQuantity, 'location'> & { location: ResolversParentTypes['Location'] };
  SourcingAlternative: Omit<SourcingAlternative, 'pickupLocation'> & { pickupLocation?: Maybe<ResolversParentTypes['Location']> };
  SourcingAlternativesInput: SourcingAlternativesInput;
  SourcingCandidateTrace: Omit<SourcingCandidateTrace, 'location'> & { location: ResolversParentTypes['Location'] };
  SourcingDecision: Omit<SourcingDecision, 'lines'> & { lines: Array<ResolversParentTypes['SourcingDecisionLine']> };
  SourcingDecisionLine: Omit<SourcingDecisionLine, 'candidates' | 'chosen'> & { candidates: Array<ResolversParentTypes['SourcingCandidateTrace']>, chosen: Array<ResolversParentTypes['SourcedQuantity']> };
  SourcingRule: SourcingRule;
  SourcingRuleInput: SourcingRuleInput;
  SourcingRuleSet: SourcingRuleSet;
  SourcingScopeInput: SourcingScopeInput;
  SourcingSimulation: Omit<SourcingSimulation, 'differences'> & { differences: Array<ResolversParentTypes['SourcingSimulationDifference']> };
  SourcingSimulationDifference: Omit<SourcingSimulationDifference, 'candidateLocations' | 'currentLocations'> & { candidateLocations: Array<ResolversParentTypes['Location']>, currentLocations: Array<ResolversParentTypes['Location']> };
  SourcingSimulationOutcome: SourcingSimulationOutcome;
  SplitPolicy: SplitPolicy;
  SplitPolicyInput: SplitPolicyInput;
  StockAllocated: Omit<StockAllocated, 'allocations'> & { allocations: Array<ResolversParentTypes['Allocation']> };
  StockLevel: StockLevelEntity;
  StockMovement: StockMovementEntity;
  StockMovementConnection: Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockMovementEdge']> };
  StockMovementEdge: Omit<StockMovementEdge, 'node'> & { node: ResolversParentTypes['StockMovement'] };
  StockShortage: StockShortage;
  StockShortfall: StockShortfall;
  Subscription: Record<PropertyKey, never>;
  SwapOrderAllocationsInput: SwapOrderAllocationsInput;
  Transfer: TransferEntity;
  TransferLine: TransferLineEntity;
  TransferLineInput: TransferLineInput;
  TransitLane: TransitLane;
  TransitLaneInput: TransitLaneInput;
  UnrestoredUnits: UnrestoredUnits;
  UnsourcedLine: UnsourcedLine;
}>;

export type AllocationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllocationKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllocationStatus'], ParentType, ContextType>;
}>;

export type AllocationResultResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['AllocationResult'] = ResolversParentTypes['AllocationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'StockAllocated' | 'StockShortage', ParentType, ContextType>;
}>;

export type AllocationSwapRevertResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['AllocationSwapRevert'] = ResolversParentTypes['AllocationSwapRevert']> = ResolversObject<{
  restored?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  reverted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unrestored?: Resolver<Array<ResolversTypes['UnrestoredUnits']>, ParentType, ContextType>;
}>;

export type AlternativeLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['AlternativeLine'] = ResolversParentTypes['AlternativeLine']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replacesSku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CarrierRateResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['CarrierRate'] = ResolversParentTypes['CarrierRate']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxWeightGrams?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CarrierServiceResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['CarrierService'] = ResolversParentTypes['CarrierService']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  carrierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['TransitLane']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['CarrierRate']>, ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType>;
  surcharge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerDataExportResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventory?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryHolidayResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['DeliveryHoliday'] = ResolversParentTypes['DeliveryHoliday']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeliveryOptionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['DeliveryOption'] = ResolversParentTypes['DeliveryOption']> = ResolversObject<{
  carrierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carrierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dispatchDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  earliestDeliveryDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestDeliveryDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
  shipsFrom?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
}>;

export type DeliveryPromiseResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['DeliveryPromise'] = ResolversParentTypes['DeliveryPromise']> = ResolversObject<{
  options?: Resolver<Array<ResolversTypes['DeliveryOption']>, ParentType, ContextType>;
  promisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ruleSetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleSetVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['StockShortfall']>, ParentType, ContextType>;
}>;

export type DeliveryQuoteResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['DeliveryQuote'] = ResolversParentTypes['DeliveryQuote']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carrierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  carrierName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatchDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earliestDeliveryDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestDeliveryDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType>;
}>;

export type DimensionsResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Dimensions'] = ResolversParentTypes['Dimensions']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FeedLineRejectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['FeedLineRejection'] = ResolversParentTypes['FeedLineRejection']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FeedRejectionReason'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GoverningRuleSetResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['GoverningRuleSet'] = ResolversParentTypes['GoverningRuleSet']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InsufficientStockResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InsufficientStock'] = ResolversParentTypes['InsufficientStock']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['StockShortfall']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryFeedReportResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InventoryFeedReport'] = ResolversParentTypes['InventoryFeedReport']> = ResolversObject<{
  appliedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['FeedMode'], ParentType, ContextType>;
  processedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedLines?: Resolver<Array<ResolversTypes['FeedLineRejection']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['LocationAddress'], ParentType, ContextType>;
  capabilities?: Resolver<ResolversTypes['LocationCapabilities'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dailyOrderCapacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  defaultSafetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryProfile?: Resolver<ResolversTypes['LocationDeliveryProfile'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LocationType'], ParentType, ContextType>;
}>;

export type LocationAddressResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['LocationAddress'] = ResolversParentTypes['LocationAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LocationAvailabilityResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['LocationAvailability'] = ResolversParentTypes['LocationAvailability']> = ResolversObject<{
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type LocationCapabilitiesResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['LocationCapabilities'] = ResolversParentTypes['LocationCapabilities']> = ResolversObject<{
  pickup?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shipFromStore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ships?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LocationDeliveryProfileResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['LocationDeliveryProfile'] = ResolversParentTypes['LocationDeliveryProfile']> = ResolversObject<{
  closingTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cutoffTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  openingTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pickupPreparationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  processingHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addDeliveryHoliday?: Resolver<ResolversTypes['DeliveryHoliday'], ParentType, ContextType, RequireFields<MutationAddDeliveryHolidayArgs, 'input'>>;
  adjustStock?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  allocateOrderStock?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<MutationAllocateOrderStockArgs, 'input'>>;
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationCreateTransferArgs, 'input'>>;
  extendReservation?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType, RequireFields<MutationExtendReservationArgs, 'id' | 'ttlSeconds'>>;
  importInventoryFeed?: Resolver<ResolversTypes['InventoryFeedReport'], ParentType, ContextType, RequireFields<MutationImportInventoryFeedArgs, 'input'>>;
  importSkus?: Resolver<ResolversTypes['SkuImportReport'], ParentType, ContextType, RequireFields<MutationImportSkusArgs, 'input'>>;
  publishSourcingRuleSet?: Resolver<ResolversTypes['SourcingRuleSet'], ParentType, ContextType, RequireFields<MutationPublishSourcingRuleSetArgs, 'input'>>;
  reallocateOrderLines?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<MutationReallocateOrderLinesArgs, 'input'>>;
  receivePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType, RequireFields<MutationReceivePurchaseOrderArgs, 'input'>>;
  receiveTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationReceiveTransferArgs, 'input'>>;
  releaseOrderStock?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType, RequireFields<MutationReleaseOrderStockArgs, 'input'>>;
  releaseReservation?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType, RequireFields<MutationReleaseReservationArgs, 'id'>>;
  removeDeliveryHoliday?: Resolver<ResolversTypes['DeliveryHoliday'], ParentType, ContextType, RequireFields<MutationRemoveDeliveryHolidayArgs, 'id'>>;
  reserveStock?: Resolver<ResolversTypes['ReserveStockResult'], ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  retireSourcingRuleSet?: Resolver<ResolversTypes['SourcingRuleSet'], ParentType, ContextType, RequireFields<MutationRetireSourcingRuleSetArgs, 'id'>>;
  revertOrderAllocationSwap?: Resolver<ResolversTypes['AllocationSwapRevert'], ParentType, ContextType, RequireFields<MutationRevertOrderAllocationSwapArgs, 'input'>>;
  setLocationDeliveryProfile?: Resolver<ResolversTypes['Location'], ParentType, ContextType, RequireFields<MutationSetLocationDeliveryProfileArgs, 'input'>>;
  setShippingRates?: Resolver<ResolversTypes['ShippingRateTable'], ParentType, ContextType, RequireFields<MutationSetShippingRatesArgs, 'input'>>;
  setSkuSubstitutes?: Resolver<ResolversTypes['Sku'], ParentType, ContextType, RequireFields<MutationSetSkuSubstitutesArgs, 'sku' | 'substitutes'>>;
  shipTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationShipTransferArgs, 'id'>>;
  swapOrderAllocations?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<MutationSwapOrderAllocationsArgs, 'input'>>;
  upsertCarrierService?: Resolver<ResolversTypes['CarrierService'], ParentType, ContextType, RequireFields<MutationUpsertCarrierServiceArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<Maybe<Array<ResolversTypes['Allocation']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourcingDecision?: Resolver<Maybe<ResolversTypes['SourcingDecision']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PickupStoreResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PickupStore'] = ResolversParentTypes['PickupStore']> = ResolversObject<{
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type PriceListResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PriceList'] = ResolversParentTypes['PriceList']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['PriceListEntry']>, ParentType, ContextType, Partial<PriceListEntriesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PriceListEntryResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PriceListEntry'] = ResolversParentTypes['PriceListEntry']> = ResolversObject<{
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PurchaseOrderResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PurchaseOrderLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = ResolversObject<{
  quantityOrdered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityPromised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  availability?: Resolver<Array<ResolversTypes['SkuAvailability']>, ParentType, ContextType, RequireFields<QueryAvailabilityArgs, 'channel' | 'radiusKm' | 'skus'>>;
  carrierServices?: Resolver<Array<ResolversTypes['CarrierService']>, ParentType, ContextType, RequireFields<QueryCarrierServicesArgs, 'activeOnly'>>;
  deliveryHolidays?: Resolver<Array<ResolversTypes['DeliveryHoliday']>, ParentType, ContextType, Partial<QueryDeliveryHolidaysArgs>>;
  deliveryPromise?: Resolver<ResolversTypes['DeliveryPromise'], ParentType, ContextType, RequireFields<QueryDeliveryPromiseArgs, 'input'>>;
  inventoryFeed?: Resolver<Maybe<ResolversTypes['InventoryFeedReport']>, ParentType, ContextType, RequireFields<QueryInventoryFeedArgs, 'feedId'>>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationsArgs, 'activeOnly'>>;
  ordersFulfilledAt?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryOrdersFulfilledAtArgs, 'locationId'>>;
  priceLists?: Resolver<Array<ResolversTypes['PriceList']>, ParentType, ContextType, Partial<QueryPriceListsArgs>>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryPurchaseOrderArgs, 'id'>>;
  purchaseOrders?: Resolver<Array<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, Partial<QueryPurchaseOrdersArgs>>;
  quoteLines?: Resolver<Array<ResolversTypes['SkuPrice']>, ParentType, ContextType, RequireFields<QueryQuoteLinesArgs, 'channel' | 'currency' | 'skus'>>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType, RequireFields<QueryReservationArgs, 'id'>>;
  saleAlternatives?: Resolver<Array<ResolversTypes['SourcingAlternative']>, ParentType, ContextType, RequireFields<QuerySaleAlternativesArgs, 'input'>>;
  shippingRates?: Resolver<ResolversTypes['ShippingRateTable'], ParentType, ContextType>;
  simulateSourcing?: Resolver<ResolversTypes['SourcingSimulation'], ParentType, ContextType, RequireFields<QuerySimulateSourcingArgs, 'input'>>;
  sku?: Resolver<Maybe<ResolversTypes['Sku']>, ParentType, ContextType, RequireFields<QuerySkuArgs, 'code'>>;
  skus?: Resolver<ResolversTypes['SkuConnection'], ParentType, ContextType, RequireFields<QuerySkusArgs, 'first'>>;
  sourcingAlternatives?: Resolver<Array<ResolversTypes['SourcingAlternative']>, ParentType, ContextType, RequireFields<QuerySourcingAlternativesArgs, 'input'>>;
  sourcingRuleSets?: Resolver<Array<ResolversTypes['SourcingRuleSet']>, ParentType, ContextType, Partial<QuerySourcingRuleSetsArgs>>;
  sourcingSegments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stockMovements?: Resolver<ResolversTypes['StockMovementConnection'], ParentType, ContextType, RequireFields<QueryStockMovementsArgs, 'first'>>;
  transfer?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<QueryTransferArgs, 'id'>>;
  transfers?: Resolver<Array<ResolversTypes['Transfer']>, ParentType, ContextType, Partial<QueryTransfersArgs>>;
}>;

export type ReservationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation']> = ResolversObject<{
  cartId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservationLine']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReservationLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ReservationLine'] = ResolversParentTypes['ReservationLine']> = ResolversObject<{
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReserveStockResultResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InsufficientStock' | 'Reservation', ParentType, ContextType>;
}>;

export type ShippingRateResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ShippingRate'] = ResolversParentTypes['ShippingRate']> = ResolversObject<{
  maxWeightGrams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShippingRateTableResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ShippingRateTable'] = ResolversParentTypes['ShippingRateTable']> = ResolversObject<{
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rates?: Resolver<Array<ResolversTypes['ShippingRate']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zones?: Resolver<Array<ResolversTypes['ShippingZone']>, ParentType, ContextType>;
}>;

export type ShippingZoneResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ShippingZone'] = ResolversParentTypes['ShippingZone']> = ResolversObject<{
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SimulatedRuleSetResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SimulatedRuleSet'] = ResolversParentTypes['SimulatedRuleSet']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SkippedSimulationOrderResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkippedSimulationOrder'] = ResolversParentTypes['SkippedSimulationOrder']> = ResolversObject<{
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkuResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Sku'] = ResolversParentTypes['Sku'], FederationReferenceType extends FederationReferenceTypes['Sku'] = FederationReferenceTypes['Sku']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sku']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attributes?: Resolver<Array<ResolversTypes['SkuAttribute']>, ParentType, ContextType>;
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<SkuAvailableToSellArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimensions?: Resolver<Maybe<ResolversTypes['Dimensions']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  presellLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<SkuPriceArgs, 'channel' | 'currency'>>;
  returnable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stock?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  substitutes?: Resolver<Array<ResolversTypes['Sku']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SkuAttributeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuAttribute'] = ResolversParentTypes['SkuAttribute']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkuAvailabilityResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuAvailability'] = ResolversParentTypes['SkuAvailability']> = ResolversObject<{
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earliestPromiseDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['LocationAvailability']>, ParentType, ContextType>;
  pickupStores?: Resolver<Array<ResolversTypes['PickupStore']>, ParentType, ContextType>;
  presellAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkuConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuConnection'] = ResolversParentTypes['SkuConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SkuEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SkuEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuEdge'] = ResolversParentTypes['SkuEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Sku'], ParentType, ContextType>;
}>;

export type SkuImportReportResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuImportReport'] = ResolversParentTypes['SkuImportReport']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['SkuRejection']>, ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SkuPriceResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuPrice'] = ResolversParentTypes['SkuPrice']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SkuRejectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SkuRejection'] = ResolversParentTypes['SkuRejection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourcedQuantityResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcedQuantity'] = ResolversParentTypes['SourcedQuantity']> = ResolversObject<{
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourcingAlternativeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingAlternative'] = ResolversParentTypes['SourcingAlternative']> = ResolversObject<{
  allowPresell?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  availableFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  earliestDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SaleAlternativeKind'], ParentType, ContextType>;
  latestDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['AlternativeLine']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requiresAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SourcingCandidateTraceResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingCandidateTrace'] = ResolversParentTypes['SourcingCandidateTrace']> = ResolversObject<{
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  eliminatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
}>;

export type SourcingDecisionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingDecision'] = ResolversParentTypes['SourcingDecision']> = ResolversObject<{
  customerSegment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerSegments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromReservation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SourcingDecisionLine']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleSetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleSetName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  splitPolicy?: Resolver<ResolversTypes['SplitPolicy'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourcingDecisionLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingDecisionLine'] = ResolversParentTypes['SourcingDecisionLine']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['SourcingCandidateTrace']>, ParentType, ContextType>;
  chosen?: Resolver<Array<ResolversTypes['SourcedQuantity']>, ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SourcingRuleResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingRule'] = ResolversParentTypes['SourcingRule']> = ResolversObject<{
  capability?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  km?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  locationIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  methods?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['LocationType']>>, ParentType, ContextType>;
}>;

export type SourcingRuleSetResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingRuleSet'] = ResolversParentTypes['SourcingRuleSet']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerSegment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retiredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['SourcingRule']>, ParentType, ContextType>;
  splitPolicy?: Resolver<ResolversTypes['SplitPolicy'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SourcingRuleSetStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourcingSimulationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingSimulation'] = ResolversParentTypes['SourcingSimulation']> = ResolversObject<{
  candidate?: Resolver<ResolversTypes['SourcingSimulationOutcome'], ParentType, ContextType>;
  differenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['SourcingSimulationDifference']>, ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['SourcingSimulationOutcome'], ParentType, ContextType>;
  ruleSetInForce?: Resolver<ResolversTypes['SimulatedRuleSet'], ParentType, ContextType>;
  ruleSetsInForce?: Resolver<Array<ResolversTypes['GoverningRuleSet']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedSimulationOrder']>, ParentType, ContextType>;
  skippedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SourcingSimulationDifferenceResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingSimulationDifference'] = ResolversParentTypes['SourcingSimulationDifference']> = ResolversObject<{
  candidateLocations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  currentLocations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SourcingSimulationOutcomeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SourcingSimulationOutcome'] = ResolversParentTypes['SourcingSimulationOutcome']> = ResolversObject<{
  averageDistanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageShippingCostPerOrder?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  estimatedShippingCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  ordersEvaluated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipmentsPerOrder?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  storeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitsSourced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unratedParcelCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsourcedLineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsourcedLines?: Resolver<Array<ResolversTypes['UnsourcedLine']>, ParentType, ContextType>;
}>;

export type SplitPolicyResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['SplitPolicy'] = ResolversParentTypes['SplitPolicy']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxShipments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StockAllocatedResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockAllocated'] = ResolversParentTypes['StockAllocated']> = ResolversObject<{
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  deliveryQuote?: Resolver<Maybe<ResolversTypes['DeliveryQuote']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = ResolversObject<{
  availableToSell?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['StockMovementConnection'], ParentType, ContextType, RequireFields<StockLevelHistoryArgs, 'first'>>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  nonSellable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['Sku'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StockMovementResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovement'] = ResolversParentTypes['StockMovement']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockMovementKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  onHandAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHandBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservedAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reservedBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockMovementConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementConnection'] = ResolversParentTypes['StockMovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StockMovementEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementEdge'] = ResolversParentTypes['StockMovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMovement'], ParentType, ContextType>;
}>;

export type StockShortageResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockShortage'] = ResolversParentTypes['StockShortage']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['StockShortfall']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockShortfallResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockShortfall'] = ResolversParentTypes['StockShortfall']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  availabilityChanged?: SubscriptionResolver<ResolversTypes['StockLevel'], "availabilityChanged", ParentType, ContextType, RequireFields<SubscriptionAvailabilityChangedArgs, 'skus'>>;
}>;

export type TransferResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TransferLine']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type TransferLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['TransferLine'] = ResolversParentTypes['TransferLine']> = ResolversObject<{
  inTransit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransitLaneResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['TransitLane'] = ResolversParentTypes['TransitLane']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postalCodePrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UnrestoredUnitsResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['UnrestoredUnits'] = ResolversParentTypes['UnrestoredUnits']> = ResolversObject<{
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnsourcedLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['UnsourcedLine'] = ResolversParentTypes['UnsourcedLine']> = ResolversObject<{
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InventoryContext> = ResolversObject<{
  Allocation?: AllocationResolvers<ContextType>;
  AllocationResult?: AllocationResultResolvers<ContextType>;
  AllocationSwapRevert?: AllocationSwapRevertResolvers<ContextType>;
  AlternativeLine?: AlternativeLineResolvers<ContextType>;
  CarrierRate?: CarrierRateResolvers<ContextType>;
  CarrierService?: CarrierServiceResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryHoliday?: DeliveryHolidayResolvers<ContextType>;
  DeliveryOption?: DeliveryOptionResolvers<ContextType>;
  DeliveryPromise?: DeliveryPromiseResolvers<ContextType>;
  DeliveryQuote?: DeliveryQuoteResolvers<ContextType>;
  Dimensions?: DimensionsResolvers<ContextType>;
  FeedLineRejection?: FeedLineRejectionResolvers<ContextType>;
  GoverningRuleSet?: GoverningRuleSetResolvers<ContextType>;
  InsufficientStock?: InsufficientStockResolvers<ContextType>;
  InventoryFeedReport?: InventoryFeedReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  LocationAddress?: LocationAddressResolvers<ContextType>;
  LocationAvailability?: LocationAvailabilityResolvers<ContextType>;
  LocationCapabilities?: LocationCapabilitiesResolvers<ContextType>;
  LocationDeliveryProfile?: LocationDeliveryProfileResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PickupStore?: PickupStoreResolvers<ContextType>;
  PriceList?: PriceListResolvers<ContextType>;
  PriceListEntry?: PriceListEntryResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  ReservationLine?: ReservationLineResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  ShippingRate?: ShippingRateResolvers<ContextType>;
  ShippingRateTable?: ShippingRateTableResolvers<ContextType>;
  ShippingZone?: ShippingZoneResolvers<ContextType>;
  SimulatedRuleSet?: SimulatedRuleSetResolvers<ContextType>;
  SkippedSimulationOrder?: SkippedSimulationOrderResolvers<ContextType>;
  Sku?: SkuResolvers<ContextType>;
  SkuAttribute?: SkuAttributeResolvers<ContextType>;
  SkuAvailability?: SkuAvailabilityResolvers<ContextType>;
  SkuConnection?: SkuConnectionResolvers<ContextType>;
  SkuEdge?: SkuEdgeResolvers<ContextType>;
  SkuImportReport?: SkuImportReportResolvers<ContextType>;
  SkuPrice?: SkuPriceResolvers<ContextType>;
  SkuRejection?: SkuRejectionResolvers<ContextType>;
  SourcedQuantity?: SourcedQuantityResolvers<ContextType>;
  SourcingAlternative?: SourcingAlternativeResolvers<ContextType>;
  SourcingCandidateTrace?: SourcingCandidateTraceResolvers<ContextType>;
  SourcingDecision?: SourcingDecisionResolvers<ContextType>;
  SourcingDecisionLine?: SourcingDecisionLineResolvers<ContextType>;
  SourcingRule?: SourcingRuleResolvers<ContextType>;
  SourcingRuleSet?: SourcingRuleSetResolvers<ContextType>;
  SourcingSimulation?: SourcingSimulationResolvers<ContextType>;
  SourcingSimulationDifference?: SourcingSimulationDifferenceResolvers<ContextType>;
  SourcingSimulationOutcome?: SourcingSimulationOutcomeResolvers<ContextType>;
  SplitPolicy?: SplitPolicyResolvers<ContextType>;
  StockAllocated?: StockAllocatedResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockMovement?: StockMovementResolvers<ContextType>;
  StockMovementConnection?: StockMovementConnectionResolvers<ContextType>;
  StockMovementEdge?: StockMovementEdgeResolvers<ContextType>;
  StockShortage?: StockShortageResolvers<ContextType>;
  StockShortfall?: StockShortfallResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferLine?: TransferLineResolvers<ContextType>;
  TransitLane?: TransitLaneResolvers<ContextType>;
  UnrestoredUnits?: UnrestoredUnitsResolvers<ContextType>;
  UnsourcedLine?: UnsourcedLineResolvers<ContextType>;
}>;

