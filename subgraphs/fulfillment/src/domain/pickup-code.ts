import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

const CODE = /^\d{6}$/;

/** A fresh 6-digit pickup code, uniformly random. */
export function generatePickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What is stored instead of the code: an HMAC keyed with a server secret and bound to the
 * fulfillment order, so a leaked table does not give the codes away (a plain hash of 6 digits would).
 */
export function hashPickupCode(secret: string, fulfillmentOrderId: string, code: string): string {
  return createHmac('sha256', secret).update(`${fulfillmentOrderId}:${code}`).digest('hex');
}

/** True when `code` is the one issued for this fulfillment order (constant-time comparison). */
export function pickupCodeMatches(secret: string, fulfillmentOrderId: string, code: string, storedHash: string | null | undefined): boolean {
  const candidate = code.trim();
  if (!storedHash || !CODE.test(candidate)) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const given = Buffer.from(hashPickupCode(secret, fulfillmentOrderId, candidate), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
