import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted and absent/null members dropped, so two inputs that mean the same
 * (key order, an explicit null for an omitted optional field) serialize the same. Array order counts.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== null && member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical request without its idempotency key: what "the same request" means. */
export function requestFingerprint(request: object, keyField = 'idempotencyKey'): string {
  const { [keyField]: _key, ...rest } = request as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
