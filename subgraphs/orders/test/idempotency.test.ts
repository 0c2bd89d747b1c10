import { describe, expect, it } from 'vitest';
import { canonicalJson, requestFingerprint } from '../src/domain/idempotency.ts';

describe('request fingerprints', () => {
  it('ignore key order, absent versus null members, and the idempotency key itself', () => {
    const a = requestFingerprint({ idempotencyKey: 'k1', channel: 'WEB', lines: [{ sku: 'A', quantity: 1 }], reservationId: null });
    const b = requestFingerprint({ lines: [{ quantity: 1, sku: 'A' }], channel: 'WEB', idempotencyKey: 'k2' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('change with anything else', () => {
    const a = requestFingerprint({ idempotencyKey: 'k', lines: [{ sku: 'A', quantity: 1 }] });
    expect(requestFingerprint({ idempotencyKey: 'k', lines: [{ sku: 'A', quantity: 2 }] })).not.toBe(a);
    expect(requestFingerprint({ idempotencyKey: 'k', lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] })).not.toBe(a);
  });

  it('serialize canonically', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', null], c: undefined })).toBe('{"a":[true,"x",null],"b":1}');
  });
});
