import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** What a customer has been known by: each kept so erasure covers it (GDPR). */
export const CUSTOMER_IDENTIFIER_KINDS = ['EMAIL', 'PHONE', 'NAME', 'STREET'] as const;
export type CustomerIdentifierKind = (typeof CUSTOMER_IDENTIFIER_KINDS)[number];

/**
 * Every email, phone, name and street line a customer's profile has carried, kept for one purpose
 * only: erasure (and the person's export) covers every identifier they ever had, e.g. guest orders
 * placed under a former email. Written by database triggers on `customer` and `customer_address`
 * (every write path records, none can forget), deleted with the rest of the person on erasure.
 */
export const CustomerIdentifierSchema = defineEntity({
  name: 'CustomerIdentifier',
  tableName: 'customer_identifier',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customerId: p.uuid(),
    kind: p.enum(CUSTOMER_IDENTIFIER_KINDS),
    value: p.text(),
    firstSeenAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['customerId', 'kind', 'value'] }],
});

export class CustomerIdentifier extends CustomerIdentifierSchema.class {}
CustomerIdentifierSchema.setClass(CustomerIdentifier);
