import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Order as OrderEntity } from '../entities/order.entity.ts';
import type { OrderLine as OrderLineEntity } from '../entities/order-line.entity.ts';
import type { Money as MoneyEntity } from '../domain/money.ts';
import type { CustomerReference as CustomerReferenceEntity, SkuReference as SkuReferenceEntity, LocationReference as LocationReferenceEntity } from '../references.ts';
import type { Promotion as PromotionEntity } from '../entities/promotion.entity.ts';
import type { Payment as PaymentEntity } from '../entities/payment.entity.ts';
import type { OrderTransition as OrderTransitionEntity } from '../entities/order-transition.entity.ts';
import type { Return as ReturnEntity } from '../entities/return.entity.ts';
import type { ReturnLine as ReturnLineEntity } from '../entities/return-line.entity.ts';
import type { Refund as RefundEntity } from '../entities/refund.entity.ts';
import type { Exchange as ExchangeEntity } from '../entities/exchange.entity.ts';
import type { Appeasement as AppeasementEntity } from '../entities/appeasement.entity.ts';
import type { PolicyInForce as PolicyInForceEntity } from '../domain/returns/return-policy.service.ts';
import type { ReturnRefusedAnswer as ReturnRefusedAnswerEntity } from '../domain/returns/return-policy.ts';
import type { ReportReference as ReportReferenceEntity, SalesReport as SalesReportEntity, SalesRow as SalesRowEntity } from '../domain/report.service.ts';
import type { OrderPipelineStep as OrderPipelineStepEntity } from '../entities/order-pipeline-step.entity.ts';
import type { OrderHold as OrderHoldEntity } from '../entities/order-hold.entity.ts';
import type { RiskRuleSettings as RiskRuleSettingsEntity } from '../domain/risk-rules.ts';
import type { OutOfStockAnswer as OutOfStockAnswerEntity } from '../domain/sale-alternatives.service.ts';
import type { CustomerDataExportReference as CustomerDataExportReferenceEntity } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
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

export type AcceptAlternativeInput = {
  /** The delivery address, for an alternative that requiresAddress. */
  address?: InputMaybe<AddressInput>;
  /** SaleAlternative.id from the out-of-stock answer. */
  alternativeId: Scalars['ID']['input'];
  /** Of the revised order: a new key (the original attempt's key keeps its out-of-stock answer). */
  idempotencyKey: Scalars['String']['input'];
  /** The placeOrder input that answered out of stock, as it was sent (its idempotencyKey is ignored). */
  order: PlaceOrderInput;
};

export type AcceptOrderAlternativeInput = {
  /** The delivery address for SHIP_TO_HOME; default the order's billing address. */
  address?: InputMaybe<AddressInput>;
  /** SaleAlternative.id from Order.saleAlternatives. */
  alternativeId: Scalars['ID']['input'];
  /** The same key with the same input replays the first result. */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** A payment token for what a substitute adds to the total; without it the current authorization is raised. */
  payment?: InputMaybe<PaymentInput>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  latitude?: InputMaybe<Scalars['Float']['input']>;
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A goodwill gesture on an order. */
export type Appeasement = {
  __typename?: 'Appeasement';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  grantedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  method: AppeasementMethod;
  order: Order;
  reason: Scalars['String']['output'];
  refund: Refund;
};

export type AppeasementLimit = {
  __typename?: 'AppeasementLimit';
  /** Minor units of the order's currency; null: no limit. */
  maxAmount: Maybe<Scalars['Int']['output']>;
  role: StaffRole;
};

export type AppeasementLimitInput = {
  maxAmount?: InputMaybe<Scalars['Int']['input']>;
  role: StaffRole;
};

export type AppeasementMethod =
  | 'REFUND'
  | 'STORE_CREDIT';

export type CancelOrderInput = {
  /** Cancel only these lines; the whole order when empty. */
  lineIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CategoryReturnWindow = {
  __typename?: 'CategoryReturnWindow';
  category: Scalars['String']['output'];
  days: Scalars['Int']['output'];
};

export type CategoryReturnWindowInput = {
  category: Scalars['String']['input'];
  days: Scalars['Int']['input'];
};

export type ChangeLineQuantityInput = {
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type ChannelReturnWindow = {
  __typename?: 'ChannelReturnWindow';
  channel: SalesChannel;
  days: Scalars['Int']['output'];
};

export type ChannelReturnWindowInput = {
  channel: SalesChannel;
  days: Scalars['Int']['input'];
};

/** Holds SHIP and pickup orders whose billing country differs from the delivery country. */
export type CountryMismatchRiskRule = {
  __typename?: 'CountryMismatchRiskRule';
  enabled: Scalars['Boolean']['output'];
};

export type CountryMismatchRiskRuleInput = {
  enabled: Scalars['Boolean']['input'];
};

export type CreateExchangeInput = {
  channel?: InputMaybe<SalesChannel>;
  lines?: InputMaybe<Array<ReturnLineInput>>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Pays the difference of a dearer replacement; without it the difference is recorded as due. */
  payment?: InputMaybe<PaymentInput>;
  /** Per returned order line, what replaces it. */
  replacements: Array<ExchangeReplacementInput>;
  /** The return whose goods are replaced; or give orderId and lines to request the return at once. */
  returnId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Pays the difference of a dearer replacement with the customer's store credit first, as much as
   * the balance covers (a store-credit payment of the replacement order); `payment`, or the amount
   * due, covers the rest. The customer's own return, or staff taking it through CALL_CENTER or STORE.
   */
  useStoreCredit?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateExchangeResult = Exchange | OutOfStock | ReturnRefused;

export type CreatePromotionInput = {
  code: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  kind: PromotionKind;
  minimumSubtotal?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<PromotionScope>;
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
  usageLimit?: InputMaybe<Scalars['Int']['input']>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
  value: Scalars['Int']['input'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Lifetime value per order in a currency, rounded half to even; null without orders in it. */
  averageOrderValue: Maybe<Money>;
  id: Scalars['ID']['output'];
  /** When the last order not cancelled was placed. */
  lastOrderAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * What the customer's orders brought in a currency: totals of orders not cancelled, less refunds
   * and the exchange credit replacement orders were paid with.
   */
  lifetimeValue: Maybe<Money>;
  /** Orders placed and not cancelled (exchange replacements are not counted). */
  orderCount: Maybe<Scalars['Int']['output']>;
  /** The customer's orders, newest first; null only when the orders service cannot be reached. */
  orders: Maybe<OrderConnection>;
  /** Units that came back per unit shipped (0 to 1); null when nothing has shipped. */
  returnRate: Maybe<Scalars['Float']['output']>;
  /** The customer's returns, newest first; null only when the orders service cannot be reached. */
  returns: Maybe<ReturnConnection>;
  /** The customer's store credit in a currency (refunds and appeasements given as credit). */
  storeCreditBalance: Maybe<Money>;
};


export type CustomerAverageOrderValueArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type CustomerLifetimeValueArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerReturnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerStoreCreditBalanceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person's data export (GDPR), one section per service. This service contributes the orders with
 * their lines, payments and timeline, the returns, refunds, store credit, appeasements and exchanges.
 */
export type CustomerDataExport = {
  __typename?: 'CustomerDataExport';
  contactEmails: Array<Scalars['String']['output']>;
  contactValues: Array<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  /** Ids of the person's orders, guest orders placed under any email the profile carried included (what other services' sections are about). */
  orderIds: Array<Scalars['ID']['output']>;
  /** Everything the orders service holds about the person (every column, camelCase), guest orders placed under any email the profile carried included. */
  orders: Scalars['JSON']['output'];
};

/** Internal (customers service): whether a customer's data may be erased, and which orders are theirs. */
export type CustomerErasureCheck = {
  __typename?: 'CustomerErasureCheck';
  /** Orders not yet DELIVERED or CANCELLED, or with a return still open: they block erasure. */
  openOrderNumbers: Array<Scalars['String']['output']>;
  orderIds: Array<Scalars['ID']['output']>;
};

/** Internal: what a customer's orders add up to (cancelled orders excluded); customers without orders are left out. */
export type CustomerOrderFigures = {
  __typename?: 'CustomerOrderFigures';
  customerId: Scalars['ID']['output'];
  lastOrderAt: Maybe<Scalars['DateTime']['output']>;
  orderCount: Scalars['Int']['output'];
  /** Orders placed within each of the requested windows, in the order of windowsDays. */
  recentOrderCounts: Array<Scalars['Int']['output']>;
  /** Current order totals, per currency. */
  spent: Array<Money>;
};

export type DeliveryInput = {
  /** Required for SHIP. */
  address?: InputMaybe<AddressInput>;
  method: DeliveryMethod;
  /** Required for PICKUP and RESERVE_IN_STORE: a pickup-capable store. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * SHIP only: the service level chosen from deliveryPromise. The order is then charged the price
   * deliveryPromise quotes for its lines, destination and level (the parcels its allocation makes)
   * instead of the flat shipping fee, and keeps the promised dates (Order.promisedDelivery);
   * SERVICE_LEVEL_UNAVAILABLE when no active carrier offers it there. Without it: the flat fee
   * (4.90, free from 50.00 after discounts) and no promised dates.
   */
  serviceLevel?: InputMaybe<ServiceLevel>;
};

export type DeliveryMethod =
  | 'PICKUP'
  | 'RESERVE_IN_STORE'
  | 'SHIP';

export type EditOrderInput = {
  addLines?: InputMaybe<Array<PlaceOrderLineInput>>;
  changeQuantities?: InputMaybe<Array<ChangeLineQuantityInput>>;
  /** The same key with the same input replays the first result (a retried edit changes nothing twice). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  /**
   * A payment token to authorize what the edit adds to the total; without it the current authorization
   * is raised (incremental authorization).
   */
  payment?: InputMaybe<PaymentInput>;
  /** Another pickup store; a SHIP order given one is collected there instead (PICKUP, shipping refunded). Not with shipTo. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, for the timeline and the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Lines to remove (cancelled before release). */
  removeLineIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new delivery address; a PICKUP or RESERVE_IN_STORE order given one is shipped instead (shipping charged by the flat fee). */
  shipTo?: InputMaybe<AddressInput>;
};

export type EditOrderResult = EditOutOfStock | Order;

/** The edited lines could not be held: nothing changed (lines, stock and payment are as before). */
export type EditOutOfStock = {
  __typename?: 'EditOutOfStock';
  lines: Array<UnavailableLine>;
};

/** Returned units replaced by a new order. */
export type Exchange = {
  __typename?: 'Exchange';
  amountDue: Money;
  createdAt: Scalars['DateTime']['output'];
  /** What the replaced units were worth. */
  credit: Money;
  /** The part of the credit the replacement used. */
  creditUsed: Money;
  id: Scalars['ID']['output'];
  originalOrder: Order;
  /** Replacement total minus credit: positive, the customer pays; negative, they get it back. */
  priceDifference: Maybe<Money>;
  replacementOrder: Maybe<Order>;
  replacementTotal: Maybe<Money>;
  return: Return;
  settlement: ExchangeSettlement;
  status: ExchangeStatus;
};

export type ExchangeReplacementInput = {
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
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

export type GrantAppeasementInput = {
  /** Minor units of the order's currency. */
  amount: Scalars['Int']['input'];
  /** One per gesture (e.g. a UUID from the console); without it the same gesture by the same person is granted once. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  method: AppeasementMethod;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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
  returnId: Scalars['ID']['input'];
};

export type InspectReturnLineInput = {
  disposition: ReturnDisposition;
  returnLineId: Scalars['ID']['input'];
};

export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
};

export type MarkReturnInTransitInput = {
  /** Without carrier and tracking number, a return label is issued (OMS returns label, generated tracking number). */
  carrier?: InputMaybe<Scalars['String']['input']>;
  returnId: Scalars['ID']['input'];
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an alternative of an out-of-stock answer at checkout: places the revised order the
   * alternative stands for (another pickup store, shipping instead of pickup, presell, a substitute,
   * or what is available now), with everything else of the original input (customer, payment,
   * promotions, currency) unchanged. Idempotent by the new `idempotencyKey`, exactly like placeOrder;
   * the result is an Order holding its stock where the alternative said, or OutOfStock with fresh
   * alternatives when a concurrent sale took the stock first. ALTERNATIVE_INVALID when the id does
   * not belong to the given input; ADDRESS_REQUIRED when a SHIP_TO_HOME alternative comes without address.
   */
  acceptAlternative: PlaceOrderResult;
  /**
   * Saves the sale of an order already placed whose units wait for stock (Order.saleAlternatives):
   * applies one of its current alternatives to the order itself, atomically (another pickup store,
   * shipping instead, a substitute at its own price with the payment adjusted, or the units left out
   * cancelled and refunded), then lets go of its STOCK_SHORTAGE holds so the order goes on. Staff and
   * the order's customer. Idempotent by `idempotencyKey`. ALTERNATIVE_INVALID when the id is not one
   * of the order's alternatives now (stale: stock or the order changed); ORDER_NOT_WAITING_FOR_STOCK
   * when nothing of the order waits any more; ADDRESS_REQUIRED for SHIP_TO_HOME without an address.
   */
  acceptOrderAlternative: Order;
  /** Staff: a REQUESTED return goes ahead. */
  approveReturn: Return;
  /**
   * Cancels a whole order or some of its lines; their stock is released and payment voided or reduced
   * (the card first; store credit goes back to the customer's balance last, see OrderPaymentInput).
   */
  cancelOrder: Order;
  /**
   * Replaces returned units with a new order, placed and sourced like any order in the original
   * channel, delivered to the original address, paid with the returned units' value. A dearer
   * replacement's difference is charged with `payment` (authorized and captured at once) or recorded
   * as due; a cheaper one's is refunded with the return. One exchange per return: retries answer it.
   */
  createExchange: CreateExchangeResult;
  createPromotion: Promotion;
  /**
   * Changes an order before it is released to fulfillment: lines added, removed or with a new quantity,
   * another address or pickup store. Re-priced, re-sourced and re-held at once, with the payment
   * authorization adjusted; when the new lines cannot be held nothing changes and the answer says what
   * is missing. A released order is ORDER_NOT_EDITABLE.
   */
  editOrder: EditOrderResult;
  /**
   * Staff: a goodwill refund or store credit on an order, within the limit of the member's role
   * (ReturnPolicy.appeasementLimits; above it APPEASEMENT_LIMIT_EXCEEDED). Idempotent per order and key.
   */
  grantAppeasement: Appeasement;
  /**
   * Staff: the disposition of each received line. RESTOCK makes the units sellable at the receiving
   * location; REFURBISH and DISPOSE put them in its non-sellable stock (through inventory).
   */
  inspectReturn: Return;
  /** The goods are on their way back: the customer's carrier and tracking number, or an issued return label (generated tracking number). */
  markReturnInTransit: Return;
  /**
   * Captures an order from any channel: validates it, prices it, holds its stock and authorizes its
   * payment, all or nothing. Idempotent by `idempotencyKey`: the same key with the same input replays
   * the first result; with a different input it fails with IDEMPOTENCY_KEY_REUSED.
   */
  placeOrder: PlaceOrderResult;
  /**
   * Staff put an order on hold before it is released to fulfillment (e.g. at the customer's request):
   * its stock stays held until the hold is released or expires (then the order is cancelled). Staff only.
   */
  placeOrderHold: Order;
  /** Staff: the goods arrived at a location (any warehouse or store, not necessarily where they left from). */
  receiveReturn: Return;
  /**
   * Staff: refunds an inspected return (the received units' value, less exchange credit used) to the
   * original payment or as store credit. Idempotent: a retried or concurrent call refunds once and
   * answers the refunded return. Nothing left to refund closes the return (CLOSED).
   */
  refundReturn: Return;
  /** Staff: a REQUESTED return is refused, with the reason given to the customer. */
  rejectReturn: Return;
  /**
   * Staff release an order's holds (all, or one): the order continues its pipeline as if it had passed,
   * and is released to fulfillment at the end of its cancellation window. Staff only.
   */
  releaseOrderHold: Order;
  /**
   * Asks to return units of an order's lines, from any channel (a customer for their own orders, a
   * care agent, a store associate). Checked against the return policy: lines outside the window or
   * never returnable refuse the request with the reasons (ReturnRefused; nothing written); more units
   * than shipped and not yet returned is RETURN_QUANTITY_EXCEEDED. Approved at once unless its value
   * is above the policy's approval threshold (then REQUESTED until a staff decision).
   */
  requestReturn: RequestReturnResult;
  /** Publishes a new version of the return policy (the previous ones stay on record); audited. */
  setReturnPolicy: ReturnPolicy;
  /** Changes the risk rules at once, for orders placed from now on; rules not given keep their settings. Audited. */
  setRiskRules: RiskRules;
};


export type MutationAcceptAlternativeArgs = {
  input: AcceptAlternativeInput;
};


export type MutationAcceptOrderAlternativeArgs = {
  input: AcceptOrderAlternativeInput;
};


export type MutationApproveReturnArgs = {
  returnId: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationCreateExchangeArgs = {
  input: CreateExchangeInput;
};


export type MutationCreatePromotionArgs = {
  input: CreatePromotionInput;
};


export type MutationEditOrderArgs = {
  input: EditOrderInput;
};


export type MutationGrantAppeasementArgs = {
  input: GrantAppeasementInput;
};


export type MutationInspectReturnArgs = {
  input: InspectReturnInput;
};


export type MutationMarkReturnInTransitArgs = {
  input: MarkReturnInTransitInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationPlaceOrderHoldArgs = {
  input: PlaceOrderHoldInput;
};


export type MutationReceiveReturnArgs = {
  input: ReceiveReturnInput;
};


export type MutationRefundReturnArgs = {
  input: RefundReturnInput;
};


export type MutationRejectReturnArgs = {
  reason: Scalars['String']['input'];
  returnId: Scalars['ID']['input'];
};


export type MutationReleaseOrderHoldArgs = {
  input: ReleaseOrderHoldInput;
};


export type MutationRequestReturnArgs = {
  input: RequestReturnInput;
};


export type MutationSetReturnPolicyArgs = {
  input: ReturnPolicyInput;
};


export type MutationSetRiskRulesArgs = {
  input: SetRiskRulesInput;
};

/** A customer's order, from any channel. */
export type Order = {
  __typename?: 'Order';
  /** The billing address given at checkout, if any. */
  billTo: Maybe<PostalAddress>;
  channel: SalesChannel;
  customer: Maybe<Customer>;
  deliveryMethod: DeliveryMethod;
  discountTotal: Money;
  /** Email the order confirmation went to (guest or customer). */
  email: Scalars['String']['output'];
  /** For a replacement order: the order whose returned goods it replaces. */
  exchangeFor: Maybe<Order>;
  /** Every hold put on the order, oldest first; those without releasedAt are in force. */
  holds: Array<OrderHold>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-facing order number, e.g. OMS-100042. */
  number: Scalars['String']['output'];
  payments: Array<Payment>;
  /** For PICKUP and RESERVE_IN_STORE: the store. */
  pickupLocation: Maybe<Location>;
  /**
   * The order's way through the pipeline, in order: validation, risk check, payment authorization,
   * sourcing and allocation, release to fulfillment; later entries record what happened next (a hold
   * released, an edit re-sourced, the release).
   */
  pipeline: Array<OrderPipelineStep>;
  placedAt: Scalars['DateTime']['output'];
  /** The service level and dates promised at checkout; null when the order was placed without a service level. */
  promisedDelivery: Maybe<PromisedDelivery>;
  promotionCodes: Array<Scalars['String']['output']>;
  /** Money given back for this order (returns and appeasements), oldest first. */
  refunds: Array<Refund>;
  /**
   * When the order was released to fulfillment (after its cancellation window; a backordered order
   * when its supply arrived); null until then.
   */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  /** Returns of this order, oldest first. */
  returns: Array<Return>;
  /**
   * Ways to save the units of this order that wait for stock (BACKORDERED lines, or lines a location
   * could not serve after release), best first, from the sourcing rules in force and live stock:
   * another pickup store, shipping instead, a substitute, or leaving those units out. Empty when
   * nothing waits. Accept one with acceptOrderAlternative. Staff and the order's customer.
   */
  saleAlternatives: Array<SaleAlternative>;
  shipTo: Maybe<PostalAddress>;
  shippingTotal: Money;
  status: OrderStatus;
  /** Sum of line totals before discounts. */
  subtotal: Money;
  /** Tax included in the total (prices are tax-inclusive). */
  taxTotal: Money;
  /**
   * Every status change: from, to, who, when and why; and what happened without changing the status
   * (e.g. units re-sourced to another location), where from equals to.
   */
  timeline: Array<OrderTransition>;
  total: Money;
};

/** One event of the order feed. */
export type OrderActivity = {
  __typename?: 'OrderActivity';
  at: Scalars['DateTime']['output'];
  /** The status before the change; null when the order was placed. */
  from: Maybe<OrderStatus>;
  kind: OrderActivityKind;
  /** The order as committed when the event was published. */
  order: Order;
  /** The status the order moved to (CREATED when it was placed). */
  to: OrderStatus;
};

export type OrderActivityKind =
  /** A new order was captured. */
  | 'PLACED'
  /** An order moved from one status to another. */
  | 'STATUS_CHANGED';

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderFilter = {
  channel?: InputMaybe<Array<SalesChannel>>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  placedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  placedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
};

/** A reason an order is held back from fulfillment. */
export type OrderHold = {
  __typename?: 'OrderHold';
  detail: Scalars['String']['output'];
  /** When the order is cancelled (its stock released, its payment voided) unless the hold is released first. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  placedBy: Scalars['String']['output'];
  reason: HoldReason;
  /** Why it was released (or that the order was cancelled). */
  releaseNote: Maybe<Scalars['String']['output']>;
  releasedAt: Maybe<Scalars['DateTime']['output']>;
  releasedBy: Maybe<Scalars['String']['output']>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** Units that will not be delivered (cancelled, or not collected in time). */
  cancelledQuantity: Scalars['Int']['output'];
  /** Discount from line-scoped promotions and this line's share of order-scoped ones. */
  discount: Money;
  id: Scalars['ID']['output'];
  lineNumber: Scalars['Int']['output'];
  lineTotal: Money;
  quantity: Scalars['Int']['output'];
  /** Units that left: shipped in a parcel, or handed over in store. */
  shippedQuantity: Scalars['Int']['output'];
  /** The item; null only when the inventory service cannot be reached. */
  sku: Maybe<Sku>;
  status: OrderLineStatus;
  unitPrice: Money;
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
  provider?: InputMaybe<Scalars['String']['input']>;
  /**
   * Minor units of store credit to apply, in the order's currency: INSUFFICIENT_STORE_CREDIT above
   * the customer's balance, STORE_CREDIT_EXCEEDS_TOTAL above the order's total. Not with useStoreCredit.
   */
  storeCredit?: InputMaybe<Scalars['Int']['input']>;
  /**
   * A token from the payment provider (card data never reaches the OMS) for what store credit does
   * not cover; not needed when credit pays the whole order (otherwise PAYMENT_REQUIRED).
   */
  token?: InputMaybe<Scalars['String']['input']>;
  /** Apply as much of the customer's store credit as there is, up to the order's total. */
  useStoreCredit?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OrderPipelineOutcome =
  /** The step could not complete (e.g. the hold expired and the order was cancelled). */
  | 'FAILED'
  /** The step stopped the order: it is on hold. */
  | 'HELD'
  /** The step succeeded. */
  | 'PASSED'
  /** The step will run at a known time (release at the end of the cancellation window). */
  | 'SCHEDULED';

/** One step of an order's pipeline: what ran, how it ended, when, and the particulars. */
export type OrderPipelineStep = {
  __typename?: 'OrderPipelineStep';
  /** Who ran it: a service (the order process) or a staff member (a hold released, an edit). */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  detail: Maybe<Scalars['String']['output']>;
  outcome: OrderPipelineOutcome;
  step: OrderPipelineStepName;
};

export type OrderPipelineStepName =
  | 'PAYMENT_AUTHORIZATION'
  | 'RELEASE'
  | 'RISK_CHECK'
  | 'SOURCE_AND_ALLOCATE'
  | 'VALIDATE';

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

export type OrderTransition = {
  __typename?: 'OrderTransition';
  /** Who made the change: a customer, staff member, partner key or service. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from: Maybe<OrderStatus>;
  reason: Maybe<Scalars['String']['output']>;
  /** The status after it; equal to from for an entry that did not change the status. */
  to: OrderStatus;
};

/** Holds orders whose total is over the threshold of their currency (no threshold: never). */
export type OrderValueRiskRule = {
  __typename?: 'OrderValueRiskRule';
  enabled: Scalars['Boolean']['output'];
  thresholds: Array<Money>;
};

export type OrderValueRiskRuleInput = {
  enabled: Scalars['Boolean']['input'];
  /** At most one per currency, in minor units. */
  thresholds: Array<MoneyInput>;
};

/** Some lines could not be held; nothing was written and no payment was taken. */
export type OutOfStock = {
  __typename?: 'OutOfStock';
  /**
   * Ways to still make the sale, best first (another pickup store nearby by distance, shipping
   * instead, presell from inbound supply, a configured substitute, what is available now), each
   * checked against the sourcing rules in force and live stock. Accept one with acceptAlternative.
   */
  alternatives: Array<SaleAlternative>;
  lines: Array<UnavailableLine>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Payment = {
  __typename?: 'Payment';
  authorized: Money;
  captured: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /**
   * Who holds the funds: a card provider (e.g. "test"), "store-credit" (the customer's store credit,
   * debited when the order was placed; what is voided or refunded goes back to their balance),
   * "in-store" (paid at the store's till) or "exchange-credit" (returned goods' value).
   */
  provider: Scalars['String']['output'];
  /** The provider's reference (never card data). */
  reference: Scalars['String']['output'];
  refunded: Money;
  status: PaymentStatus;
};

export type PaymentInput = {
  /** Payment provider; default the built-in test provider. */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** A token from the payment provider (card data never reaches the OMS). */
  token: Scalars['String']['input'];
};

export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'DECLINED'
  | 'PARTIALLY_CAPTURED'
  | 'REFUNDED'
  | 'VOIDED';

export type PlaceOrderHoldInput = {
  detail: Scalars['String']['input'];
  /** Until when the order is kept with its stock held; default the hold time of the risk rules (72 h). */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  orderId: Scalars['ID']['input'];
  /** CUSTOMER_REQUEST, PAYMENT_REVIEW or OTHER (risk holds are placed by the risk rules). */
  reason: HoldReason;
};

export type PlaceOrderInput = {
  /** Sell ahead of inbound supply when a SKU is out of stock (within its presell limit). */
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the payment method is registered; checked against the delivery country by the risk rules. */
  billingAddress?: InputMaybe<AddressInput>;
  channel: SalesChannel;
  /** ISO 4217; default EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** An existing customer; or leave empty and give guestEmail. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  delivery: DeliveryInput;
  guestEmail?: InputMaybe<Scalars['String']['input']>;
  /** Chosen by the client, unique per order attempt (e.g. a UUID per checkout). */
  idempotencyKey: Scalars['String']['input'];
  lines: Array<PlaceOrderLineInput>;
  /** A card, the customer's store credit, or both. */
  payment: OrderPaymentInput;
  promotionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A cart hold (Mutation.reserveStock) to convert into the order's allocation. */
  reservationId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceOrderLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  /** Only trusted channels (MARKETPLACE) may send their own unit price, in minor units. */
  unitPrice?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaceOrderResult = Order | OutOfStock;

/** Internal: the fate of an order id's placement. */
export type PlacementState =
  | 'ABANDONED'
  | 'PENDING'
  | 'PLACED';

/** Internal: whether an order id's placement committed (PLACED), is still in flight or being undone (PENDING), or never will (ABANDONED). */
export type PlacementStatus = {
  __typename?: 'PlacementStatus';
  orderId: Scalars['ID']['output'];
  status: PlacementState;
};

export type PostalAddress = {
  __typename?: 'PostalAddress';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
};

/** What was promised at checkout for an order that ships by a service level. */
export type PromisedDelivery = {
  __typename?: 'PromisedDelivery';
  carrierCode: Scalars['String']['output'];
  /** Civil dates (YYYY-MM-DD): the order arrives between them. */
  earliest: Scalars['String']['output'];
  latest: Scalars['String']['output'];
  serviceLevel: ServiceLevel;
};

/** A discount customers unlock with a code. */
export type Promotion = {
  __typename?: 'Promotion';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PromotionKind;
  minimumSubtotal: Maybe<Scalars['Int']['output']>;
  scope: PromotionScope;
  /** For LINE scope: the SKUs it applies to. */
  skus: Array<Scalars['String']['output']>;
  usageCount: Scalars['Int']['output'];
  usageLimit: Maybe<Scalars['Int']['output']>;
  validFrom: Scalars['DateTime']['output'];
  validTo: Maybe<Scalars['DateTime']['output']>;
  /** Percent (0-100) for PERCENTAGE, minor units for FIXED_AMOUNT. */
  value: Scalars['Int']['output'];
};

export type PromotionKind =
  | 'FIXED_AMOUNT'
  | 'PERCENTAGE';

export type PromotionScope =
  | 'LINE'
  | 'ORDER';

export type Query = {
  __typename?: 'Query';
  /** Internal (customers service): the orders that block a customer's erasure, and all their order ids. */
  customerErasureCheck: CustomerErasureCheck;
  /** Internal (customers): order figures of many customers for segment rules, in one call. */
  customerOrderFigures: Array<CustomerOrderFigures>;
  /** An order by id; null when no such order exists. */
  order: Maybe<Order>;
  /** An order by its number, e.g. OMS-100042; null when unknown. */
  orderByNumber: Maybe<Order>;
  /** Orders, newest first, as a cursor connection (at most 100 per page). */
  orders: OrderConnection;
  /** Internal (inventory's reconciliation): what became of the placements of these order ids. */
  placementStatuses: Array<PlacementStatus>;
  /** A promotion by code; null when unknown. */
  promotion: Maybe<Promotion>;
  /** Promotions, newest first. */
  promotions: Array<Promotion>;
  /**
   * Figures over the orders placed in a period: sales from this service, fulfillment (fill rate, split
   * rate, cycle times, on-time delivery) from the fulfillment service, for the same orders. Invalid
   * input (from not before to, more than 366 days, an unknown time zone) fails with BAD_USER_INPUT.
   */
  report: Report;
  /** A return by id; null when unknown. Customers see only their own. */
  return: Maybe<Return>;
  /** The return policy in force (version 0 is the built-in default, before an administrator set one). */
  returnPolicy: ReturnPolicy;
  /** The risk rules every new order is checked against (admins only). */
  riskRules: RiskRules;
  /** Internal (customers: a store associate's customers): those of these customers with an order picked up or fulfilled at the store. */
  storeCustomers: Array<Scalars['ID']['output']>;
};


export type QueryCustomerErasureCheckArgs = {
  customerId: Scalars['ID']['input'];
  emails?: Array<Scalars['String']['input']>;
};


export type QueryCustomerOrderFiguresArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  windowsDays: Array<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlacementStatusesArgs = {
  orderIds: Array<Scalars['ID']['input']>;
};


export type QueryPromotionArgs = {
  code: Scalars['String']['input'];
};


export type QueryPromotionsArgs = {
  activeAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryReportArgs = {
  input: ReportInput;
};


export type QueryReturnArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoreCustomersArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  locationId: Scalars['ID']['input'];
};

export type ReceiveReturnInput = {
  /** Units that arrived per line; every requested unit when omitted. */
  lines?: InputMaybe<Array<ReceiveReturnLineInput>>;
  locationId: Scalars['ID']['input'];
  returnId: Scalars['ID']['input'];
};

export type ReceiveReturnLineInput = {
  quantity: Scalars['Int']['input'];
  returnLineId: Scalars['ID']['input'];
};

/** Money given back for an order. */
export type Refund = {
  __typename?: 'Refund';
  amount: Money;
  at: Scalars['DateTime']['output'];
  /** Who gave it. */
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  method: RefundMethod;
  /** The payment provider's refund references (comma separated); null for store credit. */
  providerReference: Maybe<Scalars['String']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  status: RefundStatus;
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
  method?: InputMaybe<RefundMethod>;
  returnId: Scalars['ID']['input'];
};

/** A refund is decided first and made at the payment provider once the decision is committed. */
export type RefundStatus =
  /** Decided; the payment provider's refund is still to be made (retried until it is). */
  | 'PENDING'
  /** Made: at the payment provider, or as store credit. */
  | 'SUCCEEDED';

export type ReleaseOrderHoldInput = {
  /** Only this hold; every hold in force when absent. */
  holdId?: InputMaybe<Scalars['ID']['input']>;
  orderId: Scalars['ID']['input'];
  /** Why the order may go on, for the timeline and the audit log. */
  reason: Scalars['String']['input'];
};

/**
 * A report over the orders placed in a period. Each service contributes the figures it owns for the
 * same orders, identified by the report's key.
 */
export type Report = {
  __typename?: 'Report';
  /** Channels covered; empty: every channel. */
  channels: Array<SalesChannel>;
  currency: Scalars['String']['output'];
  from: Scalars['DateTime']['output'];
  groupBy: Array<ReportDimension>;
  /** The report's parameters, opaque: the same input gives the same key. */
  key: Scalars['ID']['output'];
  /** Orders, units, revenue and returns. */
  sales: SalesReport;
  timeZone: Scalars['String']['output'];
  to: Scalars['DateTime']['output'];
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
  channels?: InputMaybe<Array<SalesChannel>>;
  /** Money figures add up the orders of this currency only (ISO 4217): amounts of two currencies are never added. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Orders placed from this instant (inclusive)… */
  from: Scalars['DateTime']['input'];
  /**
   * Dimensions of the rows, in this order; none gives totals only. Sales rows use CHANNEL, DAY and
   * STATUS (an order has no single location); fulfillment rows use CHANNEL, DAY and LOCATION.
   */
  groupBy?: InputMaybe<Array<ReportDimension>>;
  /**
   * Service level in hours from release to delivery, for on-time delivery and late shipments;
   * default the fulfillment service's REPORT_SLA_HOURS (72).
   */
  slaHours?: InputMaybe<Scalars['Int']['input']>;
  /** IANA time zone the DAY buckets are cut in, e.g. Europe/Paris. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** …to this one (exclusive); at most 366 days after from. */
  to: Scalars['DateTime']['input'];
};

export type RequestReturnInput = {
  /** Where the return is asked: the storefront, a store, the care console… */
  channel: SalesChannel;
  lines: Array<ReturnLineInput>;
  orderId: Scalars['ID']['input'];
};

export type RequestReturnResult = Return | ReturnRefused;

/** A return (RMA) of some units of an order. */
export type Return = {
  __typename?: 'Return';
  carrier: Maybe<Scalars['String']['output']>;
  /** The channel the return was asked through. */
  channel: SalesChannel;
  createdAt: Scalars['DateTime']['output'];
  customer: Maybe<Customer>;
  exchange: Maybe<Exchange>;
  /** The replacement order of an exchange. */
  exchangeOrder: Maybe<Order>;
  id: Scalars['ID']['output'];
  inspectedAt: Maybe<Scalars['DateTime']['output']>;
  lines: Array<ReturnLine>;
  /** Printed on the return label, e.g. RMA-100042. */
  number: Scalars['String']['output'];
  order: Order;
  /** The return policy version the request was checked against. */
  policyVersion: Scalars['Int']['output'];
  receivedAt: Maybe<Scalars['DateTime']['output']>;
  receivedLocation: Maybe<Location>;
  /** The refund, once refunded. */
  refund: Maybe<Refund>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Who asked: customer:<id>, staff:<id>, partner:<keyId>. */
  requestedBy: Scalars['String']['output'];
  requiresApproval: Scalars['Boolean']['output'];
  status: ReturnStatus;
  trackingNumber: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** What the requested units cost the customer. */
  value: Money;
};

export type ReturnConnection = {
  __typename?: 'ReturnConnection';
  edges: Array<ReturnEdge>;
  pageInfo: PageInfo;
};

export type ReturnDisposition =
  /** Non-sellable, to be disposed of. */
  | 'DISPOSE'
  /** Non-sellable until refurbished. */
  | 'REFURBISH'
  /** Back on the shelf: sellable at the receiving location. */
  | 'RESTOCK';

export type ReturnEdge = {
  __typename?: 'ReturnEdge';
  cursor: Scalars['String']['output'];
  node: Return;
};

export type ReturnItemCondition =
  | 'DAMAGED'
  | 'NEW_UNOPENED'
  | 'OPENED'
  | 'USED';

export type ReturnLine = {
  __typename?: 'ReturnLine';
  condition: ReturnItemCondition;
  disposition: Maybe<ReturnDisposition>;
  id: Scalars['ID']['output'];
  orderLine: OrderLine;
  quantity: Scalars['Int']['output'];
  reasonCode: ReturnReasonCode;
  receivedQuantity: Scalars['Int']['output'];
  sku: Maybe<Sku>;
  /** What the requested units cost the customer. */
  value: Money;
};

export type ReturnLineInput = {
  condition: ReturnItemCondition;
  orderLineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reasonCode: ReturnReasonCode;
};

/** The return policy: data administrators change without a release. */
export type ReturnPolicy = {
  __typename?: 'ReturnPolicy';
  /** What each staff role may grant per appeasement; a role not listed may grant none. */
  appeasementLimits: Array<AppeasementLimit>;
  /** Returns worth more than this (minor units of the order's currency) wait for approval; null: never. */
  approvalThreshold: Maybe<Scalars['Int']['output']>;
  /** Windows per item category (the item master's `category` attribute). */
  categoryWindows: Array<CategoryReturnWindow>;
  /** Windows per sales channel of the order; with category windows, the strictest that applies wins. */
  channelWindows: Array<ChannelReturnWindow>;
  /** Days after delivery goods may come back when no channel or category window applies. */
  defaultWindowDays: Scalars['Int']['output'];
  nonReturnableCategories: Array<Scalars['String']['output']>;
  nonReturnableSkus: Array<Scalars['String']['output']>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ReturnPolicyInput = {
  appeasementLimits: Array<AppeasementLimitInput>;
  approvalThreshold?: InputMaybe<Scalars['Int']['input']>;
  categoryWindows?: InputMaybe<Array<CategoryReturnWindowInput>>;
  channelWindows?: InputMaybe<Array<ChannelReturnWindowInput>>;
  defaultWindowDays: Scalars['Int']['input'];
  nonReturnableCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  nonReturnableSkus?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type ReturnRefusal = {
  __typename?: 'ReturnRefusal';
  code: ReturnRefusalCode;
  /** For OUTSIDE_WINDOW: the last moment the line could have come back. */
  deadline: Maybe<Scalars['DateTime']['output']>;
  message: Scalars['String']['output'];
  orderLineId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
};

export type ReturnRefusalCode =
  | 'NON_RETURNABLE_CATEGORY'
  | 'NON_RETURNABLE_SKU'
  | 'OUTSIDE_WINDOW';

/** The policy does not allow the return; nothing was written. */
export type ReturnRefused = {
  __typename?: 'ReturnRefused';
  refusals: Array<ReturnRefusal>;
};

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

/** The risk rules new orders are checked against; a matching enabled rule puts the order on hold. */
export type RiskRules = {
  __typename?: 'RiskRules';
  countryMismatch: CountryMismatchRiskRule;
  /** How long an order on a risk hold keeps its stock before it is cancelled, in seconds. */
  holdExpirySeconds: Scalars['Int']['output'];
  orderValue: OrderValueRiskRule;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  velocity: VelocityRiskRule;
};

/**
 * An alternative to an order that cannot be sourced as asked: the revised order it stands for (its
 * delivery and every line) and what it promises. `id` is an opaque token of that revision, bound
 * to the original input: give both to acceptAlternative.
 */
export type SaleAlternative = {
  __typename?: 'SaleAlternative';
  /** The revised order sells ahead of inbound supply. */
  allowBackorder: Scalars['Boolean']['output'];
  /** Presell: when the inbound supply arrives; PARTIAL: when the units left out could come. */
  availableFrom: Maybe<Scalars['DateTime']['output']>;
  deliveryMethod: DeliveryMethod;
  description: Scalars['String']['output'];
  /** From the store asked for (or the destination) to this store. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** Civil dates (YYYY-MM-DD) when known. */
  earliestDeliveryDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: SaleAlternativeKind;
  latestDeliveryDate: Maybe<Scalars['String']['output']>;
  /** Every line of the revised order; for an order already placed, the units that wait for stock as this alternative supplies them. */
  lines: Array<SaleAlternativeLine>;
  /** For pickup: the store. */
  pickupLocation: Maybe<Location>;
  /** 1 for the best. */
  rank: Scalars['Int']['output'];
  /** For pickup: when the order is ready to collect. */
  readyAt: Maybe<Scalars['DateTime']['output']>;
  /** Accepting needs a delivery address (switching from pickup to shipping). */
  requiresAddress: Scalars['Boolean']['output'];
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

export type SaleAlternativeLine = {
  __typename?: 'SaleAlternativeLine';
  quantity: Scalars['Int']['output'];
  /** For a substitute: the SKU it replaces. */
  replacesSku: Maybe<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
};

export type SalesChannel =
  | 'CALL_CENTER'
  | 'MARKETPLACE'
  | 'MOBILE'
  | 'STORE'
  | 'WEB';

export type SalesReport = {
  __typename?: 'SalesReport';
  /**
   * The rows as CSV (RFC 4180: comma-separated, CRLF line ends, a header line): one column per
   * dimension asked for, then the figures; money in minor units, rates as fractions.
   */
  csv: Scalars['String']['output'];
  /** One row per group of the CHANNEL, DAY and STATUS dimensions asked for that has orders, by day then the other dimensions. */
  rows: Array<SalesReportRow>;
  /** Every order of the report (the row's dimensions are null). */
  totals: SalesReportRow;
};

/** Sales figures of a group of orders. */
export type SalesReportRow = {
  __typename?: 'SalesReportRow';
  /** Revenue per order not cancelled (in the report's currency), rounded half to even; null without such orders. */
  averageOrderValue: Maybe<Money>;
  cancelledOrders: Scalars['Int']['output'];
  cancelledUnits: Scalars['Int']['output'];
  channel: Maybe<SalesChannel>;
  /** The local date the orders were placed (YYYY-MM-DD) in the report's time zone. */
  day: Maybe<Scalars['String']['output']>;
  /** Orders placed (cancelled ones included). */
  orders: Scalars['Int']['output'];
  /** unitsReturned / unitsShipped; null when nothing was shipped. */
  returnRate: Maybe<Scalars['Float']['output']>;
  /** What customers pay for orders not cancelled (totals after discounts and partial cancellations, shipping and tax included), in the report's currency. */
  revenue: Money;
  status: Maybe<OrderStatus>;
  /** Units ordered and not cancelled. */
  units: Scalars['Int']['output'];
  /** Units returned and received back (at any location), whenever the return came. */
  unitsReturned: Scalars['Int']['output'];
  /** Units that left for the customer (shipped, or handed over in store). */
  unitsShipped: Scalars['Int']['output'];
};

/** How fast a parcel travels (the carrier services' levels). */
export type ServiceLevel =
  | 'ECONOMY'
  | 'EXPRESS'
  | 'STANDARD';

export type SetRiskRulesInput = {
  countryMismatch?: InputMaybe<CountryMismatchRiskRuleInput>;
  holdExpirySeconds?: InputMaybe<Scalars['Int']['input']>;
  orderValue?: InputMaybe<OrderValueRiskRuleInput>;
  velocity?: InputMaybe<VelocityRiskRuleInput>;
};

export type Sku = {
  __typename?: 'Sku';
  code: Scalars['String']['output'];
};

export type StaffRole =
  | 'ADMIN'
  | 'CARE_AGENT'
  | 'STORE_ASSOCIATE';

export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of every order of the signed-in customer. */
  myOrderUpdates: Order;
  /**
   * Every order placed and every status change of any order, as committed: the live feed of staff
   * dashboards (staff only; other callers are FORBIDDEN).
   */
  orderActivity: OrderActivity;
  /** Every status change of one order, as it is committed. */
  orderStatusChanged: Order;
};


export type SubscriptionOrderStatusChangedArgs = {
  orderId: Scalars['ID']['input'];
};

export type UnavailableLine = {
  __typename?: 'UnavailableLine';
  available: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** Holds an order when the customer (or, for guests, the email) already placed maxOrders within windowMinutes. */
export type VelocityRiskRule = {
  __typename?: 'VelocityRiskRule';
  enabled: Scalars['Boolean']['output'];
  maxOrders: Scalars['Int']['output'];
  windowMinutes: Scalars['Int']['output'];
};

export type VelocityRiskRuleInput = {
  enabled: Scalars['Boolean']['input'];
  maxOrders: Scalars['Int']['input'];
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
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
  Customer: Customer;
  CustomerDataExport: CustomerDataExport;
  Order: Order;
  Report: Report;
  Return: Return;
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
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"contactEmails":true}>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"contactEmails":true,"contactValues":true}>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"contactEmails":true,"contactValues":true}> ) );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"key":true}> );
  Return:
    ( { __typename: 'Return' }
    & GraphQLRecursivePick<FederationTypes['Return'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CreateExchangeResult:
    | ( ExchangeEntity )
    | ( OutOfStockAnswerEntity )
    | ( ReturnRefusedAnswerEntity )
  ;
  EditOrderResult:
    | ( EditOutOfStock )
    | ( OrderEntity )
  ;
  PlaceOrderResult:
    | ( OrderEntity )
    | ( OutOfStockAnswerEntity )
  ;
  RequestReturnResult:
    | ( ReturnEntity )
    | ( ReturnRefusedAnswerEntity )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptAlternativeInput: AcceptAlternativeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AcceptOrderAlternativeInput: AcceptOrderAlternativeInput;
  AddressInput: AddressInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Appeasement: ResolverTypeWrapper<AppeasementEntity>;
  AppeasementLimit: ResolverTypeWrapper<AppeasementLimit>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AppeasementLimitInput: AppeasementLimitInput;
  AppeasementMethod: AppeasementMethod;
  CancelOrderInput: CancelOrderInput;
  CategoryReturnWindow: ResolverTypeWrapper<CategoryReturnWindow>;
  CategoryReturnWindowInput: CategoryReturnWindowInput;
  ChangeLineQuantityInput: ChangeLineQuantityInput;
  ChannelReturnWindow: ResolverTypeWrapper<ChannelReturnWindow>;
  ChannelReturnWindowInput: ChannelReturnWindowInput;
  CountryMismatchRiskRule: ResolverTypeWrapper<CountryMismatchRiskRule>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CountryMismatchRiskRuleInput: CountryMismatchRiskRuleInput;
  CreateExchangeInput: CreateExchangeInput;
  CreateExchangeResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateExchangeResult']>;
  CreatePromotionInput: CreatePromotionInput;
  Customer: ResolverTypeWrapper<CustomerReferenceEntity>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportReferenceEntity>;
  CustomerErasureCheck: ResolverTypeWrapper<CustomerErasureCheck>;
  CustomerOrderFigures: ResolverTypeWrapper<Omit<CustomerOrderFigures, 'spent'> & { spent: Array<ResolversTypes['Money']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryInput: DeliveryInput;
  DeliveryMethod: DeliveryMethod;
  EditOrderInput: EditOrderInput;
  EditOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EditOrderResult']>;
  EditOutOfStock: ResolverTypeWrapper<EditOutOfStock>;
  Exchange: ResolverTypeWrapper<ExchangeEntity>;
  ExchangeReplacementInput: ExchangeReplacementInput;
  ExchangeSettlement: ExchangeSettlement;
  ExchangeStatus: ExchangeStatus;
  GrantAppeasementInput: GrantAppeasementInput;
  HoldReason: HoldReason;
  InspectReturnInput: InspectReturnInput;
  InspectReturnLineInput: InspectReturnLineInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<LocationReferenceEntity>;
  MarkReturnInTransitInput: MarkReturnInTransitInput;
  Money: ResolverTypeWrapper<MoneyEntity>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderEntity>;
  OrderActivity: ResolverTypeWrapper<Omit<OrderActivity, 'order'> & { order: ResolversTypes['Order'] }>;
  OrderActivityKind: OrderActivityKind;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderHold: ResolverTypeWrapper<OrderHoldEntity>;
  OrderLine: ResolverTypeWrapper<OrderLineEntity>;
  OrderLineStatus: OrderLineStatus;
  OrderPaymentInput: OrderPaymentInput;
  OrderPipelineOutcome: OrderPipelineOutcome;
  OrderPipelineStep: ResolverTypeWrapper<OrderPipelineStepEntity>;
  OrderPipelineStepName: OrderPipelineStepName;
  OrderStatus: OrderStatus;
  OrderTransition: ResolverTypeWrapper<OrderTransitionEntity>;
  OrderValueRiskRule: ResolverTypeWrapper<Omit<OrderValueRiskRule, 'thresholds'> & { thresholds: Array<ResolversTypes['Money']> }>;
  OrderValueRiskRuleInput: OrderValueRiskRuleInput;
  OutOfStock: ResolverTypeWrapper<OutOfStockAnswerEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentEntity>;
  PaymentInput: PaymentInput;
  PaymentStatus: PaymentStatus;
  PlaceOrderHoldInput: PlaceOrderHoldInput;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  PlacementState: PlacementState;
  PlacementStatus: ResolverTypeWrapper<PlacementStatus>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  PromisedDelivery: ResolverTypeWrapper<PromisedDelivery>;
  Promotion: ResolverTypeWrapper<PromotionEntity>;
  PromotionKind: PromotionKind;
  PromotionScope: PromotionScope;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReturnInput: ReceiveReturnInput;
  ReceiveReturnLineInput: ReceiveReturnLineInput;
  Refund: ResolverTypeWrapper<RefundEntity>;
  RefundMethod: RefundMethod;
  RefundReturnInput: RefundReturnInput;
  RefundStatus: RefundStatus;
  ReleaseOrderHoldInput: ReleaseOrderHoldInput;
  Report: ResolverTypeWrapper<ReportReferenceEntity>;
  ReportDimension: ReportDimension;
  ReportInput: ReportInput;
  RequestReturnInput: RequestReturnInput;
  RequestReturnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RequestReturnResult']>;
  Return: ResolverTypeWrapper<ReturnEntity>;
  ReturnConnection: ResolverTypeWrapper<Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversTypes['ReturnEdge']> }>;
  ReturnDisposition: ReturnDisposition;
  ReturnEdge: ResolverTypeWrapper<Omit<ReturnEdge, 'node'> & { node: ResolversTypes['Return'] }>;
  ReturnItemCondition: ReturnItemCondition;
  ReturnLine: ResolverTypeWrapper<ReturnLineEntity>;
  ReturnLineInput: ReturnLineInput;
  ReturnPolicy: ResolverTypeWrapper<PolicyInForceEntity>;
  ReturnPolicyInput: ReturnPolicyInput;
  ReturnReasonCode: ReturnReasonCode;
  ReturnRefusal: ResolverTypeWrapper<ReturnRefusal>;
  ReturnRefusalCode: ReturnRefusalCode;
  ReturnRefused: ResolverTypeWrapper<ReturnRefusedAnswerEntity>;
  ReturnStatus: ReturnStatus;
  RiskRules: ResolverTypeWrapper<RiskRuleSettingsEntity>;
  SaleAlternative: ResolverTypeWrapper<Omit<SaleAlternative, 'pickupLocation'> & { pickupLocation?: Maybe<ResolversTypes['Location']> }>;
  SaleAlternativeKind: SaleAlternativeKind;
  SaleAlternativeLine: ResolverTypeWrapper<SaleAlternativeLine>;
  SalesChannel: SalesChannel;
  SalesReport: ResolverTypeWrapper<SalesReportEntity>;
  SalesReportRow: ResolverTypeWrapper<SalesRowEntity>;
  ServiceLevel: ServiceLevel;
  SetRiskRulesInput: SetRiskRulesInput;
  Sku: ResolverTypeWrapper<SkuReferenceEntity>;
  StaffRole: StaffRole;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnavailableLine: ResolverTypeWrapper<UnavailableLine>;
  VelocityRiskRule: ResolverTypeWrapper<VelocityRiskRule>;
  VelocityRiskRuleInput: VelocityRiskRuleInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptAlternativeInput: AcceptAlternativeInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AcceptOrderAlternativeInput: AcceptOrderAlternativeInput;
  AddressInput: AddressInput;
  Float: Scalars['Float']['output'];
  Appeasement: AppeasementEntity;
  AppeasementLimit: AppeasementLimit;
  Int: Scalars['Int']['output'];
  AppeasementLimitInput: AppeasementLimitInput;
  CancelOrderInput: CancelOrderInput;
  CategoryReturnWindow: CategoryReturnWindow;
  CategoryReturnWindowInput: CategoryReturnWindowInput;
  ChangeLineQuantityInput: ChangeLineQuantityInput;
  ChannelReturnWindow: ChannelReturnWindow;
  ChannelReturnWindowInput: ChannelReturnWindowInput;
  CountryMismatchRiskRule: CountryMismatchRiskRule;
  Boolean: Scalars['Boolean']['output'];
  CountryMismatchRiskRuleInput: CountryMismatchRiskRuleInput;
  CreateExchangeInput: CreateExchangeInput;
  CreateExchangeResult: ResolversUnionTypes<ResolversParentTypes>['CreateExchangeResult'];
  CreatePromotionInput: CreatePromotionInput;
  Customer: CustomerReferenceEntity;
  CustomerDataExport: CustomerDataExportReferenceEntity;
  CustomerErasureCheck: CustomerErasureCheck;
  CustomerOrderFigures: Omit<CustomerOrderFigures, 'spent'> & { spent: Array<ResolversParentTypes['Money']> };
  DateTime: Scalars['DateTime']['output'];
  DeliveryInput: DeliveryInput;
  EditOrderInput: EditOrderInput;
  EditOrderResult: ResolversUnionTypes<ResolversParentTypes>['EditOrderResult'];
  EditOutOfStock: EditOutOfStock;
  Exchange: ExchangeEntity;
  ExchangeReplacementInput: ExchangeReplacementInput;
  GrantAppeasementInput: GrantAppeasementInput;
  InspectReturnInput: InspectReturnInput;
  InspectReturnLineInput: InspectReturnLineInput;
  JSON: Scalars['JSON']['output'];
  Location: LocationReferenceEntity;
  MarkReturnInTransitInput: MarkReturnInTransitInput;
  Money: MoneyEntity;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderEntity;
  OrderActivity: Omit<OrderActivity, 'order'> & { order: ResolversParentTypes['Order'] };
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderHold: OrderHoldEntity;
  OrderLine: OrderLineEntity;
  OrderPaymentInput: OrderPaymentInput;
  OrderPipelineStep: OrderPipelineStepEntity;
  OrderTransition: OrderTransitionEntity;
  OrderValueRiskRule: Omit<OrderValueRiskRule, 'thresholds'> & { thresholds: Array<ResolversParentTypes['Money']> };
  OrderValueRiskRuleInput: OrderValueRiskRuleInput;
  OutOfStock: OutOfStockAnswerEntity;
  PageInfo: PageInfo;
  Payment: PaymentEntity;
  PaymentInput: PaymentInput;
  PlaceOrderHoldInput: PlaceOrderHoldInput;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  PlacementStatus: PlacementStatus;
  PostalAddress: PostalAddress;
  PromisedDelivery: PromisedDelivery;
  Promotion: PromotionEntity;
  Query: Record<PropertyKey, never>;
  ReceiveReturnInput: ReceiveReturnInput;
  ReceiveReturnLineInput: ReceiveReturnLineInput;
  Refund: RefundEntity;
  RefundReturnInput: RefundReturnInput;
  ReleaseOrderHoldInput: ReleaseOrderHoldInput;
  Report: ReportReferenceEntity;
  ReportInput: ReportInput;
  RequestReturnInput: RequestReturnInput;
  RequestReturnResult: ResolversUnionTypes<ResolversParentTypes>['RequestReturnResult'];
  Return: ReturnEntity;
  ReturnConnection: Omit<ReturnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReturnEdge']> };
  ReturnEdge: Omit<ReturnEdge, 'node'> & { node: ResolversParentTypes['Return'] };
  ReturnLine: ReturnLineEntity;
  ReturnLineInput: ReturnLineInput;
  ReturnPolicy: PolicyInForceEntity;
  ReturnPolicyInput: ReturnPolicyInput;
  ReturnRefusal: ReturnRefusal;
  ReturnRefused: ReturnRefusedAnswerEntity;
  RiskRules: RiskRuleSettingsEntity;
  SaleAlternative: Omit<SaleAlternative, 'pickupLocation'> & { pickupLocation?: Maybe<ResolversParentTypes['Location']> };
  SaleAlternativeLine: SaleAlternativeLine;
  SalesReport: SalesReportEntity;
  SalesReportRow: SalesRowEntity;
  SetRiskRulesInput: SetRiskRulesInput;
  Sku: SkuReferenceEntity;
  Subscription: Record<PropertyKey, never>;
  UnavailableLine: UnavailableLine;
  VelocityRiskRule: VelocityRiskRule;
  VelocityRiskRuleInput: VelocityRiskRuleInput;
}>;

export type AppeasementResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Appeasement'] = ResolversParentTypes['Appeasement']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AppeasementMethod'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType>;
}>;

export type AppeasementLimitResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['AppeasementLimit'] = ResolversParentTypes['AppeasementLimit']> = ResolversObject<{
  maxAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
}>;

export type CategoryReturnWindowResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CategoryReturnWindow'] = ResolversParentTypes['CategoryReturnWindow']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChannelReturnWindowResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ChannelReturnWindow'] = ResolversParentTypes['ChannelReturnWindow']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryMismatchRiskRuleResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CountryMismatchRiskRule'] = ResolversParentTypes['CountryMismatchRiskRule']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreateExchangeResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreateExchangeResult'] = ResolversParentTypes['CreateExchangeResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Exchange' | 'OutOfStock' | 'ReturnRefused', ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  averageOrderValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<CustomerAverageOrderValueArgs, 'currency'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifetimeValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<CustomerLifetimeValueArgs, 'currency'>>;
  orderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
  returnRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  returns?: Resolver<Maybe<ResolversTypes['ReturnConnection']>, ParentType, ContextType, RequireFields<CustomerReturnsArgs, 'first'>>;
  storeCreditBalance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<CustomerStoreCreditBalanceArgs, 'currency'>>;
}>;

export type CustomerDataExportResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type CustomerErasureCheckResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CustomerErasureCheck'] = ResolversParentTypes['CustomerErasureCheck']> = ResolversObject<{
  openOrderNumbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  orderIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CustomerOrderFiguresResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CustomerOrderFigures'] = ResolversParentTypes['CustomerOrderFigures']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentOrderCounts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  spent?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EditOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['EditOrderResult'] = ResolversParentTypes['EditOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EditOutOfStock' | 'Order', ParentType, ContextType>;
}>;

export type EditOutOfStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['EditOutOfStock'] = ResolversParentTypes['EditOutOfStock']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['UnavailableLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExchangeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Exchange'] = ResolversParentTypes['Exchange']> = ResolversObject<{
  amountDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  creditUsed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originalOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  priceDifference?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  replacementOrder?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  replacementTotal?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  return?: Resolver<ResolversTypes['Return'], ParentType, ContextType>;
  settlement?: Resolver<ResolversTypes['ExchangeSettlement'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExchangeStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptAlternative?: Resolver<ResolversTypes['PlaceOrderResult'], ParentType, ContextType, RequireFields<MutationAcceptAlternativeArgs, 'input'>>;
  acceptOrderAlternative?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationAcceptOrderAlternativeArgs, 'input'>>;
  approveReturn?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationApproveReturnArgs, 'returnId'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  createExchange?: Resolver<ResolversTypes['CreateExchangeResult'], ParentType, ContextType, RequireFields<MutationCreateExchangeArgs, 'input'>>;
  createPromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input'>>;
  editOrder?: Resolver<ResolversTypes['EditOrderResult'], ParentType, ContextType, RequireFields<MutationEditOrderArgs, 'input'>>;
  grantAppeasement?: Resolver<ResolversTypes['Appeasement'], ParentType, ContextType, RequireFields<MutationGrantAppeasementArgs, 'input'>>;
  inspectReturn?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationInspectReturnArgs, 'input'>>;
  markReturnInTransit?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationMarkReturnInTransitArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['PlaceOrderResult'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  placeOrderHold?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderHoldArgs, 'input'>>;
  receiveReturn?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationReceiveReturnArgs, 'input'>>;
  refundReturn?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationRefundReturnArgs, 'input'>>;
  rejectReturn?: Resolver<ResolversTypes['Return'], ParentType, ContextType, RequireFields<MutationRejectReturnArgs, 'reason' | 'returnId'>>;
  releaseOrderHold?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationReleaseOrderHoldArgs, 'input'>>;
  requestReturn?: Resolver<ResolversTypes['RequestReturnResult'], ParentType, ContextType, RequireFields<MutationRequestReturnArgs, 'input'>>;
  setReturnPolicy?: Resolver<ResolversTypes['ReturnPolicy'], ParentType, ContextType, RequireFields<MutationSetReturnPolicyArgs, 'input'>>;
  setRiskRules?: Resolver<ResolversTypes['RiskRules'], ParentType, ContextType, RequireFields<MutationSetRiskRulesArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billTo?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exchangeFor?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  holds?: Resolver<Array<ResolversTypes['OrderHold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  pipeline?: Resolver<Array<ResolversTypes['OrderPipelineStep']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promisedDelivery?: Resolver<Maybe<ResolversTypes['PromisedDelivery']>, ParentType, ContextType>;
  promotionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  returns?: Resolver<Array<ResolversTypes['Return']>, ParentType, ContextType>;
  saleAlternatives?: Resolver<Array<ResolversTypes['SaleAlternative']>, ParentType, ContextType>;
  shipTo?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  shippingTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderTransition']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderActivityResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderActivity'] = ResolversParentTypes['OrderActivity']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrderActivityKind'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderHoldResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderHold'] = ResolversParentTypes['OrderHold']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  placedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['HoldReason'], ParentType, ContextType>;
  releaseNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  releasedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  cancelledQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['Sku']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderLineStatus'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type OrderPipelineStepResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderPipelineStep'] = ResolversParentTypes['OrderPipelineStep']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['OrderPipelineOutcome'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['OrderPipelineStepName'], ParentType, ContextType>;
}>;

export type OrderTransitionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTransition'] = ResolversParentTypes['OrderTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OrderValueRiskRuleResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderValueRiskRule'] = ResolversParentTypes['OrderValueRiskRule']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  thresholds?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type OutOfStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OutOfStock'] = ResolversParentTypes['OutOfStock']> = ResolversObject<{
  alternatives?: Resolver<Array<ResolversTypes['SaleAlternative']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['UnavailableLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  authorized?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  captured?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refunded?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
}>;

export type PlaceOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlaceOrderResult'] = ResolversParentTypes['PlaceOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Order' | 'OutOfStock', ParentType, ContextType>;
}>;

export type PlacementStatusResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlacementStatus'] = ResolversParentTypes['PlacementStatus']> = ResolversObject<{
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlacementState'], ParentType, ContextType>;
}>;

export type PostalAddressResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PromisedDeliveryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PromisedDelivery'] = ResolversParentTypes['PromisedDelivery']> = ResolversObject<{
  carrierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earliest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromotionKind'], ParentType, ContextType>;
  minimumSubtotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['PromotionScope'], ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usageLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customerErasureCheck?: Resolver<ResolversTypes['CustomerErasureCheck'], ParentType, ContextType, RequireFields<QueryCustomerErasureCheckArgs, 'customerId' | 'emails'>>;
  customerOrderFigures?: Resolver<Array<ResolversTypes['CustomerOrderFigures']>, ParentType, ContextType, RequireFields<QueryCustomerOrderFiguresArgs, 'customerIds' | 'windowsDays'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderByNumberArgs, 'number'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  placementStatuses?: Resolver<Array<ResolversTypes['PlacementStatus']>, ParentType, ContextType, RequireFields<QueryPlacementStatusesArgs, 'orderIds'>>;
  promotion?: Resolver<Maybe<ResolversTypes['Promotion']>, ParentType, ContextType, RequireFields<QueryPromotionArgs, 'code'>>;
  promotions?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType, Partial<QueryPromotionsArgs>>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<QueryReportArgs, 'input'>>;
  return?: Resolver<Maybe<ResolversTypes['Return']>, ParentType, ContextType, RequireFields<QueryReturnArgs, 'id'>>;
  returnPolicy?: Resolver<ResolversTypes['ReturnPolicy'], ParentType, ContextType>;
  riskRules?: Resolver<ResolversTypes['RiskRules'], ParentType, ContextType>;
  storeCustomers?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryStoreCustomersArgs, 'customerIds' | 'locationId'>>;
}>;

export type RefundResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['RefundMethod'], ParentType, ContextType>;
  providerReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['ReportDimension']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sales?: Resolver<ResolversTypes['SalesReport'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type RequestReturnResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RequestReturnResult'] = ResolversParentTypes['RequestReturnResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Return' | 'ReturnRefused', ParentType, ContextType>;
}>;

export type ReturnResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return'], FederationReferenceType extends FederationReferenceTypes['Return'] = FederationReferenceTypes['Return']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Return']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  exchange?: Resolver<Maybe<ResolversTypes['Exchange']>, ParentType, ContextType>;
  exchangeOrder?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReturnLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  receivedLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Refund']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReturnStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReturnConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnConnection'] = ResolversParentTypes['ReturnConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReturnEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReturnEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnEdge'] = ResolversParentTypes['ReturnEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Return'], ParentType, ContextType>;
}>;

export type ReturnLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnLine'] = ResolversParentTypes['ReturnLine']> = ResolversObject<{
  condition?: Resolver<ResolversTypes['ReturnItemCondition'], ParentType, ContextType>;
  disposition?: Resolver<Maybe<ResolversTypes['ReturnDisposition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderLine?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasonCode?: Resolver<ResolversTypes['ReturnReasonCode'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['Sku']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ReturnPolicyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnPolicy'] = ResolversParentTypes['ReturnPolicy']> = ResolversObject<{
  appeasementLimits?: Resolver<Array<ResolversTypes['AppeasementLimit']>, ParentType, ContextType>;
  approvalThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categoryWindows?: Resolver<Array<ResolversTypes['CategoryReturnWindow']>, ParentType, ContextType>;
  channelWindows?: Resolver<Array<ResolversTypes['ChannelReturnWindow']>, ParentType, ContextType>;
  defaultWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nonReturnableCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  nonReturnableSkus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReturnRefusalResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnRefusal'] = ResolversParentTypes['ReturnRefusal']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ReturnRefusalCode'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReturnRefusedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnRefused'] = ResolversParentTypes['ReturnRefused']> = ResolversObject<{
  refusals?: Resolver<Array<ResolversTypes['ReturnRefusal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RiskRulesResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RiskRules'] = ResolversParentTypes['RiskRules']> = ResolversObject<{
  countryMismatch?: Resolver<ResolversTypes['CountryMismatchRiskRule'], ParentType, ContextType>;
  holdExpirySeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderValue?: Resolver<ResolversTypes['OrderValueRiskRule'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  velocity?: Resolver<ResolversTypes['VelocityRiskRule'], ParentType, ContextType>;
}>;

export type SaleAlternativeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SaleAlternative'] = ResolversParentTypes['SaleAlternative']> = ResolversObject<{
  allowBackorder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  availableFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  earliestDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SaleAlternativeKind'], ParentType, ContextType>;
  latestDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SaleAlternativeLine']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requiresAddress?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SaleAlternativeLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SaleAlternativeLine'] = ResolversParentTypes['SaleAlternativeLine']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replacesSku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SalesReportResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SalesReport'] = ResolversParentTypes['SalesReport']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SalesReportRow']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SalesReportRow'], ParentType, ContextType>;
}>;

export type SalesReportRowResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SalesReportRow'] = ResolversParentTypes['SalesReportRow']> = ResolversObject<{
  averageOrderValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cancelledOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelledUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsShipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SkuResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Sku'] = ResolversParentTypes['Sku']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  myOrderUpdates?: SubscriptionResolver<ResolversTypes['Order'], "myOrderUpdates", ParentType, ContextType>;
  orderActivity?: SubscriptionResolver<ResolversTypes['OrderActivity'], "orderActivity", ParentType, ContextType>;
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'orderId'>>;
}>;

export type UnavailableLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UnavailableLine'] = ResolversParentTypes['UnavailableLine']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VelocityRiskRuleResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['VelocityRiskRule'] = ResolversParentTypes['VelocityRiskRule']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  Appeasement?: AppeasementResolvers<ContextType>;
  AppeasementLimit?: AppeasementLimitResolvers<ContextType>;
  CategoryReturnWindow?: CategoryReturnWindowResolvers<ContextType>;
  ChannelReturnWindow?: ChannelReturnWindowResolvers<ContextType>;
  CountryMismatchRiskRule?: CountryMismatchRiskRuleResolvers<ContextType>;
  CreateExchangeResult?: CreateExchangeResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  CustomerErasureCheck?: CustomerErasureCheckResolvers<ContextType>;
  CustomerOrderFigures?: CustomerOrderFiguresResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EditOrderResult?: EditOrderResultResolvers<ContextType>;
  EditOutOfStock?: EditOutOfStockResolvers<ContextType>;
  Exchange?: ExchangeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderActivity?: OrderActivityResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderHold?: OrderHoldResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPipelineStep?: OrderPipelineStepResolvers<ContextType>;
  OrderTransition?: OrderTransitionResolvers<ContextType>;
  OrderValueRiskRule?: OrderValueRiskRuleResolvers<ContextType>;
  OutOfStock?: OutOfStockResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  PlacementStatus?: PlacementStatusResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  PromisedDelivery?: PromisedDeliveryResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  RequestReturnResult?: RequestReturnResultResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnConnection?: ReturnConnectionResolvers<ContextType>;
  ReturnEdge?: ReturnEdgeResolvers<ContextType>;
  ReturnLine?: ReturnLineResolvers<ContextType>;
  ReturnPolicy?: ReturnPolicyResolvers<ContextType>;
  ReturnRefusal?: ReturnRefusalResolvers<ContextType>;
  ReturnRefused?: ReturnRefusedResolvers<ContextType>;
  RiskRules?: RiskRulesResolvers<ContextType>;
  SaleAlternative?: SaleAlternativeResolvers<ContextType>;
  SaleAlternativeLine?: SaleAlternativeLineResolvers<ContextType>;
  SalesReport?: SalesReportResolvers<ContextType>;
  SalesReportRow?: SalesReportRowResolvers<ContextType>;
  Sku?: SkuResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnavailableLine?: UnavailableLineResolvers<ContextType>;
  VelocityRiskRule?: VelocityRiskRuleResolvers<ContextType>;
}>;

