import DataLoader from 'dataloader';
import { entityByIdLoader, groupedLoader, newestFirstPagesLoader, type RequestContext } from '@oms/platform';
import { orderFiguresOf, storeCustomers } from '../domain/orders.client.ts';
import { NO_ORDERS, windowsOf, type CustomerOrderFigures } from '../domain/segment-rules.ts';
import { CustomerCase } from '../entities/customer-case.entity.ts';
import { CustomerNote } from '../entities/customer-note.entity.ts';
import { CustomerSegmentAssignment } from '../entities/customer-segment-assignment.entity.ts';
import { CustomerSegment } from '../entities/customer-segment.entity.ts';
import { Interaction } from '../entities/interaction.entity.ts';
import { MarketingConsent } from '../entities/marketing-consent.entity.ts';
import { StaffMember } from '../entities/staff-member.entity.ts';

/**
 * Loaders of the care view of customers (consents, notes, segments, cases, interactions): each
 * field costs one statement (or one call to the orders service) for every customer of a request.
 */
export function createCustomerCareLoaders(base: Pick<RequestContext, 'em' | 'services' | 'requestId'>) {
  const { em } = base;
  let segments: Promise<CustomerSegment[]> | undefined;
  const segmentDefinitions = (): Promise<CustomerSegment[]> => (segments ??= em.find(CustomerSegment, {}, { orderBy: { code: 'asc' } }));
  const servedByStore = new Map<string, DataLoader<string, boolean>>();
  return {
    /** Whether a customer has an order picked up or fulfilled at a store (its associates may see them): one call to orders per batch. */
    storeServes(store: string, customerId: string): Promise<boolean> {
      let served = servedByStore.get(store);
      if (!served) {
        served = new DataLoader<string, boolean>(async (ids) => {
          const customers = await storeCustomers(base, store, ids);
          return ids.map((id) => customers.has(id));
        });
        servedByStore.set(store, served);
      }
      return served.load(customerId);
    },
    /** Every consent decision of each customer, newest first (the latest per purpose and channel is in force). */
    consentsByCustomerId: groupedLoader<string, MarketingConsent>(
      (customerIds) => em.find(MarketingConsent, { customer: { $in: [...customerIds] } }, { orderBy: { recordedAt: 'desc', id: 'desc' } }),
      (consent) => consent.customer.id,
    ),
    notesByCustomerId: groupedLoader<string, CustomerNote>(
      (customerIds) => em.find(CustomerNote, { customer: { $in: [...customerIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (note) => note.customer.id,
    ),
    /** Every segment definition, once per request. */
    segmentDefinitions,
    forgetSegmentDefinitions(): void {
      segments = undefined;
    },
    assignmentsByCustomerId: groupedLoader<string, CustomerSegmentAssignment>(
      (customerIds) => em.find(CustomerSegmentAssignment, { customer: { $in: [...customerIds] } }),
      (assignment) => assignment.customer.id,
    ),
    /** Order figures from the orders service, for the windows the segment rules ask about: one call per batch. */
    orderFiguresByCustomerId: new DataLoader<string, CustomerOrderFigures>(async (customerIds) => {
      const windows = windowsOf((await segmentDefinitions()).map((segment) => segment.rule ?? null));
      const figures = await orderFiguresOf(base, customerIds, windows);
      return customerIds.map((id) => figures.get(id.toLowerCase()) ?? NO_ORDERS);
    }),
    casesByCustomerId: groupedLoader<string, CustomerCase>(
      (customerIds) => em.find(CustomerCase, { customer: { $in: [...customerIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (customerCase) => customerCase.customer.id,
    ),
    caseById: entityByIdLoader(em, CustomerCase),
    interactionsByCaseId: groupedLoader<string, Interaction>(
      (caseIds) => em.find(Interaction, { case: { $in: [...caseIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (interaction) => interaction.case?.id ?? '',
    ),
    staffById: entityByIdLoader(em, StaffMember),
    /** Customer.interactions, a page per customer: `interactionsByCustomerId(first, after).load(customerId)`. */
    interactionsByCustomerId: newestFirstPagesLoader(em, Interaction, 'customer_id'),
  };
}

export type CustomerCareLoaders = ReturnType<typeof createCustomerCareLoaders>;
