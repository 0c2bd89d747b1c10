import { createHmac, timingSafeEqual } from 'node:crypto';

/** A minimal HS256 JWT: enough to issue staff tokens and verify them at the gateway. */
export interface JwtClaims {
  sub: string;
  iss?: string;
  aud?: string;
  iat?: number;
  exp?: number;
  [claim: string]: unknown;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `iss` and `aud` of the tokens this OMS issues; the gateway refuses tokens without them. */
export const OMS_TOKEN_ISSUER = 'oms';
export const OMS_TOKEN_AUDIENCE = 'oms-api';

export function signJwt(claims: JwtClaims, secret: string): string {
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iss: OMS_TOKEN_ISSUER, aud: OMS_TOKEN_AUDIENCE, ...claims })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

export type JwtVerification = { ok: true; claims: JwtClaims; header: Record<string, unknown> } | { ok: false; reason: string };

/** Splits and decodes a JWT without checking its signature (the caller picks the key by `alg`/`kid`). */
export function decodeJwt(token: string): { header: Record<string, unknown>; claims: JwtClaims; signingInput: string; signature: Buffer } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as JwtClaims;
    if (typeof claims !== 'object' || claims === null || typeof claims.sub !== 'string') return undefined;
    return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2]!, 'base64url') };
  } catch {
    return undefined;
  }
}

/** Checks time claims with a little clock skew allowance. */
export function checkJwtTimes(claims: JwtClaims, now = Date.now(), skewSeconds = 30): string | undefined {
  const seconds = Math.floor(now / 1000);
  if (typeof claims.exp === 'number' && claims.exp + skewSeconds < seconds) return 'token expired';
  if (typeof claims['nbf'] === 'number' && (claims['nbf'] as number) - skewSeconds > seconds) return 'token not yet valid';
  return undefined;
}

export function verifyHs256(token: string, secret: string, now = Date.now()): JwtVerification {
  const decoded = decodeJwt(token);
  if (!decoded) return { ok: false, reason: 'malformed token' };
  if (decoded.header['alg'] !== 'HS256') return { ok: false, reason: 'unsupported token algorithm' };
  const expected = createHmac('sha256', secret).update(decoded.signingInput).digest();
  if (expected.length !== decoded.signature.length || !timingSafeEqual(expected, decoded.signature)) {
    return { ok: false, reason: 'invalid token signature' };
  }
  const problem = checkJwtTimes(decoded.claims, now);
  return problem ? { ok: false, reason: problem } : { ok: true, claims: decoded.claims, header: decoded.header };
}
