import { findNewestFirst, type Connection, type PageArgs } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { Customer } from '../entities/customer.entity.ts';

export function findCustomer(ctx: CustomersContext, id: string): Promise<Customer | null> {
  return ctx.loaders.customerById.load(id);
}

export function listCustomers(ctx: CustomersContext, page: PageArgs): Promise<Connection<Customer>> {
  return findNewestFirst(ctx.em, Customer, {}, page);
}
