import { describe, expect, it } from 'vitest';
import {
  formatApiKeyToken,
  hashApiKeySecret,
  newApiKeyPrefix,
  newApiKeySecret,
  parseApiKeyToken,
  verifyApiKeySecret,
} from '../src/domain/api-key-token.ts';

const NOW = new Date('2026-11-22T10:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('API key tokens', () => {
  it('round-trip: a new token parses back into its prefix and secret', () => {
    const prefix = newApiKeyPrefix();
    const secret = newApiKeySecret();
    expect(prefix).toMatch(/^[a-z0-9]{10}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(parseApiKeyToken(formatApiKeyToken({ prefix, secret }))).toEqual({ prefix, secret });
  });

  it('parses secrets that contain the separator', () => {
    const secret = `_${'a'.repeat(20)}_${'b'.repeat(21)}`;
    expect(parseApiKeyToken(`oms_abcdefgh12_${secret}`)).toEqual({ prefix: 'abcdefgh12', secret });
  });

  it('rejects anything else', () => {
    const secret = 'A'.repeat(43);
    for (const token of ['', 'oms_', `abc_abcdefgh12_${secret}`, `oms_ABCDEFGH12_${secret}`, `oms_abc_${secret}`, `oms_abcdefgh12_${secret}A`, `oms_abcdefgh12_${'A'.repeat(42)}`, `oms_abcdefgh12_${'A'.repeat(42)}=`]) {
      expect(parseApiKeyToken(token), token).toBeUndefined();
    }
  });

  it('hashes secrets with SHA-256 (hex) and never keeps the secret', () => {
    const secret = newApiKeySecret();
    const hash = hashApiKeySecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
  });
});

describe('verifyApiKeySecret', () => {
  const current = newApiKeySecret();
  const previous = newApiKeySecret();
  const key = { secretHash: hashApiKeySecret(current) };

  it('accepts the current secret; validUntil is the expiry', () => {
    expect(verifyApiKeySecret(key, current, NOW)).toEqual({ valid: true, validUntil: null });
    expect(verifyApiKeySecret({ ...key, expiresAt: later(60) }, current, NOW)).toEqual({ valid: true, validUntil: later(60) });
  });

  it('refuses a wrong secret, a revoked key and an expired key', () => {
    expect(verifyApiKeySecret(key, newApiKeySecret(), NOW).valid).toBe(false);
    expect(verifyApiKeySecret({ ...key, revokedAt: later(-1) }, current, NOW).valid).toBe(false);
    expect(verifyApiKeySecret({ ...key, expiresAt: NOW }, current, NOW).valid).toBe(false);
  });

  it('accepts the previous secret until it retires, and says so in validUntil', () => {
    const rotated = { ...key, previousSecretHash: hashApiKeySecret(previous), retiresAt: later(3600) };
    expect(verifyApiKeySecret(rotated, previous, NOW)).toEqual({ valid: true, validUntil: later(3600) });
    expect(verifyApiKeySecret({ ...rotated, expiresAt: later(60) }, previous, NOW)).toEqual({ valid: true, validUntil: later(60) });
    expect(verifyApiKeySecret(rotated, current, NOW)).toEqual({ valid: true, validUntil: null });
    expect(verifyApiKeySecret(rotated, previous, later(3600)).valid).toBe(false);
    expect(verifyApiKeySecret({ ...rotated, retiresAt: null }, previous, NOW).valid).toBe(false);
  });
});
