import { defineEntity, p } from '@mikro-orm/core';
import { SALES_CHANNELS } from './location.entity.ts';

/**
 * Settings of one sales channel. `safetyBuffer` units are kept back at every location when selling
 * through the channel (e.g. a marketplace whose stock feed lags), on top of each level's safety stock.
 */
export const ChannelSettingSchema = defineEntity({
  name: 'ChannelSetting',
  tableName: 'channel_setting',
  properties: {
    channel: p.enum(SALES_CHANNELS).primary(),
    safetyBuffer: p.integer().default(0).check('safety_buffer >= 0'),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class ChannelSetting extends ChannelSettingSchema.class {}
ChannelSettingSchema.setClass(ChannelSetting);
