import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { DomainError, recordAudit } from '@oms/platform';
import type { OrdersContext } from '../context.ts';
import { Promotion } from '../entities/promotion.entity.ts';
import { normalizePromotionCode, validateNewPromotion, type CreatePromotionCommand } from './promotion-rules.ts';

export async function createPromotion(ctx: OrdersContext, command: CreatePromotionCommand): Promise<Promotion> {
  const terms = validateNewPromotion(command, new Date());
  const em = ctx.em.fork();
  const promotion = em.create(Promotion, { id: randomUUID(), ...terms, usageCount: 0, createdAt: new Date() });
  recordAudit({ em, principal: ctx.principal, requestId: ctx.requestId }, { action: 'createPromotion', entityType: 'Promotion', entityId: promotion.id, before: null, after: terms });
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new DomainError('CONFLICT', `A promotion with code ${terms.code} already exists`, { code: terms.code });
    }
    throw error;
  }
  return promotion;
}

export function findPromotion(ctx: OrdersContext, code: string): Promise<Promotion | null> {
  return ctx.em.findOne(Promotion, { code: normalizePromotionCode(code) });
}

/** Promotions, newest first; with `activeAt`, only those whose validity window contains that moment. */
export function listPromotions(ctx: OrdersContext, activeAt: Date | null | undefined): Promise<Promotion[]> {
  const where: FilterQuery<Promotion> = activeAt
    ? { validFrom: { $lte: activeAt }, $or: [{ validTo: null }, { validTo: { $gt: activeAt } }] }
    : {};
  return ctx.em.find(Promotion, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 });
}
