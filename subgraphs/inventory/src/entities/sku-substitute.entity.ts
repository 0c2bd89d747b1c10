import { defineEntity, p } from '@mikro-orm/core';

/** An item the retailer offers instead of another when that one cannot be sourced, in order of preference. */
export const SkuSubstituteSchema = defineEntity({
  name: 'SkuSubstitute',
  tableName: 'sku_substitute',
  properties: {
    skuCode: p.string().length(64).primary(),
    substituteCode: p.string().length(64).primary(),
    position: p.integer(),
  },
  checks: [{ name: 'sku_substitute_not_itself_check', expression: 'sku_code <> substitute_code' }],
});

export class SkuSubstitute extends SkuSubstituteSchema.class {}
SkuSubstituteSchema.setClass(SkuSubstitute);
