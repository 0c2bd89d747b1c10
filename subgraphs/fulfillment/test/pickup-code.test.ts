import { describe, expect, it } from 'vitest';
import { generatePickupCode, hashPickupCode, pickupCodeMatches } from '../src/domain/pickup-code.ts';

const SECRET = 'a-pickup-code-secret-of-32-characters!';

describe('pickup codes', () => {
  it('are 6 digits, and vary', () => {
    const codes = Array.from({ length: 200 }, generatePickupCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are kept as an HMAC bound to the fulfillment order, never in clear', () => {
    const hash = hashPickupCode(SECRET, 'fo-1', '012345');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('012345');
    expect(hashPickupCode(SECRET, 'fo-2', '012345')).not.toBe(hash);
    expect(hashPickupCode('another-secret-of-thirty-two-chars!!', 'fo-1', '012345')).not.toBe(hash);
  });

  it('match only the issued code of that order', () => {
    const hash = hashPickupCode(SECRET, 'fo-1', '012345');
    expect(pickupCodeMatches(SECRET, 'fo-1', '012345', hash)).toBe(true);
    expect(pickupCodeMatches(SECRET, 'fo-1', ' 012345 ', hash)).toBe(true);
    expect(pickupCodeMatches(SECRET, 'fo-1', '012346', hash)).toBe(false);
    expect(pickupCodeMatches(SECRET, 'fo-2', '012345', hash)).toBe(false);
    expect(pickupCodeMatches(SECRET, 'fo-1', '12345', hash)).toBe(false);
    expect(pickupCodeMatches(SECRET, 'fo-1', '012345', null)).toBe(false);
  });
});
