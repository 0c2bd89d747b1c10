import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * One row of the zone table: parcels from `originCountry` to `destination` (a country, a
 * subdivision such as `FR-20R`, or `*` for every other destination) are priced in `zone`.
 * Replaced as a whole by `setShippingRates` (see `domain/shipping-rates.ts`).
 */
export const ShippingZoneSchema = defineEntity({
  name: 'ShippingZone',
  tableName: 'shipping_zone',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    originCountry: p.string().length(2),
    destination: p.string().length(6),
    zone: p.string().length(20),
    createdBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['originCountry', 'destination'] }],
});

export class ShippingZone extends ShippingZoneSchema.class {}
ShippingZoneSchema.setClass(ShippingZone);
