/**
 * A customer's erasure (GDPR), as this service runs it. `eraseCustomer` checks with the orders
 * service that nothing is open, records the request and publishes `CustomerErasureRequested` (ids,
 * and the profile's email: guest orders placed with it are the person's too; this service's share
 * anonymizes that event's own outbox and bus-log rows); orders, inventory and fulfillment anonymize
 * their tables and confirm. This service erases
 * its own share last, when the three others have confirmed: by then their outbox and bus-log copies
 * are anonymized, so no consumer of this service can file the person's data again after the sweep
 * (the audit log, notifications and webhooks are all fed by those events).
 */
import { CustomerErasureCompleted, CustomerErasureRequested, eventPayload, parseEvent } from '@oms/contracts';
import {
  ANY_ID_OF_LIST,
  idList,
  actorOf,
  personAnonymizer,
  requireService,
  claimEvent,
  DomainError,
  ERASURE_SUBGRAPHS,
  inTransaction,
  isUuid,
  recordAudit,
  recordErasureCompleted,
  recordEvent,
  redactSchema,
  violatedUniqueConstraint,
  type Anonymizer,
  type BusEvent,
  type CustomerErasureRequest,
  type ErasureOutcome,
  type ErasureSubjectValues,
  type EntityManager,
  type Principal,
} from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { ErasureConfirmation, ErasureRequest } from '../entities/erasure-request.entity.ts';
import { CUSTOMERS_PERSONAL_DATA } from '../entities/personal-data.register.ts';
import { identifiersOf } from './customer-identifiers.ts';

export const ERASURE_CONFIRMATIONS_CONSUMER = 'customers-erasure-confirmations';
const SCHEMA = 'customers';

/** Erasing a customer is irreversible: staff with customers:write who are also administrators. */
function requireEraser(principal: Principal): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
  const scopes = principal.kind === 'staff' ? principal.scopes : [];
  if (principal.kind !== 'staff' || !scopes.includes('customers:write') || !scopes.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'Erasing a customer needs an administrator with the customers:write scope.', { requiredScopes: ['customers:write', 'admin'] });
  }
}

/** Following an erasure: the people who may erase, and anyone with customers:write. */
function requireErasureReader(principal: Principal): void {
  if (principal.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'Sign in to use this operation.');
  if (principal.kind === 'service') return;
  const scopes = principal.kind === 'staff' || principal.kind === 'partner' ? principal.scopes : [];
  if (!scopes.includes('customers:write')) {
    throw new DomainError('FORBIDDEN', 'Following an erasure needs the customers:write scope.', { requiredScope: 'customers:write' });
  }
}

export interface ErasureRequestView {
  request: ErasureRequest;
  confirmations: ErasureConfirmation[];
}

const ERASURE_CHECK = /* GraphQL */ `
  query CustomerErasureCheck($customerId: ID!, $emails: [String!]!) {
    customerErasureCheck(customerId: $customerId, emails: $emails) { openOrderNumbers orderIds }
  }
`;

async function view(em: EntityManager, request: ErasureRequest): Promise<ErasureRequestView> {
  const confirmations = await em.find(ErasureConfirmation, { requestId: request.id }, { orderBy: { position: 'asc' } });
  return { request, confirmations };
}

/**
 * Records a customer's erasure, unless an order of theirs is still open (ERASURE_BLOCKED_OPEN_ORDERS,
 * with the order numbers). Asking again for the same customer answers the request already made.
 */
export async function requestCustomerErasure(ctx: CustomersContext, customerId: string, reason: string): Promise<ErasureRequestView> {
  requireEraser(ctx.principal);
  const why = reason.trim();
  if (why.length === 0 || why.length > 500) throw new DomainError('BAD_USER_INPUT', 'Give the reason for the erasure (1 to 500 characters).', { field: 'reason' });
  if (!isUuid(customerId)) throw new DomainError('BAD_USER_INPUT', 'customerId must be a customer id.', { field: 'customerId' });
  const id = customerId.toLowerCase();
  const existing = await ctx.em.findOne(ErasureRequest, { customerId: id });
  if (existing) return view(ctx.em, existing);
  const [customer] = await ctx.em.execute<{ id: string }[]>(`select id from customers.customer where id = ?`, [id]);
  if (!customer) throw new DomainError('NOT_FOUND', `No customer ${customerId}.`);
  // Guest orders placed under any email the profile carried are the person's too: orders lists them with the others.
  const { emails } = await identifiersOf(ctx.em, id);

  const check = await ctx.services
    .client('orders')
    .request<{ customerErasureCheck: { openOrderNumbers: string[]; orderIds: string[] } }>(ERASURE_CHECK, { customerId: id, emails }, ctx.requestId);
  const { openOrderNumbers, orderIds } = check.customerErasureCheck;
  if (openOrderNumbers.length > 0) {
    throw new DomainError(
      'ERASURE_BLOCKED_OPEN_ORDERS',
      `The customer cannot be erased while orders are open (not delivered or cancelled, or with a return in progress): ${openOrderNumbers.join(', ')}.`,
      { orderNumbers: openOrderNumbers },
    );
  }

  try {
    return await inTransaction(ctx.em, async (tx) => {
      const request = tx.create(ErasureRequest, {
        customerId: id,
        reason: why,
        status: 'PENDING',
        orderIds: orderIds.map((orderId) => orderId.toLowerCase()),
        requestedBy: actorOf(ctx.principal),
        requestedAt: new Date(),
        completedAt: null,
      });
      const confirmations = ERASURE_SUBGRAPHS.map((subgraph, position) => tx.create(ErasureConfirmation, { requestId: request.id, subgraph, position, confirmedAt: null }));
      // Ids only: each service asks for the person's identifiers (customerErasureSubject) while the request is pending.
      const payload: CustomerErasureRequest = { requestId: request.id, customerId: id, orderIds: request.orderIds };
      recordEvent(tx, { type: CustomerErasureRequested.type, aggregateType: 'ErasureRequest', aggregateId: request.id, payload: eventPayload(CustomerErasureRequested, payload) });
      recordAudit(
        { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
        { action: 'eraseCustomer', entityType: 'Customer', entityId: id, before: null, after: { erasureRequestId: request.id, reason: why } },
      );
      await tx.flush();
      return { request, confirmations };
    });
  } catch (error) {
    // Two administrators at once: the first request stands, the second answers it.
    if (violatedUniqueConstraint(error) === 'erasure_request_customer_id_unique') {
      const first = await ctx.em.fork().findOneOrFail(ErasureRequest, { customerId: id });
      return view(ctx.em, first);
    }
    throw error;
  }
}

export async function findErasureRequest(ctx: CustomersContext, id: string): Promise<ErasureRequestView | null> {
  requireErasureReader(ctx.principal);
  if (!isUuid(id)) return null;
  const request = await ctx.em.findOne(ErasureRequest, { id: id.toLowerCase() });
  return request ? view(ctx.em, request) : null;
}

/**
 * Internal (a service carrying out an erasure): every identifier the person's profile carried. Null
 * once the request is completed: by then this service has erased them too.
 */
export async function erasureSubject(ctx: CustomersContext, requestId: string): Promise<(ErasureSubjectValues & { customerId: string }) | null> {
  requireService(ctx.principal);
  if (!isUuid(requestId)) return null;
  const request = await ctx.em.findOne(ErasureRequest, { id: requestId.toLowerCase() });
  if (!request || request.status !== 'PENDING') return null;
  return { customerId: request.customerId, ...(await identifiersOf(ctx.em, request.customerId)) };
}

/**
 * A service confirmed its erasure: noted. When orders, inventory and fulfillment all have, this
 * service's events about the person leave the bus's own storage (`removeFromStream`, while every
 * identifier the person had is still known here), then the service erases its own share and the
 * request is COMPLETED in one transaction. A failure anywhere leaves the request due: the bus
 * delivers the confirmation again, and any confirmation of a due request finishes it.
 */
export async function handleErasureCompleted(
  em: EntityManager,
  event: BusEvent,
  removeFromStream: (anonymizer: Anonymizer) => Promise<number>,
): Promise<{ outcome: 'confirmed' | 'completed' | 'duplicate' | 'rejected'; erased?: ErasureOutcome; removedFromStream?: number }> {
  const parsed = parseEvent(CustomerErasureCompleted, event);
  const noted = await inTransaction(em, async (tx) => {
    const fresh = await claimEvent(tx, SCHEMA, ERASURE_CONFIRMATIONS_CONSUMER, event.id, parsed.ok ? 'HANDLED' : 'REJECTED', parsed.ok ? null : parsed.reason);
    if (!parsed.ok) return fresh ? 'rejected' : 'duplicate';
    const { requestId, subgraph } = parsed.value;
    if (fresh) await tx.execute(`update customers.erasure_confirmation set confirmed_at = coalesce(confirmed_at, now()) where request_id = ? and subgraph = ?`, [requestId, subgraph]);
    return fresh ? 'confirmed' : 'duplicate';
  });
  if (!parsed.ok) return { outcome: noted };
  const due = await dueErasure(em, parsed.value.requestId);
  if (!due) return { outcome: noted };
  const removedFromStream = await removeFromStream((await profileOf(em, due)).anonymizer);
  const erased = await inTransaction(em, async (tx) => {
    const request = await dueErasure(tx, due.requestId, true);
    if (!request) return undefined;
    const outcome = await eraseCustomerProfile(tx, request);
    await tx.execute(`update customers.erasure_confirmation set confirmed_at = now() where request_id = ? and subgraph = ?`, [request.requestId, SCHEMA]);
    await tx.execute(`update customers.erasure_request set status = 'COMPLETED', completed_at = now() where id = ?`, [request.requestId]);
    recordErasureCompleted(tx, request, SCHEMA);
    await tx.flush();
    return outcome;
  });
  return erased ? { outcome: 'completed', erased, removedFromStream } : { outcome: noted };
}

/** The request when every other service has confirmed and this one has not (locked with `lock`); otherwise null. */
async function dueErasure(em: EntityManager, requestId: string, lock = false): Promise<CustomerErasureRequest | null> {
  const [request] = await em.execute<{ id: string; customer_id: string; order_ids: string[]; status: string }[]>(
    `select id, customer_id, order_ids, status from customers.erasure_request where id = ?${lock ? ' for update' : ''}`,
    [requestId],
  );
  if (!request || request.status !== 'PENDING') return null;
  const [pending] = await em.execute<{ others: string; own: boolean }[]>(
    `select count(*) filter (where subgraph <> ? and confirmed_at is null) as others, bool_or(subgraph = ? and confirmed_at is null) as own
       from customers.erasure_confirmation where request_id = ?`,
    [SCHEMA, SCHEMA, request.id],
  );
  if (Number(pending?.others ?? 1) > 0 || !pending?.own) return null;
  return { requestId: request.id, customerId: request.customer_id, orderIds: request.order_ids };
}

/** Whom the erasure is about here: every identifier the profile carried, the person's orders and records. */
async function profileOf(em: EntityManager, request: CustomerErasureRequest): Promise<{ anonymizer: Anonymizer; orderIds: string[] }> {
  const values = await identifiersOf(em, request.customerId);
  const contacts = await em.execute<{ order_id: string; email: string | null }[]>(
    `select order_id, email from customers.order_contact where customer_id = ? or order_id = ${ANY_ID_OF_LIST}`,
    [request.customerId, idList(request.orderIds)],
  );
  // Every record of the person: a log row naming one of them is about the person.
  const records = await em.execute<{ id: string }[]>(
    `select id from customers.interaction where customer_id = ?
     union all select id from customers.customer_case where customer_id = ?
     union all select id from customers.customer_note where customer_id = ?
     union all select id from customers.marketing_consent where customer_id = ?
     union all select id from customers.customer_segment_assignment where customer_id = ?
     union all select id from customers.notification where customer_id = ?
     union all select id from customers.customer_address where customer_id = ?`,
    Array.from({ length: 7 }, () => request.customerId),
  );
  const orderIds = [...new Set([...request.orderIds, ...contacts.map((contact) => contact.order_id)])];
  const anonymizer = personAnonymizer(values, {
    linkedIds: [request.customerId, ...orderIds, ...records.map((record) => record.id)],
    identifiers: contacts.map((contact) => contact.email),
    personalValues: [],
  });
  return { anonymizer, orderIds };
}

/**
 * This service's share, as its register declares: the profile keeps its id (orders still name it)
 * with tokens for names and email and no phone, tags or preferences; addresses, consents, notes,
 * segment assignments, interactions, cases and the history of identifiers are deleted; messages
 * sent to the person keep their dates and status but not their text; the audit log, webhook
 * deliveries, the outbox and the bus log lose the person's values and personal fields.
 */
export async function eraseCustomerProfile(tx: EntityManager, request: CustomerErasureRequest): Promise<ErasureOutcome> {
  // Every identifier the profile carried, read before the history goes with the rest.
  const { anonymizer, orderIds } = await profileOf(tx, request);
  await tx.execute(
    `update customers.customer set tags = '{}', preferred_language = null, preferred_channel = null, preferred_store_id = null where id = ?`,
    [request.customerId],
  );
  // What the person was told is theirs: the record keeps when and how, not the words or secrets.
  await tx.execute(
    `update customers.notification set body = 'Erased at the customer''s request.', secrets = '{}' where customer_id = ? or order_id = ${ANY_ID_OF_LIST}`,
    [request.customerId, idList(orderIds)],
  );
  return { changed: await redactSchema(tx, anonymizer, CUSTOMERS_PERSONAL_DATA), anonymizer };
}
