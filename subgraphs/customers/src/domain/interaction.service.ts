import { LockMode } from '@mikro-orm/core';
import { actorOf, decodeNewestFirstCursor, DomainError, inTransaction, isUuid, pageSize, recordAudit, type Connection, type PageArgs } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CASE_STATUSES, CustomerCase, type CaseStatus } from '../entities/customer-case.entity.ts';
import type { Customer } from '../entities/customer.entity.ts';
import { INTERACTION_CHANNELS, Interaction, type InteractionChannel } from '../entities/interaction.entity.ts';
import type { StaffMember } from '../entities/staff-member.entity.ts';
import { caseStateMachine } from './case-state.ts';
import { assertMayReadCustomer, mayReadCustomer, requireCustomerWriter, requireInternalReader } from './customer-access.ts';
import { optionalText, requiredText } from './customer-input.ts';
import { customerForStaff } from './customer.service.ts';
import { customersOfOrders } from './orders.client.ts';

export interface LogInteractionRequest {
  customerId: string;
  channel: string;
  reason: string;
  outcome?: string | null | undefined;
  notes?: string | null | undefined;
  orderIds?: readonly string[] | null | undefined;
  returnIds?: readonly string[] | null | undefined;
  caseId?: string | null | undefined;
}

export interface OpenCaseRequest {
  customerId: string;
  subject: string;
}

const MAX_LINKS = 20;
const MAX_NOTES_LENGTH = 4000;

function parseIds(values: readonly string[] | null | undefined, field: 'orderIds' | 'returnIds'): string[] {
  const ids = [...new Set((values ?? []).map((value) => value.trim().toLowerCase()))];
  if (ids.length > MAX_LINKS) throw new DomainError('BAD_USER_INPUT', `At most ${MAX_LINKS} ${field}.`, { field });
  const invalid = ids.find((id) => !isUuid(id));
  if (invalid !== undefined) throw new DomainError('BAD_USER_INPUT', `"${invalid}" is not an id.`, { field });
  return ids;
}

function caseSnapshot(customerCase: CustomerCase): Record<string, unknown> {
  return { subject: customerCase.subject, status: customerCase.status };
}

/**
 * Logs a care contact on the customer's timeline, by the calling agent. Linked orders must be the
 * customer's (the orders service is asked, in one call); returns are linked by id. A case must be
 * the same customer's.
 */
export async function logInteraction(ctx: CustomersContext, request: LogInteractionRequest): Promise<Interaction> {
  requireCustomerWriter(ctx.principal);
  if (!(INTERACTION_CHANNELS as readonly string[]).includes(request.channel)) {
    throw new DomainError('BAD_USER_INPUT', `"${request.channel}" is not an interaction channel.`, { field: 'channel' });
  }
  const details = {
    channel: request.channel as InteractionChannel,
    reason: requiredText(request.reason, 'reason', 200),
    outcome: optionalText(request.outcome, 'outcome', 200),
    notes: optionalText(request.notes, 'notes', MAX_NOTES_LENGTH),
    orderIds: parseIds(request.orderIds, 'orderIds'),
    returnIds: parseIds(request.returnIds, 'returnIds'),
  };
  const customer = await customerForStaff(ctx, ctx.em, request.customerId);
  let customerCase: CustomerCase | null = null;
  if (request.caseId != null) {
    customerCase = isUuid(request.caseId) ? await ctx.em.findOne(CustomerCase, { id: request.caseId.toLowerCase() }) : null;
    if (!customerCase) throw new DomainError('NOT_FOUND', `No case ${request.caseId}.`, { field: 'caseId' });
    if (customerCase.customer.id !== customer.id) throw new DomainError('BAD_USER_INPUT', 'The case is another customer\'s.', { field: 'caseId' });
  }
  const owners = await customersOfOrders(ctx, details.orderIds);
  for (const orderId of details.orderIds) {
    if (!owners.has(orderId)) throw new DomainError('NOT_FOUND', `No order ${orderId}.`, { field: 'orderIds', orderId });
    if (owners.get(orderId) !== customer.id) throw new DomainError('BAD_USER_INPUT', `The order ${orderId} is not this customer's.`, { field: 'orderIds', orderId });
  }
  const principal = ctx.principal;
  const interaction = ctx.em.create(Interaction, {
    customer,
    ...details,
    agent: actorOf(principal),
    agentStaffId: principal.kind === 'staff' && isUuid(principal.staffId) ? principal.staffId.toLowerCase() : null,
    case: customerCase,
    createdAt: new Date(),
  });
  await ctx.em.flush();
  return interaction;
}

/**
 * Links an interaction logged earlier to a case, moves it to another case, or (caseId null) takes it
 * off its case. The case must be the interaction's customer's (CASE_CUSTOMER_MISMATCH) and not
 * resolved (CASE_RESOLVED: reopen it first); taking an interaction off a resolved case is allowed, as
 * it adds nothing to a closed matter. Both rows are locked, so a case cannot be resolved while an
 * interaction is being linked to it.
 */
export async function linkInteractionToCase(ctx: CustomersContext, interactionId: string, caseId: string | null | undefined): Promise<Interaction> {
  requireCustomerWriter(ctx.principal);
  return inTransaction(ctx.em, async (em) => {
    const interaction = isUuid(interactionId) ? await em.findOne(Interaction, { id: interactionId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!interaction) throw new DomainError('NOT_FOUND', `No interaction ${interactionId}.`, { field: 'interactionId' });
    let customerCase: CustomerCase | null = null;
    if (caseId != null) {
      customerCase = isUuid(caseId) ? await em.findOne(CustomerCase, { id: caseId.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!customerCase) throw new DomainError('NOT_FOUND', `No case ${caseId}.`, { field: 'caseId' });
    }
    const previousCaseId = interaction.case?.id ?? null;
    // Asking for the link that already exists changes nothing, so there is nothing to refuse or audit.
    if ((customerCase?.id ?? null) === previousCaseId) return interaction;
    if (customerCase) {
      if (customerCase.customer.id !== interaction.customer.id) {
        throw new DomainError('CASE_CUSTOMER_MISMATCH', 'The case is another customer\'s.', { field: 'caseId', caseId: customerCase.id });
      }
      if (customerCase.status === 'RESOLVED') {
        throw new DomainError('CASE_RESOLVED', 'The case is resolved: reopen it before linking more interactions.', { field: 'caseId', caseId: customerCase.id });
      }
    }
    interaction.case = customerCase;
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'linkInteractionToCase', entityType: 'Interaction', entityId: interaction.id, before: { caseId: previousCaseId }, after: { caseId: customerCase?.id ?? null } },
    );
    await em.flush();
    return interaction;
  });
}

/** `Customer.interactions`: the timeline, newest first; the customer may read their own (without the internal notes). */
export async function customerInteractions(ctx: CustomersContext, customer: Customer, page: PageArgs): Promise<Connection<Interaction>> {
  await assertMayReadCustomer(ctx, customer.id);
  const first = pageSize(page.first);
  const after = page.after ? decodeNewestFirstCursor(page.after) : null;
  return ctx.care.interactionsByCustomerId(first, after).load(customer.id);
}

export function interactionNotes(ctx: CustomersContext, interaction: Interaction): string | null {
  requireInternalReader(ctx.principal);
  return interaction.notes ?? null;
}

export async function interactionAgent(ctx: CustomersContext, interaction: Interaction): Promise<StaffMember | null> {
  requireInternalReader(ctx.principal);
  return interaction.agentStaffId ? ctx.care.staffById.load(interaction.agentStaffId) : null;
}

export async function interactionCase(ctx: CustomersContext, interaction: Interaction): Promise<CustomerCase | null> {
  return interaction.case ? ctx.care.caseById.load(interaction.case.id) : null;
}

export async function openCase(ctx: CustomersContext, request: OpenCaseRequest): Promise<CustomerCase> {
  const subject = requiredText(request.subject, 'subject', 200);
  const customer = await customerForStaff(ctx, ctx.em, request.customerId);
  const now = new Date();
  const customerCase = ctx.em.create(CustomerCase, { customer, subject, status: 'OPEN', openedBy: actorOf(ctx.principal), resolvedAt: null, createdAt: now, updatedAt: now });
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action: 'openCase', entityType: 'CustomerCase', entityId: customerCase.id, before: null, after: caseSnapshot(customerCase) },
  );
  await ctx.em.flush();
  return customerCase;
}

/** Moves a case along its states (INVALID_STATE_TRANSITION otherwise); the row is locked so two agents cannot both move it. */
export async function updateCaseStatus(ctx: CustomersContext, id: string, status: string): Promise<CustomerCase> {
  requireCustomerWriter(ctx.principal);
  if (!(CASE_STATUSES as readonly string[]).includes(status)) throw new DomainError('BAD_USER_INPUT', `"${status}" is not a case status.`, { field: 'status' });
  const to = status as CaseStatus;
  return inTransaction(ctx.em, async (em) => {
    const customerCase = isUuid(id) ? await em.findOne(CustomerCase, { id: id.toLowerCase() }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!customerCase) throw new DomainError('NOT_FOUND', `No case ${id}.`, { caseId: id });
    const before = caseSnapshot(customerCase);
    caseStateMachine.assertTransition(customerCase.status, to);
    customerCase.status = to;
    customerCase.resolvedAt = to === 'RESOLVED' ? new Date() : null;
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'updateCaseStatus', entityType: 'CustomerCase', entityId: customerCase.id, before, after: caseSnapshot(customerCase) },
    );
    await em.flush();
    return customerCase;
  });
}

/** `Query.customerCase`: null when unknown, and as well when it is someone else's (a customer sees their own cases only). */
export async function findCase(ctx: CustomersContext, id: string): Promise<CustomerCase | null> {
  const customerCase = await ctx.care.caseById.load(id);
  return customerCase && (await mayReadCustomer(ctx, customerCase.customer.id)) ? customerCase : null;
}

export async function customerCases(ctx: CustomersContext, customer: Customer, statuses: readonly string[] | null | undefined): Promise<CustomerCase[]> {
  await assertMayReadCustomer(ctx, customer.id);
  const cases = await ctx.care.casesByCustomerId.load(customer.id);
  return statuses && statuses.length > 0 ? cases.filter((customerCase) => statuses.includes(customerCase.status)) : cases;
}

export async function caseInteractions(ctx: CustomersContext, customerCase: CustomerCase): Promise<Interaction[]> {
  await assertMayReadCustomer(ctx, customerCase.customer.id);
  return ctx.care.interactionsByCaseId.load(customerCase.id);
}
