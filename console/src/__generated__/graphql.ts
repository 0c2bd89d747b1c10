/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptAlternativeInput = {
  /** The delivery address, for an alternative that requiresAddress. */
  address?: AddressInput | null | undefined;
  /** SaleAlternative.id from the out-of-stock answer. */
  alternativeId: string | number;
  /** Of the revised order: a new key (the original attempt's key keeps its out-of-stock answer). */
  idempotencyKey: string;
  /** The placeOrder input that answered out of stock, as it was sent (its idempotencyKey is ignored). */
  order: PlaceOrderInput;
};

export type AcceptOrderAlternativeInput = {
  /** The delivery address for SHIP_TO_HOME; default the order's billing address. */
  address?: AddressInput | null | undefined;
  /** SaleAlternative.id from Order.saleAlternatives. */
  alternativeId: string | number;
  /** The same key with the same input replays the first result. */
  idempotencyKey: string;
  orderId: string | number;
  /** A payment token for what a substitute adds to the total; without it the current authorization is raised. */
  payment?: PaymentInput | null | undefined;
};

export type AddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude?: number | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode: string;
  region?: string | null | undefined;
};

export type AdjustStockInput = {
  /** Change on hand by this many units (negative for damage, shrinkage). */
  delta?: number | null | undefined;
  locationId: string | number;
  reason: string;
  reference?: string | null | undefined;
  /** Set this location's safety stock for the SKU. */
  safetyStock?: number | null | undefined;
  /** Or set on hand to this count. */
  setOnHand?: number | null | undefined;
  sku: string;
};

export type AllocationStatus =
  | 'ALLOCATED'
  | 'RELEASED'
  | 'SHIPPED';

export type AppeasementLimitInput = {
  maxAmount?: number | null | undefined;
  role: StaffRole;
};

export type AppeasementMethod =
  | 'REFUND'
  | 'STORE_CREDIT';

export type CancelOrderInput = {
  /** Cancel only these lines; the whole order when empty. */
  lineIds?: Array<string | number> | null | undefined;
  orderId: string | number;
  reason: string;
};

export type CaseStatus =
  | 'OPEN'
  | 'PENDING_CUSTOMER'
  | 'RESOLVED';

export type CategoryReturnWindowInput = {
  category: string;
  days: number;
};

export type ChangeLineQuantityInput = {
  lineId: string | number;
  quantity: number;
};

export type ChannelReturnWindowInput = {
  channel: SalesChannel;
  days: number;
};

export type CompletePickWaveInput = {
  pickWaveId: string | number;
  shortages?: Array<WaveShortageInput> | null | undefined;
};

export type ConfirmPickupInput = {
  /** The 6-digit code the customer received. */
  code: string;
  fulfillmentOrderId: string | number;
  /** Reserve in store: the point-of-sale transaction that took the payment (required). */
  posTransactionReference?: string | null | undefined;
};

export type CreateExchangeInput = {
  channel?: SalesChannel | null | undefined;
  lines?: Array<ReturnLineInput> | null | undefined;
  orderId?: string | number | null | undefined;
  /** Pays the difference of a dearer replacement; without it the difference is recorded as due. */
  payment?: PaymentInput | null | undefined;
  /** Per returned order line, what replaces it. */
  replacements: Array<ExchangeReplacementInput>;
  /** The return whose goods are replaced; or give orderId and lines to request the return at once. */
  returnId?: string | number | null | undefined;
  /**
   * Pays the difference of a dearer replacement with the customer's store credit first, as much as
   * the balance covers (a store-credit payment of the replacement order); `payment`, or the amount
   * due, covers the rest. The customer's own return, or staff taking it through CALL_CENTER or STORE.
   */
  useStoreCredit?: boolean | null | undefined;
};

export type CreatePickWaveInput = {
  /** These orders; otherwise the oldest ACCEPTED orders of the location not in a wave. */
  fulfillmentOrderIds?: Array<string | number> | null | undefined;
  locationId: string | number;
  /** At most this many orders when choosing them (1 to 200; default 50). */
  maxOrders?: number | null | undefined;
};

export type DeliveryInput = {
  /** Required for SHIP. */
  address?: AddressInput | null | undefined;
  method: DeliveryMethod;
  /** Required for PICKUP and RESERVE_IN_STORE: a pickup-capable store. */
  pickupLocationId?: string | number | null | undefined;
  /**
   * SHIP only: the service level chosen from deliveryPromise. The order is then charged the price
   * deliveryPromise quotes for its lines, destination and level (the parcels its allocation makes)
   * instead of the flat shipping fee, and keeps the promised dates (Order.promisedDelivery);
   * SERVICE_LEVEL_UNAVAILABLE when no active carrier offers it there. Without it: the flat fee
   * (4.90, free from 50.00 after discounts) and no promised dates.
   */
  serviceLevel?: ServiceLevel | null | undefined;
};

export type DeliveryMethod =
  | 'PICKUP'
  | 'RESERVE_IN_STORE'
  | 'SHIP';

export type EditOrderInput = {
  addLines?: Array<PlaceOrderLineInput> | null | undefined;
  changeQuantities?: Array<ChangeLineQuantityInput> | null | undefined;
  /** The same key with the same input replays the first result (a retried edit changes nothing twice). */
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  /**
   * A payment token to authorize what the edit adds to the total; without it the current authorization
   * is raised (incremental authorization).
   */
  payment?: PaymentInput | null | undefined;
  /** Another pickup store; a SHIP order given one is collected there instead (PICKUP, shipping refunded). Not with shipTo. */
  pickupLocationId?: string | number | null | undefined;
  /** Why, for the timeline and the audit log. */
  reason?: string | null | undefined;
  /** Lines to remove (cancelled before release). */
  removeLineIds?: Array<string | number> | null | undefined;
  /** A new delivery address; a PICKUP or RESERVE_IN_STORE order given one is shipped instead (shipping charged by the flat fee). */
  shipTo?: AddressInput | null | undefined;
};

export type ErasureStatus =
  /** Every service confirmed that the person's data is removed or anonymized. */
  | 'COMPLETED'
  /** Some services have not confirmed yet. */
  | 'PENDING';

export type ExchangeReplacementInput = {
  orderLineId: string | number;
  quantity: number;
  sku: string;
};

export type ExchangeSettlement =
  /** The difference was paid: store credit and/or the payment given, captured at once. */
  | 'CHARGED'
  /** The customer owes the difference (amountDue). */
  | 'DUE'
  /** Replacement and returned goods are worth the same. */
  | 'NONE'
  /** The replacement is cheaper: the difference is refunded with the return. */
  | 'REFUND_WITH_RETURN';

export type ExchangeStatus =
  | 'COMPLETED'
  /** The last attempt placed no order (out of stock, refused): createExchange may be called again. */
  | 'FAILED'
  /** The replacement order is being placed. */
  | 'PENDING';

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

export type GrantAppeasementInput = {
  /** Minor units of the order's currency. */
  amount: number;
  /** One per gesture (e.g. a UUID from the console); without it the same gesture by the same person is granted once. */
  idempotencyKey?: string | null | undefined;
  method: AppeasementMethod;
  orderId: string | number;
  reason: string;
};

export type HoldReason =
  /** The customer asked to hold the order. */
  | 'CUSTOMER_REQUEST'
  | 'OTHER'
  /** The payment needs a closer look. */
  | 'PAYMENT_REVIEW'
  /** The billing country is not the delivery country. */
  | 'RISK_COUNTRY_MISMATCH'
  /** The order's total is over the risk threshold of its currency. */
  | 'RISK_ORDER_VALUE'
  /** Too many orders from the same customer or email within the velocity window. */
  | 'RISK_VELOCITY'
  /** Stock is missing for the order. */
  | 'STOCK_SHORTAGE';

export type InspectReturnInput = {
  lines: Array<InspectReturnLineInput>;
  returnId: string | number;
};

export type InspectReturnLineInput = {
  disposition: ReturnDisposition;
  returnLineId: string | number;
};

export type InteractionChannel =
  | 'CALL'
  | 'CHAT'
  | 'EMAIL'
  | 'STORE_VISIT';

export type LocationType =
  | 'DROPSHIP_VENDOR'
  | 'STORE'
  | 'WAREHOUSE';

export type LogInteractionInput = {
  caseId?: string | number | null | undefined;
  channel: InteractionChannel;
  customerId: string | number;
  /** Internal: never shown to the customer. */
  notes?: string | null | undefined;
  orderIds?: Array<string | number> | null | undefined;
  outcome?: string | null | undefined;
  reason: string;
  returnIds?: Array<string | number> | null | undefined;
};

export type MarkReadyForPickupInput = {
  fulfillmentOrderId: string | number;
  /** Days the customer has to collect (1 to 14; default 3). */
  holdDays?: number | null | undefined;
};

export type MarkReturnInTransitInput = {
  /** Without carrier and tracking number, a return label is issued (OMS returns label, generated tracking number). */
  carrier?: string | null | undefined;
  returnId: string | number;
  trackingNumber?: string | null | undefined;
};

export type NotificationStatus =
  /** Every attempt failed; see lastError. */
  | 'FAILED'
  /** Recorded; sent (or retried) by the notification sender. */
  | 'PENDING'
  | 'SENT';

/** A customer's order milestone a message is sent for. */
export type NotificationTemplate =
  /** A goodwill refund or store credit (amount and method; staff's reason is not quoted). */
  | 'APPEASEMENT_GRANTED'
  /** The replacement order of an exchange and how the price difference is settled. */
  | 'EXCHANGE_CREATED'
  /** Units that waited for stock saved by an alternative (another store, delivery, a substitute, the rest cancelled). */
  | 'ORDER_ALTERNATIVE_ACCEPTED'
  | 'ORDER_CANCELLED'
  | 'ORDER_CONFIRMED'
  | 'ORDER_DELIVERED'
  /** Lines, quantities or delivery changed before release; the new total. */
  | 'ORDER_EDITED'
  | 'ORDER_HOLD_RELEASED'
  | 'ORDER_ON_HOLD'
  /** Money given back: a return's refund (amount and method). */
  | 'ORDER_REFUNDED'
  | 'ORDER_SHIPPED'
  | 'PICKED_UP'
  | 'PICKUP_EXPIRED'
  | 'PICKUP_READY'
  /** A return waiting for a decision approved, with the send-back instructions. */
  | 'RETURN_APPROVED'
  /** A return settled without a refund (its value paid for an exchange). */
  | 'RETURN_CLOSED'
  | 'RETURN_INSPECTED'
  /** A return on its way back: the carrier or the issued return label, and the tracking number. */
  | 'RETURN_IN_TRANSIT'
  | 'RETURN_RECEIVED'
  /** A return refused, with the reason staff gave for the customer. */
  | 'RETURN_REJECTED'
  /** A return asked for: its number and what to do next (the send-back instructions when approved at once). */
  | 'RETURN_REQUESTED';

export type OpenCaseInput = {
  customerId: string | number;
  subject: string;
};

export type OrderActivityKind =
  /** A new order was captured. */
  | 'PLACED'
  /** An order moved from one status to another. */
  | 'STATUS_CHANGED';

export type OrderFilter = {
  channel?: Array<SalesChannel> | null | undefined;
  customerId?: string | number | null | undefined;
  placedAfter?: string | null | undefined;
  placedBefore?: string | null | undefined;
  status?: Array<OrderStatus> | null | undefined;
};

export type OrderLineStatus =
  | 'BACKORDERED'
  | 'CANCELLED'
  | 'OPEN'
  | 'SHIPPED';

/**
 * How an order is paid: a card (token), the customer's store credit, or both (split tender). Store
 * credit pays first and comes back last: shipments capture the credit before the card; cancellations
 * (whole or partial), edits that lower the total and refunds to the original payment give back the
 * card's part first, and return credit to the customer's balance only for what exceeds it. The order
 * then lists a payment of provider "store-credit" beside the card's. Only the signed-in customer, or
 * staff ordering for them on the CALL_CENTER or STORE channel, may spend a customer's credit
 * (FORBIDDEN otherwise; STORE_CREDIT_NEEDS_CUSTOMER for a guest order; BAD_USER_INPUT for
 * RESERVE_IN_STORE, paid at the till). The credit leaves the balance atomically with the order:
 * concurrent orders never spend the same credit, and a replayed placeOrder never debits it twice.
 */
export type OrderPaymentInput = {
  /** Payment provider of the token; default the built-in test provider. */
  provider?: string | null | undefined;
  /**
   * Minor units of store credit to apply, in the order's currency: INSUFFICIENT_STORE_CREDIT above
   * the customer's balance, STORE_CREDIT_EXCEEDS_TOTAL above the order's total. Not with useStoreCredit.
   */
  storeCredit?: number | null | undefined;
  /**
   * A token from the payment provider (card data never reaches the OMS) for what store credit does
   * not cover; not needed when credit pays the whole order (otherwise PAYMENT_REQUIRED).
   */
  token?: string | null | undefined;
  /** Apply as much of the customer's store credit as there is, up to the order's total. */
  useStoreCredit?: boolean | null | undefined;
};

export type OrderStatus =
  | 'ALLOCATED'
  | 'BACKORDERED'
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'CREATED'
  | 'DELIVERED'
  | 'ON_HOLD'
  | 'PARTIALLY_SHIPPED'
  | 'RELEASED'
  | 'SHIPPED';

export type PackFulfillmentOrderInput = {
  fulfillmentOrderId: string | number;
  parcels: Array<ParcelInput>;
};

export type ParcelInput = {
  heightMm: number;
  items: Array<ParcelItemInput>;
  lengthMm: number;
  weightGrams: number;
  widthMm: number;
};

export type ParcelItemInput = {
  lineId: string | number;
  quantity: number;
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

export type PaymentInput = {
  /** Payment provider; default the built-in test provider. */
  provider?: string | null | undefined;
  /** A token from the payment provider (card data never reaches the OMS). */
  token: string;
};

export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'DECLINED'
  | 'PARTIALLY_CAPTURED'
  | 'REFUNDED'
  | 'VOIDED';

export type PickFulfillmentOrderInput = {
  fulfillmentOrderId: string | number;
  lines: Array<PickedLineInput>;
};

export type PickWaveStatus =
  | 'COMPLETED'
  | 'OPEN';

export type PickedLineInput = {
  lineId: string | number;
  /** From 0 to the line's quantity; less is a short pick. */
  pickedQuantity: number;
};

export type PlaceOrderInput = {
  /** Sell ahead of inbound supply when a SKU is out of stock (within its presell limit). */
  allowBackorder?: boolean | null | undefined;
  /** Where the payment method is registered; checked against the delivery country by the risk rules. */
  billingAddress?: AddressInput | null | undefined;
  channel: SalesChannel;
  /** ISO 4217; default EUR. */
  currency?: string | null | undefined;
  /** An existing customer; or leave empty and give guestEmail. */
  customerId?: string | number | null | undefined;
  delivery: DeliveryInput;
  guestEmail?: string | null | undefined;
  /** Chosen by the client, unique per order attempt (e.g. a UUID per checkout). */
  idempotencyKey: string;
  lines: Array<PlaceOrderLineInput>;
  /** A card, the customer's store credit, or both. */
  payment: OrderPaymentInput;
  promotionCodes?: Array<string> | null | undefined;
  /** A cart hold (Mutation.reserveStock) to convert into the order's allocation. */
  reservationId?: string | number | null | undefined;
};

export type PlaceOrderLineInput = {
  quantity: number;
  sku: string;
  /** Only trusted channels (MARKETPLACE) may send their own unit price, in minor units. */
  unitPrice?: number | null | undefined;
};

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'CUSTOMER'
  | 'PARTNER'
  | 'SERVICE'
  | 'STAFF';

export type PublishSourcingRuleSetInput = {
  /** Default: now. A future moment publishes a SCHEDULED version. */
  effectiveFrom?: string | null | undefined;
  name: string;
  /** Filters and rankers, in the order they apply (see SourcingRule). */
  rules: Array<SourcingRuleInput>;
  scope: SourcingScopeInput;
  splitPolicy: SplitPolicyInput;
};

export type PurchaseOrderStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED';

export type ReceiveReturnInput = {
  /** Units that arrived per line; every requested unit when omitted. */
  lines?: Array<ReceiveReturnLineInput> | null | undefined;
  locationId: string | number;
  returnId: string | number;
};

export type ReceiveReturnLineInput = {
  quantity: number;
  returnLineId: string | number;
};

export type RefundMethod =
  /**
   * Back to the payment the order was paid with, through its provider (partial refunds): cards
   * first, then store credit the order was paid with, back to the customer's balance.
   */
  | 'ORIGINAL_PAYMENT'
  /** To the customer's store-credit balance. */
  | 'STORE_CREDIT';

export type RefundReturnInput = {
  method?: RefundMethod | null | undefined;
  returnId: string | number;
};

/** A refund is decided first and made at the payment provider once the decision is committed. */
export type RefundStatus =
  /** Decided; the payment provider's refund is still to be made (retried until it is). */
  | 'PENDING'
  /** Made: at the payment provider, or as store credit. */
  | 'SUCCEEDED';

export type ReleaseOrderHoldInput = {
  /** Only this hold; every hold in force when absent. */
  holdId?: string | number | null | undefined;
  orderId: string | number;
  /** Why the order may go on, for the timeline and the audit log. */
  reason: string;
};

export type ReportDimension =
  /** The order's sales channel. */
  | 'CHANNEL'
  /** The day the order was placed, in the report's time zone. */
  | 'DAY'
  /** The location fulfilling the units (fulfillment rows). */
  | 'LOCATION'
  /** The order's current status (sales rows). */
  | 'STATUS';

/** What a report covers and how its rows are grouped. */
export type ReportInput = {
  /** Only orders of these channels; every channel when empty. */
  channels?: Array<SalesChannel> | null | undefined;
  /** Money figures add up the orders of this currency only (ISO 4217): amounts of two currencies are never added. */
  currency?: string | null | undefined;
  /** Orders placed from this instant (inclusive)… */
  from: string;
  /**
   * Dimensions of the rows, in this order; none gives totals only. Sales rows use CHANNEL, DAY and
   * STATUS (an order has no single location); fulfillment rows use CHANNEL, DAY and LOCATION.
   */
  groupBy?: Array<ReportDimension> | null | undefined;
  /**
   * Service level in hours from release to delivery, for on-time delivery and late shipments;
   * default the fulfillment service's REPORT_SLA_HOURS (72).
   */
  slaHours?: number | null | undefined;
  /** IANA time zone the DAY buckets are cut in, e.g. Europe/Paris. */
  timeZone?: string | null | undefined;
  /** …to this one (exclusive); at most 366 days after from. */
  to: string;
};

export type RequestReturnInput = {
  /** Where the return is asked: the storefront, a store, the care console… */
  channel: SalesChannel;
  lines: Array<ReturnLineInput>;
  orderId: string | number;
};

export type ReturnDisposition =
  /** Non-sellable, to be disposed of. */
  | 'DISPOSE'
  /** Non-sellable until refurbished. */
  | 'REFURBISH'
  /** Back on the shelf: sellable at the receiving location. */
  | 'RESTOCK';

export type ReturnItemCondition =
  | 'DAMAGED'
  | 'NEW_UNOPENED'
  | 'OPENED'
  | 'USED';

export type ReturnLineInput = {
  condition: ReturnItemCondition;
  orderLineId: string | number;
  quantity: number;
  reasonCode: ReturnReasonCode;
};

export type ReturnPolicyInput = {
  appeasementLimits: Array<AppeasementLimitInput>;
  approvalThreshold?: number | null | undefined;
  categoryWindows?: Array<CategoryReturnWindowInput> | null | undefined;
  channelWindows?: Array<ChannelReturnWindowInput> | null | undefined;
  defaultWindowDays: number;
  nonReturnableCategories?: Array<string> | null | undefined;
  nonReturnableSkus?: Array<string> | null | undefined;
};

export type ReturnReasonCode =
  | 'ARRIVED_LATE'
  | 'CHANGED_MIND'
  | 'DAMAGED'
  | 'DEFECTIVE'
  | 'NOT_AS_DESCRIBED'
  | 'OTHER'
  | 'WRONG_ITEM'
  | 'WRONG_SIZE';

export type ReturnRefusalCode =
  | 'NON_RETURNABLE_CATEGORY'
  | 'NON_RETURNABLE_SKU'
  | 'OUTSIDE_WINDOW';

export type ReturnStatus =
  | 'APPROVED'
  /** Settled without a refund (e.g. all of it exchanged). */
  | 'CLOSED'
  | 'INSPECTED'
  /** On its way back (label or tracking number given). */
  | 'IN_TRANSIT'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REJECTED'
  /** Waiting for a staff decision (its value is above the approval threshold). */
  | 'REQUESTED';

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

export type ShipFulfillmentOrderInput = {
  /** The carrier, e.g. Colissimo, DHL, UPS. */
  carrier: string;
  fulfillmentOrderId: string | number;
  /** Every parcel of the fulfillment order, with its tracking number and label. */
  parcels: Array<ShipParcelInput>;
  /** The carrier's service, e.g. standard, express, next-day. */
  serviceLevel: string;
};

export type ShipParcelInput = {
  /** The label's reference in the label provider (never the label itself). */
  labelReference?: string | null | undefined;
  parcelId: string | number;
  trackingNumber: string;
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

export type SimulateSourcingInput = {
  /** The most recent orders of the scope to replay (1 to 10000); ignored when orderIds is given. */
  lastOrders?: number | null | undefined;
  /** These orders (at most 10000) instead of the most recent ones. */
  orderIds?: Array<string | number> | null | undefined;
  /** The candidate filters and rankers, validated as for publishing. */
  rules: Array<SourcingRuleInput>;
  /**
   * The orders the candidate would govern: those its scope matches whose governing scope now is not
   * more specific (see SourcingScopeInput); others are skipped as OUT_OF_SCOPE.
   */
  scope: SourcingScopeInput;
  splitPolicy: SplitPolicyInput;
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
  capability?: string | null | undefined;
  countries?: Array<string> | null | undefined;
  kind: string;
  km?: number | null | undefined;
  locationIds?: Array<string | number> | null | undefined;
  methods?: Array<string> | null | undefined;
  types?: Array<string> | null | undefined;
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
  channel?: SalesChannel | null | undefined;
  /** Orders of customers of this segment (letters, digits, _ or -; compared in upper case). */
  customerSegment?: string | null | undefined;
  /** Orders shipped to this ISO country (FR) or country subdivision (FR-IDF). */
  region?: string | null | undefined;
};

/**
 * kind: SHIP_COMPLETE (one location for the whole order), ALLOW_SPLIT, or MAX_SHIPMENTS (maxShipments).
 * SHIP_COMPLETE looks for the locations that pass the filters for every line and hold every line
 * whole, and ranks the lines among those only. When there is none the decision's notes say so and
 * the lines are tried one after the other at the first line's best location: a line it lacks is
 * short (or presold), so the order is refused as a shortage rather than split.
 */
export type SplitPolicyInput = {
  kind: string;
  maxShipments?: number | null | undefined;
};

export type StaffRole =
  | 'ADMIN'
  | 'CARE_AGENT'
  | 'STORE_ASSOCIATE';

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

export type TrackingStatus =
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'IN_TRANSIT'
  | 'LABEL_CREATED'
  | 'OUT_FOR_DELIVERY'
  | 'PICKED_UP'
  | 'RETURNED_TO_SENDER';

export type TransferStatus =
  | 'CANCELLED'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'REQUESTED'
  | 'SHIPPED';

export type WaveShortageInput = {
  /** Units of this SKU not found in the walk. */
  missingQuantity: number;
  skuCode: string;
};

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string, staff: { id: string, name: string, email: string, roles: Array<StaffRole>, storeId: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: PrincipalKind, id: string | null, scopes: Array<string>, roles: Array<StaffRole>, storeId: string | null } };

export type LocationsQueryVariables = Exact<{
  type?: LocationType | null | undefined;
}>;


export type LocationsQuery = { locations: Array<{ id: string, code: string, name: string, type: LocationType, active: boolean, address: { city: string, country: string } }> };

export type OrderSummaryFragment = { id: string, number: string, status: OrderStatus, channel: SalesChannel, email: string, placedAt: string, deliveryMethod: DeliveryMethod, total: { amount: number, currency: string } };

export type OrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, channel: SalesChannel, email: string, placedAt: string, deliveryMethod: DeliveryMethod, customer: { id: string, name: string } | null, total: { amount: number, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderByNumberQueryVariables = Exact<{
  number: string;
}>;


export type OrderByNumberQuery = { orderByNumber: { id: string } | null };

export type DashboardOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
  placedAfter: string;
}>;


export type DashboardOrdersQuery = { orders: { edges: Array<{ node: { id: string, status: OrderStatus, channel: SalesChannel, placedAt: string, total: { amount: number, currency: string }, allocations: Array<{ quantity: number, status: AllocationStatus, location: { id: string, type: LocationType, name: string } }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQueuesQuery = { onHold: { edges: Array<{ node: { id: string, number: string, placedAt: string, channel: SalesChannel } }>, pageInfo: { hasNextPage: boolean } }, openFulfillment: { edges: Array<{ node: { id: string, orderNumber: string, status: FulfillmentOrderStatus, type: FulfillmentType, createdAt: string, location: { name: string } } }>, pageInfo: { hasNextPage: boolean } }, skus: { edges: Array<{ node: { code: string, name: string, availableToSell: number } }> } };

export type OrderActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrderActivitySubscription = { orderActivity: { kind: OrderActivityKind, from: OrderStatus | null, to: OrderStatus, at: string, order: { id: string, number: string, status: OrderStatus, channel: SalesChannel, placedAt: string, total: { amount: number, currency: string }, allocations: Array<{ quantity: number, status: AllocationStatus, location: { id: string, type: LocationType, name: string } }> | null } } };

export type ParcelTrackingFragment = { id: string, sequence: number, status: ParcelStatus, carrier: string | null, trackingNumber: string | null, estimatedDelivery: string | null, deliveredAt: string | null, trackingEvents: Array<{ id: string, status: TrackingStatus, occurredAt: string, location: string | null, message: string | null }> };

export type OrderShipmentsFragment = { shipments: Array<{ id: string, status: ShipmentStatus, carrier: string | null, serviceLevel: string | null, trackingNumber: string | null, shippedAt: string | null, deliveredAt: string | null, location: { id: string, name: string } | null, parcels: Array<{ id: string, sequence: number, status: ParcelStatus, carrier: string | null, trackingNumber: string | null, estimatedDelivery: string | null, deliveredAt: string | null, trackingEvents: Array<{ id: string, status: TrackingStatus, occurredAt: string, location: string | null, message: string | null }> }> }> | null, fulfillmentOrders: Array<{ id: string, type: FulfillmentType, status: FulfillmentOrderStatus, pickupDeadline: string | null, readyForPickupAt: string | null, pickedUpAt: string | null, location: { id: string, name: string } }> | null };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { releasedAt: string | null, promotionCodes: Array<string>, id: string, number: string, status: OrderStatus, channel: SalesChannel, email: string, placedAt: string, deliveryMethod: DeliveryMethod, customer: { id: string, name: string, email: string } | null, shipTo: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string } | null, pickupLocation: { id: string, name: string } | null, subtotal: { amount: number, currency: string }, discountTotal: { amount: number, currency: string }, shippingTotal: { amount: number, currency: string }, taxTotal: { amount: number, currency: string }, lines: Array<{ id: string, lineNumber: number, status: OrderLineStatus, quantity: number, shippedQuantity: number, cancelledQuantity: number, sku: { code: string, name: string } | null, unitPrice: { amount: number, currency: string }, discount: { amount: number, currency: string }, lineTotal: { amount: number, currency: string } }>, payments: Array<{ id: string, provider: string, reference: string, status: PaymentStatus, createdAt: string, authorized: { amount: number, currency: string }, captured: { amount: number, currency: string }, refunded: { amount: number, currency: string } }>, timeline: Array<{ from: OrderStatus | null, to: OrderStatus, actor: string, reason: string | null, at: string }>, sourcingDecision: { ruleSetName: string, version: number, fromReservation: boolean, decidedAt: string, splitPolicy: { kind: string, maxShipments: number | null }, lines: Array<{ lineId: string, sku: string, quantity: number, chosen: Array<{ quantity: number, location: { id: string, code: string, name: string, type: LocationType } }>, candidates: Array<{ distanceKm: number | null, availableToSell: number, eliminatedBy: string | null, rank: number | null, location: { id: string, code: string, name: string, type: LocationType } }> }> } | null, holds: Array<{ id: string, reason: HoldReason, detail: string, placedAt: string, placedBy: string, expiresAt: string | null, releasedAt: string | null, releasedBy: string | null, releaseNote: string | null }>, returns: Array<{ id: string, number: string, status: ReturnStatus, createdAt: string, value: { amount: number, currency: string } }>, refunds: Array<{ id: string, method: RefundMethod, status: RefundStatus, reason: string | null, createdBy: string, at: string, amount: { amount: number, currency: string } }>, total: { amount: number, currency: string }, shipments: Array<{ id: string, status: ShipmentStatus, carrier: string | null, serviceLevel: string | null, trackingNumber: string | null, shippedAt: string | null, deliveredAt: string | null, location: { id: string, name: string } | null, parcels: Array<{ id: string, sequence: number, status: ParcelStatus, carrier: string | null, trackingNumber: string | null, estimatedDelivery: string | null, deliveredAt: string | null, trackingEvents: Array<{ id: string, status: TrackingStatus, occurredAt: string, location: string | null, message: string | null }> }> }> | null, fulfillmentOrders: Array<{ id: string, type: FulfillmentType, status: FulfillmentOrderStatus, pickupDeadline: string | null, readyForPickupAt: string | null, pickedUpAt: string | null, location: { id: string, name: string } }> | null } | null };

export type OrderStatusLiveSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type OrderStatusLiveSubscription = { orderStatusChanged: { id: string, status: OrderStatus, timeline: Array<{ from: OrderStatus | null, to: OrderStatus, actor: string, reason: string | null, at: string }> } };

export type OrderTrackingLiveSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type OrderTrackingLiveSubscription = { orderTracking: { id: string, status: OrderStatus, shipments: Array<{ id: string, status: ShipmentStatus, carrier: string | null, serviceLevel: string | null, trackingNumber: string | null, shippedAt: string | null, deliveredAt: string | null, location: { id: string, name: string } | null, parcels: Array<{ id: string, sequence: number, status: ParcelStatus, carrier: string | null, trackingNumber: string | null, estimatedDelivery: string | null, deliveredAt: string | null, trackingEvents: Array<{ id: string, status: TrackingStatus, occurredAt: string, location: string | null, message: string | null }> }> }> | null, fulfillmentOrders: Array<{ id: string, type: FulfillmentType, status: FulfillmentOrderStatus, pickupDeadline: string | null, readyForPickupAt: string | null, pickedUpAt: string | null, location: { id: string, name: string } }> | null } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus } };

export type RuleSetFragment = { id: string, name: string, channel: SalesChannel | null, version: number, status: SourcingRuleSetStatus, effectiveFrom: string, createdBy: string, createdAt: string, rules: Array<{ kind: string, types: Array<LocationType> | null, capability: string | null, methods: Array<string> | null, km: number | null, locationIds: Array<string> | null }>, splitPolicy: { kind: string, maxShipments: number | null } };

export type SourcingRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcingRuleSetsQuery = { sourcingRuleSets: Array<{ id: string, name: string, channel: SalesChannel | null, version: number, status: SourcingRuleSetStatus, effectiveFrom: string, createdBy: string, createdAt: string, rules: Array<{ kind: string, types: Array<LocationType> | null, capability: string | null, methods: Array<string> | null, km: number | null, locationIds: Array<string> | null }>, splitPolicy: { kind: string, maxShipments: number | null } }> };

export type SimulationOutcomeFragment = { ordersEvaluated: number, shipmentsPerOrder: number, averageDistanceKm: number | null, storeShare: number | null, unitsSourced: number, unsourcedLineCount: number };

export type SimulateSourcingQueryVariables = Exact<{
  input: SimulateSourcingInput;
}>;


export type SimulateSourcingQuery = { simulateSourcing: { differenceCount: number, skippedCount: number, ruleSetInForce: { id: string, name: string, version: number }, inForce: { ordersEvaluated: number, shipmentsPerOrder: number, averageDistanceKm: number | null, storeShare: number | null, unitsSourced: number, unsourcedLineCount: number }, candidate: { ordersEvaluated: number, shipmentsPerOrder: number, averageDistanceKm: number | null, storeShare: number | null, unitsSourced: number, unsourcedLineCount: number }, differences: Array<{ orderId: string, currentLocations: Array<{ id: string, name: string }>, candidateLocations: Array<{ id: string, name: string }> }> } };

export type PublishSourcingRuleSetMutationVariables = Exact<{
  input: PublishSourcingRuleSetInput;
}>;


export type PublishSourcingRuleSetMutation = { publishSourcingRuleSet: { id: string, name: string, channel: SalesChannel | null, version: number, status: SourcingRuleSetStatus, effectiveFrom: string, createdBy: string, createdAt: string, rules: Array<{ kind: string, types: Array<LocationType> | null, capability: string | null, methods: Array<string> | null, km: number | null, locationIds: Array<string> | null }>, splitPolicy: { kind: string, maxShipments: number | null } } };

export type StockRowFragment = { onHand: number, reserved: number, safetyStock: number, availableToSell: number, updatedAt: string, sku: { code: string, name: string }, location: { id: string, code: string, name: string, type: LocationType } };

export type SkusQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SkusQuery = { skus: { edges: Array<{ node: { code: string, name: string, availableToSell: number, presellLimit: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SkuStockQueryVariables = Exact<{
  code: string;
}>;


export type SkuStockQuery = { sku: { code: string, name: string, availableToSell: number, presellLimit: number, stock: Array<{ onHand: number, reserved: number, safetyStock: number, availableToSell: number, updatedAt: string, sku: { code: string, name: string }, location: { id: string, code: string, name: string, type: LocationType } }> } | null };

export type LocationStockQueryVariables = Exact<{
  id: string | number;
}>;


export type LocationStockQuery = { location: { id: string, name: string, stock: Array<{ onHand: number, reserved: number, safetyStock: number, availableToSell: number, updatedAt: string, sku: { code: string, name: string }, location: { id: string, code: string, name: string, type: LocationType } }> } | null };

export type StockMovementsQueryVariables = Exact<{
  sku?: string | null | undefined;
  locationId?: string | number | null | undefined;
}>;


export type StockMovementsQuery = { stockMovements: { edges: Array<{ node: { id: string, sku: string, kind: StockMovementKind, onHandBefore: number, onHandAfter: number, reservedBefore: number, reservedAfter: number, reason: string | null, reference: string | null, createdAt: string, location: { id: string, name: string } } }> } };

export type SupplyQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
}>;


export type SupplyQuery = { transfers: Array<{ id: string, status: TransferStatus, reference: string | null, createdAt: string, from: { name: string }, to: { name: string }, lines: Array<{ sku: string, quantity: number, receivedQuantity: number, inTransit: number }> }>, purchaseOrders: Array<{ id: string, number: string, supplier: string, status: PurchaseOrderStatus, expectedAt: string, location: { name: string }, lines: Array<{ sku: string, quantityOrdered: number, quantityReceived: number, quantityPromised: number }> }> };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock: { onHand: number, reserved: number, safetyStock: number, availableToSell: number, updatedAt: string, sku: { code: string, name: string }, location: { id: string, code: string, name: string, type: LocationType } } };

export type AvailabilityLiveSubscriptionVariables = Exact<{
  skus: Array<string> | string;
}>;


export type AvailabilityLiveSubscription = { availabilityChanged: { onHand: number, reserved: number, safetyStock: number, availableToSell: number, updatedAt: string, sku: { code: string, name: string }, location: { id: string, code: string, name: string, type: LocationType } } };

export type CustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersQuery = { customers: { edges: Array<{ node: { id: string, name: string, email: string, phone: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type Customer360QueryVariables = Exact<{
  id: string | number;
}>;


export type Customer360Query = { customer: { id: string, name: string, firstName: string, lastName: string, email: string, phone: string | null, createdAt: string, tags: Array<string>, orderCount: number | null, returnRate: number | null, lastOrderAt: string | null, lifetimeValue: { amount: number, currency: string } | null, storeCreditBalance: { amount: number, currency: string } | null, addresses: Array<{ id: string, label: string | null, line1: string, line2: string | null, city: string, postalCode: string, country: string, isDefaultShipping: boolean, isDefaultBilling: boolean }>, orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, channel: SalesChannel, email: string, placedAt: string, deliveryMethod: DeliveryMethod, lines: Array<{ id: string, lineNumber: number, quantity: number, shippedQuantity: number, sku: { code: string, name: string } | null }>, total: { amount: number, currency: string } } }> } | null, returns: { edges: Array<{ node: { id: string, number: string, status: ReturnStatus, createdAt: string, requestedBy: string, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, reasonCode: ReturnReasonCode, sku: { code: string, name: string } | null }> } }> } | null, interactions: { edges: Array<{ node: { id: string, channel: InteractionChannel, reason: string, outcome: string | null, notes: string | null, at: string, agentId: string, agent: { name: string } | null, orders: Array<{ id: string, number: string }>, returns: Array<{ id: string, number: string }>, case: { id: string, subject: string } | null } }> }, shipments: Array<{ id: string, status: ShipmentStatus, carrier: string | null, trackingNumber: string | null, shippedAt: string | null, deliveredAt: string | null, order: { id: string, number: string } | null }> | null } | null };

export type StoreWorkFragment = { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null };

export type StoreQueueQueryVariables = Exact<{
  locationId: string | number;
}>;


export type StoreQueueQuery = { location: { id: string, name: string } | null, fulfillmentOrders: { edges: Array<{ node: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } }> }, pickWaves: Array<{ id: string, status: PickWaveStatus, createdAt: string, fulfillmentOrders: Array<{ id: string, orderNumber: string }>, pickList: Array<{ skuCode: string, binCode: string | null, walkSequence: number | null, quantity: number, sku: { name: string } | null, split: Array<{ fulfillmentOrderId: string, orderNumber: string, quantity: number }> }> }> };

export type AcceptFulfillmentOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptFulfillmentOrderMutation = { acceptFulfillmentOrder: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } };

export type PickFulfillmentOrderMutationVariables = Exact<{
  input: PickFulfillmentOrderInput;
}>;


export type PickFulfillmentOrderMutation = { pickFulfillmentOrder: { fulfillmentOrder: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null }, shortfalls: Array<{ skuCode: string, shortQuantity: number }> } };

export type MarkReadyForPickupMutationVariables = Exact<{
  input: MarkReadyForPickupInput;
}>;


export type MarkReadyForPickupMutation = { markReadyForPickup: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } };

export type ConfirmPickupMutationVariables = Exact<{
  input: ConfirmPickupInput;
}>;


export type ConfirmPickupMutation = { confirmPickup: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } };

export type PackFulfillmentOrderMutationVariables = Exact<{
  input: PackFulfillmentOrderInput;
}>;


export type PackFulfillmentOrderMutation = { packFulfillmentOrder: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } };

export type ShipFulfillmentOrderMutationVariables = Exact<{
  input: ShipFulfillmentOrderInput;
}>;


export type ShipFulfillmentOrderMutation = { shipFulfillmentOrder: { id: string, orderNumber: string, type: FulfillmentType, status: FulfillmentOrderStatus, createdAt: string, readyForPickupAt: string | null, pickupDeadline: string | null, pickedUpAt: string | null, curbsideArrival: { arrivedAt: string, parkingSpot: string | null, vehicle: string | null } | null, pickWave: { id: string } | null, lines: Array<{ id: string, skuCode: string, quantity: number, pickedQuantity: number | null, cancelledQuantity: number, binCode: string | null, sku: { name: string } | null }>, shipment: { id: string, parcels: Array<{ id: string, sequence: number, trackingNumber: string | null, status: ParcelStatus }> } | null, order: { id: string, customer: { name: string } | null } | null } };

export type CreatePickWaveMutationVariables = Exact<{
  input: CreatePickWaveInput;
}>;


export type CreatePickWaveMutation = { createPickWave: { id: string } };

export type CompletePickWaveMutationVariables = Exact<{
  input: CompletePickWaveInput;
}>;


export type CompletePickWaveMutation = { completePickWave: { id: string, status: PickWaveStatus } };

export type ReleaseOrderHoldMutationVariables = Exact<{
  input: ReleaseOrderHoldInput;
}>;


export type ReleaseOrderHoldMutation = { releaseOrderHold: { id: string, status: OrderStatus } };

export type RetireSourcingRuleSetMutationVariables = Exact<{
  id: string | number;
}>;


export type RetireSourcingRuleSetMutation = { retireSourcingRuleSet: { id: string, status: SourcingRuleSetStatus } };

export type RequestReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type RequestReturnMutation = { requestReturn:
    | { __typename: 'Return', id: string, number: string, status: ReturnStatus, requiresApproval: boolean }
    | { __typename: 'ReturnRefused', refusals: Array<{ sku: string, code: ReturnRefusalCode, message: string }> }
   };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { logInteraction: { id: string } };

export type LinkInteractionToCaseMutationVariables = Exact<{
  interactionId: string | number;
  caseId?: string | number | null | undefined;
}>;


export type LinkInteractionToCaseMutation = { linkInteractionToCase: { id: string, case: { id: string, subject: string } | null } };

export type GrantAppeasementMutationVariables = Exact<{
  input: GrantAppeasementInput;
}>;


export type GrantAppeasementMutation = { grantAppeasement: { id: string, method: AppeasementMethod, amount: { amount: number, currency: string } } };

export type SalesRowFragment = { channel: SalesChannel | null, day: string | null, status: OrderStatus | null, orders: number, cancelledOrders: number, units: number, unitsShipped: number, unitsReturned: number, returnRate: number | null, revenue: { amount: number, currency: string }, averageOrderValue: { amount: number, currency: string } | null };

export type FulfillmentRowFragment = { channel: SalesChannel | null, day: string | null, unitsReleased: number, unitsShipped: number, fillRate: number | null, ordersShipped: number, ordersSplit: number, splitRate: number | null, averageReleaseToShipHours: number | null, averagePlacedToDeliveredHours: number | null, shipmentsDelivered: number, deliveredOnTime: number, onTimeDeliveryRate: number | null, lateShipments: number, location: { id: string, name: string, type: LocationType } | null };

export type ReportQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ReportQuery = { report: { key: string, from: string, to: string, timeZone: string, currency: string, sales: { csv: string, totals: { channel: SalesChannel | null, day: string | null, status: OrderStatus | null, orders: number, cancelledOrders: number, units: number, unitsShipped: number, unitsReturned: number, returnRate: number | null, revenue: { amount: number, currency: string }, averageOrderValue: { amount: number, currency: string } | null }, rows: Array<{ channel: SalesChannel | null, day: string | null, status: OrderStatus | null, orders: number, cancelledOrders: number, units: number, unitsShipped: number, unitsReturned: number, returnRate: number | null, revenue: { amount: number, currency: string }, averageOrderValue: { amount: number, currency: string } | null }> }, fulfillment: { slaHours: number, csv: string, totals: { channel: SalesChannel | null, day: string | null, unitsReleased: number, unitsShipped: number, fillRate: number | null, ordersShipped: number, ordersSplit: number, splitRate: number | null, averageReleaseToShipHours: number | null, averagePlacedToDeliveredHours: number | null, shipmentsDelivered: number, deliveredOnTime: number, onTimeDeliveryRate: number | null, lateShipments: number, location: { id: string, name: string, type: LocationType } | null }, rows: Array<{ channel: SalesChannel | null, day: string | null, unitsReleased: number, unitsShipped: number, fillRate: number | null, ordersShipped: number, ordersSplit: number, splitRate: number | null, averageReleaseToShipHours: number | null, averagePlacedToDeliveredHours: number | null, shipmentsDelivered: number, deliveredOnTime: number, onTimeDeliveryRate: number | null, lateShipments: number, location: { id: string, name: string, type: LocationType } | null }>, byLocation: Array<{ channel: SalesChannel | null, day: string | null, unitsReleased: number, unitsShipped: number, fillRate: number | null, ordersShipped: number, ordersSplit: number, splitRate: number | null, averageReleaseToShipHours: number | null, averagePlacedToDeliveredHours: number | null, shipmentsDelivered: number, deliveredOnTime: number, onTimeDeliveryRate: number | null, lateShipments: number, location: { id: string, name: string, type: LocationType } | null }> } | null } };

export type EditOrderMutationVariables = Exact<{
  input: EditOrderInput;
}>;


export type EditOrderMutation = { editOrder:
    | { __typename: 'EditOutOfStock', lines: Array<{ sku: string, requested: number, available: number }> }
    | { __typename: 'Order', id: string, status: OrderStatus, total: { amount: number, currency: string } }
   };

export type ExportCustomerDataMutationVariables = Exact<{
  customerId: string | number;
}>;


export type ExportCustomerDataMutation = { exportCustomerData: { customerId: string, generatedAt: string, customers: unknown, orders: unknown, fulfillment: unknown, inventory: unknown } };

export type EraseCustomerMutationVariables = Exact<{
  customerId: string | number;
  reason: string;
}>;


export type EraseCustomerMutation = { eraseCustomer: { id: string, status: ErasureStatus, requestedAt: string, completedAt: string | null, subgraphs: Array<{ name: string, confirmedAt: string | null }> } };

type PlaceOrderOutcome_Order_Fragment = { __typename: 'Order', id: string, number: string, status: OrderStatus };

type PlaceOrderOutcome_OutOfStock_Fragment = { __typename: 'OutOfStock', lines: Array<{ sku: string, requested: number, available: number }>, alternatives: Array<{ id: string, kind: SaleAlternativeKind, rank: number, description: string, deliveryMethod: DeliveryMethod, requiresAddress: boolean, distanceKm: number | null, earliestDeliveryDate: string | null, readyAt: string | null, availableFrom: string | null, pickupLocation: { id: string, name: string } | null }> };

export type PlaceOrderOutcomeFragment =
  | PlaceOrderOutcome_Order_Fragment
  | PlaceOrderOutcome_OutOfStock_Fragment
;

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder:
    | { __typename: 'Order', id: string, number: string, status: OrderStatus }
    | { __typename: 'OutOfStock', lines: Array<{ sku: string, requested: number, available: number }>, alternatives: Array<{ id: string, kind: SaleAlternativeKind, rank: number, description: string, deliveryMethod: DeliveryMethod, requiresAddress: boolean, distanceKm: number | null, earliestDeliveryDate: string | null, readyAt: string | null, availableFrom: string | null, pickupLocation: { id: string, name: string } | null }> }
   };

export type AcceptAlternativeMutationVariables = Exact<{
  input: AcceptAlternativeInput;
}>;


export type AcceptAlternativeMutation = { acceptAlternative:
    | { __typename: 'Order', id: string, number: string, status: OrderStatus }
    | { __typename: 'OutOfStock', lines: Array<{ sku: string, requested: number, available: number }>, alternatives: Array<{ id: string, kind: SaleAlternativeKind, rank: number, description: string, deliveryMethod: DeliveryMethod, requiresAddress: boolean, distanceKm: number | null, earliestDeliveryDate: string | null, readyAt: string | null, availableFrom: string | null, pickupLocation: { id: string, name: string } | null }> }
   };

export type OrderSaleAlternativesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderSaleAlternativesQuery = { order: { id: string, saleAlternatives: Array<{ id: string, kind: SaleAlternativeKind, rank: number, description: string, requiresAddress: boolean, distanceKm: number | null, readyAt: string | null, earliestDeliveryDate: string | null, pickupLocation: { id: string, name: string } | null }> } | null };

export type AcceptOrderAlternativeMutationVariables = Exact<{
  input: AcceptOrderAlternativeInput;
}>;


export type AcceptOrderAlternativeMutation = { acceptOrderAlternative: { id: string, status: OrderStatus } };

export type ReturnDetailFragment = { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null };

export type ApproveReturnMutationVariables = Exact<{
  returnId: string | number;
}>;


export type ApproveReturnMutation = { approveReturn: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type RejectReturnMutationVariables = Exact<{
  returnId: string | number;
  reason: string;
}>;


export type RejectReturnMutation = { rejectReturn: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type MarkReturnInTransitMutationVariables = Exact<{
  input: MarkReturnInTransitInput;
}>;


export type MarkReturnInTransitMutation = { markReturnInTransit: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type ReceiveReturnMutationVariables = Exact<{
  input: ReceiveReturnInput;
}>;


export type ReceiveReturnMutation = { receiveReturn: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type InspectReturnMutationVariables = Exact<{
  input: InspectReturnInput;
}>;


export type InspectReturnMutation = { inspectReturn: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type RefundReturnMutationVariables = Exact<{
  input: RefundReturnInput;
}>;


export type RefundReturnMutation = { refundReturn: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } };

export type CreateExchangeMutationVariables = Exact<{
  input: CreateExchangeInput;
}>;


export type CreateExchangeMutation = { createExchange:
    | { __typename: 'Exchange', id: string, status: ExchangeStatus, settlement: ExchangeSettlement, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string } | null }
    | { __typename: 'OutOfStock', lines: Array<{ sku: string, requested: number, available: number }> }
    | { __typename: 'ReturnRefused', refusals: Array<{ sku: string, code: ReturnRefusalCode, message: string }> }
   };

export type OrderReturnsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderReturnsQuery = { order: { id: string, returns: Array<{ id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null }> } | null };

export type CustomerReturnsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerReturnsQuery = { customer: { id: string, returns: { edges: Array<{ node: { id: string, number: string, status: ReturnStatus, channel: SalesChannel, createdAt: string, updatedAt: string, requestedBy: string, requiresApproval: boolean, policyVersion: number, rejectionReason: string | null, carrier: string | null, trackingNumber: string | null, receivedAt: string | null, inspectedAt: string | null, receivedLocation: { id: string, name: string } | null, value: { amount: number, currency: string }, order: { id: string, number: string }, lines: Array<{ id: string, quantity: number, receivedQuantity: number, reasonCode: ReturnReasonCode, condition: ReturnItemCondition, disposition: ReturnDisposition | null, value: { amount: number, currency: string }, orderLine: { id: string, lineNumber: number }, sku: { code: string, name: string } | null }>, refund: { id: string, method: RefundMethod, status: RefundStatus, providerReference: string | null, at: string, amount: { amount: number, currency: string } } | null, exchange: { id: string, status: ExchangeStatus, settlement: ExchangeSettlement, credit: { amount: number, currency: string }, creditUsed: { amount: number, currency: string }, replacementTotal: { amount: number, currency: string } | null, priceDifference: { amount: number, currency: string } | null, amountDue: { amount: number, currency: string }, replacementOrder: { id: string, number: string, status: OrderStatus } | null } | null } }> } | null } | null };

export type ReturnLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturnLocationsQuery = { locations: Array<{ id: string, name: string, type: LocationType, active: boolean }> };

export type ReturnPolicyFieldsFragment = { version: number, defaultWindowDays: number, nonReturnableSkus: Array<string>, nonReturnableCategories: Array<string>, approvalThreshold: number | null, updatedBy: string | null, updatedAt: string | null, channelWindows: Array<{ channel: SalesChannel, days: number }>, categoryWindows: Array<{ category: string, days: number }>, appeasementLimits: Array<{ role: StaffRole, maxAmount: number | null }> };

export type ReturnPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type ReturnPolicyQuery = { returnPolicy: { version: number, defaultWindowDays: number, nonReturnableSkus: Array<string>, nonReturnableCategories: Array<string>, approvalThreshold: number | null, updatedBy: string | null, updatedAt: string | null, channelWindows: Array<{ channel: SalesChannel, days: number }>, categoryWindows: Array<{ category: string, days: number }>, appeasementLimits: Array<{ role: StaffRole, maxAmount: number | null }> } };

export type SetReturnPolicyMutationVariables = Exact<{
  input: ReturnPolicyInput;
}>;


export type SetReturnPolicyMutation = { setReturnPolicy: { version: number, defaultWindowDays: number, nonReturnableSkus: Array<string>, nonReturnableCategories: Array<string>, approvalThreshold: number | null, updatedBy: string | null, updatedAt: string | null, channelWindows: Array<{ channel: SalesChannel, days: number }>, categoryWindows: Array<{ category: string, days: number }>, appeasementLimits: Array<{ role: StaffRole, maxAmount: number | null }> } };

export type CaseFieldsFragment = { id: string, subject: string, status: CaseStatus, openedBy: string, openedAt: string, updatedAt: string, resolvedAt: string | null, interactions: Array<{ id: string, channel: InteractionChannel, reason: string, at: string }> };

export type CustomerCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerCasesQuery = { customer: { id: string, cases: Array<{ id: string, subject: string, status: CaseStatus, openedBy: string, openedAt: string, updatedAt: string, resolvedAt: string | null, interactions: Array<{ id: string, channel: InteractionChannel, reason: string, at: string }> }> } | null };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, subject: string, status: CaseStatus, openedBy: string, openedAt: string, updatedAt: string, resolvedAt: string | null, interactions: Array<{ id: string, channel: InteractionChannel, reason: string, at: string }> } };

export type UpdateCaseStatusMutationVariables = Exact<{
  id: string | number;
  status: CaseStatus;
}>;


export type UpdateCaseStatusMutation = { updateCaseStatus: { id: string, subject: string, status: CaseStatus, openedBy: string, openedAt: string, updatedAt: string, resolvedAt: string | null, interactions: Array<{ id: string, channel: InteractionChannel, reason: string, at: string }> } };

export type NotificationsQueryVariables = Exact<{
  customerId?: string | number | null | undefined;
  orderId?: string | number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, template: NotificationTemplate, orderId: string | null, recipient: string, subject: string, body: string, channel: string | null, status: NotificationStatus, attempts: number, lastError: string | null, sentAt: string | null, createdAt: string } }> } };
