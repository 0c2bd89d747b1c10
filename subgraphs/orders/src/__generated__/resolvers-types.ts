import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Order as OrderEntity } from '../entities/order.entity.ts';
import type { OrderLine as OrderLineEntity } from '../entities/order-line.entity.ts';
import type { Money as MoneyEntity } from '../domain/money.ts';
import type { CustomerReference as CustomerReferenceEntity, SkuReference as SkuReferenceEntity, LocationReference as LocationReferenceEntity } from '../references.ts';
import type { Promotion as PromotionEntity } from '../entities/promotion.entity.ts';
import type { Payment as PaymentEntity } from '../entities/payment.entity.ts';
import type { OrderTransition as OrderTransitionEntity } from '../entities/order-transition.entity.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
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

export type CancelOrderInput = {
  /** Cancel only these lines; the whole order when empty. */
  lineIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

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
  id: Scalars['ID']['output'];
  /** The customer's orders, newest first; null only when the orders service cannot be reached. */
  orders: Maybe<OrderConnection>;
};


export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeliveryInput = {
  /** Required for SHIP. */
  address?: InputMaybe<AddressInput>;
  method: DeliveryMethod;
  /** Required for PICKUP and RESERVE_IN_STORE: a pickup-capable store. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeliveryMethod =
  | 'PICKUP'
  | 'RESERVE_IN_STORE'
  | 'SHIP';

export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
};

/** An amount of money in integer minor units (cents) of a currency. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a whole order or some of its lines; their stock is released and payment voided or reduced. */
  cancelOrder: Order;
  createPromotion: Promotion;
  /**
   * Captures an order from any channel: validates it, prices it, holds its stock and authorizes its
   * payment, all or nothing. Idempotent by `idempotencyKey`: the same key with the same input replays
   * the first result; with a different input it fails with IDEMPOTENCY_KEY_REUSED.
   */
  placeOrder: PlaceOrderResult;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationCreatePromotionArgs = {
  input: CreatePromotionInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};

/** A customer's order, from any channel. */
export type Order = {
  __typename?: 'Order';
  channel: SalesChannel;
  customer: Maybe<Customer>;
  deliveryMethod: DeliveryMethod;
  discountTotal: Money;
  /** Email the order confirmation went to (guest or customer). */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-facing order number, e.g. OMS-100042. */
  number: Scalars['String']['output'];
  payments: Array<Payment>;
  /** For PICKUP and RESERVE_IN_STORE: the store. */
  pickupLocation: Maybe<Location>;
  placedAt: Scalars['DateTime']['output'];
  promotionCodes: Array<Scalars['String']['output']>;
  /**
   * When the order was released to fulfillment (after its cancellation window; a backordered order
   * when its supply arrived); null until then.
   */
  releasedAt: Maybe<Scalars['DateTime']['output']>;
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

/** Some lines could not be held; nothing was written and no payment was taken. */
export type OutOfStock = {
  __typename?: 'OutOfStock';
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

export type PlaceOrderInput = {
  /** Sell ahead of inbound supply when a SKU is out of stock (within its presell limit). */
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
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
  payment: PaymentInput;
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
  /** An order by id; null when no such order exists. */
  order: Maybe<Order>;
  /** An order by its number, e.g. OMS-100042; null when unknown. */
  orderByNumber: Maybe<Order>;
  /** Orders, newest first, as a cursor connection (at most 100 per page). */
  orders: OrderConnection;
  /** A promotion by code; null when unknown. */
  promotion: Maybe<Promotion>;
  /** Promotions, newest first. */
  promotions: Array<Promotion>;
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


export type QueryPromotionArgs = {
  code: Scalars['String']['input'];
};


export type QueryPromotionsArgs = {
  activeAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SalesChannel =
  | 'CALL_CENTER'
  | 'MARKETPLACE'
  | 'MOBILE'
  | 'STORE'
  | 'WEB';

export type Sku = {
  __typename?: 'Sku';
  code: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of every order of the signed-in customer. */
  myOrderUpdates: Order;
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
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  PlaceOrderResult:
    | ( OrderEntity )
    | ( OutOfStock )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddressInput: AddressInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CancelOrderInput: CancelOrderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreatePromotionInput: CreatePromotionInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Customer: ResolverTypeWrapper<CustomerReferenceEntity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryInput: DeliveryInput;
  DeliveryMethod: DeliveryMethod;
  Location: ResolverTypeWrapper<LocationReferenceEntity>;
  Money: ResolverTypeWrapper<MoneyEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderEntity>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineEntity>;
  OrderLineStatus: OrderLineStatus;
  OrderStatus: OrderStatus;
  OrderTransition: ResolverTypeWrapper<OrderTransitionEntity>;
  OutOfStock: ResolverTypeWrapper<OutOfStock>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<PaymentEntity>;
  PaymentInput: PaymentInput;
  PaymentStatus: PaymentStatus;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  Promotion: ResolverTypeWrapper<PromotionEntity>;
  PromotionKind: PromotionKind;
  PromotionScope: PromotionScope;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesChannel: SalesChannel;
  Sku: ResolverTypeWrapper<SkuReferenceEntity>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnavailableLine: ResolverTypeWrapper<UnavailableLine>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddressInput: AddressInput;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  CancelOrderInput: CancelOrderInput;
  ID: Scalars['ID']['output'];
  CreatePromotionInput: CreatePromotionInput;
  Int: Scalars['Int']['output'];
  Customer: CustomerReferenceEntity;
  DateTime: Scalars['DateTime']['output'];
  DeliveryInput: DeliveryInput;
  Location: LocationReferenceEntity;
  Money: MoneyEntity;
  Mutation: Record<PropertyKey, never>;
  Order: OrderEntity;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineEntity;
  OrderTransition: OrderTransitionEntity;
  OutOfStock: OutOfStock;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: PaymentEntity;
  PaymentInput: PaymentInput;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  PostalAddress: PostalAddress;
  Promotion: PromotionEntity;
  Query: Record<PropertyKey, never>;
  Sku: SkuReferenceEntity;
  Subscription: Record<PropertyKey, never>;
  UnavailableLine: UnavailableLine;
}>;

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LocationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  createPromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['PlaceOrderResult'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  promotionCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shipTo?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  shippingTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderTransition']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
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

export type OrderTransitionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTransition'] = ResolversParentTypes['OrderTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OutOfStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OutOfStock'] = ResolversParentTypes['OutOfStock']> = ResolversObject<{
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

export type PostalAddressResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderByNumberArgs, 'number'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  promotion?: Resolver<Maybe<ResolversTypes['Promotion']>, ParentType, ContextType, RequireFields<QueryPromotionArgs, 'code'>>;
  promotions?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType, Partial<QueryPromotionsArgs>>;
}>;

export type SkuResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Sku'] = ResolversParentTypes['Sku']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  myOrderUpdates?: SubscriptionResolver<ResolversTypes['Order'], "myOrderUpdates", ParentType, ContextType>;
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'orderId'>>;
}>;

export type UnavailableLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UnavailableLine'] = ResolversParentTypes['UnavailableLine']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderTransition?: OrderTransitionResolvers<ContextType>;
  OutOfStock?: OutOfStockResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sku?: SkuResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnavailableLine?: UnavailableLineResolvers<ContextType>;
}>;

