import { defineEntity, p } from '@mikro-orm/core';

/** How a dropship vendor (a location of type DROPSHIP_VENDOR) receives its fulfillment orders. */
export const DropshipVendorSchema = defineEntity({
  name: 'DropshipVendor',
  tableName: 'dropship_vendor',
  properties: {
    locationId: p.uuid().primary(),
    webhookUrl: p.string().length(2000),
    // HMAC needs the secret itself; it is shown once when issued and never returned again.
    signingSecret: p.string().length(128).hidden(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class DropshipVendor extends DropshipVendorSchema.class {}
DropshipVendorSchema.setClass(DropshipVendor);
