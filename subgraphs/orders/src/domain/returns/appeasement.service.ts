import { AppeasementGranted } from '@oms/contracts';
import { createHash } from 'node:crypto';
import { actorOf, DomainError, isUuid, recordAudit, type Principal } from '@oms/platform';
import type { OrdersContext } from '../../context.ts';
import { Appeasement, type AppeasementMethod } from '../../entities/appeasement.entity.ts';
import { canonicalJson } from '../idempotency.ts';
import { formatMoney } from '../money.ts';
import { orderCommands } from '../order-commands.ts';
import { OrderTimeline } from '../order-timeline.ts';
import { issueRefund } from './refund.service.ts';
import { policyInForce } from './return-policy.service.ts';
import { appeasementLimitFor } from './return-policy.ts';
import { forgetCached, lockOrder } from './return-steps.ts';

export interface GrantAppeasementCommand {
  orderId: string;
  /** Minor units of the order's currency. */
  amount: number;
  reason: string;
  method: AppeasementMethod;
  /** Chosen by the console per gesture; without one, the same gesture by the same person is granted once. */
  idempotencyKey?: string | null;
}

function rolesOf(principal: Principal) {
  if (principal.kind === 'service') return null;
  if (principal.kind !== 'staff') throw new DomainError('FORBIDDEN', 'Only staff can grant appeasements');
  return principal.roles;
}

/**
 * A goodwill refund or store credit on an order, within the limit of the granting member's roles
 * (the return policy's appeasementLimits; APPEASEMENT_LIMIT_EXCEEDED above it, nothing written).
 * Idempotent per (order, key): the same key answers the first grant; with another gesture it is
 * IDEMPOTENCY_KEY_REUSED. It runs as a command of the order under that key: a refund to a card is
 * made at the payment provider once the grant is committed (by the recovery worker if the provider
 * fails), never while the order is locked.
 */
export async function grantAppeasement(ctx: OrdersContext, command: GrantAppeasementCommand): Promise<Appeasement> {
  const roles = rolesOf(ctx.principal);
  if (!isUuid(command.orderId)) throw new DomainError('NOT_FOUND', 'No such order', { orderId: command.orderId });
  if (!Number.isSafeInteger(command.amount) || command.amount <= 0) {
    throw new DomainError('BAD_USER_INPUT', 'amount is a whole number of minor units above 0', { field: 'amount' });
  }
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > 500) throw new DomainError('BAD_USER_INPUT', 'A reason of 1 to 500 characters is required', { field: 'reason' });
  const actor = actorOf(ctx.principal);
  const gesture = { orderId: command.orderId.toLowerCase(), amount: command.amount, reason, method: command.method };
  const requestHash = createHash('sha256').update(canonicalJson(gesture)).digest('hex');
  const key = command.idempotencyKey?.trim() || `${actor}:${requestHash}`;
  if (key.length > 255) throw new DomainError('BAD_USER_INPUT', 'idempotencyKey is at most 255 characters', { field: 'idempotencyKey' });

  const policy = await policyInForce(ctx.em.fork());
  const limit = roles === null ? null : appeasementLimitFor(policy.rules, roles);
  const granted = await orderCommands(ctx).run(ctx.em, {
    name: 'grantAppeasement',
    scope: gesture.orderId,
    key,
    fingerprint: requestHash,
    // The key's outcome is its appeasement row, looked for under the order's lock in the transaction.
    findOutcome: async () => undefined,
    perform: (running) => running.commit(async (em, effect) => {
      const order = await lockOrder(em, gesture.orderId);
      const existing = await em.findOne(Appeasement, { order, idempotencyKey: key }, { populate: ['refund'] });
      if (existing) {
        if (existing.requestHash !== requestHash) {
          throw new DomainError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${key}" was already used for another appeasement`, { idempotencyKey: key });
        }
        return existing;
      }
      if (limit !== null && command.amount > limit) {
        throw new DomainError('APPEASEMENT_LIMIT_EXCEEDED', `Your role may grant up to ${limit} (minor units) per appeasement; ask a colleague with a higher limit`, {
          limit,
          requested: command.amount,
          currency: order.currency,
        });
      }
      const appeasement = em.create(Appeasement, {
        order,
        idempotencyKey: key,
        requestHash,
        amount: command.amount,
        currency: order.currency,
        reason,
        method: command.method,
        grantedBy: actor,
        createdAt: new Date(),
        // Set below, once the refund is paid; the row is written at the flush.
        refund: undefined as never,
      });
      const refund = await issueRefund(
        em,
        {
          order,
          amount: command.amount,
          method: command.method === 'REFUND' ? 'ORIGINAL_PAYMENT' : 'STORE_CREDIT',
          sourceKey: `appeasement:${appeasement.id}`,
          reason: `appeasement: ${reason}`,
          actor,
          announce: { type: AppeasementGranted.type, extra: { appeasementId: appeasement.id, reason } },
        },
        effect,
      );
      appeasement.refund = refund;
      const timeline = await OrderTimeline.of(em, order);
      timeline.note(actor, `appeasement of ${formatMoney(command.amount, order.currency)} granted ${command.method === 'REFUND' ? 'as a refund' : 'as store credit'}: ${reason}`);
      recordAudit(
        { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
        { action: 'grantAppeasement', entityType: 'Order', entityId: order.id, before: null, after: { appeasementId: appeasement.id, amount: command.amount, method: command.method, reason } },
      );
      await em.flush();
      return appeasement;
    }),
  });
  forgetCached(ctx, gesture.orderId);
  return granted;
}
