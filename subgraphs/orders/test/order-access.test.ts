import { describe, expect, it } from 'vitest';
import type { Principal } from '@oms/platform';
import { forSignedInCustomer, mayAccessOrder, placementRights, visibleOrders } from '../src/domain/order-access.ts';

const customer: Principal = { kind: 'customer', customerId: 'C-1', scopes: ['orders:read'] };
const marketplace: Principal = { kind: 'partner', keyId: 'k1', scopes: ['orders:write'], channel: 'MARKETPLACE' };
const staff: Principal = { kind: 'staff', staffId: 's1', roles: ['CARE_AGENT'], scopes: [] };

describe('order access', () => {
  it('shows a customer their own orders and a channel key its channel', () => {
    expect(visibleOrders(customer)).toEqual({ customerId: 'c-1' });
    expect(visibleOrders(marketplace)).toEqual({ channel: 'MARKETPLACE' });
    expect(visibleOrders(staff)).toEqual({});
    expect(mayAccessOrder(customer, { customerId: 'c-1', channel: 'WEB' })).toBe(true);
    expect(mayAccessOrder(customer, { customerId: 'c-2', channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(customer, { customerId: null, channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(marketplace, { customerId: 'c-2', channel: 'WEB' })).toBe(false);
    expect(mayAccessOrder(staff, { customerId: 'c-2', channel: 'WEB' })).toBe(true);
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
