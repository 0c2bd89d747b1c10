import { randomUUID } from 'node:crypto';
import { defineEntity, p, type Collection, type Opt } from '@mikro-orm/core';
import { CustomerAddress } from './customer-address.entity.ts';

export const CustomerSchema = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    email: p.string().length(254).unique(),
    phone: p.string().length(32).nullable(),
    addresses: () => p.oneToMany(CustomerAddress).mappedBy('customer'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['createdAt', 'id'] }],
});

export class Customer extends CustomerSchema.class {
  get name(): Opt & string {
    return `${this.firstName} ${this.lastName}`;
  }
}
CustomerSchema.setClass(Customer);

export type CustomerAddresses = Collection<CustomerAddress>;
