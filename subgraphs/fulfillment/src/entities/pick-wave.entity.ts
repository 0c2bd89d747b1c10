import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';

export const PICK_WAVE_STATUSES = ['OPEN', 'COMPLETED'] as const;
export type PickWaveStatus = (typeof PICK_WAVE_STATUSES)[number];

export const PickWaveSchema = defineEntity({
  name: 'PickWave',
  tableName: 'pick_wave',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    locationId: p.uuid(),
    status: p.enum(PICK_WAVE_STATUSES).default('OPEN'),
    createdBy: p.string().length(120),
    createdAt: p.datetime().onCreate(() => new Date()),
    completedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['locationId', 'createdAt'] }],
});

export class PickWave extends PickWaveSchema.class {}
PickWaveSchema.setClass(PickWave);
