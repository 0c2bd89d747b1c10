import { DomainError, inTransaction, recordAudit } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { intArray, sql, textArray } from './sql.ts';

export interface SkuImportItem {
  code: string;
  name: string;
  attributes?: { name: string; value: string }[] | null;
  weightGrams?: number | null;
  dimensions?: { lengthMm: number; widthMm: number; heightMm: number } | null;
  returnable?: boolean | null;
  presellLimit?: number | null;
}

export interface SkuImportReport {
  received: number;
  created: number;
  updated: number;
  rejected: { position: number; code: string; message: string }[];
}

export const MAX_SKUS_PER_IMPORT = 50_000;
const CODE = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;

/** Why an item cannot enter the item master, or undefined when it can. */
export function skuProblem(item: SkuImportItem): string | undefined {
  if (!CODE.test(item.code)) return 'code must be 1–64 upper-case letters, digits, ".", "_" or "-"';
  if (item.name.trim().length === 0 || item.name.length > 200) return 'name must have 1–200 characters';
  if (item.weightGrams != null && (!Number.isInteger(item.weightGrams) || item.weightGrams <= 0)) return 'weightGrams must be a positive integer';
  const sizes = item.dimensions ? [item.dimensions.lengthMm, item.dimensions.widthMm, item.dimensions.heightMm] : [];
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) return 'dimensions must be positive integers (mm)';
  if (item.presellLimit != null && (!Number.isInteger(item.presellLimit) || item.presellLimit < 0)) return 'presellLimit must be 0 or more';
  return undefined;
}

/**
 * Upserts items in one statement (set-based: a PIM sends tens of thousands at once). The last
 * occurrence of a code in the input wins; existing stock, prices and history are untouched.
 */
export async function importSkus(ctx: InventoryContext, items: readonly SkuImportItem[]): Promise<SkuImportReport> {
  if (items.length > MAX_SKUS_PER_IMPORT) {
    throw new DomainError('BAD_USER_INPUT', `At most ${MAX_SKUS_PER_IMPORT} items per import`, { received: items.length });
  }
  const rejected: SkuImportReport['rejected'] = [];
  const valid = new Map<string, SkuImportItem>();
  items.forEach((item, index) => {
    const problem = skuProblem(item);
    if (problem) rejected.push({ position: index + 1, code: item.code, message: problem });
    else valid.set(item.code, item);
  });
  if (valid.size === 0) return { received: items.length, created: 0, updated: 0, rejected };
  const rows = [...valid.values()];
  const nullableInt = (values: (number | null | undefined)[]) => `{${values.map((value) => (value == null ? 'NULL' : String(value))).join(',')}}`;
  return inTransaction(ctx.em, async (em) => {
    const [result] = await sql<{ created: number; updated: number }>(
      em,
      `with incoming as (
         select * from unnest(?::text[], ?::text[], ?::jsonb[], ?::int[], ?::int[], ?::int[], ?::int[], ?::boolean[], ?::int[])
           as t(code, name, attributes, weight_grams, length_mm, width_mm, height_mm, returnable, presell_limit)
       ), upserted as (
         insert into inventory.sku (code, name, attributes, weight_grams, length_mm, width_mm, height_mm, returnable, presell_limit, created_at)
         select code, name, attributes, weight_grams, length_mm, width_mm, height_mm, returnable, presell_limit, now() from incoming
         on conflict (code) do update set name = excluded.name, attributes = excluded.attributes, weight_grams = excluded.weight_grams,
           length_mm = excluded.length_mm, width_mm = excluded.width_mm, height_mm = excluded.height_mm,
           returnable = excluded.returnable, presell_limit = excluded.presell_limit
         returning (xmax = 0) as inserted
       )
       select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated from upserted`,
      [
        textArray(rows.map((item) => item.code)),
        textArray(rows.map((item) => item.name)),
        textArray(rows.map((item) => JSON.stringify(item.attributes ?? []))),
        nullableInt(rows.map((item) => item.weightGrams)),
        nullableInt(rows.map((item) => item.dimensions?.lengthMm)),
        nullableInt(rows.map((item) => item.dimensions?.widthMm)),
        nullableInt(rows.map((item) => item.dimensions?.heightMm)),
        `{${rows.map((item) => (item.returnable === false ? 'false' : 'true')).join(',')}}`,
        intArray(rows.map((item) => item.presellLimit ?? 0)),
      ],
    );
    const report = { received: items.length, created: result?.created ?? 0, updated: result?.updated ?? 0, rejected };
    recordAudit(
      { em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      { action: 'importSkus', entityType: 'ItemMaster', entityId: 'sku', before: null, after: { created: report.created, updated: report.updated, codes: rows.length } },
    );
    await em.flush();
    return report;
  });
}
