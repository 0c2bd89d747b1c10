import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Shipment as ShipmentEntity } from '../entities/shipment.entity.ts';
import type { FulfillmentOrder as FulfillmentOrderEntity } from '../entities/fulfillment-order.entity.ts';
import type { FulfillmentOrderLine as FulfillmentOrderLineEntity } from '../entities/fulfillment-order-line.entity.ts';
import type { Parcel as ParcelEntity } from '../entities/parcel.entity.ts';
import type { ParcelItem as ParcelItemEntity } from '../entities/parcel-item.entity.ts';
import type { TrackingEvent as TrackingEventEntity } from '../entities/tracking-event.entity.ts';
import type { PickWave as PickWaveEntity } from '../entities/pick-wave.entity.ts';
import type { BinLocation as BinLocationEntity } from '../entities/bin-location.entity.ts';
import type { DropshipVendor as DropshipVendorEntity } from '../entities/dropship-vendor.entity.ts';
import type { WebhookDelivery as WebhookDeliveryEntity } from '../entities/webhook-delivery.entity.ts';
import type { PickOutcome as PickOutcomeEntity, PickShortfall as PickShortfallEntity } from '../domain/fulfillment-order.service.ts';
import type { PickListEntry as PickListEntryEntity } from '../domain/pick-list.ts';
import type { TrackingOutcome as TrackingOutcomeEntity } from '../domain/tracking.service.ts';
import type { ConfiguredVendor as ConfiguredVendorEntity } from '../domain/dropship.service.ts';
import type { ReportReference as ReportReferenceEntity, FulfillmentReport as FulfillmentReportEntity, FulfillmentRow as FulfillmentRowEntity } from '../domain/report.service.ts';
import type { OrderReference as OrderReferenceEntity, CustomerReference as CustomerReferenceEntity, LocationReference as LocationReferenceEntity, SkuReference as SkuReferenceEntity } from '../references.ts';
import type { CustomerDataExportReference as CustomerDataExportReferenceEntity } from '@oms/platform';
import type { FulfillmentContext } from '../context.ts';
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

export type BinLocation = {
  __typename?: 'BinLocation';
  binCode: Scalars['String']['output'];
  location: Location;
  skuCode: Scalars['String']['output'];
  /** Position of the bin on the picking walk (ascending). */
  walkSequence: Scalars['Int']['output'];
};

export type BinLocationInput = {
  binCode: Scalars['String']['input'];
  skuCode: Scalars['String']['input'];
  walkSequence: Scalars['Int']['input'];
};

export type CompletePickWaveInput = {
  pickWaveId: Scalars['ID']['input'];
  shortages?: InputMaybe<Array<WaveShortageInput>>;
};

export type ConfigureDropshipVendorInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  locationId: Scalars['ID']['input'];
  /** Issue a new signing secret (always issued the first time). */
  rotateSecret?: InputMaybe<Scalars['Boolean']['input']>;
  /** HTTPS endpoint (HTTP allowed outside production) receiving signed fulfillment orders; its host must resolve to public addresses only (loopback allowed outside production, WEBHOOK_ALLOWED_NETWORKS). */
  webhookUrl: Scalars['String']['input'];
};

export type ConfiguredDropshipVendor = {
  __typename?: 'ConfiguredDropshipVendor';
  /** The Standard Webhooks signing secret (whsec_<base64 key>) of the deliveries (webhook-id, webhook-timestamp, webhook-signature headers); shown only when issued. */
  signingSecret: Maybe<Scalars['String']['output']>;
  vendor: DropshipVendor;
};

export type ConfirmDropshipShipmentInput = {
  carrier: Scalars['String']['input'];
  fulfillmentOrderId: Scalars['ID']['input'];
  parcels: Array<DropshipParcelInput>;
  serviceLevel: Scalars['String']['input'];
};

export type ConfirmPickupInput = {
  /** The 6-digit code the customer received. */
  code: Scalars['String']['input'];
  fulfillmentOrderId: Scalars['ID']['input'];
  /** Reserve in store: the point-of-sale transaction that took the payment (required). */
  posTransactionReference?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePickWaveInput = {
  /** These orders; otherwise the oldest ACCEPTED orders of the location not in a wave. */
  fulfillmentOrderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  locationId: Scalars['ID']['input'];
  /** At most this many orders when choosing them (1 to 200; default 50). */
  maxOrders?: InputMaybe<Scalars['Int']['input']>;
};

export type CurbsideArrival = {
  __typename?: 'CurbsideArrival';
  arrivedAt: Scalars['DateTime']['output'];
  parkingSpot: Maybe<Scalars['String']['output']>;
  vehicle: Maybe<Scalars['String']['output']>;
};

export type CurbsideArrivalInput = {
  fulfillmentOrderId: Scalars['ID']['input'];
  parkingSpot?: InputMaybe<Scalars['String']['input']>;
  vehicle?: InputMaybe<Scalars['String']['input']>;
};

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** The customer's shipments, newest first; null only when the fulfillment service cannot be reached. */
  shipments: Maybe<Array<Shipment>>;
};


export type CustomerShipmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person's data export (GDPR), one section per service. This service contributes the fulfillment
 * orders with their lines, shipments, parcels and tracking history.
 */
export type CustomerDataExport = {
  __typename?: 'CustomerDataExport';
  contactValues: Array<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  /** Everything the fulfillment service holds about the person's orders, guest orders included (every column, camelCase; never pickup-code hashes). */
  fulfillment: Scalars['JSON']['output'];
  orderIds: Array<Scalars['ID']['output']>;
};

export type DropshipParcelInput = {
  heightMm?: InputMaybe<Scalars['Int']['input']>;
  /** What this parcel holds; may be left out when there is a single parcel (it holds everything). */
  items?: InputMaybe<Array<ParcelItemInput>>;
  labelReference?: InputMaybe<Scalars['String']['input']>;
  lengthMm?: InputMaybe<Scalars['Int']['input']>;
  trackingNumber: Scalars['String']['input'];
  weightGrams?: InputMaybe<Scalars['Int']['input']>;
  widthMm?: InputMaybe<Scalars['Int']['input']>;
};

export type DropshipVendor = {
  __typename?: 'DropshipVendor';
  active: Scalars['Boolean']['output'];
  location: Location;
  updatedAt: Scalars['DateTime']['output'];
  webhookUrl: Scalars['String']['output'];
};

export type FulfillmentAddress = {
  __typename?: 'FulfillmentAddress';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
};

/** The part of an order one location fulfils. */
export type FulfillmentOrder = {
  __typename?: 'FulfillmentOrder';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  cancellationReason: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  curbsideArrival: Maybe<CurbsideArrival>;
  /** Another store the goods go to for collection (ship to store). */
  destinationLocation: Maybe<Location>;
  id: Scalars['ID']['output'];
  lines: Array<FulfillmentOrderLine>;
  location: Location;
  /** The order; null only when the orders service cannot be reached. */
  order: Maybe<Order>;
  orderNumber: Scalars['String']['output'];
  packedAt: Maybe<Scalars['DateTime']['output']>;
  pickWave: Maybe<PickWave>;
  pickedAt: Maybe<Scalars['DateTime']['output']>;
  pickedUpAt: Maybe<Scalars['DateTime']['output']>;
  /** Pickup: how many times the code was issued again (at most 5). */
  pickupCodeReissues: Scalars['Int']['output'];
  /** Pickup: collect before this, or the order is cancelled and restocked. */
  pickupDeadline: Maybe<Scalars['DateTime']['output']>;
  /** Pickup: when the customer was told to come. */
  readyForPickupAt: Maybe<Scalars['DateTime']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Ship-to address (ship types). */
  shipTo: Maybe<FulfillmentAddress>;
  /** The shipment of a ship or dropship order. */
  shipment: Maybe<Shipment>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: FulfillmentOrderStatus;
  type: FulfillmentType;
  updatedAt: Scalars['DateTime']['output'];
  /** Dropship: deliveries of the order to the vendor's webhook. */
  vendorDeliveries: Array<WebhookDelivery>;
};

export type FulfillmentOrderConnection = {
  __typename?: 'FulfillmentOrderConnection';
  edges: Array<FulfillmentOrderEdge>;
  pageInfo: PageInfo;
};

export type FulfillmentOrderEdge = {
  __typename?: 'FulfillmentOrderEdge';
  cursor: Scalars['String']['output'];
  node: FulfillmentOrder;
};

export type FulfillmentOrderFilter = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  pickWaveId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<FulfillmentOrderStatus>>;
  type?: InputMaybe<Array<FulfillmentType>>;
};

export type FulfillmentOrderLine = {
  __typename?: 'FulfillmentOrderLine';
  allocationId: Scalars['ID']['output'];
  /** Where the item is shelved at this location; null when it has no bin. */
  binCode: Maybe<Scalars['String']['output']>;
  cancelledQuantity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The orders service's line and the inventory service's allocation it fulfils. */
  orderLineId: Scalars['ID']['output'];
  /** Null until picked. */
  pickedQuantity: Maybe<Scalars['Int']['output']>;
  quantity: Scalars['Int']['output'];
  /** Ordered but not found when picking. */
  shortQuantity: Scalars['Int']['output'];
  /** The item; null only when the inventory service cannot be reached. */
  sku: Maybe<Sku>;
  skuCode: Scalars['String']['output'];
};

export type FulfillmentOrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CREATED'
  /** Not collected by the pickup deadline: cancelled and restocked. */
  | 'EXPIRED'
  | 'PACKED'
  | 'PICKED'
  | 'PICKED_UP'
  | 'PICKING'
  | 'READY_FOR_PICKUP'
  | 'REJECTED'
  /** Dropship: the vendor has received the order. */
  | 'SENT_TO_VENDOR'
  | 'SHIPPED';

export type FulfillmentReport = {
  __typename?: 'FulfillmentReport';
  /** The same figures per location whatever the report's dimensions, most units released first. */
  byLocation: Array<FulfillmentReportRow>;
  /**
   * The rows as CSV (RFC 4180: comma-separated, CRLF line ends, a header line): one column per
   * dimension asked for (the location as its id), then the figures; rates as fractions, hours with 2 decimals.
   */
  csv: Scalars['String']['output'];
  /** One row per group of the CHANNEL, DAY and LOCATION dimensions asked for that has fulfillment work, by day then the other dimensions. */
  rows: Array<FulfillmentReportRow>;
  /** Hours from release within which a parcel is to be delivered (the report's slaHours, or REPORT_SLA_HOURS). */
  slaHours: Scalars['Int']['output'];
  /** All fulfillment of the report's orders (the row's dimensions are null). */
  totals: FulfillmentReportRow;
};

/**
 * Fulfillment figures of a group of the report's orders. Units released count at each location they
 * were released to: a unit rejected or picked short there and shipped from elsewhere is released twice
 * and shipped once. Pickups count in units and fill rate; the shipment figures cover parcels only.
 */
export type FulfillmentReportRow = {
  __typename?: 'FulfillmentReportRow';
  /** Mean hours from the order's placement to the shipment's delivery; null without deliveries. */
  averagePlacedToDeliveredHours: Maybe<Scalars['Float']['output']>;
  /** Mean hours from release to the location until the shipment left; null without shipments. */
  averageReleaseToShipHours: Maybe<Scalars['Float']['output']>;
  channel: Maybe<SalesChannel>;
  /** The local date the orders were placed (YYYY-MM-DD) in the report's time zone. */
  day: Maybe<Scalars['String']['output']>;
  /** Delivered shipments delivered within slaHours of their release. */
  deliveredOnTime: Scalars['Int']['output'];
  /** unitsShipped / unitsReleased; null when nothing was released. */
  fillRate: Maybe<Scalars['Float']['output']>;
  /**
   * Shipments not handed to the carrier within slaHours of release: shipped after that, or still
   * open (not cancelled or rejected) past it now.
   */
  lateShipments: Scalars['Int']['output'];
  location: Maybe<Location>;
  /** deliveredOnTime / shipmentsDelivered; null without deliveries. */
  onTimeDeliveryRate: Maybe<Scalars['Float']['output']>;
  /** Orders with at least one shipment handed to a carrier. */
  ordersShipped: Scalars['Int']['output'];
  /** Shipped orders that went out in more than one parcel (one shipment of several parcels, or several shipments). */
  ordersSplit: Scalars['Int']['output'];
  /** Shipments whose every parcel was delivered. */
  shipmentsDelivered: Scalars['Int']['output'];
  /** Shipments handed to a carrier. */
  shipmentsShipped: Scalars['Int']['output'];
  /** ordersSplit / ordersShipped; null when no order shipped. */
  splitRate: Maybe<Scalars['Float']['output']>;
  /** Units released to locations and not cancelled by the customer (uncollected pickups left out). */
  unitsReleased: Scalars['Int']['output'];
  /** Units that left: in parcels handed to a carrier, or collected in store. */
  unitsShipped: Scalars['Int']['output'];
};

/** How a fulfillment order reaches the customer, from the order's delivery method and the location's type. */
export type FulfillmentType =
  /** Pickup brought to the customer's car. */
  | 'CURBSIDE'
  /** A vendor ships from its own stock. */
  | 'DROPSHIP'
  /** Buy online, pick up in store (paid online). */
  | 'PICKUP'
  /** Reserve online, pay in store at collection. */
  | 'RESERVE_IN_STORE'
  /** A warehouse ships parcels. */
  | 'SHIP'
  /** A store ships parcels from its own stock. */
  | 'SHIP_FROM_STORE';

export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
};

export type MarkReadyForPickupInput = {
  fulfillmentOrderId: Scalars['ID']['input'];
  /** Days the customer has to collect (1 to 14; default 3). */
  holdDays?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The location takes the order on: CREATED (or SENT_TO_VENDOR) → ACCEPTED. */
  acceptFulfillmentOrder: FulfillmentOrder;
  /** Curbside pickup: the customer says they have arrived (the customer themselves, or store staff). */
  announceCurbsideArrival: FulfillmentOrder;
  /**
   * Closes a wave: its orders move to PICKED. Shortages found on the floor are given per SKU and
   * charged to the wave's newest orders first (each reports its shortfall).
   */
  completePickWave: PickWave;
  /** Where a dropship vendor receives its orders (a webhook); issues a new signing secret when asked. */
  configureDropshipVendor: ConfiguredDropshipVendor;
  /**
   * A dropship vendor confirms it shipped the order, with its parcels and tracking numbers
   * (a partner key whose locations include the vendor's, or an admin).
   */
  confirmDropshipShipment: FulfillmentOrder;
  /**
   * The customer collects: READY_FOR_PICKUP → PICKED_UP once the pickup code matches. A wrong code
   * fails with PICKUP_CODE_INVALID and changes nothing.
   */
  confirmPickup: FulfillmentOrder;
  /**
   * Groups open (ACCEPTED) fulfillment orders of one location into a wave: they move to PICKING and
   * the wave's pick list aggregates their quantities per SKU and bin, in walking order.
   */
  createPickWave: PickWave;
  /**
   * Store pickup: PICKED → READY_FOR_PICKUP. Issues a 6-digit pickup code (only its hash is kept),
   * sets the collection deadline and notifies the customer with the code.
   */
  markReadyForPickup: FulfillmentOrder;
  /**
   * Packs the picked goods into parcels (weight, dimensions, which lines and quantities): PICKED →
   * PACKED. The parcels must hold exactly the picked quantities.
   */
  packFulfillmentOrder: FulfillmentOrder;
  /**
   * Records what was picked, line by line (every line exactly once): ACCEPTED/PICKING → PICKED. A
   * line picked short reports its shortfall (FulfillmentLinesShortPicked); nothing picked at all
   * cancels the fulfillment order.
   */
  pickFulfillmentOrder: PickResult;
  /**
   * Records a carrier tracking event for a parcel (staff, carriers and vendors). Idempotent by
   * eventId; events may arrive out of order: the latest occurredAt decides the parcel's status.
   */
  recordTrackingEvent: RecordTrackingEventResult;
  /**
   * A new pickup code for an order waiting at the counter (the customer lost the message): the old
   * code stops working and the customer is sent the new one. For the order's own customer, or staff
   * working its store. PICKUP_NOT_READY unless READY_FOR_PICKUP; PICKUP_CODE_REISSUE_LIMIT after 5.
   */
  reissuePickupCode: FulfillmentOrder;
  /**
   * The location cannot serve the order: CREATED/ACCEPTED → REJECTED. Its lines are handed back to
   * the orders service for re-sourcing (FulfillmentOrderRejected).
   */
  rejectFulfillmentOrder: FulfillmentOrder;
  /** Shelves SKUs at a location (bin and walking sequence); replaces what was there for these SKUs. */
  setBinLocations: Array<BinLocation>;
  /** Hands the parcels to the carrier: PACKED → SHIPPED. Every parcel gets its tracking number and label. */
  shipFulfillmentOrder: FulfillmentOrder;
};


export type MutationAcceptFulfillmentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAnnounceCurbsideArrivalArgs = {
  input: CurbsideArrivalInput;
};


export type MutationCompletePickWaveArgs = {
  input: CompletePickWaveInput;
};


export type MutationConfigureDropshipVendorArgs = {
  input: ConfigureDropshipVendorInput;
};


export type MutationConfirmDropshipShipmentArgs = {
  input: ConfirmDropshipShipmentInput;
};


export type MutationConfirmPickupArgs = {
  input: ConfirmPickupInput;
};


export type MutationCreatePickWaveArgs = {
  input: CreatePickWaveInput;
};


export type MutationMarkReadyForPickupArgs = {
  input: MarkReadyForPickupInput;
};


export type MutationPackFulfillmentOrderArgs = {
  input: PackFulfillmentOrderInput;
};


export type MutationPickFulfillmentOrderArgs = {
  input: PickFulfillmentOrderInput;
};


export type MutationRecordTrackingEventArgs = {
  input: TrackingEventInput;
};


export type MutationReissuePickupCodeArgs = {
  fulfillmentOrderId: Scalars['ID']['input'];
};


export type MutationRejectFulfillmentOrderArgs = {
  input: RejectFulfillmentOrderInput;
};


export type MutationSetBinLocationsArgs = {
  input: SetBinLocationsInput;
};


export type MutationShipFulfillmentOrderArgs = {
  input: ShipFulfillmentOrderInput;
};

export type Order = {
  __typename?: 'Order';
  /** Fulfillment orders of this order, oldest first; null only when the fulfillment service cannot be reached. */
  fulfillmentOrders: Maybe<Array<FulfillmentOrder>>;
  id: Scalars['ID']['output'];
  /** Shipments of this order, oldest first; null only when the fulfillment service cannot be reached. */
  shipments: Maybe<Array<Shipment>>;
};

export type PackFulfillmentOrderInput = {
  fulfillmentOrderId: Scalars['ID']['input'];
  parcels: Array<ParcelInput>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One box on its way. */
export type Parcel = {
  __typename?: 'Parcel';
  carrier: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** Null only for dropship parcels the vendor did not measure. */
  dimensions: Maybe<ParcelDimensions>;
  estimatedDelivery: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  items: Array<ParcelItem>;
  labelReference: Maybe<Scalars['String']['output']>;
  /** The tracking event with the latest occurredAt. */
  lastEvent: Maybe<TrackingEvent>;
  /** 1, 2, … within its shipment. */
  sequence: Scalars['Int']['output'];
  serviceLevel: Maybe<Scalars['String']['output']>;
  shipment: Shipment;
  status: ParcelStatus;
  /** Every tracking event, oldest first by occurredAt. */
  trackingEvents: Array<TrackingEvent>;
  trackingNumber: Maybe<Scalars['String']['output']>;
  /** Null only for dropship parcels the vendor did not weigh. */
  weightGrams: Maybe<Scalars['Int']['output']>;
};

export type ParcelDimensions = {
  __typename?: 'ParcelDimensions';
  heightMm: Scalars['Int']['output'];
  lengthMm: Scalars['Int']['output'];
  widthMm: Scalars['Int']['output'];
};

export type ParcelInput = {
  heightMm: Scalars['Int']['input'];
  items: Array<ParcelItemInput>;
  lengthMm: Scalars['Int']['input'];
  weightGrams: Scalars['Int']['input'];
  widthMm: Scalars['Int']['input'];
};

export type ParcelItem = {
  __typename?: 'ParcelItem';
  line: FulfillmentOrderLine;
  quantity: Scalars['Int']['output'];
  skuCode: Scalars['String']['output'];
};

export type ParcelItemInput = {
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type ParcelStatus =
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'IN_TRANSIT'
  | 'LABEL_CREATED'
  | 'OUT_FOR_DELIVERY'
  /** Packed, not yet handed to a carrier. */
  | 'PACKED'
  | 'PICKED_UP'
  | 'RETURNED_TO_SENDER';

export type PickFulfillmentOrderInput = {
  fulfillmentOrderId: Scalars['ID']['input'];
  lines: Array<PickedLineInput>;
};

export type PickListEntry = {
  __typename?: 'PickListEntry';
  binCode: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  sku: Maybe<Sku>;
  skuCode: Scalars['String']['output'];
  /** How the quantity splits over the wave's orders (to sort after the walk). */
  split: Array<PickListSplit>;
  walkSequence: Maybe<Scalars['Int']['output']>;
};

export type PickListSplit = {
  __typename?: 'PickListSplit';
  fulfillmentOrderId: Scalars['ID']['output'];
  orderNumber: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
};

export type PickResult = {
  __typename?: 'PickResult';
  fulfillmentOrder: FulfillmentOrder;
  /** Lines picked short; empty when everything was found. */
  shortfalls: Array<PickShortfall>;
};

export type PickShortfall = {
  __typename?: 'PickShortfall';
  line: FulfillmentOrderLine;
  orderedQuantity: Scalars['Int']['output'];
  pickedQuantity: Scalars['Int']['output'];
  shortQuantity: Scalars['Int']['output'];
  skuCode: Scalars['String']['output'];
};

/** Several fulfillment orders of one location picked in one walk. */
export type PickWave = {
  __typename?: 'PickWave';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fulfillmentOrders: Array<FulfillmentOrder>;
  id: Scalars['ID']['output'];
  location: Location;
  /** What to pick, per SKU and bin, in walking order; SKUs without a bin last. */
  pickList: Array<PickListEntry>;
  status: PickWaveStatus;
};

export type PickWaveStatus =
  | 'COMPLETED'
  | 'OPEN';

export type PickedLineInput = {
  lineId: Scalars['ID']['input'];
  /** From 0 to the line's quantity; less is a short pick. */
  pickedQuantity: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Where SKUs are shelved at a location, in walking order; all of them when skus is empty. */
  binLocations: Array<BinLocation>;
  /** How a dropship vendor receives its orders; null when none is configured. */
  dropshipVendor: Maybe<DropshipVendor>;
  /**
   * A fulfillment order by id; null when unknown or not yours (store associates see their store's,
   * partners their locations', customers their own).
   */
  fulfillmentOrder: Maybe<FulfillmentOrder>;
  /**
   * Fulfillment orders, newest first, as a cursor connection (at most 100 per page). Store associates
   * see only their store's, partners only their locations', customers only their own.
   */
  fulfillmentOrders: FulfillmentOrderConnection;
  /** A parcel by id; null when unknown or not yours. */
  parcel: Maybe<Parcel>;
  /** A pick wave by id; null when unknown or at another store. */
  pickWave: Maybe<PickWave>;
  /** Pick waves of a location, newest first (at most 100). */
  pickWaves: Array<PickWave>;
  /** A shipment by id; null when no such shipment exists. */
  shipment: Maybe<Shipment>;
};


export type QueryBinLocationsArgs = {
  locationId: Scalars['ID']['input'];
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryDropshipVendorArgs = {
  locationId: Scalars['ID']['input'];
};


export type QueryFulfillmentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFulfillmentOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FulfillmentOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParcelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPickWaveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPickWavesArgs = {
  locationId: Scalars['ID']['input'];
  status?: InputMaybe<Array<PickWaveStatus>>;
};


export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};

export type RecordTrackingEventResult = {
  __typename?: 'RecordTrackingEventResult';
  /** True when this event id was already recorded (nothing changed). */
  duplicate: Scalars['Boolean']['output'];
  event: TrackingEvent;
  parcel: Parcel;
};

export type RejectFulfillmentOrderInput = {
  fulfillmentOrderId: Scalars['ID']['input'];
  /** Why, e.g. damaged stock, store closed (1 to 500 characters). */
  reason: Scalars['String']['input'];
};

export type Report = {
  __typename?: 'Report';
  /**
   * How the report's orders were fulfilled; null only when the fulfillment service cannot be reached.
   * Rows use the CHANNEL, DAY (the order's placement day) and LOCATION dimensions of the report.
   */
  fulfillment: Maybe<FulfillmentReport>;
  key: Scalars['ID']['output'];
};

export type SalesChannel =
  | 'CALL_CENTER'
  | 'MARKETPLACE'
  | 'MOBILE'
  | 'STORE'
  | 'WEB';

export type SetBinLocationsInput = {
  bins: Array<BinLocationInput>;
  locationId: Scalars['ID']['input'];
};

export type ShipFulfillmentOrderInput = {
  /** The carrier, e.g. Colissimo, DHL, UPS. */
  carrier: Scalars['String']['input'];
  fulfillmentOrderId: Scalars['ID']['input'];
  /** Every parcel of the fulfillment order, with its tracking number and label. */
  parcels: Array<ShipParcelInput>;
  /** The carrier's service, e.g. standard, express, next-day. */
  serviceLevel: Scalars['String']['input'];
};

export type ShipParcelInput = {
  /** The label's reference in the label provider (never the label itself). */
  labelReference?: InputMaybe<Scalars['String']['input']>;
  parcelId: Scalars['ID']['input'];
  trackingNumber: Scalars['String']['input'];
};

/** Goods of one order leaving one location together. */
export type Shipment = {
  __typename?: 'Shipment';
  carrier: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  fulfillmentOrder: Maybe<FulfillmentOrder>;
  id: Scalars['ID']['output'];
  location: Maybe<Location>;
  order: Maybe<Order>;
  parcels: Array<Parcel>;
  serviceLevel: Maybe<Scalars['String']['output']>;
  shippedAt: Maybe<Scalars['DateTime']['output']>;
  status: ShipmentStatus;
  /** Tracking number of the first parcel. */
  trackingNumber: Maybe<Scalars['String']['output']>;
};

export type ShipmentStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  /** A parcel is held up (failed delivery, damage, returned to sender). */
  | 'EXCEPTION'
  | 'IN_TRANSIT'
  | 'PACKED'
  | 'PENDING'
  | 'PICKING'
  | 'SHIPPED';

export type Sku = {
  __typename?: 'Sku';
  code: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The order after each fulfillment change (fulfillment orders, shipments, parcels): select its
   * fulfillment fields and any field other services own, e.g. status.
   */
  orderTracking: Order;
  /** The parcel as of each new tracking event, in the order they were recorded. */
  parcelTracking: Parcel;
};


export type SubscriptionOrderTrackingArgs = {
  orderId: Scalars['ID']['input'];
};


export type SubscriptionParcelTrackingArgs = {
  parcelId: Scalars['ID']['input'];
};

/** A carrier's tracking event, normalized. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  estimatedDelivery: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  message: Maybe<Scalars['String']['output']>;
  /** When it happened at the carrier. */
  occurredAt: Scalars['DateTime']['output'];
  /** When the OMS received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** Where it came from: a carrier adapter (generic, aftership), api, or oms. */
  source: Scalars['String']['output'];
  status: TrackingStatus;
};

export type TrackingEventInput = {
  estimatedDelivery?: InputMaybe<Scalars['DateTime']['input']>;
  /** The carrier's event id: the same id twice is recorded once. */
  eventId?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  occurredAt: Scalars['DateTime']['input'];
  parcelId: Scalars['ID']['input'];
  status: TrackingStatus;
};

export type TrackingStatus =
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'IN_TRANSIT'
  | 'LABEL_CREATED'
  | 'OUT_FOR_DELIVERY'
  | 'PICKED_UP'
  | 'RETURNED_TO_SENDER';

export type WaveShortageInput = {
  /** Units of this SKU not found in the walk. */
  missingQuantity: Scalars['Int']['input'];
  skuCode: Scalars['String']['input'];
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  event: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

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
  Customer: Customer;
  CustomerDataExport: CustomerDataExport;
  FulfillmentOrder: FulfillmentOrder;
  Order: Order;
  Parcel: Parcel;
  PickWave: PickWave;
  Report: Report;
  Shipment: Shipment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"orderIds":true,"contactValues":true}> ) );
  FulfillmentOrder:
    ( { __typename: 'FulfillmentOrder' }
    & GraphQLRecursivePick<FederationTypes['FulfillmentOrder'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Parcel:
    ( { __typename: 'Parcel' }
    & GraphQLRecursivePick<FederationTypes['Parcel'], {"id":true}> );
  PickWave:
    ( { __typename: 'PickWave' }
    & GraphQLRecursivePick<FederationTypes['PickWave'], {"id":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"key":true}> );
  Shipment:
    ( { __typename: 'Shipment' }
    & GraphQLRecursivePick<FederationTypes['Shipment'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BinLocation: ResolverTypeWrapper<BinLocationEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BinLocationInput: BinLocationInput;
  CompletePickWaveInput: CompletePickWaveInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConfigureDropshipVendorInput: ConfigureDropshipVendorInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConfiguredDropshipVendor: ResolverTypeWrapper<ConfiguredVendorEntity>;
  ConfirmDropshipShipmentInput: ConfirmDropshipShipmentInput;
  ConfirmPickupInput: ConfirmPickupInput;
  CreatePickWaveInput: CreatePickWaveInput;
  CurbsideArrival: ResolverTypeWrapper<CurbsideArrival>;
  CurbsideArrivalInput: CurbsideArrivalInput;
  Customer: ResolverTypeWrapper<CustomerReferenceEntity>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportReferenceEntity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DropshipParcelInput: DropshipParcelInput;
  DropshipVendor: ResolverTypeWrapper<DropshipVendorEntity>;
  FulfillmentAddress: ResolverTypeWrapper<FulfillmentAddress>;
  FulfillmentOrder: ResolverTypeWrapper<FulfillmentOrderEntity>;
  FulfillmentOrderConnection: ResolverTypeWrapper<Omit<FulfillmentOrderConnection, 'edges'> & { edges: Array<ResolversTypes['FulfillmentOrderEdge']> }>;
  FulfillmentOrderEdge: ResolverTypeWrapper<Omit<FulfillmentOrderEdge, 'node'> & { node: ResolversTypes['FulfillmentOrder'] }>;
  FulfillmentOrderFilter: FulfillmentOrderFilter;
  FulfillmentOrderLine: ResolverTypeWrapper<FulfillmentOrderLineEntity>;
  FulfillmentOrderStatus: FulfillmentOrderStatus;
  FulfillmentReport: ResolverTypeWrapper<FulfillmentReportEntity>;
  FulfillmentReportRow: ResolverTypeWrapper<FulfillmentRowEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfillmentType: FulfillmentType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<LocationReferenceEntity>;
  MarkReadyForPickupInput: MarkReadyForPickupInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceEntity>;
  PackFulfillmentOrderInput: PackFulfillmentOrderInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Parcel: ResolverTypeWrapper<ParcelEntity>;
  ParcelDimensions: ResolverTypeWrapper<ParcelDimensions>;
  ParcelInput: ParcelInput;
  ParcelItem: ResolverTypeWrapper<ParcelItemEntity>;
  ParcelItemInput: ParcelItemInput;
  ParcelStatus: ParcelStatus;
  PickFulfillmentOrderInput: PickFulfillmentOrderInput;
  PickListEntry: ResolverTypeWrapper<PickListEntryEntity>;
  PickListSplit: ResolverTypeWrapper<PickListSplit>;
  PickResult: ResolverTypeWrapper<PickOutcomeEntity>;
  PickShortfall: ResolverTypeWrapper<PickShortfallEntity>;
  PickWave: ResolverTypeWrapper<PickWaveEntity>;
  PickWaveStatus: PickWaveStatus;
  PickedLineInput: PickedLineInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordTrackingEventResult: ResolverTypeWrapper<TrackingOutcomeEntity>;
  RejectFulfillmentOrderInput: RejectFulfillmentOrderInput;
  Report: ResolverTypeWrapper<ReportReferenceEntity>;
  SalesChannel: SalesChannel;
  SetBinLocationsInput: SetBinLocationsInput;
  ShipFulfillmentOrderInput: ShipFulfillmentOrderInput;
  ShipParcelInput: ShipParcelInput;
  Shipment: ResolverTypeWrapper<ShipmentEntity>;
  ShipmentStatus: ShipmentStatus;
  Sku: ResolverTypeWrapper<SkuReferenceEntity>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrackingEvent: ResolverTypeWrapper<TrackingEventEntity>;
  TrackingEventInput: TrackingEventInput;
  TrackingStatus: TrackingStatus;
  WaveShortageInput: WaveShortageInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryEntity>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BinLocation: BinLocationEntity;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BinLocationInput: BinLocationInput;
  CompletePickWaveInput: CompletePickWaveInput;
  ID: Scalars['ID']['output'];
  ConfigureDropshipVendorInput: ConfigureDropshipVendorInput;
  Boolean: Scalars['Boolean']['output'];
  ConfiguredDropshipVendor: ConfiguredVendorEntity;
  ConfirmDropshipShipmentInput: ConfirmDropshipShipmentInput;
  ConfirmPickupInput: ConfirmPickupInput;
  CreatePickWaveInput: CreatePickWaveInput;
  CurbsideArrival: CurbsideArrival;
  CurbsideArrivalInput: CurbsideArrivalInput;
  Customer: CustomerReferenceEntity;
  CustomerDataExport: CustomerDataExportReferenceEntity;
  DateTime: Scalars['DateTime']['output'];
  DropshipParcelInput: DropshipParcelInput;
  DropshipVendor: DropshipVendorEntity;
  FulfillmentAddress: FulfillmentAddress;
  FulfillmentOrder: FulfillmentOrderEntity;
  FulfillmentOrderConnection: Omit<FulfillmentOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['FulfillmentOrderEdge']> };
  FulfillmentOrderEdge: Omit<FulfillmentOrderEdge, 'node'> & { node: ResolversParentTypes['FulfillmentOrder'] };
  FulfillmentOrderFilter: FulfillmentOrderFilter;
  FulfillmentOrderLine: FulfillmentOrderLineEntity;
  FulfillmentReport: FulfillmentReportEntity;
  FulfillmentReportRow: FulfillmentRowEntity;
  Float: Scalars['Float']['output'];
  JSON: Scalars['JSON']['output'];
  Location: LocationReferenceEntity;
  MarkReadyForPickupInput: MarkReadyForPickupInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceEntity;
  PackFulfillmentOrderInput: PackFulfillmentOrderInput;
  PageInfo: PageInfo;
  Parcel: ParcelEntity;
  ParcelDimensions: ParcelDimensions;
  ParcelInput: ParcelInput;
  ParcelItem: ParcelItemEntity;
  ParcelItemInput: ParcelItemInput;
  PickFulfillmentOrderInput: PickFulfillmentOrderInput;
  PickListEntry: PickListEntryEntity;
  PickListSplit: PickListSplit;
  PickResult: PickOutcomeEntity;
  PickShortfall: PickShortfallEntity;
  PickWave: PickWaveEntity;
  PickedLineInput: PickedLineInput;
  Query: Record<PropertyKey, never>;
  RecordTrackingEventResult: TrackingOutcomeEntity;
  RejectFulfillmentOrderInput: RejectFulfillmentOrderInput;
  Report: ReportReferenceEntity;
  SetBinLocationsInput: SetBinLocationsInput;
  ShipFulfillmentOrderInput: ShipFulfillmentOrderInput;
  ShipParcelInput: ShipParcelInput;
  Shipment: ShipmentEntity;
  Sku: SkuReferenceEntity;
  Subscription: Record<PropertyKey, never>;
  TrackingEvent: TrackingEventEntity;
  TrackingEventInput: TrackingEventInput;
  WaveShortageInput: WaveShortageInput;
  WebhookDelivery: WebhookDeliveryEntity;
}>;

export type BinLocationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['BinLocation'] = ResolversParentTypes['BinLocation']> = ResolversObject<{
  binCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  skuCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  walkSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfiguredDropshipVendorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['ConfiguredDropshipVendor'] = ResolversParentTypes['ConfiguredDropshipVendor']> = ResolversObject<{
  signingSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['DropshipVendor'], ParentType, ContextType>;
}>;

export type CurbsideArrivalResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CurbsideArrival'] = ResolversParentTypes['CurbsideArrival']> = ResolversObject<{
  arrivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  parkingSpot?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vehicle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<Maybe<Array<ResolversTypes['Shipment']>>, ParentType, ContextType, RequireFields<CustomerShipmentsArgs, 'first'>>;
}>;

export type CustomerDataExportResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fulfillment?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DropshipVendorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['DropshipVendor'] = ResolversParentTypes['DropshipVendor']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  webhookUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FulfillmentAddressResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentAddress'] = ResolversParentTypes['FulfillmentAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FulfillmentOrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrder'] = ResolversParentTypes['FulfillmentOrder'], FederationReferenceType extends FederationReferenceTypes['FulfillmentOrder'] = FederationReferenceTypes['FulfillmentOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FulfillmentOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  curbsideArrival?: Resolver<Maybe<ResolversTypes['CurbsideArrival']>, ParentType, ContextType>;
  destinationLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FulfillmentOrderLine']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pickWave?: Resolver<Maybe<ResolversTypes['PickWave']>, ParentType, ContextType>;
  pickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pickedUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pickupCodeReissues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  readyForPickupAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shipTo?: Resolver<Maybe<ResolversTypes['FulfillmentAddress']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentOrderStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FulfillmentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vendorDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
}>;

export type FulfillmentOrderConnectionResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderConnection'] = ResolversParentTypes['FulfillmentOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FulfillmentOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FulfillmentOrderEdgeResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderEdge'] = ResolversParentTypes['FulfillmentOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType>;
}>;

export type FulfillmentOrderLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderLine'] = ResolversParentTypes['FulfillmentOrderLine']> = ResolversObject<{
  allocationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  binCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pickedQuantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['Sku']>, ParentType, ContextType>;
  skuCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FulfillmentReportResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentReport'] = ResolversParentTypes['FulfillmentReport']> = ResolversObject<{
  byLocation?: Resolver<Array<ResolversTypes['FulfillmentReportRow']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['FulfillmentReportRow']>, ParentType, ContextType>;
  slaHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['FulfillmentReportRow'], ParentType, ContextType>;
}>;

export type FulfillmentReportRowResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentReportRow'] = ResolversParentTypes['FulfillmentReportRow']> = ResolversObject<{
  averagePlacedToDeliveredHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageReleaseToShipHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fillRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lateShipments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  onTimeDeliveryRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ordersShipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersSplit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipmentsDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipmentsShipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  splitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitsReleased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsShipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationAcceptFulfillmentOrderArgs, 'id'>>;
  announceCurbsideArrival?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationAnnounceCurbsideArrivalArgs, 'input'>>;
  completePickWave?: Resolver<ResolversTypes['PickWave'], ParentType, ContextType, RequireFields<MutationCompletePickWaveArgs, 'input'>>;
  configureDropshipVendor?: Resolver<ResolversTypes['ConfiguredDropshipVendor'], ParentType, ContextType, RequireFields<MutationConfigureDropshipVendorArgs, 'input'>>;
  confirmDropshipShipment?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationConfirmDropshipShipmentArgs, 'input'>>;
  confirmPickup?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationConfirmPickupArgs, 'input'>>;
  createPickWave?: Resolver<ResolversTypes['PickWave'], ParentType, ContextType, RequireFields<MutationCreatePickWaveArgs, 'input'>>;
  markReadyForPickup?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationMarkReadyForPickupArgs, 'input'>>;
  packFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationPackFulfillmentOrderArgs, 'input'>>;
  pickFulfillmentOrder?: Resolver<ResolversTypes['PickResult'], ParentType, ContextType, RequireFields<MutationPickFulfillmentOrderArgs, 'input'>>;
  recordTrackingEvent?: Resolver<ResolversTypes['RecordTrackingEventResult'], ParentType, ContextType, RequireFields<MutationRecordTrackingEventArgs, 'input'>>;
  reissuePickupCode?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationReissuePickupCodeArgs, 'fulfillmentOrderId'>>;
  rejectFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationRejectFulfillmentOrderArgs, 'input'>>;
  setBinLocations?: Resolver<Array<ResolversTypes['BinLocation']>, ParentType, ContextType, RequireFields<MutationSetBinLocationsArgs, 'input'>>;
  shipFulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType, RequireFields<MutationShipFulfillmentOrderArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fulfillmentOrders?: Resolver<Maybe<Array<ResolversTypes['FulfillmentOrder']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shipments?: Resolver<Maybe<Array<ResolversTypes['Shipment']>>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParcelResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Parcel'] = ResolversParentTypes['Parcel'], FederationReferenceType extends FederationReferenceTypes['Parcel'] = FederationReferenceTypes['Parcel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Parcel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dimensions?: Resolver<Maybe<ResolversTypes['ParcelDimensions']>, ParentType, ContextType>;
  estimatedDelivery?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ParcelItem']>, ParentType, ContextType>;
  labelReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastEvent?: Resolver<Maybe<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParcelStatus'], ParentType, ContextType>;
  trackingEvents?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weightGrams?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ParcelDimensionsResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['ParcelDimensions'] = ResolversParentTypes['ParcelDimensions']> = ResolversObject<{
  heightMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lengthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  widthMm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParcelItemResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['ParcelItem'] = ResolversParentTypes['ParcelItem']> = ResolversObject<{
  line?: Resolver<ResolversTypes['FulfillmentOrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skuCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PickListEntryResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PickListEntry'] = ResolversParentTypes['PickListEntry']> = ResolversObject<{
  binCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['Sku']>, ParentType, ContextType>;
  skuCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  split?: Resolver<Array<ResolversTypes['PickListSplit']>, ParentType, ContextType>;
  walkSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PickListSplitResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PickListSplit'] = ResolversParentTypes['PickListSplit']> = ResolversObject<{
  fulfillmentOrderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PickResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PickResult'] = ResolversParentTypes['PickResult']> = ResolversObject<{
  fulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['PickShortfall']>, ParentType, ContextType>;
}>;

export type PickShortfallResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PickShortfall'] = ResolversParentTypes['PickShortfall']> = ResolversObject<{
  line?: Resolver<ResolversTypes['FulfillmentOrderLine'], ParentType, ContextType>;
  orderedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skuCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PickWaveResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PickWave'] = ResolversParentTypes['PickWave'], FederationReferenceType extends FederationReferenceTypes['PickWave'] = FederationReferenceTypes['PickWave']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PickWave']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fulfillmentOrders?: Resolver<Array<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  pickList?: Resolver<Array<ResolversTypes['PickListEntry']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PickWaveStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  binLocations?: Resolver<Array<ResolversTypes['BinLocation']>, ParentType, ContextType, RequireFields<QueryBinLocationsArgs, 'locationId'>>;
  dropshipVendor?: Resolver<Maybe<ResolversTypes['DropshipVendor']>, ParentType, ContextType, RequireFields<QueryDropshipVendorArgs, 'locationId'>>;
  fulfillmentOrder?: Resolver<Maybe<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType, RequireFields<QueryFulfillmentOrderArgs, 'id'>>;
  fulfillmentOrders?: Resolver<ResolversTypes['FulfillmentOrderConnection'], ParentType, ContextType, RequireFields<QueryFulfillmentOrdersArgs, 'first'>>;
  parcel?: Resolver<Maybe<ResolversTypes['Parcel']>, ParentType, ContextType, RequireFields<QueryParcelArgs, 'id'>>;
  pickWave?: Resolver<Maybe<ResolversTypes['PickWave']>, ParentType, ContextType, RequireFields<QueryPickWaveArgs, 'id'>>;
  pickWaves?: Resolver<Array<ResolversTypes['PickWave']>, ParentType, ContextType, RequireFields<QueryPickWavesArgs, 'locationId'>>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
}>;

export type RecordTrackingEventResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RecordTrackingEventResult'] = ResolversParentTypes['RecordTrackingEventResult']> = ResolversObject<{
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['TrackingEvent'], ParentType, ContextType>;
  parcel?: Resolver<ResolversTypes['Parcel'], ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fulfillment?: Resolver<Maybe<ResolversTypes['FulfillmentReport']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fulfillmentOrder?: Resolver<Maybe<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  parcels?: Resolver<Array<ResolversTypes['Parcel']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SkuResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Sku'] = ResolversParentTypes['Sku']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  orderTracking?: SubscriptionResolver<ResolversTypes['Order'], "orderTracking", ParentType, ContextType, RequireFields<SubscriptionOrderTrackingArgs, 'orderId'>>;
  parcelTracking?: SubscriptionResolver<ResolversTypes['Parcel'], "parcelTracking", ParentType, ContextType, RequireFields<SubscriptionParcelTrackingArgs, 'parcelId'>>;
}>;

export type TrackingEventResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  estimatedDelivery?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrackingStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FulfillmentContext> = ResolversObject<{
  BinLocation?: BinLocationResolvers<ContextType>;
  ConfiguredDropshipVendor?: ConfiguredDropshipVendorResolvers<ContextType>;
  CurbsideArrival?: CurbsideArrivalResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DropshipVendor?: DropshipVendorResolvers<ContextType>;
  FulfillmentAddress?: FulfillmentAddressResolvers<ContextType>;
  FulfillmentOrder?: FulfillmentOrderResolvers<ContextType>;
  FulfillmentOrderConnection?: FulfillmentOrderConnectionResolvers<ContextType>;
  FulfillmentOrderEdge?: FulfillmentOrderEdgeResolvers<ContextType>;
  FulfillmentOrderLine?: FulfillmentOrderLineResolvers<ContextType>;
  FulfillmentReport?: FulfillmentReportResolvers<ContextType>;
  FulfillmentReportRow?: FulfillmentReportRowResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Parcel?: ParcelResolvers<ContextType>;
  ParcelDimensions?: ParcelDimensionsResolvers<ContextType>;
  ParcelItem?: ParcelItemResolvers<ContextType>;
  PickListEntry?: PickListEntryResolvers<ContextType>;
  PickListSplit?: PickListSplitResolvers<ContextType>;
  PickResult?: PickResultResolvers<ContextType>;
  PickShortfall?: PickShortfallResolvers<ContextType>;
  PickWave?: PickWaveResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordTrackingEventResult?: RecordTrackingEventResultResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Sku?: SkuResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
}>;

