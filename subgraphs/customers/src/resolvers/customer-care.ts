import type {
  CustomerCaseResolvers,
  CustomerResolvers,
  CustomerSegmentMembershipResolvers,
  CustomerSegmentResolvers,
  InteractionResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types.ts';
import { DomainError } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { addCustomerAddress, removeCustomerAddress, setDefaultCustomerAddress, updateCustomerAddress } from '../domain/customer-address.service.ts';
import { addCustomerNote, addCustomerTags, customerNotes, internalTags, removeCustomerTags } from '../domain/customer-care.service.ts';
import {
  assignCustomerSegment,
  customerSegmentCodes,
  customerSegments,
  defineCustomerSegment,
  listSegments,
  removeCustomerSegment,
} from '../domain/customer-segment.service.ts';
import { createCustomer, findCustomer, resolveCustomerReference, searchCustomers, updateCustomer } from '../domain/customer.service.ts';
import {
  caseInteractions,
  customerCases,
  customerInteractions,
  findCase,
  interactionAgent,
  interactionCase,
  interactionNotes,
  linkInteractionToCase,
  logInteraction,
  openCase,
  updateCaseStatus,
} from '../domain/interaction.service.ts';
import { consentsInForce, setMarketingConsent } from '../domain/marketing-consent.service.ts';
import type { Customer } from '../entities/customer.entity.ts';

/** The customer a care record belongs to (always exists: the foreign key sees to it). */
async function ownerOf(ctx: CustomersContext, customerId: string): Promise<Customer> {
  const customer = await ctx.loaders.customerById.load(customerId);
  if (!customer) throw new DomainError('INTERNAL_SERVER_ERROR', `Customer ${customerId} is missing`);
  return customer;
}

export const customerCareQueryResolvers: QueryResolvers = {
  customer: (_root, { id }, ctx) => findCustomer(ctx, id),
  customers: (_root, { search, ...page }, ctx) => searchCustomers(ctx, search, page),
  customerSegments: (_root, _args, ctx) => listSegments(ctx),
  customerSegmentCodes: (_root, { customerId }, ctx) => customerSegmentCodes(ctx, customerId),
  customerCase: (_root, { id }, ctx) => findCase(ctx, id),
};

export const customerCareMutationResolvers: MutationResolvers = {
  createCustomer: (_root, { input }, ctx) => createCustomer(ctx, input),
  updateCustomer: (_root, { id, input }, ctx) => updateCustomer(ctx, id, input),
  addCustomerAddress: (_root, { customerId, input }, ctx) => addCustomerAddress(ctx, customerId, input),
  updateCustomerAddress: (_root, { id, input }, ctx) => updateCustomerAddress(ctx, id, input),
  removeCustomerAddress: (_root, { id }, ctx) => removeCustomerAddress(ctx, id),
  setDefaultCustomerAddress: (_root, { id, usages }, ctx) => setDefaultCustomerAddress(ctx, id, usages),
  setMarketingConsent: (_root, { input }, ctx) => setMarketingConsent(ctx, input),
  addCustomerTags: (_root, { customerId, tags }, ctx) => addCustomerTags(ctx, customerId, tags),
  removeCustomerTags: (_root, { customerId, tags }, ctx) => removeCustomerTags(ctx, customerId, tags),
  addCustomerNote: (_root, { customerId, body }, ctx) => addCustomerNote(ctx, customerId, body),
  defineCustomerSegment: (_root, { code, name, rule }, ctx) => defineCustomerSegment(ctx, code, name, rule),
  assignCustomerSegment: (_root, { customerId, segmentCode }, ctx) => assignCustomerSegment(ctx, customerId, segmentCode),
  removeCustomerSegment: (_root, { customerId, segmentCode }, ctx) => removeCustomerSegment(ctx, customerId, segmentCode),
  logInteraction: (_root, { input }, ctx) => logInteraction(ctx, input),
  linkInteractionToCase: (_root, { interactionId, caseId }, ctx) => linkInteractionToCase(ctx, interactionId, caseId),
  openCase: (_root, { input }, ctx) => openCase(ctx, input),
  updateCaseStatus: (_root, { id, status }, ctx) => updateCaseStatus(ctx, id, status),
};

export const customerResolvers: CustomerResolvers = {
  __resolveReference: ({ id }, ctx) => resolveCustomerReference(ctx, id),
  name: (customer) => customer.name,
  addresses: (customer, _args, ctx) => ctx.loaders.addressesByCustomerId.load(customer.id),
  erasureRequestedAt: async (customer, _args, ctx) => (await ctx.loaders.erasureRequestsByCustomerId.load(customer.id))[0]?.requestedAt ?? null,
  defaultShippingAddress: async (customer, _args, ctx) => (await ctx.loaders.addressesByCustomerId.load(customer.id)).find((address) => address.isDefaultShipping) ?? null,
  defaultBillingAddress: async (customer, _args, ctx) => (await ctx.loaders.addressesByCustomerId.load(customer.id)).find((address) => address.isDefaultBilling) ?? null,
  preferences: (customer) => ({ channel: customer.preferredChannel ?? null, language: customer.preferredLanguage ?? null, storeId: customer.preferredStoreId ?? null }),
  marketingConsents: async (customer, _args, ctx) => consentsInForce(await ctx.care.consentsByCustomerId.load(customer.id)),
  consentHistory: (customer, _args, ctx) => ctx.care.consentsByCustomerId.load(customer.id),
  tags: (customer, _args, ctx) => internalTags(ctx, customer),
  notes: (customer, _args, ctx) => customerNotes(ctx, customer),
  segments: (customer, _args, ctx) => customerSegments(ctx, customer),
  interactions: (customer, page, ctx) => customerInteractions(ctx, customer, page),
  cases: (customer, { status }, ctx) => customerCases(ctx, customer, status),
};

export const interactionResolvers: InteractionResolvers = {
  customer: (interaction, _args, ctx) => ownerOf(ctx, interaction.customer.id),
  notes: (interaction, _args, ctx) => interactionNotes(ctx, interaction),
  agentId: (interaction) => interaction.agent,
  agent: (interaction, _args, ctx) => interactionAgent(ctx, interaction),
  orders: (interaction) => interaction.orderIds.map((id) => ({ __typename: 'Order' as const, id })),
  returns: (interaction) => interaction.returnIds.map((id) => ({ __typename: 'Return' as const, id })),
  case: (interaction, _args, ctx) => interactionCase(ctx, interaction),
  at: (interaction) => interaction.createdAt,
};

export const customerCaseResolvers: CustomerCaseResolvers = {
  customer: (customerCase, _args, ctx) => ownerOf(ctx, customerCase.customer.id),
  openedAt: (customerCase) => customerCase.createdAt,
  interactions: (customerCase, _args, ctx) => caseInteractions(ctx, customerCase),
};

export const customerSegmentResolvers: CustomerSegmentResolvers = {
  rule: (segment) =>
    segment.rule
      ? { minLifetimeValue: segment.rule.minLifetimeValue ?? null, minOrders: segment.rule.minOrders ?? null, withinDays: segment.rule.withinDays ?? null }
      : null,
};

export const customerSegmentMembershipResolvers: CustomerSegmentMembershipResolvers = {
  assigned: (membership) => membership.assignment !== null,
  assignedBy: (membership) => membership.assignment?.assignedBy ?? null,
  assignedAt: (membership) => membership.assignment?.assignedAt ?? null,
};
