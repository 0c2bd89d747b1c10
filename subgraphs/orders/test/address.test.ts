import { describe, expect, it } from 'vitest';
import { validateShippingAddress, type AddressCommand } from '../src/domain/address.ts';

const base: AddressCommand = { name: 'Camille Martin', line1: '14 rue de la République', city: 'Lyon', postalCode: '69002', country: 'FR' };

function postalCode(country: string, code: string): string {
  return validateShippingAddress({ ...base, country, postalCode: code }).postalCode;
}

function rejects(address: Partial<AddressCommand>, field: string) {
  expect(() => validateShippingAddress({ ...base, ...address })).toThrow(expect.objectContaining({ code: 'INVALID_ADDRESS', details: expect.objectContaining({ field }) }));
}

describe('validateShippingAddress', () => {
  it('accepts and normalizes postal codes of every supported country', () => {
    expect(postalCode('FR', '69002')).toBe('69002');
    expect(postalCode('de', '10115')).toBe('10115');
    expect(postalCode('ES', '28013')).toBe('28013');
    expect(postalCode('IT', '00184')).toBe('00184');
    expect(postalCode('BE', '1000')).toBe('1000');
    expect(postalCode('AT', '1010')).toBe('1010');
    expect(postalCode('CH', '8001')).toBe('8001');
    expect(postalCode('LU', 'L-1450')).toBe('1450');
    expect(postalCode('NL', '1012ab')).toBe('1012 AB');
    expect(postalCode('NL', '1012 AB')).toBe('1012 AB');
    expect(postalCode('PT', '1100-148')).toBe('1100-148');
    expect(postalCode('GB', 'sw1a1aa')).toBe('SW1A 1AA');
    expect(postalCode('GB', 'M1 1AE')).toBe('M1 1AE');
    expect(postalCode('IE', 'D02 X285')).toBe('D02 X285');
  });

  it('rejects postal codes of the wrong shape', () => {
    rejects({ postalCode: '6900' }, 'postalCode');
    rejects({ country: 'BE', postalCode: '10000' }, 'postalCode');
    rejects({ country: 'NL', postalCode: '1012' }, 'postalCode');
    rejects({ country: 'GB', postalCode: 'SW1A' }, 'postalCode');
    rejects({ country: 'PT', postalCode: '1100148' }, 'postalCode');
  });

  it('rejects countries we do not deliver to and missing fields', () => {
    rejects({ country: 'US', postalCode: '10001' }, 'country');
    rejects({ country: 'France' }, 'country');
    rejects({ name: '  ' }, 'name');
    rejects({ line1: '' }, 'line1');
    rejects({ city: '' }, 'city');
    rejects({ latitude: 91 }, 'latitude');
  });

  it('trims and keeps optional fields', () => {
    expect(validateShippingAddress({ ...base, name: ' Camille ', line2: ' ', region: 'Rhône' })).toEqual({
      name: 'Camille',
      line1: base.line1,
      line2: null,
      city: 'Lyon',
      postalCode: '69002',
      region: 'Rhône',
      country: 'FR',
    });
  });
});
