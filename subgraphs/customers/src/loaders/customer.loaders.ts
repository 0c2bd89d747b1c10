import { entityByIdLoader, groupedLoader, type EntityManager } from '@oms/platform';
import { CustomerAddress } from '../entities/customer-address.entity.ts';
import { Customer } from '../entities/customer.entity.ts';
import { ErasureRequest } from '../entities/erasure-request.entity.ts';

export function createCustomerLoaders(em: EntityManager) {
  return {
    customerById: entityByIdLoader(em, Customer),
    addressesByCustomerId: groupedLoader<string, CustomerAddress>(
      (customerIds) =>
        em.find(CustomerAddress, { customer: { $in: [...customerIds] } }, { orderBy: { isDefaultShipping: 'desc', id: 'asc' } }),
      (address) => address.customer.id,
    ),
    /** A customer's erasure request (at most one), if any. */
    erasureRequestsByCustomerId: groupedLoader<string, ErasureRequest>(
      (customerIds) => em.find(ErasureRequest, { customerId: { $in: [...customerIds] } }),
      (request) => request.customerId,
    ),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
