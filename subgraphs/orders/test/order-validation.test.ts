import { describe, expect, it } from 'vitest';
import { validateOrderRequest, type PlaceOrderCommand } from '../src/domain/order-validation.ts';

const STORE_ID = '0b6f3c2e-1c1a-5f4e-8a3b-2d4c5e6f7a8b';

const valid: PlaceOrderCommand = {
  idempotencyKey: 'checkout-1',
  channel: 'WEB',
  guestEmail: 'guest@example.com',
  lines: [{ sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2 }],
  delivery: { method: 'SHIP', address: { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' } },
  payment: { token: 'tok_visa' },
};

function codeOf(command: PlaceOrderCommand): string | undefined {
  try {
    validateOrderRequest(command);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('validateOrderRequest', () => {
  it('normalizes a valid request with defaults', () => {
    expect(validateOrderRequest({ ...valid, promotionCodes: [' welcome10 ', 'WELCOME10'] })).toMatchObject({
      currency: 'EUR',
      payment: { token: 'tok_visa', provider: 'test' },
      lines: [{ lineNumber: 1, sku: 'TSHIRT-CLASSIC-WHT-M', quantity: 2, unitPrice: null }],
      promotionCodes: ['WELCOME10'],
      allowBackorder: false,
      customerId: null,
    });
  });

  it('gives each invalid input its own code', () => {
    expect(codeOf({ ...valid, lines: [] })).toBe('INVALID_QUANTITY');
    expect(codeOf({ ...valid, lines: [{ sku: 'A', quantity: 0 }] })).toBe('INVALID_QUANTITY');
    expect(codeOf({ ...valid, lines: [{ sku: 'A', quantity: -1 }] })).toBe('INVALID_QUANTITY');
    expect(codeOf({ ...valid, lines: [{ sku: 'A', quantity: 1001 }] })).toBe('INVALID_QUANTITY');
    expect(codeOf({ ...valid, lines: Array.from({ length: 101 }, () => ({ sku: 'A', quantity: 1 })) })).toBe('INVALID_QUANTITY');
    expect(codeOf({ ...valid, lines: [{ sku: ' ', quantity: 1 }] })).toBe('UNKNOWN_SKU');
    expect(codeOf({ ...valid, lines: [{ sku: 'A', quantity: 1, unitPrice: 100 }] })).toBe('PRICE_NOT_ALLOWED');
    expect(codeOf({ ...valid, channel: 'MARKETPLACE', lines: [{ sku: 'A', quantity: 1, unitPrice: -1 }] })).toBe('INVALID_PRICE');
    expect(codeOf({ ...valid, currency: 'USD' })).toBe('UNSUPPORTED_CURRENCY');
    expect(codeOf({ ...valid, guestEmail: null })).toBe('GUEST_EMAIL_REQUIRED');
    expect(codeOf({ ...valid, guestEmail: 'not-an-email' })).toBe('INVALID_EMAIL');
    expect(codeOf({ ...valid, customerId: 'customer-42' })).toBe('UNKNOWN_CUSTOMER');
    expect(codeOf({ ...valid, delivery: { method: 'SHIP' } })).toBe('INVALID_ADDRESS');
    expect(codeOf({ ...valid, delivery: { method: 'PICKUP' } })).toBe('PICKUP_LOCATION_REQUIRED');
    expect(codeOf({ ...valid, delivery: { method: 'RESERVE_IN_STORE', pickupLocationId: 'ST-LYON' } })).toBe('PICKUP_LOCATION_INVALID');
    expect(codeOf({ ...valid, reservationId: 'cart-1' })).toBe('RESERVATION_INVALID');
    expect(codeOf({ ...valid, idempotencyKey: '' })).toBe('BAD_USER_INPUT');
    expect(codeOf({ ...valid, idempotencyKey: 'k'.repeat(256) })).toBe('BAD_USER_INPUT');
  });

  it('lets trusted channels send their prices, and pickup orders skip the address', () => {
    expect(validateOrderRequest({ ...valid, channel: 'MARKETPLACE', lines: [{ sku: 'A', quantity: 1, unitPrice: 1234 }] }).lines[0]?.unitPrice).toBe(1234);
    expect(validateOrderRequest({ ...valid, delivery: { method: 'PICKUP', pickupLocationId: STORE_ID.toUpperCase() } }).delivery).toEqual({
      method: 'PICKUP',
      address: null,
      pickupLocationId: STORE_ID,
      latitude: null,
      longitude: null,
      serviceLevel: null,
    });
  });
});
