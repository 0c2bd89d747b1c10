import { randomUUID } from 'node:crypto';
import { defineEntity, p, type Collection, type Opt } from '@mikro-orm/core';
import { CustomerAddress } from './customer-address.entity.ts';

/** Ways to reach a customer: their preference, and what marketing consents are given for. */
export const CONTACT_CHANNELS = ['EMAIL', 'SMS', 'PHONE', 'POST', 'PUSH'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CustomerSchema = defineEntity({
  name: 'Customer',
  tableName: 'customer',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    email: p.string().length(254).unique(),
    phone: p.string().length(32).nullable(),
    /** Language of the messages the customer receives (ISO 639-1, e.g. fr); null: the default. */
    preferredLanguage: p.string().length(8).nullable(),
    /** How the customer prefers to be contacted (a ContactChannel); null: no preference. */
    preferredChannel: p.enum(CONTACT_CHANNELS).nullable(),
    /** The store the customer usually shops in (an inventory location id). */
    preferredStoreId: p.uuid().nullable(),
    /** Labels staff put on the customer (e.g. vip); internal, never shown to the customer. */
    tags: p.array().columnType('text[]').default([]),
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
