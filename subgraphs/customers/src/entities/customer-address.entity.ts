import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Customer } from './customer.entity.ts';

export const CustomerAddressSchema = defineEntity({
  name: 'CustomerAddress',
  tableName: 'customer_address',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer).index(),
    label: p.string().length(60).nullable(),
    line1: p.string().length(200),
    line2: p.string().length(200).nullable(),
    city: p.string().length(100),
    postalCode: p.string().length(20),
    region: p.string().length(100).nullable(),
    country: p.string().length(2),
    isDefaultShipping: p.boolean().default(false),
    isDefaultBilling: p.boolean().default(false),
  },
});

export class CustomerAddress extends CustomerAddressSchema.class {}
CustomerAddressSchema.setClass(CustomerAddress);
