import type { RequestContext } from '@oms/platform';
import type { CustomerOrderFigures, Money } from './segment-rules.ts';

/** What a call to the orders service needs: the service clients and the request id to propagate. */
type Caller = Pick<RequestContext, 'services' | 'requestId'>;

/**
 * The orders service, called as the internal service principal: orders are its records, so the
 * customers service asks rather than keeping a copy (a copy fed by events would miss every order
 * placed before it started listening, and the demo and imported orders).
 */

const ORDER_BY_NUMBER = /* GraphQL */ `
  query OrderCustomer($number: String!) {
    orderByNumber(number: $number) { id customer { id } }
  }
`;

/** The customer an order number belongs to; null for an unknown number or a guest order. */
export async function customerIdOfOrderNumber(ctx: Caller, number: string): Promise<string | null> {
  const response = await ctx.services
    .client('orders')
    .request<{ orderByNumber: { id: string; customer: { id: string } | null } | null }>(ORDER_BY_NUMBER, { number }, ctx.requestId);
  return response.orderByNumber?.customer?.id ?? null;
}

const ORDER_CUSTOMERS = /* GraphQL */ `
  query OrderCustomers($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Order { id customer { id } } }
  }
`;

/** Whose each order is, by order id (one request for all); an unknown order is missing from the map. */
export async function customersOfOrders(ctx: Caller, orderIds: readonly string[]): Promise<Map<string, string | null>> {
  if (orderIds.length === 0) return new Map();
  const response = await ctx.services
    .client('orders')
    .request<{ _entities: ({ id: string; customer: { id: string } | null } | null)[] }>(
      ORDER_CUSTOMERS,
      { representations: orderIds.map((id) => ({ __typename: 'Order', id })) },
      ctx.requestId,
    );
  const owners = new Map<string, string | null>();
  for (const order of response._entities) if (order) owners.set(order.id, order.customer?.id ?? null);
  return owners;
}

const ORDER_FIGURES = /* GraphQL */ `
  query CustomerOrderFigures($customerIds: [ID!]!, $windowsDays: [Int!]!) {
    customerOrderFigures(customerIds: $customerIds, windowsDays: $windowsDays) {
      customerId orderCount spent { amount currency } lastOrderAt recentOrderCounts
    }
  }
`;

interface FiguresView {
  customerId: string;
  orderCount: number;
  spent: Money[];
  lastOrderAt: string | null;
  recentOrderCounts: number[];
}

/** Order figures of many customers in one request (customers without orders are missing from the map). */
export async function orderFiguresOf(ctx: Caller, customerIds: readonly string[], windowsDays: readonly number[]): Promise<Map<string, CustomerOrderFigures>> {
  if (customerIds.length === 0) return new Map();
  const response = await ctx.services
    .client('orders')
    .request<{ customerOrderFigures: FiguresView[] }>(ORDER_FIGURES, { customerIds: [...customerIds], windowsDays: [...windowsDays] }, ctx.requestId);
  return new Map(
    response.customerOrderFigures.map((view) => [
      view.customerId,
      {
        orderCount: view.orderCount,
        spent: view.spent,
        lastOrderAt: view.lastOrderAt ? new Date(view.lastOrderAt) : null,
        ordersWithinDays: new Map(windowsDays.map((days, index) => [days, view.recentOrderCounts[index] ?? 0])),
      },
    ]),
  );
}

const STORE_CUSTOMERS = /* GraphQL */ `
  query StoreCustomers($locationId: ID!, $customerIds: [ID!]!) { storeCustomers(locationId: $locationId, customerIds: $customerIds) }
`;

/** Which of these customers have an order picked up or fulfilled at the store (its associates' customers). */
export async function storeCustomers(ctx: Caller, locationId: string, customerIds: readonly string[]): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  const response = await ctx.services.client('orders').request<{ storeCustomers: string[] }>(STORE_CUSTOMERS, { locationId, customerIds }, ctx.requestId);
  return new Set(response.storeCustomers.map((id) => id.toLowerCase()));
}
