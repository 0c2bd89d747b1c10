import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { CONTACT_CHANNELS, Customer } from './customer.entity.ts';

/** What a customer may be contacted for, each consented to per channel. */
export const CONSENT_PURPOSES = ['NEWSLETTER', 'PROMOTIONS', 'PERSONALIZED_OFFERS', 'SURVEYS'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * One consent decision: granted or withdrawn, for a purpose on a channel, when, where and recorded
 * by whom. Rows are only ever added (the proof of consent); the latest per purpose and channel is
 * the one in force.
 */
export const MarketingConsentSchema = defineEntity({
  name: 'MarketingConsent',
  tableName: 'marketing_consent',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    customer: () => p.manyToOne(Customer),
    purpose: p.enum(CONSENT_PURPOSES),
    channel: p.enum(CONTACT_CHANNELS),
    granted: p.boolean(),
    /** Where the customer said so, e.g. checkout, store, unsubscribe link. */
    source: p.string().length(100),
    /** Who recorded it, as in the audit log (`customer:<id>`, `staff:<id>`, …). */
    recordedBy: p.string().length(120),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['customer', 'purpose', 'channel', 'recordedAt'] }],
});

export class MarketingConsent extends MarketingConsentSchema.class {}
MarketingConsentSchema.setClass(MarketingConsent);
