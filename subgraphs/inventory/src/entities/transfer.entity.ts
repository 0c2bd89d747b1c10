import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { TransferLine } from './transfer-line.entity.ts';

export const TRANSFER_STATUSES = ['REQUESTED', 'SHIPPED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** Stock moving between two locations of the retailer. */
export const TransferSchema = defineEntity({
  name: 'Transfer',
  tableName: 'transfer',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    fromLocation: () => p.manyToOne(Location).index(),
    toLocation: () => p.manyToOne(Location).index(),
    status: p.enum(TRANSFER_STATUSES).index(),
    reference: p.string().length(200).nullable(),
    lines: () => p.oneToMany(TransferLine).mappedBy('transfer'),
    shippedAt: p.datetime().nullable(),
    receivedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  checks: [{ name: 'transfer_locations_differ_check', expression: 'from_location_id <> to_location_id' }],
});

export class Transfer extends TransferSchema.class {}
TransferSchema.setClass(Transfer);
