import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';

/**
 * When a location works, for delivery promises: its time zone, the days it dispatches parcels, the
 * hours an order takes to prepare and the daily cut-off (local time) for same-day dispatch; for a
 * pickup store its opening hours and how long a pickup order takes to be ready. A location without
 * a profile works with the defaults of `domain/delivery-network.service.ts`.
 */
export const LocationDeliveryProfileSchema = defineEntity({
  name: 'LocationDeliveryProfile',
  tableName: 'location_delivery_profile',
  properties: {
    location: () => p.oneToOne(Location).primary().owner(),
    /** IANA time zone, e.g. Europe/Paris. */
    timeZone: p.string().length(64),
    processingHours: p.integer().check('processing_hours >= 0 and processing_hours <= 240'),
    /** Local `HH:MM`: orders ready by then leave the same day. */
    cutoffTime: p.string().length(5),
    /** ISO weekdays (1 = Monday) on which parcels leave. */
    shipDays: p.json<number[]>(),
    /** Local `HH:MM` of a store's opening and closing (pickup). */
    openingTime: p.string().length(5),
    closingTime: p.string().length(5),
    /** ISO weekdays the store is open for pickup. */
    openDays: p.json<number[]>(),
    pickupPreparationMinutes: p.integer().check('pickup_preparation_minutes >= 0'),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [
    {
      name: 'location_delivery_profile_times_check',
      expression:
        "cutoff_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and opening_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and closing_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and opening_time < closing_time",
    },
  ],
});

export class LocationDeliveryProfile extends LocationDeliveryProfileSchema.class {}
LocationDeliveryProfileSchema.setClass(LocationDeliveryProfile);
