import { createHmac } from 'node:crypto';

/** Issuing HS256 tokens (staff sign-in, tests); the gateway verifies them with `jose`. */
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
