import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { ADMIN } from './auth.ts';
import type { TestSystem } from './system.ts';

/** Lyon 2e, where the sourcing tests ship unless they say otherwise. */
export const LYON_ADDRESS = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

const PLACE_ORDER = /* GraphQL */ `
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) { __typename ... on Order { id } }
  }
`;

/** Places a guest order shipped to `address` (Lyon 2e unless given), paid by card, as an admin: its id, or null when it came back out of stock. */
export async function placeShippedOrder(
  system: TestSystem,
  lines: readonly { sku: string; quantity: number }[],
  options: { address?: Record<string, string>; channel?: string } = {},
): Promise<string | null> {
  const response = await system.query<{ placeOrder: { __typename: string; id?: string } }>(
    PLACE_ORDER,
    {
      input: {
        idempotencyKey: randomUUID(),
        channel: options.channel ?? 'WEB',
        guestEmail: 'guest@example.com',
        lines,
        delivery: { method: 'SHIP', address: options.address ?? LYON_ADDRESS },
        payment: { token: 'tok_visa' },
      },
    },
    ADMIN,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  if (response.data!.placeOrder.__typename === 'OutOfStock') return null;
  expect(response.data!.placeOrder.__typename).toBe('Order');
  return response.data!.placeOrder.id!;
}

/** The sourcing decision recorded for an order, with the fields `selection` asks for. */
export async function sourcingDecisionOf<T>(system: TestSystem, orderId: string, selection: string): Promise<T> {
  const response = await system.query<{ order: { sourcingDecision: T | null } }>(
    `query Decision($id: ID!) { order(id: $id) { sourcingDecision { ${selection} } } }`,
    { id: orderId },
    ADMIN,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const decision = response.data?.order.sourcingDecision;
  if (!decision) throw new Error(`order ${orderId} has no sourcing decision`);
  return decision;
}
