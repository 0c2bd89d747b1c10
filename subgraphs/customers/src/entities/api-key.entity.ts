import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * A partner's API key. The token (`oms_<prefix>_<secret>`) is shown once; only the SHA-256 of the
 * secret is kept. After a rotation the previous hash keeps working until `retiresAt`.
 */
export const ApiKeySchema = defineEntity({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(100),
    /** The public part of the token, to find the key in one indexed lookup. */
    prefix: p.string().length(12).unique(),
    secretHash: p.string().length(64).hidden(),
    previousSecretHash: p.string().length(64).nullable().hidden(),
    /** When the previous secret stops working (end of the rotation overlap). */
    retiresAt: p.datetime().nullable(),
    scopes: p.array().columnType('text[]'),
    channel: p.string().length(20).nullable(),
    locationIds: p.array().columnType('uuid[]'),
    expiresAt: p.datetime().nullable(),
    /** The key may only run operations from the safelist of persisted operations. */
    persistedOperationsOnly: p.boolean().default(false),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    usageCount: p.integer().default(0).check('usage_count >= 0'),
    /** Who created it, as in the audit log (`staff:<id>`). */
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'api_key_prefix_check', expression: `prefix ~ '^[a-z0-9]{8,12}$'` },
    { name: 'api_key_channel_check', expression: `channel is null or channel in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE')` },
    { name: 'api_key_rotation_check', expression: '(previous_secret_hash is null) = (retires_at is null)' },
  ],
});

export class ApiKey extends ApiKeySchema.class {}
ApiKeySchema.setClass(ApiKey);
