import { randomUUID } from 'node:crypto';
import { Cursor, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  decodeNewestFirstCursor,
  DomainError,
  findNewestFirst,
  isUuid,
  pageSize,
  recordAudit,
  type Connection,
  type EntityManager,
  type PageArgs,
} from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CustomerAddress } from '../entities/customer-address.entity.ts';
import { Customer } from '../entities/customer.entity.ts';
import { assertMayChangeProfile, mayReadCustomer, requireCustomerDirectory, requireCustomerWriter, requireSignedIn } from './customer-access.ts';
import {
  parseAddress,
  parseContactChannel,
  parseEmail,
  parseLanguage,
  parseName,
  parsePhone,
  parseStoreId,
  type AddressInput,
} from './customer-input.ts';
import { customerIdOfOrderNumber } from './orders.client.ts';

export interface PreferencesInput {
  channel?: string | null | undefined;
  language?: string | null | undefined;
  storeId?: string | null | undefined;
}

export interface CreateCustomerRequest {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null | undefined;
  preferences?: PreferencesInput | null | undefined;
  addresses?: readonly (AddressInput & { isDefaultShipping?: boolean | null | undefined; isDefaultBilling?: boolean | null | undefined })[] | null | undefined;
}

/** Absent fields keep their value; `phone` and preferences may be cleared with null. */
export interface UpdateCustomerRequest {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  preferences?: PreferencesInput | null | undefined;
}

/** A profile as the audit log shows it. */
export function customerSnapshot(customer: Customer): Record<string, unknown> {
  return {
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email,
    phone: customer.phone ?? null,
    preferredChannel: customer.preferredChannel ?? null,
    preferredLanguage: customer.preferredLanguage ?? null,
    preferredStoreId: customer.preferredStoreId ?? null,
  };
}

function audit(ctx: CustomersContext, em: EntityManager, action: string, customer: Customer, before: unknown): void {
  recordAudit(
    { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action, entityType: 'Customer', entityId: customer.id, before, after: customerSnapshot(customer) },
  );
}

function emailTaken(email: string): DomainError {
  return new DomainError('CONFLICT', `A customer with the email ${email} already exists.`, { field: 'email' });
}

/** Flushes, turning the unique email into CONFLICT rather than an internal error. */
async function flushProfile(em: EntityManager, email: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken(email);
    throw error;
  }
}

/** `Query.customer`: null when unknown, and as well when the caller may not see it (someone else's profile). */
export async function findCustomer(ctx: CustomersContext, id: string): Promise<Customer | null> {
  requireSignedIn(ctx.principal);
  if (!(await mayReadCustomer(ctx, id))) return null;
  return ctx.loaders.customerById.load(id);
}

/** A reference from another service (e.g. `Order.customer`): null when the caller may not see it. */
export async function resolveCustomerReference(ctx: CustomersContext, id: string): Promise<Customer | null> {
  if (!(await mayReadCustomer(ctx, id))) return null;
  return ctx.loaders.customerById.load(id);
}

/** A customer the caller may change, or NOT_FOUND. */
export async function customerToChange(ctx: CustomersContext, em: EntityManager, id: string): Promise<Customer> {
  assertMayChangeProfile(ctx.principal, id);
  const customer = isUuid(id) ? await em.findOne(Customer, { id: id.toLowerCase() }) : null;
  if (!customer) throw new DomainError('NOT_FOUND', `No customer ${id}.`, { customerId: id });
  return customer;
}

/** A customer staff work on (notes, tags, segments, interactions), or NOT_FOUND. */
export async function customerForStaff(ctx: CustomersContext, em: EntityManager, id: string): Promise<Customer> {
  requireCustomerWriter(ctx.principal);
  const customer = isUuid(id) ? await em.findOne(Customer, { id: id.toLowerCase() }) : null;
  if (!customer) throw new DomainError('NOT_FOUND', `No customer ${id}.`, { customerId: id });
  return customer;
}

function applyPreferences(customer: Customer, preferences: PreferencesInput): void {
  if (preferences.channel !== undefined) customer.preferredChannel = parseContactChannel(preferences.channel, 'preferences.channel');
  if (preferences.language !== undefined) customer.preferredLanguage = parseLanguage(preferences.language);
  if (preferences.storeId !== undefined) customer.preferredStoreId = parseStoreId(preferences.storeId);
}

export async function createCustomer(ctx: CustomersContext, request: CreateCustomerRequest): Promise<Customer> {
  requireCustomerWriter(ctx.principal);
  const email = parseEmail(request.email);
  const details = {
    firstName: parseName(request.firstName, 'firstName'),
    lastName: parseName(request.lastName, 'lastName'),
    email,
    phone: parsePhone(request.phone),
  };
  // Every address is checked before anything is written.
  const addresses = (request.addresses ?? []).map((address) => ({ ...parseAddress(address), shipping: address.isDefaultShipping ?? false, billing: address.isDefaultBilling ?? false }));
  if (addresses.filter((address) => address.shipping).length > 1 || addresses.filter((address) => address.billing).length > 1) {
    throw new DomainError('BAD_USER_INPUT', 'At most one default shipping and one default billing address.', { field: 'addresses' });
  }
  const now = new Date();
  const customer = ctx.em.create(Customer, { id: randomUUID(), ...details, tags: [], createdAt: now, updatedAt: now });
  if (request.preferences) applyPreferences(customer, request.preferences);
  // The first address is the default for whatever no address claims.
  const anyShipping = addresses.some((address) => address.shipping);
  const anyBilling = addresses.some((address) => address.billing);
  addresses.forEach(({ shipping, billing, ...fields }, index) => {
    ctx.em.create(CustomerAddress, {
      customer,
      ...fields,
      isDefaultShipping: shipping || (!anyShipping && index === 0),
      isDefaultBilling: billing || (!anyBilling && index === 0),
    });
  });
  audit(ctx, ctx.em, 'createCustomer', customer, null);
  await flushProfile(ctx.em, email);
  return customer;
}

export async function updateCustomer(ctx: CustomersContext, id: string, request: UpdateCustomerRequest): Promise<Customer> {
  const customer = await customerToChange(ctx, ctx.em, id);
  const before = customerSnapshot(customer);
  if (request.firstName != null) customer.firstName = parseName(request.firstName, 'firstName');
  if (request.lastName != null) customer.lastName = parseName(request.lastName, 'lastName');
  if (request.email != null) customer.email = parseEmail(request.email);
  if (request.phone !== undefined) customer.phone = parsePhone(request.phone);
  if (request.preferences) applyPreferences(customer, request.preferences);
  audit(ctx, ctx.em, 'updateCustomer', customer, before);
  await flushProfile(ctx.em, customer.email);
  return customer;
}

/** `Query.customers` without a search: newest first. */
export function listCustomers(ctx: CustomersContext, page: PageArgs): Promise<Connection<Customer>> {
  requireCustomerDirectory(ctx.principal);
  return findNewestFirst(ctx.em, Customer, {}, page);
}

/** Order numbers look like `OMS-100042`: letters, an optional dash, digits. */
const ORDER_NUMBER = /^[A-Za-z]{1,10}-?\d{3,20}$/;
const PHONE_LIKE = /^[+\d\s().-]+$/;
const MAX_SEARCH_LENGTH = 200;
const MAX_SEARCH_WORDS = 8;

function likePattern(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * `Query.customers(search:)`, newest first. Every word of the search must match the first name,
 * last name or email (contains, any case), the phone (its digits, a national leading 0 ignored) or
 * the start of a postal code of one of the customer's addresses. A search shaped like an order
 * number also finds that order's customer, as the orders service knows it. One statement per page.
 */
export async function searchCustomers(ctx: CustomersContext, search: string | null | undefined, page: PageArgs): Promise<Connection<Customer>> {
  const term = search?.trim() ?? '';
  if (term.length === 0) return listCustomers(ctx, page);
  requireCustomerDirectory(ctx.principal);
  if (term.length > MAX_SEARCH_LENGTH) throw new DomainError('BAD_USER_INPUT', `search has at most ${MAX_SEARCH_LENGTH} characters.`, { argument: 'search' });
  // A phone number is typed with spaces; it is one word, compared by its digits.
  const phoneLike = PHONE_LIKE.test(term) && term.replace(/\D/g, '').length >= 4;
  const words = phoneLike ? [term.replace(/\s+/g, '')] : term.split(/\s+/);
  if (words.length > MAX_SEARCH_WORDS) throw new DomainError('BAD_USER_INPUT', `search has at most ${MAX_SEARCH_WORDS} words.`, { argument: 'search' });
  const first = pageSize(page.first);
  const after = page.after ? decodeNewestFirstCursor(page.after) : null;
  const orderCustomerId = ORDER_NUMBER.test(term) ? await customerIdOfOrderNumber(ctx, term) : null;

  const meta = ctx.em.getMetadata().get(Customer);
  const schema = meta.schema ?? ctx.em.config.get('schema');
  const customers = ctx.em.getPlatform().quoteIdentifier(`${schema}.${meta.tableName}`);
  const addresses = ctx.em.getPlatform().quoteIdentifier(`${schema}.${ctx.em.getMetadata().get(CustomerAddress).tableName}`);
  const conditions: string[] = [];
  const parameters: unknown[] = [];
  for (const word of words) {
    const contains = `%${likePattern(word)}%`;
    const alternatives = ['c.first_name ilike ?', 'c.last_name ilike ?', 'c.email ilike ?'];
    parameters.push(contains, contains, contains);
    const digits = word.replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length >= 4 && PHONE_LIKE.test(word)) {
      alternatives.push(`regexp_replace(c.phone, '[^0-9]', '', 'g') like ?`);
      parameters.push(`%${digits}%`);
    }
    // Postal codes compare without their spaces: "SW1A1" finds "SW1A 1AA".
    alternatives.push(`exists (select 1 from ${addresses} as a where a.customer_id = c.id and replace(a.postal_code, ' ', '') like ?)`);
    parameters.push(`${likePattern(word.toUpperCase())}%`);
    conditions.push(`(${alternatives.join(' or ')})`);
  }
  let where = `(${conditions.join(' and ')})`;
  if (orderCustomerId) {
    where = `(${where} or c.id = ?)`;
    parameters.push(orderCustomerId);
  }
  if (after) {
    where += ' and (c.created_at, c.id) < (?::timestamptz, ?::uuid)';
    parameters.push(after.createdAt, after.id);
  }
  parameters.push(first + 1);
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select c.* from ${customers} as c where ${where} order by c.created_at desc, c.id desc limit ?`,
    parameters,
  );
  const found = rows.map((row) => ctx.em.map(Customer, row));
  const edges = found.slice(0, first).map((node) => ({ cursor: Cursor.for(meta, { createdAt: node.createdAt, id: node.id }, { createdAt: 'desc', id: 'desc' }), node }));
  return { edges, pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
