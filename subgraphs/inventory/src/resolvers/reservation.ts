import type { ReservationLineResolvers, ReservationResolvers, ReserveStockResultResolvers } from '../__generated__/resolvers-types.ts';
import { locationOf } from '../domain/inventory.service.ts';
import { reservationLines } from '../domain/reservation.service.ts';

export const ReserveStockResult: ReserveStockResultResolvers = {
  __resolveType: (result) => ('cartId' in result ? 'Reservation' : 'InsufficientStock'),
};

export const Reservation: ReservationResolvers = {
  lines: (reservation, _args, ctx) => reservationLines(ctx, reservation),
};

export const ReservationLine: ReservationLineResolvers = {
  sku: (line) => line.sku.code,
  location: (line, _args, ctx) => locationOf(ctx, line),
};
