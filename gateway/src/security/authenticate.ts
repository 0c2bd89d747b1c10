import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ANONYMOUS,
  checkJwtTimes,
  CUSTOMER_SCOPES,
  decodeJwt,
  scopesForRoles,
  verifyHs256,
  type JwtClaims,
  type Logger,
  type Principal,
  type ServiceClient,
  type StaffRole,
} from '@oms/platform';
import { GraphQLError } from 'graphql';

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

export interface AuthenticatorOptions {
  jwtSecret: string;
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
  #jwks: Promise<Map<string, KeyObject>> | undefined;
  readonly #flushTimer: NodeJS.Timeout;

  constructor(options: AuthenticatorOptions) {
    this.#options = options;
    this.#flushTimer = setInterval(() => void this.flushUsage(), 5_000);
    this.#flushTimer.unref();
  }

  async authenticate(authorization: string | undefined, apiKeyHeader: string | undefined): Promise<Principal> {
    const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
    if (authorization && !bearer) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    const token = apiKeyHeader?.trim() || bearer;
    if (!token) return ANONYMOUS;
    return token.startsWith(API_KEY_PREFIX) ? this.#apiKey(token) : this.#jwt(token);
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

  async #keys(): Promise<Map<string, KeyObject>> {
    this.#jwks ??= (async () => {
      const { jwksUrl, jwksFile } = this.#options;
      const document = jwksFile
        ? (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: (Record<string, unknown> & { kid?: string })[] })
        : jwksUrl
          ? ((await (await fetch(jwksUrl, { signal: AbortSignal.timeout(5_000) })).json()) as { keys: (Record<string, unknown> & { kid?: string })[] })
          : { keys: [] };
      return new Map(document.keys.map((jwk, index) => [jwk.kid ?? String(index), createPublicKey({ key: jwk as never, format: 'jwk' })]));
    })();
    return this.#jwks;
  }

  async #jwt(token: string): Promise<Principal> {
    const decoded = decodeJwt(token);
    if (!decoded) throw new AuthenticationError('malformed bearer token');
    const alg = decoded.header['alg'];
    let claims: JwtClaims;
    if (alg === 'HS256') {
      const verified = verifyHs256(token, this.#options.jwtSecret);
      if (!verified.ok) throw new AuthenticationError(verified.reason);
      claims = verified.claims;
    } else if (alg === 'RS256' || alg === 'ES256') {
      const keys = await this.#keys();
      const kid = typeof decoded.header['kid'] === 'string' ? decoded.header['kid'] : undefined;
      const key = kid ? keys.get(kid) : keys.size === 1 ? [...keys.values()][0] : undefined;
      if (!key) throw new AuthenticationError('no key to verify this token');
      const valid = verifySignature('sha256', Buffer.from(decoded.signingInput), alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, decoded.signature);
      if (!valid) throw new AuthenticationError('invalid token signature');
      const problem = checkJwtTimes(decoded.claims);
      if (problem) throw new AuthenticationError(problem);
      claims = decoded.claims;
    } else {
      throw new AuthenticationError('unsupported token algorithm');
    }
    return principalFromClaims(claims);
  }
}

/** Staff tokens carry roles (and a store for associates); customer tokens carry the customer id. */
export function principalFromClaims(claims: JwtClaims): Principal {
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
