import type { RequestContext } from '@oms/platform';

export interface CustomerContact {
  id: string;
  email: string;
}

const CUSTOMER = /* GraphQL */ `
  query CustomerContact($id: ID!) {
    customer(id: $id) { id email }
  }
`;

/** A customer of the customers service, as the internal service principal sees it; null when unknown. */
export async function findCustomerContact(ctx: RequestContext, customerId: string): Promise<CustomerContact | null> {
  const response = await ctx.services.client('customers').request<{ customer: CustomerContact | null }>(CUSTOMER, { id: customerId }, ctx.requestId);
  return response.customer;
}
