import { LockMode } from '@mikro-orm/core';
import { DomainError, inTransaction, isUuid, recordAudit, type EntityManager } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CustomerAddress } from '../entities/customer-address.entity.ts';
import { Customer } from '../entities/customer.entity.ts';
import { assertMayChangeProfile } from './customer-access.ts';
import { parseAddress, type AddressInput } from './customer-input.ts';

export interface NewAddressRequest extends AddressInput {
  isDefaultShipping?: boolean | null | undefined;
  isDefaultBilling?: boolean | null | undefined;
}

/** Absent fields keep their value; `label`, `line2` and `region` may be cleared with null. */
export interface AddressChangeRequest {
  label?: string | null | undefined;
  line1?: string | null | undefined;
  line2?: string | null | undefined;
  city?: string | null | undefined;
  postalCode?: string | null | undefined;
  region?: string | null | undefined;
  country?: string | null | undefined;
}

export type AddressUsage = 'SHIPPING' | 'BILLING';

function addressSnapshot(address: CustomerAddress): Record<string, unknown> {
  return {
    id: address.id,
    label: address.label ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    postalCode: address.postalCode,
    region: address.region ?? null,
    country: address.country,
    isDefaultShipping: address.isDefaultShipping,
    isDefaultBilling: address.isDefaultBilling,
  };
}

function audit(ctx: CustomersContext, em: EntityManager, action: string, customerId: string, before: unknown, after: unknown): void {
  recordAudit({ em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp }, { action, entityType: 'Customer', entityId: customerId, before, after });
}

/**
 * Locks the customer's row: changes of one customer's address book run one at a time, so two of
 * them cannot both make "their" address the default.
 */
async function lockCustomer(em: EntityManager, customerId: string): Promise<Customer> {
  const customer = await em.findOne(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!customer) throw new DomainError('NOT_FOUND', `No customer ${customerId}.`, { customerId });
  return customer;
}

/** The address, after checking the caller may change its customer's profile; NOT_FOUND otherwise. */
async function addressToChange(ctx: CustomersContext, em: EntityManager, id: string): Promise<CustomerAddress> {
  const address = isUuid(id) ? await em.findOne(CustomerAddress, { id: id.toLowerCase() }) : null;
  const missing = () => new DomainError('NOT_FOUND', `No address ${id}.`, { addressId: id });
  if (!address) throw missing();
  assertMayChangeProfile(ctx.principal, address.customer.id, missing);
  await lockCustomer(em, address.customer.id);
  return address;
}

/**
 * Clears the default flag of the customer's other addresses, as its own statement before the
 * address that takes it is written (the unique index allows one default per customer at any time).
 */
async function clearDefault(em: EntityManager, customerId: string, usage: AddressUsage, except: string | null): Promise<void> {
  const flag = usage === 'SHIPPING' ? 'isDefaultShipping' : 'isDefaultBilling';
  await em.nativeUpdate(CustomerAddress, { customer: customerId, [flag]: true, ...(except ? { id: { $ne: except } } : {}) }, { [flag]: false });
}

export async function addCustomerAddress(ctx: CustomersContext, customerId: string, request: NewAddressRequest): Promise<CustomerAddress> {
  assertMayChangeProfile(ctx.principal, customerId);
  if (!isUuid(customerId)) throw new DomainError('NOT_FOUND', `No customer ${customerId}.`, { customerId });
  const fields = parseAddress(request);
  return inTransaction(ctx.em, async (em) => {
    const customer = await lockCustomer(em, customerId.toLowerCase());
    // A customer's first address of a kind becomes the default without being asked.
    const current = await em.find(CustomerAddress, { customer, $or: [{ isDefaultShipping: true }, { isDefaultBilling: true }] });
    const shipping = request.isDefaultShipping ?? !current.some((address) => address.isDefaultShipping);
    const billing = request.isDefaultBilling ?? !current.some((address) => address.isDefaultBilling);
    if (shipping) await clearDefault(em, customer.id, 'SHIPPING', null);
    if (billing) await clearDefault(em, customer.id, 'BILLING', null);
    const address = em.create(CustomerAddress, { customer, ...fields, isDefaultShipping: shipping, isDefaultBilling: billing });
    audit(ctx, em, 'addCustomerAddress', customer.id, null, addressSnapshot(address));
    await em.flush();
    return address;
  });
}

export async function updateCustomerAddress(ctx: CustomersContext, id: string, request: AddressChangeRequest): Promise<CustomerAddress> {
  return inTransaction(ctx.em, async (em) => {
    const address = await addressToChange(ctx, em, id);
    const before = addressSnapshot(address);
    const merged: AddressInput = {
      label: request.label === undefined ? address.label : request.label,
      line1: request.line1 ?? address.line1,
      line2: request.line2 === undefined ? address.line2 : request.line2,
      city: request.city ?? address.city,
      postalCode: request.postalCode ?? address.postalCode,
      region: request.region === undefined ? address.region : request.region,
      country: request.country ?? address.country,
    };
    em.assign(address, parseAddress(merged));
    audit(ctx, em, 'updateCustomerAddress', address.customer.id, before, addressSnapshot(address));
    await em.flush();
    return address;
  });
}

/** Removes an address; when it was a default, the customer has no default of that kind until one is set. */
export async function removeCustomerAddress(ctx: CustomersContext, id: string): Promise<Customer> {
  return inTransaction(ctx.em, async (em) => {
    const address = await addressToChange(ctx, em, id);
    const customer = address.customer;
    audit(ctx, em, 'removeCustomerAddress', customer.id, addressSnapshot(address), null);
    em.remove(address);
    await em.flush();
    return customer;
  });
}

export async function setDefaultCustomerAddress(ctx: CustomersContext, id: string, usages: readonly AddressUsage[]): Promise<Customer> {
  const kinds = [...new Set(usages)];
  if (kinds.length === 0) throw new DomainError('BAD_USER_INPUT', 'Say which default the address becomes: SHIPPING, BILLING or both.', { argument: 'usages' });
  return inTransaction(ctx.em, async (em) => {
    const address = await addressToChange(ctx, em, id);
    const before = addressSnapshot(address);
    for (const usage of kinds) await clearDefault(em, address.customer.id, usage, address.id);
    if (kinds.includes('SHIPPING')) address.isDefaultShipping = true;
    if (kinds.includes('BILLING')) address.isDefaultBilling = true;
    audit(ctx, em, 'setDefaultCustomerAddress', address.customer.id, before, addressSnapshot(address));
    await em.flush();
    return address.customer;
  });
}
