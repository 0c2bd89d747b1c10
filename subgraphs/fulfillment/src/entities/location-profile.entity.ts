import { defineEntity, p } from '@mikro-orm/core';

export const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/**
 * What fulfillment knows of a location of the inventory service: its type, learnt from release
 * events (and the demo data). A read model: inventory stays the owner.
 */
export const LocationProfileSchema = defineEntity({
  name: 'LocationProfile',
  tableName: 'location_profile',
  properties: {
    locationId: p.uuid().primary(),
    type: p.enum(LOCATION_TYPES),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class LocationProfile extends LocationProfileSchema.class {}
LocationProfileSchema.setClass(LocationProfile);
