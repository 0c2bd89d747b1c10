import { defineEntity, p } from '@mikro-orm/core';

export const RISK_RULE_KINDS = ['ORDER_VALUE', 'COUNTRY_MISMATCH', 'VELOCITY', 'HOLD_EXPIRY'] as const;
export type RiskRuleKind = (typeof RISK_RULE_KINDS)[number];

/**
 * One risk rule as data: whether it is on and its parameters (validated by domain/risk-rules.ts),
 * changed at runtime by admins. HOLD_EXPIRY carries how long a risk hold keeps the order's stock.
 */
export const RiskRuleSchema = defineEntity({
  name: 'RiskRule',
  tableName: 'risk_rule',
  properties: {
    kind: p.enum(RISK_RULE_KINDS).primary(),
    enabled: p.boolean(),
    parameters: p.json<Record<string, unknown>>(),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(120),
  },
});

export class RiskRule extends RiskRuleSchema.class {}
RiskRuleSchema.setClass(RiskRule);
