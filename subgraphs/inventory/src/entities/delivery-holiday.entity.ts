import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

/**
 * A day on which nothing ships and nothing is delivered: in a whole country (public holidays, for
 * carriers and every location there) or at one location (inventory day, local closure).
 */
export const DeliveryHolidaySchema = defineEntity({
  name: 'DeliveryHoliday',
  tableName: 'delivery_holiday',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** The civil date, `YYYY-MM-DD`. */
    date: p.string().length(10).index(),
    country: p.string().length(2).nullable(),
    locationId: p.uuid().nullable(),
    name: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'delivery_holiday_scope_check', expression: '(country is null) <> (location_id is null)' },
    { name: 'delivery_holiday_date_check', expression: "date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'" },
  ],
});

export class DeliveryHoliday extends DeliveryHolidaySchema.class {}
DeliveryHolidaySchema.setClass(DeliveryHoliday);
