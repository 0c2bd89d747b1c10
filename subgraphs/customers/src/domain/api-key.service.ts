import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { actorOf, DomainError, inTransaction, isUuid, recordAudit, requireService, type EntityManager } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { ApiKey } from '../entities/api-key.entity.ts';
import { parseApiKeyRequest, parseRotationOverlap, type ApiKeyRequest } from './api-key-input.ts';
import {
  formatApiKeyToken,
  hashApiKeySecret,
  newApiKeyPrefix,
  newApiKeySecret,
  parseApiKeyToken,
  verifyApiKeySecret,
} from './api-key-token.ts';
import { requireAdmin } from './access.ts';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The full token; exists only in this answer. */
  token: string;
}

/** What the gateway may trust about a presented token. */
export interface ApiKeyGrant {
  keyId: string;
  name: string;
  scopes: string[];
  channel: string | null;
  locationIds: string[];
  validUntil: Date | null;
  persistedOperationsOnly: boolean;
}

export interface ApiKeyUsage {
  keyId: string;
  count: number;
  lastUsedAt: Date;
}

/** An audit snapshot of a key: its settings and state, never a secret or a hash. */
export function apiKeySnapshot(key: ApiKey): Record<string, unknown> {
  return {
    name: key.name,
    prefix: key.prefix,
    scopes: [...key.scopes],
    channel: key.channel ?? null,
    locationIds: [...key.locationIds],
    expiresAt: key.expiresAt?.toISOString() ?? null,
    persistedOperationsOnly: key.persistedOperationsOnly,
    revokedAt: key.revokedAt?.toISOString() ?? null,
    retiresAt: key.retiresAt?.toISOString() ?? null,
  };
}

function audit(ctx: CustomersContext, em: EntityManager, action: string, key: ApiKey, before: unknown): void {
  recordAudit(
    { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action, entityType: 'ApiKey', entityId: key.id, before, after: apiKeySnapshot(key) },
  );
}

export async function listApiKeys(ctx: CustomersContext, includeRevoked: boolean): Promise<ApiKey[]> {
  requireAdmin(ctx.principal);
  return ctx.em.find(ApiKey, includeRevoked ? {} : { revokedAt: null }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

export async function createApiKey(ctx: CustomersContext, request: ApiKeyRequest): Promise<CreatedApiKey> {
  const admin = requireAdmin(ctx.principal);
  const settings = parseApiKeyRequest(request);
  const prefix = newApiKeyPrefix();
  const secret = newApiKeySecret();
  const apiKey = ctx.em.create(ApiKey, {
    id: randomUUID(),
    ...settings,
    prefix,
    secretHash: hashApiKeySecret(secret),
    previousSecretHash: null,
    retiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
    usageCount: 0,
    createdBy: actorOf(admin),
    createdAt: new Date(),
  });
  audit(ctx, ctx.em, 'createApiKey', apiKey, null);
  await ctx.em.flush();
  return { apiKey, token: formatApiKeyToken({ prefix, secret }) };
}

/** Runs a change to one key under a row lock, so concurrent revocations and rotations serialise. */
async function changeKey<T>(ctx: CustomersContext, id: string, change: (em: EntityManager, key: ApiKey) => T): Promise<T> {
  requireAdmin(ctx.principal);
  if (!isUuid(id)) throw new DomainError('NOT_FOUND', `No API key ${id}.`, { id });
  return inTransaction(ctx.em, async (em) => {
    const key = await em.findOne(ApiKey, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!key) throw new DomainError('NOT_FOUND', `No API key ${id}.`, { id });
    return change(em, key);
  });
}

/** Revokes at once; revoking a revoked key changes (and audits) nothing. */
export function revokeApiKey(ctx: CustomersContext, id: string): Promise<ApiKey> {
  return changeKey(ctx, id, (em, key) => {
    if (key.revokedAt) return key;
    const before = apiKeySnapshot(key);
    key.revokedAt = new Date();
    audit(ctx, em, 'revokeApiKey', key, before);
    return key;
  });
}

/**
 * Issues a new secret. The current one becomes the previous one, valid for the overlap; a secret
 * still in an earlier overlap stops working now (at most two secrets are ever valid).
 */
export function rotateApiKey(ctx: CustomersContext, id: string, overlapSeconds: number | null | undefined): Promise<CreatedApiKey> {
  const overlap = parseRotationOverlap(overlapSeconds);
  return changeKey(ctx, id, (em, key) => {
    if (key.revokedAt) throw new DomainError('CONFLICT', 'A revoked key cannot be rotated; create a new one.', { id });
    const before = apiKeySnapshot(key);
    const secret = newApiKeySecret();
    key.previousSecretHash = key.secretHash;
    key.retiresAt = new Date(Date.now() + overlap * 1000);
    key.secretHash = hashApiKeySecret(secret);
    audit(ctx, em, 'rotateApiKey', key, before);
    return { apiKey: key, token: formatApiKeyToken({ prefix: key.prefix, secret }) };
  });
}

/** Internal (gateway): the grant of a valid token, null for anything else. One indexed lookup. */
export async function findApiKeyGrant(ctx: CustomersContext, token: string): Promise<ApiKeyGrant | null> {
  requireService(ctx.principal);
  const parsed = parseApiKeyToken(token);
  if (!parsed) return null;
  const key = await ctx.em.findOne(ApiKey, { prefix: parsed.prefix });
  if (!key) return null;
  const verification = verifyApiKeySecret(key, parsed.secret);
  if (!verification.valid) return null;
  return {
    keyId: key.id,
    name: key.name,
    scopes: [...key.scopes],
    channel: key.channel ?? null,
    locationIds: [...key.locationIds],
    validUntil: verification.validUntil,
    persistedOperationsOnly: key.persistedOperationsOnly,
  };
}

/**
 * Internal (gateway): adds batched usage in one statement. Several entries for one key are summed;
 * `lastUsedAt` only moves forward, so batches may arrive in any order, and never beyond the
 * database's clock, so a gateway whose clock runs ahead cannot pin it in the future.
 */
export async function recordApiKeyUsage(ctx: CustomersContext, usages: readonly ApiKeyUsage[]): Promise<boolean> {
  requireService(ctx.principal);
  for (const usage of usages) {
    if (!isUuid(usage.keyId)) throw new DomainError('BAD_USER_INPUT', `"${usage.keyId}" is not an API key id.`, { argument: 'usages' });
    if (!Number.isInteger(usage.count) || usage.count < 0) {
      throw new DomainError('BAD_USER_INPUT', 'A usage count must be a non-negative integer.', { argument: 'usages' });
    }
  }
  if (usages.length === 0) return true;
  const rows = usages.map((usage) => ({ key_id: usage.keyId, count: usage.count, last_used_at: usage.lastUsedAt.toISOString() }));
  await ctx.em.execute(
    `update customers.api_key as k
        set usage_count = k.usage_count + u.count,
            last_used_at = greatest(k.last_used_at, least(u.last_used_at, now()))
       from (select key_id, sum(count)::int as count, max(last_used_at) as last_used_at
               from jsonb_to_recordset(?::jsonb) as r(key_id uuid, count int, last_used_at timestamptz)
              group by key_id) as u
      where k.id = u.key_id`,
    [JSON.stringify(rows)],
  );
  return true;
}
