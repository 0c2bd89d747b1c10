import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { SALES_CHANNELS } from './location.entity.ts';
import { ReservationLine } from './reservation-line.entity.ts';

export const RESERVATION_STATUSES = ['ACTIVE', 'RELEASED', 'EXPIRED', 'CONVERTED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A cart hold: stock set aside until it expires, is released, or becomes an order's allocation. */
export const ReservationSchema = defineEntity({
  name: 'Reservation',
  tableName: 'reservation',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    cartId: p.string().length(200).index(),
    channel: p.enum(SALES_CHANNELS),
    status: p.enum(RESERVATION_STATUSES),
    expiresAt: p.datetime(),
    /** The order the hold was converted into, once CONVERTED. */
    orderId: p.uuid().nullable(),
    lines: () => p.oneToMany(ReservationLine).mappedBy('reservation'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  // The sweeper's query: ACTIVE holds by expiry.
  indexes: [{ properties: ['status', 'expiresAt'] }],
});

export class Reservation extends ReservationSchema.class {}
ReservationSchema.setClass(Reservation);
