import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ANONYMOUS,
  CUSTOMER_SCOPES,
  scopesForRoles,
  type Logger,
  type Principal,
  type ServiceClient,
  type StaffRole,
} from '@oms/platform';
import { GraphQLError } from 'graphql';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

export class AuthenticationError extends GraphQLError {
  constructor(reason: string) {
    super(`Authentication failed: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

const API_KEY_PREFIX = 'oms_';
const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE'];

interface ApiKeyGrant {
  keyId: string;
  name: string;
  scopes: string[];
  channel: string | null;
  locationIds: string[];
  validUntil: string | null;
  persistedOperationsOnly: boolean;
}

interface CachedGrant {
  principal: Principal | undefined;
  keyId: string | undefined;
  until: number;
}

/** Who is calling, and until when their credentials hold (a bearer token's `exp`). */
export interface Identity {
  principal: Principal;
  expiresAt?: number | undefined;
}

export interface AuthenticatorOptions {
  jwtSecret: string;
  /** `iss` of the HS256 tokens this OMS issues (staff sign-in). */
  issuer: string;
  /** `iss` of the external identity provider's tokens (required with a JWKS). */
  jwksIssuer?: string | undefined;
  /** `aud` every bearer token must carry. */
  audience: string;
  /** JWKS (public keys) for RS256/ES256 tokens from an external identity provider: a URL or a file. */
  jwksUrl?: string | undefined;
  jwksFile?: string | undefined;
  /** Client of the customers service, which owns partner API keys. */
  identity: ServiceClient;
  logger: Logger;
  /** How long a verified API key is trusted without asking again (revocations through this gateway apply at once). */
  apiKeyCacheMs?: number;
}

const GRANT_QUERY = /* GraphQL */ `
  query Grant($token: String!) { apiKeyByToken(token: $token) { keyId name scopes channel locationIds validUntil persistedOperationsOnly } }
`;
const USAGE_MUTATION = /* GraphQL */ `
  mutation Usage($usages: [ApiKeyUsageInput!]!) { recordApiKeyUsage(usages: $usages) }
`;

/**
 * Turns credentials into a principal, at the gateway only: partner API keys (`oms_…`, verified by
 * the customers service and cached briefly), bearer JWTs of staff and customers (HS256 with the
 * shared secret, or RS256/ES256 against a JWKS). No credentials → anonymous; bad ones → 401.
 */
export class Authenticator {
  readonly #options: AuthenticatorOptions;
  readonly #grants = new Map<string, CachedGrant>();
  readonly #usage = new Map<string, { count: number; lastUsedAt: Date }>();
  readonly #secret: Uint8Array;
  readonly #jwks: JWTVerifyGetKey | undefined;
  readonly #flushTimer: NodeJS.Timeout;

  constructor(options: AuthenticatorOptions) {
    this.#options = options;
    this.#secret = new TextEncoder().encode(options.jwtSecret);
    // A remote key set is fetched on first use and again for an unknown `kid` (at most every 30 s);
    // a failed fetch is not remembered, so the next token tries again.
    this.#jwks = options.jwksFile
      ? createLocalJWKSet(JSON.parse(readFileSync(options.jwksFile, 'utf8')) as Parameters<typeof createLocalJWKSet>[0])
      : options.jwksUrl
        ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 })
        : undefined;
    this.#flushTimer = setInterval(() => void this.flushUsage(), 5_000);
    this.#flushTimer.unref();
  }

  /** The caller and the expiry of their credentials; no credentials → anonymous, bad ones → 401. */
  async identify(authorization: string | undefined, apiKeyHeader: string | undefined): Promise<Identity> {
    const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
    if (authorization && !bearer) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    const token = apiKeyHeader?.trim() || bearer;
    if (!token) return { principal: ANONYMOUS };
    return token.startsWith(API_KEY_PREFIX) ? { principal: await this.#apiKey(token) } : this.#jwt(token);
  }

  /** Forget a key at once (called when this gateway forwards its revocation or rotation). */
  forgetKey(keyId: string): void {
    for (const [hash, grant] of this.#grants) if (grant.keyId === keyId) this.#grants.delete(hash);
  }

  async #apiKey(token: string): Promise<Principal> {
    const hash = createHash('sha256').update(token).digest('base64url');
    const now = Date.now();
    let cached = this.#grants.get(hash);
    if (!cached || cached.until <= now) {
      const { apiKeyByToken: grant } = await this.#options.identity.request<{ apiKeyByToken: ApiKeyGrant | null }>(GRANT_QUERY, { token });
      const ttl = this.#options.apiKeyCacheMs ?? 5_000;
      cached = grant
        ? {
            keyId: grant.keyId,
            principal: {
              kind: 'partner',
              keyId: grant.keyId,
              scopes: grant.scopes,
              ...(grant.channel ? { channel: grant.channel } : {}),
              ...(grant.locationIds.length ? { locationIds: grant.locationIds } : {}),
              ...(grant.persistedOperationsOnly ? { persistedOperationsOnly: true } : {}),
            },
            until: Math.min(now + ttl, grant.validUntil ? Date.parse(grant.validUntil) : Infinity),
          }
        : { keyId: undefined, principal: undefined, until: now + ttl };
      if (this.#grants.size > 10_000) this.#grants.clear();
      this.#grants.set(hash, cached);
    }
    if (!cached.principal || !cached.keyId) throw new AuthenticationError('unknown, revoked or expired API key');
    const usage = this.#usage.get(cached.keyId) ?? { count: 0, lastUsedAt: new Date(now) };
    usage.count++;
    usage.lastUsedAt = new Date(now);
    this.#usage.set(cached.keyId, usage);
    return cached.principal;
  }

  async flushUsage(): Promise<void> {
    if (this.#usage.size === 0) return;
    const usages = [...this.#usage].map(([keyId, usage]) => ({ keyId, count: usage.count, lastUsedAt: usage.lastUsedAt.toISOString() }));
    this.#usage.clear();
    try {
      await this.#options.identity.request(USAGE_MUTATION, { usages });
    } catch (error) {
      this.#options.logger.warn({ err: error }, 'could not record API key usage');
    }
  }

  async #jwt(token: string): Promise<Identity> {
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationError('malformed bearer token');
    }
    const checks = { audience: this.#options.audience, requiredClaims: ['exp', 'sub'], clockTolerance: 30 };
    try {
      const { payload } =
        alg === 'HS256'
          ? await jwtVerify(token, this.#secret, { ...checks, issuer: this.#options.issuer, algorithms: ['HS256'] })
          : this.#jwks && (alg === 'RS256' || alg === 'ES256')
            ? await jwtVerify(token, this.#jwks, { ...checks, issuer: this.#options.jwksIssuer ?? this.#options.issuer, algorithms: ['RS256', 'ES256'] })
            : { payload: undefined };
      if (!payload) throw new AuthenticationError('unsupported token algorithm');
      return { principal: principalFromClaims(payload), expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(reasonOf(error));
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `token ${error.claim === 'nbf' ? 'not yet valid' : `claim "${error.claim}" refused`}`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no key to verify this token';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'invalid token signature';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError) return error instanceof joseErrors.JWKSTimeout ? 'identity provider keys unavailable' : 'invalid bearer token';
  return 'invalid bearer token';
}

/** Staff tokens carry roles (and a store for associates); customer tokens carry the customer id. */
export function principalFromClaims(claims: JWTPayload): Principal {
  if (typeof claims.sub !== 'string') throw new AuthenticationError('token without subject');
  const kind = claims['kind'];
  if (kind === 'staff') {
    const roles = Array.isArray(claims['roles']) ? claims['roles'].filter((role): role is StaffRole => STAFF_ROLES.includes(role as StaffRole)) : [];
    if (roles.length === 0) throw new AuthenticationError('a staff token needs at least one role');
    const storeId = typeof claims['storeId'] === 'string' ? claims['storeId'] : undefined;
    if (roles.includes('STORE_ASSOCIATE') && !storeId) throw new AuthenticationError('a store associate token needs a storeId');
    return { kind: 'staff', staffId: claims.sub, roles, scopes: scopesForRoles(roles), ...(storeId ? { storeId } : {}) };
  }
  if (kind === 'customer' || kind === undefined) {
    return { kind: 'customer', customerId: claims.sub, scopes: [...CUSTOMER_SCOPES] };
  }
  throw new AuthenticationError('unknown token kind');
}
