import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { createApiKey, recordApiKeyUsage, revokeApiKey, rotateApiKey } from '../domain/api-key.service.ts';
import { createStaffMember, signIn } from '../domain/staff.service.ts';

export const mutationResolvers: MutationResolvers = {
  createApiKey: (_root, { input }, ctx) => createApiKey(ctx, input),
  revokeApiKey: (_root, { id }, ctx) => revokeApiKey(ctx, id),
  rotateApiKey: (_root, { id, overlapSeconds }, ctx) => rotateApiKey(ctx, id, overlapSeconds),
  signIn: (_root, { email, password }, ctx) => signIn(ctx, email, password),
  createStaffMember: (_root, { input }, ctx) => createStaffMember(ctx, input),
  recordApiKeyUsage: (_root, { usages }, ctx) => recordApiKeyUsage(ctx, usages),
};
