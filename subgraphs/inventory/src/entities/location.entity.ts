import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** The kinds of place that hold stock; stored as text, matching the GraphQL `LocationType` values. */
export const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const LocationSchema = defineEntity({
  name: 'Location',
  tableName: 'location',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    code: p.string().length(40).unique(),
    name: p.string().length(120),
    type: p.enum(LOCATION_TYPES).index(),
    line1: p.string().length(200),
    city: p.string().length(100),
    postalCode: p.string().length(20),
    region: p.string().length(100).nullable(),
    country: p.string().length(2),
    latitude: p.double().$type<number>().runtimeType('number'),
    longitude: p.double().$type<number>().runtimeType('number'),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Location extends LocationSchema.class {}
LocationSchema.setClass(Location);
