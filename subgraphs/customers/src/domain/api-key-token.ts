import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Partner tokens: `oms_<prefix>_<secret>`. The prefix (lower-case letters and digits, so it never
 * contains the separator) finds the key; the secret is 32 random bytes in base64url. High-entropy
 * secrets need no slow hash: SHA-256 is what is stored and compared.
 */
const TOKEN = /^oms_([a-z0-9]{8,12})_([A-Za-z0-9_-]{43})$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 10;
const SECRET_BYTES = 32;

export interface ApiKeyToken {
  prefix: string;
  secret: string;
}

export function newApiKeyPrefix(): string {
  let prefix = '';
  for (let index = 0; index < PREFIX_LENGTH; index++) prefix += PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)];
  return prefix;
}

export function newApiKeySecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

export function formatApiKeyToken({ prefix, secret }: ApiKeyToken): string {
  return `oms_${prefix}_${secret}`;
}

/** The prefix and secret of a well-formed token; undefined for anything else. */
export function parseApiKeyToken(token: string): ApiKeyToken | undefined {
  const match = TOKEN.exec(token);
  return match ? { prefix: match[1]!, secret: match[2]! } : undefined;
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameHash(secret: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false;
  const given = createHash('sha256').update(secret).digest();
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored);
}

/** What token verification needs to know about a key. */
export interface ApiKeyCredentials {
  secretHash: string;
  previousSecretHash?: string | null | undefined;
  retiresAt?: Date | null | undefined;
  expiresAt?: Date | null | undefined;
  revokedAt?: Date | null | undefined;
}

export type ApiKeyVerification = { valid: true; validUntil: Date | null } | { valid: false };

function earliest(...dates: (Date | null | undefined)[]): Date | null {
  const present = dates.filter((date): date is Date => date instanceof Date);
  return present.length === 0 ? null : new Date(Math.min(...present.map((date) => date.getTime())));
}

/**
 * Checks a presented secret against a key: the current secret, or the previous one during a
 * rotation overlap. `validUntil` tells the gateway how long it may cache the answer.
 */
export function verifyApiKeySecret(key: ApiKeyCredentials, secret: string, now: Date = new Date()): ApiKeyVerification {
  if (key.revokedAt) return { valid: false };
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return { valid: false };
  // Both comparisons always run, so timing does not tell which secret matched.
  const current = sameHash(secret, key.secretHash);
  const previous = sameHash(secret, key.previousSecretHash);
  if (current) return { valid: true, validUntil: earliest(key.expiresAt) };
  if (previous && key.retiresAt && key.retiresAt.getTime() > now.getTime()) {
    return { valid: true, validUntil: earliest(key.expiresAt, key.retiresAt) };
  }
  return { valid: false };
}
