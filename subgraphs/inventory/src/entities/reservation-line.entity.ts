import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { Reservation } from './reservation.entity.ts';
import { Sku } from './sku.entity.ts';

/** Units of one SKU held at one location for a cart. */
export const ReservationLineSchema = defineEntity({
  name: 'ReservationLine',
  tableName: 'reservation_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    reservation: () => p.manyToOne(Reservation).index(),
    sku: () => p.manyToOne(Sku),
    location: () => p.manyToOne(Location),
    quantity: p.integer().check('quantity > 0'),
  },
  indexes: [{ properties: ['sku', 'location'] }],
});

export class ReservationLine extends ReservationLineSchema.class {}
ReservationLineSchema.setClass(ReservationLine);
