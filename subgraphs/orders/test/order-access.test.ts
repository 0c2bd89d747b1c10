import { describe, expect, it } from 'vitest';
import type { Principal } from '@oms/platform';
import { assertMayAccessOrder, forSignedInCustomer, mayAccessOrder, placementRights, visibleOrders } from '../src/domain/order-access.ts';

const customer: Principal = { kind: 'customer', customerId: 'C-1', scopes: ['orders:read'] };
const marketplace: Principal = { kind: 'partner', keyId: 'k1', scopes: ['orders:write'], channel: 'MARKETPLACE' };
const staff: Principal = { kind: 'staff', staffId: 's1', roles: ['CARE_AGENT'], scopes: [] };
const associate: Principal = { kind: 'staff', staffId: 's2', roles: ['STORE_ASSOCIATE'], scopes: [], storeId: 'STORE-A' };

describe('order access', () => {
  it('shows a customer their own orders and a channel key its channel', () => {
    expect(visibleOrders(customer)).toEqual({ customerId: 'c-1' });
    expect(visibleOrders(marketplace)).toEqual({ channel: 'MARKETPLACE' });
    expect(visibleOrders(staff)).toEqual({});
    expect(mayAccessOrder(visibleOrders(customer), { id: 'o-1', customerId: 'c-1', channel: 'WEB' })).toBe(true);
    expect(mayAccessOrder(visibleOrders(customer), { id: 'o-1', customerId: 'c-2', channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(visibleOrders(customer), { id: 'o-1', customerId: null, channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(visibleOrders(marketplace), { id: 'o-1', customerId: 'c-2', channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(visibleOrders(staff), { id: 'o-1', customerId: 'c-2', channel: 'WEB' })).toBe(true);
  });

  it('shows a store associate the orders picked up or fulfilled at their store, and those with a return to receive, only', () => {
    expect(visibleOrders(associate)).toEqual({ storeId: 'store-a' });
    const access = { store: { id: 'store-a', fulfilled: new Set(['o-2']), returnsToReceive: new Set(['o-4']) } };
    expect(mayAccessOrder(access, { id: 'o-1', channel: 'WEB', pickupLocationId: 'STORE-A' })).toBe(true);
    expect(mayAccessOrder(access, { id: 'O-2', channel: 'WEB', pickupLocationId: null })).toBe(true);
    expect(mayAccessOrder(access, { id: 'o-3', channel: 'WEB', pickupLocationId: 'store-b' })).toBe(false);
    expect(mayAccessOrder(access, { id: 'o-4', channel: 'WEB', pickupLocationId: null })).toBe(true);
    expect(() => assertMayAccessOrder(access, { id: 'o-3', channel: 'WEB' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No such order' }));
  });

  it('places a customer order for the signed-in customer only, and never at their prices', () => {
    expect(forSignedInCustomer(customer, { customerId: null })).toEqual({ customerId: 'C-1' });
    expect(placementRights(customer, { customerId: 'c-1', channel: 'WEB' })).toEqual({ customerId: 'c-1', mayPrice: false });
    expect(() => placementRights(customer, { customerId: 'c-2', channel: 'WEB' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => placementRights(marketplace, { customerId: null, channel: 'WEB' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(placementRights(marketplace, { customerId: null, channel: 'MARKETPLACE' })).toEqual({ customerId: null, mayPrice: true });
    expect(placementRights(staff, { customerId: 'c-2', channel: 'CALL_CENTER' })).toEqual({ customerId: 'c-2', mayPrice: true });
  });
});
