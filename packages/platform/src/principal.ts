import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Who is calling, as verified by the gateway. Subgraphs trust nothing else. */
export const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('customer'), customerId: z.string(), scopes: z.array(z.string()) }),
  z.object({
    kind: z.literal('staff'),
    staffId: z.string(),
    roles: z.array(z.enum(['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE'])),
    scopes: z.array(z.string()),
    storeId: z.string().optional(),
  }),
  z.object({
    kind: z.literal('partner'),
    keyId: z.string(),
    scopes: z.array(z.string()),
    channel: z.string().optional(),
    locationIds: z.array(z.string()).optional(),
    /** Only operations of the safelist (persisted operations) may run with this key. */
    persistedOperationsOnly: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('service'), service: z.string() }),
]);

export type Principal = z.infer<typeof principalSchema>;

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

export const PRINCIPAL_HEADER = 'x-oms-principal';
export const SIGNATURE_HEADER = 'x-oms-signature';
export const REQUEST_ID_HEADER = 'x-request-id';

/** A signed header older than this is refused, so a captured one cannot be replayed for long. */
const MAX_AGE_MS = 5 * 60 * 1000;

const envelopeSchema = z.object({ principal: principalSchema, issuedAt: z.number().int(), clientIp: z.string().optional() });

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signPrincipal(
  principal: Principal,
  secret: string,
  now: number = Date.now(),
  clientIp?: string,
): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ principal, issuedAt: now, ...(clientIp ? { clientIp } : {}) })).toString('base64url');
  return { [PRINCIPAL_HEADER]: payload, [SIGNATURE_HEADER]: hmac(secret, payload).toString('base64url') };
}

export type PrincipalVerification =
  | { ok: true; principal: Principal; clientIp?: string | undefined }
  | { ok: false; reason: string };

export function verifyPrincipal(
  payload: string | undefined,
  signature: string | undefined,
  secret: string,
  now: number = Date.now(),
): PrincipalVerification {
  if (!payload || !signature) return { ok: false, reason: 'missing signed principal' };
  const expected = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid principal signature' };
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed principal' };
  }
  const envelope = envelopeSchema.safeParse(decoded);
  if (!envelope.success) return { ok: false, reason: 'malformed principal' };
  if (Math.abs(now - envelope.data.issuedAt) > MAX_AGE_MS) return { ok: false, reason: 'expired principal' };
  return { ok: true, principal: envelope.data.principal, ...(envelope.data.clientIp ? { clientIp: envelope.data.clientIp } : {}) };
}
