/** Substitutes of the item master: what to offer instead of a SKU that cannot be sourced. */
import { DomainError, recordAudit } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { SkuSubstitute } from '../entities/sku-substitute.entity.ts';
import { Sku } from '../entities/sku.entity.ts';
import { inTransaction } from './sql.ts';

export const MAX_SUBSTITUTES = 20;

/** Replaces a SKU's substitutes (in order of preference); every code must exist and none may be the SKU itself. */
export async function setSkuSubstitutes(ctx: InventoryContext, code: string, substitutes: readonly string[]): Promise<Sku> {
  const wanted = [...new Set(substitutes.map((substitute) => substitute.trim()))];
  if (wanted.length > MAX_SUBSTITUTES) throw new DomainError('BAD_USER_INPUT', `At most ${MAX_SUBSTITUTES} substitutes`, { field: 'substitutes' });
  if (wanted.includes(code)) throw new DomainError('BAD_USER_INPUT', `${code} cannot substitute itself`, { field: 'substitutes' });
  return inTransaction(ctx.em, async (tx) => {
    const found = await tx.find(Sku, { code: { $in: [code, ...wanted] } });
    const sku = found.find((candidate) => candidate.code === code);
    if (!sku) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${code}`, { skus: [code] });
    const unknown = wanted.filter((substitute) => !found.some((candidate) => candidate.code === substitute));
    if (unknown.length > 0) throw new DomainError('UNKNOWN_SKU', `Unknown SKU: ${unknown.join(', ')}`, { skus: unknown });
    const before = (await tx.find(SkuSubstitute, { skuCode: code }, { orderBy: { position: 'asc' } })).map((row) => row.substituteCode);
    await tx.nativeDelete(SkuSubstitute, { skuCode: code });
    wanted.forEach((substituteCode, position) => tx.create(SkuSubstitute, { skuCode: code, substituteCode, position }));
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'setSkuSubstitutes', entityType: 'Sku', entityId: code, before: { substitutes: before }, after: { substitutes: wanted } },
    );
    ctx.loaders.substitutesBySku.clear(code);
    return sku;
  });
}

/** The substitutes of a SKU as items of the item master, in order of preference. */
export async function substitutesOf(ctx: InventoryContext, code: string): Promise<Sku[]> {
  const codes = await ctx.loaders.substitutesBySku.load(code);
  const skus = await ctx.loaders.skuByCode.loadMany(codes);
  return skus.filter((sku): sku is Sku => sku instanceof Sku);
}
