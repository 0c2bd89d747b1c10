import type { RequestContext } from '@oms/platform';

export interface CustomerContact {
  id: string;
  email: string;
  /** When the person's erasure (GDPR) was asked; null if never. */
  erasureRequestedAt: string | null;
}

const CUSTOMER = /* GraphQL */ `
  query CustomerContact($id: ID!) {
    customer(id: $id) { id email erasureRequestedAt }
  }
`;

/**
 * Known customers, briefly: most orders come from returning customers, and asking the customers
 * service for every order costs a round trip. A changed email reaches new orders within a minute.
 */
const known = new Map<string, { contact: CustomerContact; until: number }>();
const KNOWN_FOR_MS = 60_000;
const MAX_KNOWN = 10_000;

/** A customer of the customers service, as the internal service principal sees it; null when unknown. */
export async function findCustomerContact(ctx: RequestContext, customerId: string): Promise<CustomerContact | null> {
  const now = Date.now();
  const key = customerId.toLowerCase();
  const cached = known.get(key);
  if (cached && cached.until > now) return cached.contact;
  const response = await ctx.services.client('customers').request<{ customer: CustomerContact | null }>(CUSTOMER, { id: customerId }, ctx.requestId);
  if (response.customer) {
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(key, { contact: response.customer, until: now + KNOWN_FOR_MS });
  } else {
    known.delete(key);
  }
  return response.customer;
}

/** Forgets what is known of a customer here (their erasure was asked): the next order asks the customers service. */
export function forgetCustomerContact(customerId: string): void {
  known.delete(customerId.toLowerCase());
}

const SEGMENT_CODES = /* GraphQL */ `
  query CustomerSegmentCodes($customerId: ID!) {
    customerSegmentCodes(customerId: $customerId)
  }
`;

/**
 * The customer's segment codes, preferred first (staff-assigned, then earned; each by code). Not
 * cached, unlike the contact: a segment staff just assigned applies to the customer's next order.
 */
export async function customerSegmentCodes(ctx: Pick<RequestContext, 'services' | 'requestId'>, customerId: string): Promise<string[]> {
  const response = await ctx.services.client('customers').request<{ customerSegmentCodes: string[] }>(SEGMENT_CODES, { customerId }, ctx.requestId);
  return response.customerSegmentCodes;
}
