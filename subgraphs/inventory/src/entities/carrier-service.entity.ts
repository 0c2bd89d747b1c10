import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/** How fast a parcel travels, as the storefront sells it (GraphQL `ServiceLevel`). */
export const SERVICE_LEVELS = ['ECONOMY', 'STANDARD', 'EXPRESS'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/**
 * Transit time to one destination: a country, or a zone of it (postal codes starting with a prefix,
 * e.g. Corsica `20`). Days are the carrier's delivery days (see `deliveryDays`), not calendar days.
 */
export interface TransitLane {
  country: string;
  postalCodePrefix: string | null;
  minDays: number;
  maxDays: number;
}

/** The price of a parcel to a country (or `*`, any other) up to a weight (null: any weight), minor units. */
export interface ShippingRate {
  country: string;
  maxWeightGrams: number | null;
  amount: number;
}

/**
 * One service level of one carrier: where it delivers and in how many days, on which weekdays it
 * delivers, and what it costs by destination and weight. One row per (carrier, level).
 */
export const CarrierServiceSchema = defineEntity({
  name: 'CarrierService',
  tableName: 'carrier_service',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    carrierCode: p.string().length(40),
    carrierName: p.string().length(120),
    serviceLevel: p.enum(SERVICE_LEVELS),
    active: p.boolean().default(true),
    /** ISO weekdays (1 = Monday … 7 = Sunday) on which the carrier delivers. */
    deliveryDays: p.json<number[]>(),
    lanes: p.json<TransitLane[]>(),
    /** Own prices of this service; where none applies, the shipping rate table's cost plus `surcharge`. */
    rates: p.json<ShippingRate[]>(),
    /** Added to the shipping rate table's cost of each parcel (what the faster service costs more). */
    surcharge: p.integer().default(0).check('surcharge >= 0'),
    currency: p.string().length(3),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['carrierCode', 'serviceLevel'] }],
});

export class CarrierService extends CarrierServiceSchema.class {}
CarrierServiceSchema.setClass(CarrierService);
