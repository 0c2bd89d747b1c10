import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Customer as CustomerEntity } from '../entities/customer.entity.ts';
import type { CustomerAddress as CustomerAddressEntity } from '../entities/customer-address.entity.ts';
import type { ApiKey as ApiKeyEntity } from '../entities/api-key.entity.ts';
import type { StaffMember as StaffMemberEntity } from '../entities/staff-member.entity.ts';
import type { AuditEntry as AuditEntryEntity } from '../entities/audit-entry.entity.ts';
import type { MarketingConsent as MarketingConsentEntity } from '../entities/marketing-consent.entity.ts';
import type { CustomerNote as CustomerNoteEntity } from '../entities/customer-note.entity.ts';
import type { CustomerSegment as CustomerSegmentEntity } from '../entities/customer-segment.entity.ts';
import type { SegmentMembership as SegmentMembershipEntity } from '../domain/customer-segment.service.ts';
import type { Interaction as InteractionEntity } from '../entities/interaction.entity.ts';
import type { CustomerCase as CustomerCaseEntity } from '../entities/customer-case.entity.ts';
import type { OrderReference as OrderReferenceEntity, ReturnReference as ReturnReferenceEntity } from '../references.ts';
import type { Notification as NotificationEntity } from '../entities/notification.entity.ts';
import type { WebhookSubscription as WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity.ts';
import type { WebhookDelivery as WebhookDeliveryEntity } from '../entities/webhook-delivery.entity.ts';
import type { WebhookAttempt as WebhookAttemptEntity } from '../entities/webhook-attempt.entity.ts';
import type { CreatedWebhookSubscription as CreatedWebhookSubscriptionEntity } from '../domain/webhook.service.ts';
import type { CustomerDataExportRoot as CustomerDataExportRootEntity } from '../domain/customer-data-export.service.ts';
import type { ErasureRequestView as ErasureRequestViewEntity } from '../domain/customer-erasure.service.ts';
import type { ErasureConfirmation as ErasureConfirmationEntity } from '../entities/erasure-request.entity.ts';
import type { CustomersContext } from '../context.ts';
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
  /** Any JSON value (audit snapshots). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddressUsage =
  | 'BILLING'
  | 'SHIPPING';

export type ApiKey = {
  __typename?: 'ApiKey';
  channel: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  locationIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** Only operations from the safelist of persisted operations (schema/persisted-operations.json) may run. */
  persistedOperationsOnly: Scalars['Boolean']['output'];
  /** The public part of the token (`oms_<prefix>`), to recognise a key in logs. */
  prefix: Scalars['String']['output'];
  /** Set on the old key after a rotation: when it stops working. */
  retiresAt: Maybe<Scalars['DateTime']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
  usageCount: Scalars['Int']['output'];
};

export type ApiKeyGrant = {
  __typename?: 'ApiKeyGrant';
  channel: Maybe<Scalars['String']['output']>;
  keyId: Scalars['ID']['output'];
  locationIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  persistedOperationsOnly: Scalars['Boolean']['output'];
  scopes: Array<Scalars['String']['output']>;
  /** When the gateway must stop trusting this grant (expiry or end of a rotation overlap). */
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

export type ApiKeyUsageInput = {
  count: Scalars['Int']['input'];
  keyId: Scalars['ID']['input'];
  lastUsedAt: Scalars['DateTime']['input'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** Who: staff:<id> or partner:<keyId>. */
  actor: Scalars['String']['output'];
  after: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before: Maybe<Scalars['JSON']['output']>;
  clientIp: Maybe<Scalars['String']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  requestId: Maybe<Scalars['String']['output']>;
  /** The service that made the change. */
  service: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CaseStatus =
  | 'OPEN'
  | 'PENDING_CUSTOMER'
  | 'RESOLVED';

export type ConsentPurpose =
  | 'NEWSLETTER'
  | 'PERSONALIZED_OFFERS'
  | 'PROMOTIONS'
  | 'SURVEYS';

export type ContactChannel =
  | 'EMAIL'
  | 'PHONE'
  | 'POST'
  | 'PUSH'
  | 'SMS';

export type CreateApiKeyInput = {
  /** Restrict the key to one sales channel (e.g. MARKETPLACE). */
  channel?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Restrict the key to some locations (e.g. a dropship vendor's). */
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  /** Restrict the key to the safelist of persisted operations. */
  persistedOperationsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  scopes: Array<Scalars['String']['input']>;
};

export type CreateCustomerInput = {
  addresses?: InputMaybe<Array<CustomerAddressInput>>;
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  /** International form (E.164); spaces and dots are fine, e.g. +33 6 12 34 56 78. */
  phone?: InputMaybe<Scalars['String']['input']>;
  preferences?: InputMaybe<CustomerPreferencesInput>;
};

export type CreateStaffMemberInput = {
  approvalLimit?: InputMaybe<Scalars['Int']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  roles: Array<StaffRole>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateWebhookSubscriptionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event types, e.g. OrderPlaced, ShipmentShipped (unknown types are refused, listing the known ones). */
  eventTypes: Array<Scalars['String']['input']>;
  /** https (http too outside production), no credentials; its host must resolve to public addresses only (loopback allowed outside production, WEBHOOK_ALLOWED_NETWORKS). */
  url: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The full token: `oms_<prefix>_<secret>`. Shown only once. */
  token: Scalars['String']['output'];
};

export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /**
   * The Standard Webhooks signing secret (whsec_<base64 key>): verify each request with a Standard
   * Webhooks library, e.g. new Webhook(secret).verify(rawBody, headers). Shown only once.
   */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

/** A person who buys from the retailer, in any channel. */
export type Customer = {
  __typename?: 'Customer';
  addresses: Array<CustomerAddress>;
  /** Care cases, newest first, optionally only those in some statuses. */
  cases: Array<CustomerCase>;
  /** Every consent decision, newest first: the proof of consent. */
  consentHistory: Array<MarketingConsent>;
  createdAt: Scalars['DateTime']['output'];
  defaultBillingAddress: Maybe<CustomerAddress>;
  defaultShippingAddress: Maybe<CustomerAddress>;
  email: Scalars['String']['output'];
  /** Internal (order capture): when the person's erasure was asked (GDPR), null if never. An erased customer places no more orders. */
  erasureRequestedAt: Maybe<Scalars['DateTime']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Care contacts, newest first. */
  interactions: InteractionConnection;
  lastName: Scalars['String']['output'];
  /** The consents in force: the latest decision per purpose and channel. */
  marketingConsents: Array<MarketingConsent>;
  /** First and last name, as shown to care agents. */
  name: Scalars['String']['output'];
  /** Staff notes, newest first. Staff only. */
  notes: Array<CustomerNote>;
  /** E.164, e.g. +33612345678. */
  phone: Maybe<Scalars['String']['output']>;
  preferences: CustomerPreferences;
  /**
   * Segments the customer is assigned to or whose rule their orders satisfy. Staff only. Null only when
   * the orders service cannot be reached to evaluate the rules.
   */
  segments: Maybe<Array<CustomerSegmentMembership>>;
  /** Staff labels, e.g. vip. Staff only (FORBIDDEN for the customer). */
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A person who buys from the retailer, in any channel. */
export type CustomerCasesArgs = {
  status?: InputMaybe<Array<CaseStatus>>;
};


/** A person who buys from the retailer, in any channel. */
export type CustomerInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerAddress = {
  __typename?: 'CustomerAddress';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefaultBilling: Scalars['Boolean']['output'];
  isDefaultShipping: Scalars['Boolean']['output'];
  /** A name the customer gave the address, e.g. Home. */
  label: Maybe<Scalars['String']['output']>;
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  region: Maybe<Scalars['String']['output']>;
};

export type CustomerAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  /** Default: true when the customer has no default billing address yet. */
  isDefaultBilling?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: true when the customer has no default shipping address yet. */
  isDefaultShipping?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};

/** One matter of a customer's, followed over several interactions until resolved. */
export type CustomerCase = {
  __typename?: 'CustomerCase';
  customer: Customer;
  id: Scalars['ID']['output'];
  /** The interactions logged on the case, newest first. */
  interactions: Array<Interaction>;
  openedAt: Scalars['DateTime']['output'];
  /** staff:<id> or partner:<keyId>. */
  openedBy: Scalars['String']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  status: CaseStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
};

/**
 * A person's data export (GDPR). Each service contributes its own section through federation; every
 * section lists every column of the rows it holds about the person (camelCase JSON).
 */
export type CustomerDataExport = {
  __typename?: 'CustomerDataExport';
  /**
   * Internal: every email the profile has carried (lowercased, from the history of identifiers), with
   * which the orders service finds the person's guest orders, placed under a former email too.
   */
  contactEmails: Array<Scalars['String']['output']>;
  /**
   * Internal: every identifier value the profile has carried (emails, phones, full names, street
   * lines), with which each service finds the free text that quotes the person (its section's
   * `mentions`: what erasure scrubs by value).
   */
  contactValues: Array<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  /**
   * The customers service's section: profile, addresses, consent history, notes, segment assignments,
   * interactions, cases, messages sent, audit entries about the profile, webhook deliveries that
   * carried the person's data, erasure requests, and `mentions`: rows of the register's free-text and
   * JSON columns that quote one of the person's identifiers.
   */
  customers: Scalars['JSON']['output'];
  generatedAt: Scalars['DateTime']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** Internal: what identified a person whose erasure is under way (emails lowercased). */
export type CustomerErasureSubject = {
  __typename?: 'CustomerErasureSubject';
  customerId: Scalars['ID']['output'];
  emails: Array<Scalars['String']['output']>;
  /** Full names (first and last name) the profile carried. */
  names: Array<Scalars['String']['output']>;
  phones: Array<Scalars['String']['output']>;
  /** Street lines of the addresses the profile carried. */
  streets: Array<Scalars['String']['output']>;
};

export type CustomerNote = {
  __typename?: 'CustomerNote';
  /** staff:<id> or partner:<keyId>. */
  author: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type CustomerPreferences = {
  __typename?: 'CustomerPreferences';
  /** How the customer prefers to be contacted. */
  channel: Maybe<ContactChannel>;
  /** ISO 639-1, e.g. fr. */
  language: Maybe<Scalars['String']['output']>;
  /** The store the customer usually shops in. */
  storeId: Maybe<Scalars['ID']['output']>;
};

export type CustomerPreferencesInput = {
  channel?: InputMaybe<ContactChannel>;
  language?: InputMaybe<Scalars['String']['input']>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};

export type CustomerSegment = {
  __typename?: 'CustomerSegment';
  /** Stable name for integrations, e.g. HIGH_VALUE. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Null: membership by assignment only. */
  rule: Maybe<SegmentRule>;
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomerSegmentMembership = {
  __typename?: 'CustomerSegmentMembership';
  /** Staff put the customer in it. */
  assigned: Scalars['Boolean']['output'];
  assignedAt: Maybe<Scalars['DateTime']['output']>;
  assignedBy: Maybe<Scalars['String']['output']>;
  /** The customer's orders satisfy the segment's rule. */
  matchesRule: Scalars['Boolean']['output'];
  segment: CustomerSegment;
};

export type ErasureConfirmation = {
  __typename?: 'ErasureConfirmation';
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The service: customers, orders, inventory or fulfillment. */
  name: Scalars['String']['output'];
};

/** A customer's erasure, followed until every service has confirmed it. */
export type ErasureRequest = {
  __typename?: 'ErasureRequest';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked, as in the audit log (staff:<id>). */
  requestedBy: Scalars['String']['output'];
  status: ErasureStatus;
  /** Every service holding personal data, with when it confirmed (null: not yet). */
  subgraphs: Array<ErasureConfirmation>;
};

export type ErasureStatus =
  /** Every service confirmed that the person's data is removed or anonymized. */
  | 'COMPLETED'
  /** Some services have not confirmed yet. */
  | 'PENDING';

/** A care contact on a customer's timeline. */
export type Interaction = {
  __typename?: 'Interaction';
  /** The staff member who handled it, when known here. Staff only. */
  agent: Maybe<StaffMember>;
  /** Who handled it: staff:<id> or partner:<keyId>. */
  agentId: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  case: Maybe<CustomerCase>;
  channel: InteractionChannel;
  customer: Customer;
  id: Scalars['ID']['output'];
  /** The agent's internal notes. Staff only (FORBIDDEN for the customer). */
  notes: Maybe<Scalars['String']['output']>;
  orders: Array<Order>;
  outcome: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  returns: Array<Return>;
};

export type InteractionChannel =
  | 'CALL'
  | 'CHAT'
  | 'EMAIL'
  | 'STORE_VISIT';

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
};

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type LogInteractionInput = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  channel: InteractionChannel;
  customerId: Scalars['ID']['input'];
  /** Internal: never shown to the customer. */
  notes?: InputMaybe<Scalars['String']['input']>;
  orderIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  returnIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One consent decision, as it was recorded. */
export type MarketingConsent = {
  __typename?: 'MarketingConsent';
  channel: ContactChannel;
  granted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  purpose: ConsentPurpose;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it: customer:<id>, staff:<id>, partner:<keyId>. */
  recordedBy: Scalars['String']['output'];
  /** Where the customer said so, e.g. checkout, store, unsubscribe link. */
  source: Scalars['String']['output'];
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
  /** Adds an address; a customer's first address becomes their default shipping and billing address. */
  addCustomerAddress: CustomerAddress;
  /** A note for staff; never shown to the customer. */
  addCustomerNote: CustomerNote;
  addCustomerTags: Customer;
  /** Puts a customer in a segment, whatever its rule says; assigning twice changes nothing. */
  assignCustomerSegment: Customer;
  /** Creates a partner API key; the secret is shown once, in this answer, and stored only as a hash. */
  createApiKey: CreatedApiKey;
  /** Creates a customer profile (with addresses); an email already in use is CONFLICT. Staff only. */
  createCustomer: Customer;
  createStaffMember: StaffMember;
  /** Subscribes an endpoint to event types; the signing secret is shown once, in this answer. */
  createWebhookSubscription: CreatedWebhookSubscription;
  /**
   * Defines a segment, or changes the name and rule of the segment with this code. Without a rule,
   * customers belong to it only when assigned. Administrators only.
   */
  defineCustomerSegment: CustomerSegment;
  /** Stops a subscription; its pending deliveries are given up, its delivery log kept. */
  deleteWebhookSubscription: WebhookSubscription;
  /**
   * Removes or irreversibly anonymizes the person's data in every service (GDPR right to erasure);
   * financial records keep amounts, currencies and dates. Refused with ERASURE_BLOCKED_OPEN_ORDERS
   * (extensions.orderNumbers) while an order is not DELIVERED or CANCELLED or has a return in
   * progress. Asking again answers the request already made. Administrators with customers:write; audited.
   */
  eraseCustomer: ErasureRequest;
  /**
   * Everything the OMS holds about a person, one machine-readable section per service (GDPR right
   * of access): the customer themself, or staff with customers:write (audited).
   */
  exportCustomerData: CustomerDataExport;
  /**
   * Links an interaction logged earlier to a case of the same customer (else CASE_CUSTOMER_MISMATCH), or
   * moves it to another; a null caseId takes it off its case. A resolved case takes no new link
   * (CASE_RESOLVED: reopen it first).
   */
  linkInteractionToCase: Interaction;
  /** Logs a care contact on the customer's timeline; the agent is the caller. Linked orders must be the customer's. */
  logInteraction: Interaction;
  openCase: CustomerCase;
  /** Internal (gateway): usage counts and last use of keys, batched. */
  recordApiKeyUsage: Scalars['Boolean']['output'];
  /** Removes an address; if it was a default, the customer has no default of that kind until one is set. */
  removeCustomerAddress: Customer;
  /** Takes back an assignment; membership through the segment's rule stays. */
  removeCustomerSegment: Customer;
  removeCustomerTags: Customer;
  /** Sends a delivery again now, with a fresh round of attempts (receivers dedupe by event id). */
  replayWebhookDelivery: WebhookEventDelivery;
  /** Revokes a key at once. */
  revokeApiKey: ApiKey;
  /** Issues a new secret; the old one keeps working for `overlapSeconds` (default 1 day) so partners can switch. */
  rotateApiKey: CreatedApiKey;
  /** Makes the address the default for shipping, billing or both (the previous default stops being one). */
  setDefaultCustomerAddress: Customer;
  /** Records a marketing consent granted or withdrawn; every decision is kept (Customer.consentHistory). */
  setMarketingConsent: MarketingConsent;
  /** Signs a staff member in with email and password; returns a bearer token for the gateway. */
  signIn: StaffSession;
  /** OPEN ↔ PENDING_CUSTOMER → RESOLVED, and a resolved case may be reopened; anything else is INVALID_STATE_TRANSITION. */
  updateCaseStatus: CustomerCase;
  /** Changes contact data and preferences: the customer their own, staff with customers:write anyone's. */
  updateCustomer: Customer;
  updateCustomerAddress: CustomerAddress;
};


export type MutationAddCustomerAddressArgs = {
  customerId: Scalars['ID']['input'];
  input: CustomerAddressInput;
};


export type MutationAddCustomerNoteArgs = {
  body: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
};


export type MutationAddCustomerTagsArgs = {
  customerId: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};


export type MutationAssignCustomerSegmentArgs = {
  customerId: Scalars['ID']['input'];
  segmentCode: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateStaffMemberArgs = {
  input: CreateStaffMemberInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDefineCustomerSegmentArgs = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  rule?: InputMaybe<SegmentRuleInput>;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseCustomerArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationExportCustomerDataArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationLinkInteractionToCaseArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  interactionId: Scalars['ID']['input'];
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationRecordApiKeyUsageArgs = {
  usages: Array<ApiKeyUsageInput>;
};


export type MutationRemoveCustomerAddressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCustomerSegmentArgs = {
  customerId: Scalars['ID']['input'];
  segmentCode: Scalars['String']['input'];
};


export type MutationRemoveCustomerTagsArgs = {
  customerId: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetDefaultCustomerAddressArgs = {
  id: Scalars['ID']['input'];
  usages: Array<AddressUsage>;
};


export type MutationSetMarketingConsentArgs = {
  input: SetMarketingConsentInput;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpdateCaseStatusArgs = {
  id: Scalars['ID']['input'];
  status: CaseStatus;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateCustomerAddressArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerAddressInput;
};

/** A message to a customer, as it was (or will be) sent. */
export type Notification = {
  __typename?: 'Notification';
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  /** EMAIL (SMTP) or DEV_SINK (kept, not sent: SMTP_URL unset); null before the first attempt. */
  channel: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customerId: Maybe<Scalars['ID']['output']>;
  /** The event the message reports (with the template, its idempotency key). */
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639-1: the customer's preferred language when supported, else en. */
  language: Scalars['String']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  orderId: Maybe<Scalars['ID']['output']>;
  /** The provider's id of the sent message (SMTP Message-ID). */
  providerMessageId: Maybe<Scalars['String']['output']>;
  /** The e-mail address it goes to. */
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: NotificationStatus;
  subject: Scalars['String']['output'];
  template: NotificationTemplate;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
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
  customerId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'CUSTOMER'
  | 'PARTNER'
  | 'SERVICE'
  | 'STAFF';

export type Query = {
  __typename?: 'Query';
  /** Internal (gateway): the key a presented partner token belongs to, if valid. */
  apiKeyByToken: Maybe<ApiKeyGrant>;
  /** Partner API keys (never their secrets). */
  apiKeys: Array<ApiKey>;
  /** Staff and partner changes, newest first; entries cannot be changed or deleted. */
  auditLog: AuditEntryConnection;
  /** A customer by id; null when no such customer exists. */
  customer: Maybe<Customer>;
  /** A care case by id; null when unknown. A customer sees only their own. */
  customerCase: Maybe<CustomerCase>;
  /**
   * Internal (services carrying out an erasure): every identifier the person's profile has carried, so
   * each service can find and scrub them by value. Answered only while the request is pending; the
   * erasure event itself carries ids only.
   */
  customerErasureSubject: Maybe<CustomerErasureSubject>;
  /**
   * Internal (order capture, only while segment-scoped sourcing rules are in force): the codes of the
   * customer's segments in order of preference: those staff assigned, then those whose rule the
   * customer's orders satisfy, each group by code. Empty for an unknown customer.
   */
  customerSegmentCodes: Array<Scalars['String']['output']>;
  /** Segment definitions, by code (staff only). */
  customerSegments: Array<CustomerSegment>;
  /**
   * Customers, newest first, as a cursor connection (at most 100 per page). With `search`, every word
   * must match the name or email (contains), the phone (its digits) or the start of a postal code;
   * an order number (e.g. OMS-100042) finds that order's customer. Staff and partner keys only.
   */
  customers: CustomerConnection;
  /** An erasure request and which services have confirmed it; null when unknown. */
  erasureRequest: Maybe<ErasureRequest>;
  /**
   * Messages sent to customers at their orders' milestones, newest first. Staff see anyone's
   * (filter by customer or order); a customer sees only their own. Pickup codes are masked for all
   * but the customer they were sent to.
   */
  notifications: NotificationConnection;
  /** Staff members of the retailer. */
  staffMembers: Array<StaffMember>;
  /** Who is calling, with the scopes the gateway granted. */
  viewer: Viewer;
  /** The delivery log of a subscription, newest first: attempts, response codes, next attempt. */
  webhookDeliveries: WebhookEventDeliveryConnection;
  /** Endpoints of other systems (ERP, WMS, BI) that receive the OMS's events. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryApiKeyByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerErasureSubjectArgs = {
  requestId: Scalars['ID']['input'];
};


export type QueryCustomerSegmentCodesArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryErasureRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};


export type QueryWebhookSubscriptionsArgs = {
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Return = {
  __typename?: 'Return';
  id: Scalars['ID']['output'];
};

/** Every condition given must hold; cancelled orders count for nothing. */
export type SegmentRule = {
  __typename?: 'SegmentRule';
  /** The customer's orders add up to at least this much (in this currency). */
  minLifetimeValue: Maybe<Money>;
  /** At least this many orders (within the last withinDays days when given). */
  minOrders: Maybe<Scalars['Int']['output']>;
  /** Orders in the last N days; alone it means at least one. */
  withinDays: Maybe<Scalars['Int']['output']>;
};

export type SegmentRuleInput = {
  /** ISO 4217; required with minLifetimeValue. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** In minor units of currency. */
  minLifetimeValue?: InputMaybe<Scalars['Int']['input']>;
  minOrders?: InputMaybe<Scalars['Int']['input']>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

export type SetMarketingConsentInput = {
  channel: ContactChannel;
  customerId: Scalars['ID']['input'];
  granted: Scalars['Boolean']['input'];
  purpose: ConsentPurpose;
  source: Scalars['String']['input'];
};

export type StaffMember = {
  __typename?: 'StaffMember';
  active: Scalars['Boolean']['output'];
  /** Refunds and goodwill gestures this member may grant alone, in minor units. */
  approvalLimit: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<StaffRole>;
  storeId: Maybe<Scalars['ID']['output']>;
};

export type StaffRole =
  | 'ADMIN'
  | 'CARE_AGENT'
  | 'STORE_ASSOCIATE';

export type StaffSession = {
  __typename?: 'StaffSession';
  expiresAt: Scalars['DateTime']['output'];
  staff: StaffMember;
  /** Bearer token for the gateway's Authorization header or graphql-ws connection parameters. */
  token: Scalars['String']['output'];
};

/** Fields left out keep their value; label, line2 and region may be cleared with null. */
export type UpdateCustomerAddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  line1?: InputMaybe<Scalars['String']['input']>;
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; phone and preferences may be cleared with null. */
export type UpdateCustomerInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  preferences?: InputMaybe<CustomerPreferencesInput>;
};

/** The caller of this request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** For partners: the only channel they may see. */
  channel: Maybe<Scalars['String']['output']>;
  /** For customers: their profile. */
  customer: Maybe<Customer>;
  /** Customer id, staff id, API key id or service name; null for anonymous callers. */
  id: Maybe<Scalars['String']['output']>;
  kind: PrincipalKind;
  roles: Array<StaffRole>;
  scopes: Array<Scalars['String']['output']>;
  /** For store associates: their store. */
  storeId: Maybe<Scalars['ID']['output']>;
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  number: Scalars['Int']['output'];
  /** The HTTP status; null when no answer came (refused, time-out). */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** PENDING: waiting for its next attempt; FAILED: every attempt of its round failed (or the subscription was deleted), replay to try again. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** One event for one subscription and its attempts. */
export type WebhookEventDelivery = {
  __typename?: 'WebhookEventDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Every POST, oldest first, with the receiver's answer. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The receivers' deduplication key (the webhook-id header). */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
  subscriptionId: Scalars['ID']['output'];
};

export type WebhookEventDeliveryConnection = {
  __typename?: 'WebhookEventDeliveryConnection';
  edges: Array<WebhookEventDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookEventDeliveryEdge = {
  __typename?: 'WebhookEventDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEventDelivery;
};

/** An endpoint receiving events as POSTs signed the Standard Webhooks way: JSON { id, type, occurredAt, data }, headers webhook-id (the event id), webhook-timestamp, webhook-signature. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** False once deleted. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  description: Maybe<Scalars['String']['output']>;
  eventTypes: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddressUsage: AddressUsage;
  ApiKey: ResolverTypeWrapper<ApiKeyEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyGrant: ResolverTypeWrapper<ApiKeyGrant>;
  ApiKeyUsageInput: ApiKeyUsageInput;
  AuditEntry: ResolverTypeWrapper<AuditEntryEntity>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  CaseStatus: CaseStatus;
  ConsentPurpose: ConsentPurpose;
  ContactChannel: ContactChannel;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateStaffMemberInput: CreateStaffMemberInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreatedWebhookSubscription: ResolverTypeWrapper<CreatedWebhookSubscriptionEntity>;
  Customer: ResolverTypeWrapper<CustomerEntity>;
  CustomerAddress: ResolverTypeWrapper<CustomerAddressEntity>;
  CustomerAddressInput: CustomerAddressInput;
  CustomerCase: ResolverTypeWrapper<CustomerCaseEntity>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportRootEntity>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerErasureSubject: ResolverTypeWrapper<CustomerErasureSubject>;
  CustomerNote: ResolverTypeWrapper<CustomerNoteEntity>;
  CustomerPreferences: ResolverTypeWrapper<CustomerPreferences>;
  CustomerPreferencesInput: CustomerPreferencesInput;
  CustomerSegment: ResolverTypeWrapper<CustomerSegmentEntity>;
  CustomerSegmentMembership: ResolverTypeWrapper<SegmentMembershipEntity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErasureConfirmation: ResolverTypeWrapper<ErasureConfirmationEntity>;
  ErasureRequest: ResolverTypeWrapper<ErasureRequestViewEntity>;
  ErasureStatus: ErasureStatus;
  Interaction: ResolverTypeWrapper<InteractionEntity>;
  InteractionChannel: InteractionChannel;
  InteractionConnection: ResolverTypeWrapper<Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversTypes['InteractionEdge']> }>;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LogInteractionInput: LogInteractionInput;
  MarketingConsent: ResolverTypeWrapper<MarketingConsentEntity>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationEntity>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationStatus: NotificationStatus;
  NotificationTemplate: NotificationTemplate;
  OpenCaseInput: OpenCaseInput;
  Order: ResolverTypeWrapper<OrderReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrincipalKind: PrincipalKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Return: ResolverTypeWrapper<ReturnReferenceEntity>;
  SegmentRule: ResolverTypeWrapper<SegmentRule>;
  SegmentRuleInput: SegmentRuleInput;
  SetMarketingConsentInput: SetMarketingConsentInput;
  StaffMember: ResolverTypeWrapper<StaffMemberEntity>;
  StaffRole: StaffRole;
  StaffSession: ResolverTypeWrapper<Omit<StaffSession, 'staff'> & { staff: ResolversTypes['StaffMember'] }>;
  UpdateCustomerAddressInput: UpdateCustomerAddressInput;
  UpdateCustomerInput: UpdateCustomerInput;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptEntity>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventDelivery: ResolverTypeWrapper<WebhookDeliveryEntity>;
  WebhookEventDeliveryConnection: ResolverTypeWrapper<Omit<WebhookEventDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEventDeliveryEdge']> }>;
  WebhookEventDeliveryEdge: ResolverTypeWrapper<Omit<WebhookEventDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookEventDelivery'] }>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionEntity>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ApiKeyGrant: ApiKeyGrant;
  ApiKeyUsageInput: ApiKeyUsageInput;
  AuditEntry: AuditEntryEntity;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateCustomerInput: CreateCustomerInput;
  CreateStaffMemberInput: CreateStaffMemberInput;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreatedWebhookSubscription: CreatedWebhookSubscriptionEntity;
  Customer: CustomerEntity;
  CustomerAddress: CustomerAddressEntity;
  CustomerAddressInput: CustomerAddressInput;
  CustomerCase: CustomerCaseEntity;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerDataExport: CustomerDataExportRootEntity;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerErasureSubject: CustomerErasureSubject;
  CustomerNote: CustomerNoteEntity;
  CustomerPreferences: CustomerPreferences;
  CustomerPreferencesInput: CustomerPreferencesInput;
  CustomerSegment: CustomerSegmentEntity;
  CustomerSegmentMembership: SegmentMembershipEntity;
  DateTime: Scalars['DateTime']['output'];
  ErasureConfirmation: ErasureConfirmationEntity;
  ErasureRequest: ErasureRequestViewEntity;
  Interaction: InteractionEntity;
  InteractionConnection: Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InteractionEdge']> };
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  JSON: Scalars['JSON']['output'];
  LogInteractionInput: LogInteractionInput;
  MarketingConsent: MarketingConsentEntity;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationEntity;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  OpenCaseInput: OpenCaseInput;
  Order: OrderReferenceEntity;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Return: ReturnReferenceEntity;
  SegmentRule: SegmentRule;
  SegmentRuleInput: SegmentRuleInput;
  SetMarketingConsentInput: SetMarketingConsentInput;
  StaffMember: StaffMemberEntity;
  StaffSession: Omit<StaffSession, 'staff'> & { staff: ResolversParentTypes['StaffMember'] };
  UpdateCustomerAddressInput: UpdateCustomerAddressInput;
  UpdateCustomerInput: UpdateCustomerInput;
  Viewer: Omit<Viewer, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  WebhookAttempt: WebhookAttemptEntity;
  WebhookEventDelivery: WebhookDeliveryEntity;
  WebhookEventDeliveryConnection: Omit<WebhookEventDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEventDeliveryEdge']> };
  WebhookEventDeliveryEdge: Omit<WebhookEventDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookEventDelivery'] };
  WebhookSubscription: WebhookSubscriptionEntity;
}>;

export type ApiKeyResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persistedOperationsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  usageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyGrantResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ApiKeyGrant'] = ResolversParentTypes['ApiKeyGrant']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persistedOperationsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  clientIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreatedWebhookSubscriptionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CreatedWebhookSubscription'] = ResolversParentTypes['CreatedWebhookSubscription']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['CustomerAddress']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['CustomerCase']>, ParentType, ContextType, Partial<CustomerCasesArgs>>;
  consentHistory?: Resolver<Array<ResolversTypes['MarketingConsent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultBillingAddress?: Resolver<Maybe<ResolversTypes['CustomerAddress']>, ParentType, ContextType>;
  defaultShippingAddress?: Resolver<Maybe<ResolversTypes['CustomerAddress']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erasureRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, RequireFields<CustomerInteractionsArgs, 'first'>>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marketingConsents?: Resolver<Array<ResolversTypes['MarketingConsent']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['CustomerNote']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferences?: Resolver<ResolversTypes['CustomerPreferences'], ParentType, ContextType>;
  segments?: Resolver<Maybe<Array<ResolversTypes['CustomerSegmentMembership']>>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerAddressResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerAddress'] = ResolversParentTypes['CustomerAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefaultBilling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDefaultShipping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerCaseResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerCase'] = ResolversParentTypes['CustomerCase']> = ResolversObject<{
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerDataExportResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactEmails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contactValues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerErasureSubjectResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerErasureSubject'] = ResolversParentTypes['CustomerErasureSubject']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  streets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerNoteResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerNote'] = ResolversParentTypes['CustomerNote']> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CustomerPreferencesResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerPreferences'] = ResolversParentTypes['CustomerPreferences']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CustomerSegmentResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerSegment'] = ResolversParentTypes['CustomerSegment']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['SegmentRule']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerSegmentMembershipResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerSegmentMembership'] = ResolversParentTypes['CustomerSegmentMembership']> = ResolversObject<{
  assigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchesRule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['CustomerSegment'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureConfirmationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ErasureConfirmation'] = ResolversParentTypes['ErasureConfirmation']> = ResolversObject<{
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasureRequestResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ErasureRequest'] = ResolversParentTypes['ErasureRequest']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
  subgraphs?: Resolver<Array<ResolversTypes['ErasureConfirmation']>, ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  agentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['InteractionChannel'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returns?: Resolver<Array<ResolversTypes['Return']>, ParentType, ContextType>;
}>;

export type InteractionConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InteractionEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MarketingConsentResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MarketingConsent'] = ResolversParentTypes['MarketingConsent']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCustomerAddress?: Resolver<ResolversTypes['CustomerAddress'], ParentType, ContextType, RequireFields<MutationAddCustomerAddressArgs, 'customerId' | 'input'>>;
  addCustomerNote?: Resolver<ResolversTypes['CustomerNote'], ParentType, ContextType, RequireFields<MutationAddCustomerNoteArgs, 'body' | 'customerId'>>;
  addCustomerTags?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAddCustomerTagsArgs, 'customerId' | 'tags'>>;
  assignCustomerSegment?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationAssignCustomerSegmentArgs, 'customerId' | 'segmentCode'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createStaffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType, RequireFields<MutationCreateStaffMemberArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['CreatedWebhookSubscription'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  defineCustomerSegment?: Resolver<ResolversTypes['CustomerSegment'], ParentType, ContextType, RequireFields<MutationDefineCustomerSegmentArgs, 'code' | 'name'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  eraseCustomer?: Resolver<ResolversTypes['ErasureRequest'], ParentType, ContextType, RequireFields<MutationEraseCustomerArgs, 'customerId' | 'reason'>>;
  exportCustomerData?: Resolver<ResolversTypes['CustomerDataExport'], ParentType, ContextType, RequireFields<MutationExportCustomerDataArgs, 'customerId'>>;
  linkInteractionToCase?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationLinkInteractionToCaseArgs, 'interactionId'>>;
  logInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationLogInteractionArgs, 'input'>>;
  openCase?: Resolver<ResolversTypes['CustomerCase'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  recordApiKeyUsage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordApiKeyUsageArgs, 'usages'>>;
  removeCustomerAddress?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveCustomerAddressArgs, 'id'>>;
  removeCustomerSegment?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveCustomerSegmentArgs, 'customerId' | 'segmentCode'>>;
  removeCustomerTags?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationRemoveCustomerTagsArgs, 'customerId' | 'tags'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookEventDelivery'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  rotateApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationRotateApiKeyArgs, 'id' | 'overlapSeconds'>>;
  setDefaultCustomerAddress?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationSetDefaultCustomerAddressArgs, 'id' | 'usages'>>;
  setMarketingConsent?: Resolver<ResolversTypes['MarketingConsent'], ParentType, ContextType, RequireFields<MutationSetMarketingConsentArgs, 'input'>>;
  signIn?: Resolver<ResolversTypes['StaffSession'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  updateCaseStatus?: Resolver<ResolversTypes['CustomerCase'], ParentType, ContextType, RequireFields<MutationUpdateCaseStatusArgs, 'id' | 'status'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input'>>;
  updateCustomerAddress?: Resolver<ResolversTypes['CustomerAddress'], ParentType, ContextType, RequireFields<MutationUpdateCustomerAddressArgs, 'id' | 'input'>>;
}>;

export type NotificationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  providerMessageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['NotificationTemplate'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeyByToken?: Resolver<Maybe<ResolversTypes['ApiKeyGrant']>, ParentType, ContextType, RequireFields<QueryApiKeyByTokenArgs, 'token'>>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerCase?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType, RequireFields<QueryCustomerCaseArgs, 'id'>>;
  customerErasureSubject?: Resolver<Maybe<ResolversTypes['CustomerErasureSubject']>, ParentType, ContextType, RequireFields<QueryCustomerErasureSubjectArgs, 'requestId'>>;
  customerSegmentCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryCustomerSegmentCodesArgs, 'customerId'>>;
  customerSegments?: Resolver<Array<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  erasureRequest?: Resolver<Maybe<ResolversTypes['ErasureRequest']>, ParentType, ContextType, RequireFields<QueryErasureRequestArgs, 'id'>>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  staffMembers?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookEventDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first' | 'subscriptionId'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType, RequireFields<QueryWebhookSubscriptionsArgs, 'includeDeleted'>>;
}>;

export type ReturnResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SegmentRuleResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['SegmentRule'] = ResolversParentTypes['SegmentRule']> = ResolversObject<{
  minLifetimeValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  minOrders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withinDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  approvalLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['StaffRole']>, ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type StaffSessionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['StaffSession'] = ResolversParentTypes['StaffSession']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PrincipalKind'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['StaffRole']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  storeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookEventDeliveryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['WebhookEventDelivery'] = ResolversParentTypes['WebhookEventDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WebhookEventDeliveryConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['WebhookEventDeliveryConnection'] = ResolversParentTypes['WebhookEventDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEventDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookEventDeliveryEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['WebhookEventDeliveryEdge'] = ResolversParentTypes['WebhookEventDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEventDelivery'], ParentType, ContextType>;
}>;

export type WebhookSubscriptionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyGrant?: ApiKeyGrantResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CreatedWebhookSubscription?: CreatedWebhookSubscriptionResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAddress?: CustomerAddressResolvers<ContextType>;
  CustomerCase?: CustomerCaseResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerErasureSubject?: CustomerErasureSubjectResolvers<ContextType>;
  CustomerNote?: CustomerNoteResolvers<ContextType>;
  CustomerPreferences?: CustomerPreferencesResolvers<ContextType>;
  CustomerSegment?: CustomerSegmentResolvers<ContextType>;
  CustomerSegmentMembership?: CustomerSegmentMembershipResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ErasureConfirmation?: ErasureConfirmationResolvers<ContextType>;
  ErasureRequest?: ErasureRequestResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MarketingConsent?: MarketingConsentResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  SegmentRule?: SegmentRuleResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffSession?: StaffSessionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookEventDelivery?: WebhookEventDeliveryResolvers<ContextType>;
  WebhookEventDeliveryConnection?: WebhookEventDeliveryConnectionResolvers<ContextType>;
  WebhookEventDeliveryEdge?: WebhookEventDeliveryEdgeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
}>;

