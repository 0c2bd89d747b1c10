import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { ReturnPolicyRules } from '../domain/returns/return-policy.ts';

/**
 * The return policy as data: each change is a new, immutable version (the latest is in force), so
 * a return can always be explained by the rules that were in force when it was requested.
 */
export const ReturnPolicyVersionSchema = defineEntity({
  name: 'ReturnPolicyVersion',
  tableName: 'return_policy_version',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    version: p.integer().unique(),
    rules: p.json<ReturnPolicyRules>(),
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [{ name: 'return_policy_version_version_check', expression: (columns) => `${columns.version} > 0` }],
});

export class ReturnPolicyVersion extends ReturnPolicyVersionSchema.class {}
ReturnPolicyVersionSchema.setClass(ReturnPolicyVersion);
