import { entityByIdLoader, groupedLoader, type EntityManager } from '@oms/platform';
import { CustomerAddress } from '../entities/customer-address.entity.ts';
import { Customer } from '../entities/customer.entity.ts';

export function createCustomerLoaders(em: EntityManager) {
  return {
    customerById: entityByIdLoader(em, Customer),
    addressesByCustomerId: groupedLoader<string, CustomerAddress>(
      (customerIds) =>
        em.find(CustomerAddress, { customer: { $in: [...customerIds] } }, { orderBy: { isDefaultShipping: 'desc', id: 'asc' } }),
      (address) => address.customer.id,
    ),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
