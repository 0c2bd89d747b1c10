import { describe, expect, it } from 'vitest';
import { accessOf, canSee, canWork, visibleOrNull } from '../src/domain/access.ts';

const STORE = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const CUSTOMER = '33333333-3333-4333-8333-333333333333';

describe('row-level access to fulfillment work', () => {
  it('admins and care agents see the whole network; store associates their store', () => {
    expect(accessOf({ kind: 'staff', staffId: 's', roles: ['ADMIN'], scopes: [] })).toEqual({ kind: 'all' });
    expect(accessOf({ kind: 'staff', staffId: 's', roles: ['CARE_AGENT'], scopes: [] })).toEqual({ kind: 'all' });
    expect(accessOf({ kind: 'staff', staffId: 's', roles: ['STORE_ASSOCIATE'], scopes: [], storeId: STORE.toUpperCase() })).toEqual({ kind: 'locations', locationIds: [STORE] });
    expect(accessOf({ kind: 'staff', staffId: 's', roles: ['STORE_ASSOCIATE'], scopes: [] })).toEqual({ kind: 'none' });
  });

  it('partners with locations (vendors) see those; customers their own', () => {
    expect(accessOf({ kind: 'partner', keyId: 'k', scopes: [], locationIds: [OTHER] })).toEqual({ kind: 'locations', locationIds: [OTHER] });
    expect(accessOf({ kind: 'partner', keyId: 'k', scopes: [] })).toEqual({ kind: 'all' });
    expect(accessOf({ kind: 'customer', customerId: CUSTOMER, scopes: [] })).toEqual({ kind: 'customer', customerId: CUSTOMER });
    expect(accessOf({ kind: 'anonymous' })).toEqual({ kind: 'none' });
  });

  it('applies to records', () => {
    const record = { locationId: STORE, customerId: CUSTOMER };
    const associate = accessOf({ kind: 'staff', staffId: 's', roles: ['STORE_ASSOCIATE'], scopes: [], storeId: STORE });
    const elsewhere = accessOf({ kind: 'staff', staffId: 's', roles: ['STORE_ASSOCIATE'], scopes: [], storeId: OTHER });
    const owner = accessOf({ kind: 'customer', customerId: CUSTOMER, scopes: [] });
    const stranger = accessOf({ kind: 'customer', customerId: OTHER, scopes: [] });
    expect([canSee(associate, record), canSee(elsewhere, record), canSee(owner, record), canSee(stranger, record)]).toEqual([true, false, true, false]);
    expect([canWork(associate, STORE), canWork(elsewhere, STORE), canWork(owner, STORE)]).toEqual([true, false, false]);
    // What may not be seen answers as what does not exist.
    expect(visibleOrNull(elsewhere, record)).toBeNull();
    expect(visibleOrNull(stranger, record)).toBeNull();
    expect(visibleOrNull(owner, record)).toBe(record);
  });

  it('partners bound to a channel see that channel’s fulfillment orders only', () => {
    const marketplace = accessOf({ kind: 'partner', keyId: 'k', scopes: [], channel: 'MARKETPLACE' });
    expect(canSee(marketplace, { locationId: STORE, customerId: null, channel: 'MARKETPLACE' })).toBe(true);
    expect(canSee(marketplace, { locationId: STORE, customerId: null, channel: 'WEB' })).toBe(false);
    expect(canSee(accessOf({ kind: 'partner', keyId: 'k', scopes: [] }), { locationId: STORE, customerId: null, channel: 'WEB' })).toBe(true);
  });
});
