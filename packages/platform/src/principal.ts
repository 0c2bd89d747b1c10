import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
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

/**
 * A signed principal is valid for this long after it was signed: enough for a request in flight,
 * too short to replay a captured header later. One signed in the future (beyond clock skew) is refused.
 */
export const PRINCIPAL_VALIDITY_MS = 30_000;
const CLOCK_SKEW_MS = 5_000;

const envelopeSchema = z.object({
  principal: principalSchema,
  issuedAt: z.number().int(),
  /** The service the header is for: a header captured at one subgraph is refused by the others. */
  audience: z.string(),
  /** The operation it is for (see `operationBinding`): refused with any other query or variables. */
  operation: z.string().optional(),
  clientIp: z.string().optional(),
});

function hmac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** What binds a signed principal to one operation: a hash of its query and variables as sent. */
export function operationBinding(query: unknown, variables: unknown): string {
  return createHash('sha256')
    .update(typeof query === 'string' ? query : '')
    .update('\n')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export interface PrincipalBinding {
  /** The service the principal is sent to (its name: orders, inventory, …). */
  audience: string;
  /** `operationBinding(query, variables)` of the request it travels with; absent for a connection. */
  operation?: string | undefined;
  now?: number;
  clientIp?: string | undefined;
}

export function signPrincipal(principal: Principal, secret: string, binding: PrincipalBinding): Record<string, string> {
  const { audience, operation, now = Date.now(), clientIp } = binding;
  const payload = Buffer.from(JSON.stringify({ principal, issuedAt: now, audience, ...(operation ? { operation } : {}), ...(clientIp ? { clientIp } : {}) })).toString('base64url');
  return { [PRINCIPAL_HEADER]: payload, [SIGNATURE_HEADER]: hmac(secret, payload).toString('base64url') };
}

export type PrincipalVerification =
  | { ok: true; principal: Principal; clientIp?: string | undefined }
  | { ok: false; reason: string };

/**
 * Checks a signed principal: signature, age (seconds), not from the future, meant for this service
 * (`audience`) and, when `operation` is given, for this very operation.
 */
export function verifyPrincipal(
  payload: string | undefined,
  signature: string | undefined,
  secret: string,
  expected: { audience: string; operation?: string | undefined; now?: number },
): PrincipalVerification {
  if (!payload || !signature) return { ok: false, reason: 'missing signed principal' };
  const wanted = hmac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
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
  const now = expected.now ?? Date.now();
  const { issuedAt, audience, operation } = envelope.data;
  if (issuedAt > now + CLOCK_SKEW_MS) return { ok: false, reason: 'principal signed in the future' };
  if (now - issuedAt > PRINCIPAL_VALIDITY_MS) return { ok: false, reason: 'expired principal' };
  if (audience !== expected.audience) return { ok: false, reason: 'principal meant for another service' };
  if (expected.operation !== undefined && operation !== expected.operation) return { ok: false, reason: 'principal meant for another operation' };
  return { ok: true, principal: envelope.data.principal, ...(envelope.data.clientIp ? { clientIp: envelope.data.clientIp } : {}) };
}
