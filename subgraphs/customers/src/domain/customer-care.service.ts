import { actorOf, DomainError, recordAudit } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CustomerNote } from '../entities/customer-note.entity.ts';
import type { Customer } from '../entities/customer.entity.ts';
import { requireInternalReader } from './customer-access.ts';
import { customerForStaff } from './customer.service.ts';
import { MAX_TAGS, parseTags, requiredText } from './customer-input.ts';

const MAX_NOTE_LENGTH = 4000;

/** What staff keep about a customer (notes, tags): staff and partner keys with customers:read; never the customer. */
export function internalTags(ctx: CustomersContext, customer: Customer): string[] {
  requireInternalReader(ctx.principal);
  return [...customer.tags].sort();
}

export function customerNotes(ctx: CustomersContext, customer: Customer): Promise<CustomerNote[]> {
  requireInternalReader(ctx.principal);
  return ctx.care.notesByCustomerId.load(customer.id);
}

export async function addCustomerNote(ctx: CustomersContext, customerId: string, body: string): Promise<CustomerNote> {
  const text = requiredText(body, 'body', MAX_NOTE_LENGTH);
  const customer = await customerForStaff(ctx, ctx.em, customerId);
  const note = ctx.em.create(CustomerNote, { customer, body: text, author: actorOf(ctx.principal), createdAt: new Date() });
  await ctx.em.flush();
  return note;
}

async function changeTags(ctx: CustomersContext, action: 'addCustomerTags' | 'removeCustomerTags', customerId: string, values: readonly string[]): Promise<Customer> {
  const tags = parseTags(values);
  const customer = await customerForStaff(ctx, ctx.em, customerId);
  const before = [...customer.tags];
  const next = action === 'addCustomerTags' ? [...new Set([...before, ...tags])] : before.filter((tag) => !tags.includes(tag));
  if (next.length > MAX_TAGS) throw new DomainError('BAD_USER_INPUT', `A customer has at most ${MAX_TAGS} tags.`, { field: 'tags' });
  customer.tags = next.sort();
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action, entityType: 'Customer', entityId: customer.id, before: { tags: before }, after: { tags: customer.tags } },
  );
  await ctx.em.flush();
  return customer;
}

export function addCustomerTags(ctx: CustomersContext, customerId: string, tags: readonly string[]): Promise<Customer> {
  return changeTags(ctx, 'addCustomerTags', customerId, tags);
}

export function removeCustomerTags(ctx: CustomersContext, customerId: string, tags: readonly string[]): Promise<Customer> {
  return changeTags(ctx, 'removeCustomerTags', customerId, tags);
}
