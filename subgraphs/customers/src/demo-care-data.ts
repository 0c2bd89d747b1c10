import { demoId, type EntityManager, type Logger } from '@oms/platform';
import { CustomerAddress } from './entities/customer-address.entity.ts';
import { CustomerCase } from './entities/customer-case.entity.ts';
import { CustomerNote } from './entities/customer-note.entity.ts';
import { CustomerSegmentAssignment } from './entities/customer-segment-assignment.entity.ts';
import { CustomerSegment } from './entities/customer-segment.entity.ts';
import { Customer, type ContactChannel } from './entities/customer.entity.ts';
import { Interaction } from './entities/interaction.entity.ts';
import { MarketingConsent, type ConsentPurpose } from './entities/marketing-consent.entity.ts';

const DAY = 24 * 3600 * 1000;
const CARE_AGENT_ID = demoId('staff', 'care@oms.example');
const CARE_AGENT = `staff:${CARE_AGENT_ID}`;

/** Segments to try `Customer.segments` on: two by rule (figures from the demo orders), one by hand. */
const DEMO_SEGMENTS = [
  { code: 'HIGH_VALUE', name: 'High value (100 € and more)', rule: { minLifetimeValue: { amount: 10_000, currency: 'EUR' } } },
  { code: 'RECENT_BUYER', name: 'Ordered in the last 90 days', rule: { withinDays: 90 } },
  { code: 'VIP', name: 'VIP (chosen by the care team)', rule: null },
] as const;

/** Consent decisions per demo customer (by index), oldest first: the last one per purpose and channel is in force. */
const DEMO_CONSENTS: { customer: number; purpose: ConsentPurpose; channel: ContactChannel; granted: boolean; source: string; daysAgo: number }[] = [
  { customer: 0, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'web signup', daysAgo: 380 },
  { customer: 0, purpose: 'PROMOTIONS', channel: 'SMS', granted: true, source: 'store ST-LYON-PARTDIEU', daysAgo: 120 },
  { customer: 1, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'checkout', daysAgo: 300 },
  { customer: 1, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: false, source: 'unsubscribe link', daysAgo: 20 },
  { customer: 2, purpose: 'PERSONALIZED_OFFERS', channel: 'EMAIL', granted: true, source: 'mobile app', daysAgo: 90 },
  { customer: 3, purpose: 'NEWSLETTER', channel: 'EMAIL', granted: true, source: 'web signup', daysAgo: 200 },
  { customer: 4, purpose: 'SURVEYS', channel: 'PHONE', granted: false, source: 'call centre', daysAgo: 60 },
];

/**
 * The care side of the demo customers: a second address, consents with their history, segments,
 * tags, a note, and a few care contacts (one on an open case) linked to the demo orders.
 * Loaded once, when the demo customers exist and no segment does.
 */
export async function seedCustomerCareDemoData(em: EntityManager, logger: Logger): Promise<void> {
  if ((await em.count(CustomerSegment)) > 0) return;
  const camille = await em.findOne(Customer, { id: demoId('customer', 0) });
  if (!camille) return;
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const customer = (index: number) => em.getReference(Customer, demoId('customer', index));

  // Camille has her invoices sent to her office: a second address, the default billing one.
  await em.nativeUpdate(CustomerAddress, { id: demoId('customer-address', 0) }, { isDefaultBilling: false });
  em.create(CustomerAddress, {
    id: demoId('customer-address', 'office-0'),
    customer: camille,
    label: 'Office',
    line1: '40 rue de la Villette',
    city: 'Lyon',
    postalCode: '69003',
    region: 'Auvergne-Rhône-Alpes',
    country: 'FR',
    isDefaultShipping: false,
    isDefaultBilling: true,
  });
  camille.preferredChannel = 'EMAIL';
  camille.preferredStoreId = demoId('location', 'ST-LYON-PARTDIEU');
  camille.tags = ['vip'];

  for (const consent of DEMO_CONSENTS) {
    em.create(MarketingConsent, {
      customer: customer(consent.customer),
      purpose: consent.purpose,
      channel: consent.channel,
      granted: consent.granted,
      source: consent.source,
      recordedBy: consent.source.startsWith('store') || consent.source === 'call centre' ? CARE_AGENT : `customer:${demoId('customer', consent.customer)}`,
      recordedAt: at(consent.daysAgo),
    });
  }

  const segments = DEMO_SEGMENTS.map((segment) => em.create(CustomerSegment, { ...segment, rule: segment.rule ? { ...segment.rule } : null, createdAt: at(30), updatedAt: at(30) }));
  em.create(CustomerSegmentAssignment, { customer: camille, segment: segments[2]!, assignedBy: CARE_AGENT, assignedAt: at(25) });
  em.create(CustomerNote, { customer: camille, body: 'Prefers to be called after 18:00. Long-standing customer of the Lyon store.', author: CARE_AGENT, createdAt: at(25) });

  const onHold = em.create(CustomerCase, {
    customer: camille,
    subject: 'Marketplace order OMS-100008 on hold',
    status: 'OPEN',
    openedBy: CARE_AGENT,
    resolvedAt: null,
    createdAt: at(2),
    updatedAt: at(2),
  });
  const contacts = [
    { customer: 0, channel: 'CALL', reason: 'Asked why OMS-100008 is on hold', outcome: 'Payment check explained; callback promised', notes: 'Risk hold on the marketplace order; customer calm.', orders: [demoId('order', 7)], case: onHold, daysAgo: 2 },
    { customer: 0, channel: 'STORE_VISIT', reason: 'Picked up advice on sizes', outcome: 'Advised', notes: null, orders: [demoId('order', 0)], case: null, daysAgo: 20 },
    { customer: 1, channel: 'EMAIL', reason: 'Delivery date of OMS-100002', outcome: 'Tracking link sent', notes: null, orders: [demoId('order', 1)], case: null, daysAgo: 5 },
    { customer: 3, channel: 'CHAT', reason: 'Change of delivery address', outcome: 'Too late: order already released', notes: 'Offered to redirect with the carrier if needed.', orders: [demoId('order', 3)], case: null, daysAgo: 1 },
  ] as const;
  for (const contact of contacts) {
    em.create(Interaction, {
      customer: customer(contact.customer),
      channel: contact.channel,
      reason: contact.reason,
      outcome: contact.outcome,
      notes: contact.notes,
      agent: CARE_AGENT,
      agentStaffId: CARE_AGENT_ID,
      orderIds: [...contact.orders],
      returnIds: [],
      case: contact.case,
      createdAt: at(contact.daysAgo),
    });
  }
  await em.flush();
  logger.info({ segments: segments.length, consents: DEMO_CONSENTS.length, interactions: contacts.length }, 'customer care demo data loaded');
}
