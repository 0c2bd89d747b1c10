import { actorOf, DomainError, inTransaction, recordAudit, violatedUniqueConstraint, type EntityManager } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { ReturnPolicyVersion } from '../../entities/return-policy.entity.ts';
import { DEFAULT_RETURN_POLICY, validateReturnPolicy, type ReturnPolicyRules } from './return-policy.ts';

/** The policy in force: the latest version, or the default (version 0) before any was published. */
export interface PolicyInForce {
  version: number;
  rules: ReturnPolicyRules;
  createdBy: string | null;
  createdAt: Date | null;
}

export async function policyInForce(em: EntityManager): Promise<PolicyInForce> {
  const [latest] = await em.find(ReturnPolicyVersion, {}, { orderBy: { version: 'desc' }, limit: 1 });
  if (!latest) return { version: 0, rules: DEFAULT_RETURN_POLICY, createdBy: null, createdAt: null };
  return { version: latest.version, rules: latest.rules, createdBy: latest.createdBy, createdAt: latest.createdAt };
}

export function findReturnPolicy(ctx: OrdersContext): Promise<PolicyInForce> {
  return policyInForce(ctx.em);
}

/** Publishes a new version of the policy (admins); audited with the rules before and after. */
export async function setReturnPolicy(ctx: OrdersContext, input: ReturnPolicyRules): Promise<PolicyInForce> {
  const rules = validateReturnPolicy(input);
  const actor = actorOf(ctx.principal);
  try {
    return await inTransaction(ctx.em, async (em) => {
      const before = await policyInForce(em);
      const version = em.create(ReturnPolicyVersion, { version: before.version + 1, rules, createdBy: actor, createdAt: new Date() });
      recordAudit(
        { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
        { action: 'setReturnPolicy', entityType: 'ReturnPolicy', entityId: String(version.version), before: before.rules, after: rules },
      );
      await em.flush();
      return { version: version.version, rules, createdBy: actor, createdAt: version.createdAt };
    });
  } catch (error) {
    // Two administrators published at once: the second one publishes again on top of the first.
    if (violatedUniqueConstraint(error) === 'return_policy_version_version_unique') {
      throw new DomainError('CONFLICT', 'The return policy was changed at the same time; read it again and retry');
    }
    throw error;
  }
}
