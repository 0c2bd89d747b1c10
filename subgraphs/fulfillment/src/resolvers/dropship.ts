import type { DropshipVendorResolvers } from '../__generated__/resolvers-types.ts';

export const dropshipVendorResolvers: DropshipVendorResolvers = {
  location: (vendor) => ({ id: vendor.locationId }),
};
