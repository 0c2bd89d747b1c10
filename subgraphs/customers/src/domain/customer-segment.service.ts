import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { actorOf, DomainError, isUuid, recordAudit, requireService, type Principal } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CustomerSegmentAssignment } from '../entities/customer-segment-assignment.entity.ts';
import { CustomerSegment } from '../entities/customer-segment.entity.ts';
import { Customer } from '../entities/customer.entity.ts';
import { requireInternalReader } from './customer-access.ts';
import { requiredText } from './customer-input.ts';
import { customerForStaff } from './customer.service.ts';
import { matchesRule, NO_ORDERS, parseSegmentRule, type SegmentRuleInput } from './segment-rules.ts';

/** A customer's place in a segment: assigned by staff, matching the segment's rule, or both. */
export interface SegmentMembership {
  segment: CustomerSegment;
  assignment: CustomerSegmentAssignment | null;
  matchesRule: boolean;
}

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

function parseCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!CODE.test(code)) {
    throw new DomainError('BAD_USER_INPUT', `"${value}" is not a segment code: a letter, then letters, digits or _ (at most 60).`, { field: 'code' });
  }
  return code;
}

/** Segment definitions steer marketing and care for everyone: administrators only. */
function requireSegmentAdmin(principal: Principal): void {
  if (principal.kind === 'service') return;
  if ((principal.kind !== 'staff' && principal.kind !== 'partner') || !principal.scopes.includes('admin')) {
    throw new DomainError('FORBIDDEN', 'Only administrators define segments.', { requiredScope: 'admin' });
  }
}

function segmentSnapshot(segment: CustomerSegment): Record<string, unknown> {
  return { code: segment.code, name: segment.name, rule: segment.rule ?? null };
}

export function listSegments(ctx: CustomersContext): Promise<CustomerSegment[]> {
  requireInternalReader(ctx.principal);
  return ctx.care.segmentDefinitions();
}

/** Defines a segment, or changes the name and rule of the one with this code (its assignments stay). */
export async function defineCustomerSegment(ctx: CustomersContext, code: string, name: string, rule: SegmentRuleInput | null | undefined): Promise<CustomerSegment> {
  requireSegmentAdmin(ctx.principal);
  const details = { code: parseCode(code), name: requiredText(name, 'name', 120), rule: parseSegmentRule(rule) };
  let segment = await ctx.em.findOne(CustomerSegment, { code: details.code });
  const before = segment ? segmentSnapshot(segment) : null;
  if (segment) {
    segment.name = details.name;
    segment.rule = details.rule;
  } else {
    const now = new Date();
    segment = ctx.em.create(CustomerSegment, { ...details, createdAt: now, updatedAt: now });
  }
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action: 'defineCustomerSegment', entityType: 'CustomerSegment', entityId: segment.id, before, after: segmentSnapshot(segment) },
  );
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', `The segment ${details.code} was defined at the same time; try again.`, { field: 'code' });
    throw error;
  }
  ctx.care.forgetSegmentDefinitions();
  return segment;
}

async function segmentByCode(ctx: CustomersContext, code: string): Promise<CustomerSegment> {
  const segment = await ctx.em.findOne(CustomerSegment, { code: parseCode(code) });
  if (!segment) throw new DomainError('NOT_FOUND', `No segment ${code}.`, { field: 'segmentCode' });
  return segment;
}

function auditAssignment(ctx: CustomersContext, action: string, customer: Customer, segment: CustomerSegment, assigned: boolean): void {
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action, entityType: 'Customer', entityId: customer.id, before: { segment: segment.code, assigned: !assigned }, after: { segment: segment.code, assigned } },
  );
}

/** Puts the customer in the segment; assigning twice changes nothing. */
export async function assignCustomerSegment(ctx: CustomersContext, customerId: string, code: string): Promise<Customer> {
  const customer = await customerForStaff(ctx, ctx.em, customerId);
  const segment = await segmentByCode(ctx, code);
  if (await ctx.em.findOne(CustomerSegmentAssignment, { customer, segment })) return customer;
  ctx.em.create(CustomerSegmentAssignment, { customer, segment, assignedBy: actorOf(ctx.principal), assignedAt: new Date() });
  auditAssignment(ctx, 'assignCustomerSegment', customer, segment, true);
  try {
    await ctx.em.flush();
  } catch (error) {
    // Assigned by someone else at the same moment: the customer is in the segment, as asked.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
  }
  return customer;
}

/** Takes back a staff assignment; membership through the segment's rule is not affected. */
export async function removeCustomerSegment(ctx: CustomersContext, customerId: string, code: string): Promise<Customer> {
  const customer = await customerForStaff(ctx, ctx.em, customerId);
  const segment = await segmentByCode(ctx, code);
  const assignment = await ctx.em.findOne(CustomerSegmentAssignment, { customer, segment });
  if (!assignment) return customer;
  ctx.em.remove(assignment);
  auditAssignment(ctx, 'removeCustomerSegment', customer, segment, false);
  await ctx.em.flush();
  return customer;
}

/**
 * `Customer.segments`: segments the customer is assigned to or whose rule their order figures
 * satisfy. For a page of customers: the definitions and the assignments in one statement each,
 * and the figures in one call to the orders service (only when some segment has a rule).
 */
export async function customerSegments(ctx: CustomersContext, customer: Customer): Promise<SegmentMembership[]> {
  requireInternalReader(ctx.principal);
  const [definitions, assignments] = await Promise.all([ctx.care.segmentDefinitions(), ctx.care.assignmentsByCustomerId.load(customer.id)]);
  const figures = definitions.some((segment) => segment.rule) ? await ctx.care.orderFiguresByCustomerId.load(customer.id) : NO_ORDERS;
  const assignmentBySegment = new Map(assignments.map((assignment) => [assignment.segment.id, assignment]));
  return definitions.flatMap((segment) => {
    const assignment = assignmentBySegment.get(segment.id) ?? null;
    const matches = segment.rule ? matchesRule(segment.rule, figures) : false;
    return assignment || matches ? [{ segment, assignment, matchesRule: matches }] : [];
  });
}

/**
 * Internal (order capture, for segment-scoped sourcing rules): the customer's segment codes in
 * order of preference. Segments staff assigned come first, being a deliberate choice for this
 * customer, then those the customer's orders earn; each group by code. Empty for an unknown customer.
 */
export async function customerSegmentCodes(ctx: CustomersContext, customerId: string): Promise<string[]> {
  requireService(ctx.principal);
  if (!isUuid(customerId)) return [];
  const id = customerId.toLowerCase();
  // The profile and the memberships are read side by side; only the id of the customer is needed for the latter.
  const [customer, memberships] = await Promise.all([ctx.loaders.customerById.load(id), customerSegments(ctx, ctx.em.getReference(Customer, id))]);
  if (!customer) return [];
  return [...memberships.filter((membership) => membership.assignment), ...memberships.filter((membership) => !membership.assignment)].map((membership) => membership.segment.code);
}
