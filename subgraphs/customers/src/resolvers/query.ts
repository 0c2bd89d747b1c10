import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { findApiKeyGrant, listApiKeys } from '../domain/api-key.service.ts';
import { listAuditLog } from '../domain/audit-log.service.ts';
import { listStaffMembers } from '../domain/staff.service.ts';
import { describeViewer } from '../domain/viewer.ts';

export const queryResolvers: QueryResolvers = {
  viewer: (_root, _args, ctx) => describeViewer(ctx.principal),
  apiKeys: (_root, { includeRevoked }, ctx) => listApiKeys(ctx, includeRevoked ?? false),
  auditLog: (_root, { filter, ...page }, ctx) => listAuditLog(ctx, filter, page),
  staffMembers: (_root, _args, ctx) => listStaffMembers(ctx),
  apiKeyByToken: (_root, { token }, ctx) => findApiKeyGrant(ctx, token),
};
