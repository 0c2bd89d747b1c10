import type { SourcedQuantityResolvers, SourcingCandidateTraceResolvers } from '../__generated__/resolvers-types.ts';

// The decision views carry their Location entities already (loaded in one batch with the traces).
export const SourcedQuantity: SourcedQuantityResolvers = {
  location: (entry) => entry.location,
};

export const SourcingCandidateTrace: SourcingCandidateTraceResolvers = {
  location: (entry) => entry.location,
};
