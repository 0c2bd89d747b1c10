import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** The kinds of place that hold stock; stored as text, matching the GraphQL `LocationType` values. */
export const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/** The channels orders come from; a location serves some of them (GraphQL `SalesChannel`). */
export const SALES_CHANNELS = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

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
    /** Ships parcels to customers (warehouses, dropship vendors). */
    ships: p.boolean().default(false),
    /** Customers collect orders here. */
    pickup: p.boolean().default(false),
    /** A store that ships online orders from its own stock. */
    shipFromStore: p.boolean().default(false),
    channels: p.enum(SALES_CHANNELS).array().default([]),
    /** Orders per day this location can take; null when unlimited. */
    dailyOrderCapacity: p.integer().nullable().check('daily_order_capacity is null or daily_order_capacity > 0'),
    /** Safety stock given to a SKU's level here when the level is created (receipt, feed, transfer). */
    defaultSafetyStock: p.integer().default(0).check('default_safety_stock >= 0'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Location extends LocationSchema.class {}
LocationSchema.setClass(Location);
