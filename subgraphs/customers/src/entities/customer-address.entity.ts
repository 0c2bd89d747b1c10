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
  // Search finds customers by the start of a postal code (stored upper-cased), spaces ignored.
  indexes: [
    {
      name: 'customer_address_postal_code_index',
      expression: `create index "customer_address_postal_code_index" on "customers"."customer_address" ((replace("postal_code", ' ', '')) text_pattern_ops)`,
    },
  ],
  // At most one default shipping and one default billing address per customer.
  uniques: [
    {
      name: 'customer_address_default_shipping_unique',
      expression: `create unique index "customer_address_default_shipping_unique" on "customers"."customer_address" ("customer_id") where "is_default_shipping"`,
    },
    {
      name: 'customer_address_default_billing_unique',
      expression: `create unique index "customer_address_default_billing_unique" on "customers"."customer_address" ("customer_id") where "is_default_billing"`,
    },
  ],
});

export class CustomerAddress extends CustomerAddressSchema.class {}
CustomerAddressSchema.setClass(CustomerAddress);
