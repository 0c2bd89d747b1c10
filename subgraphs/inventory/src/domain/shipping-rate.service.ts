/**
 * The shipping rate table in the database: read (for sourcing, the dry run and the API) and
 * replaced as a whole by an administrator. The pricing itself is `shipping-rates.ts`.
 */
import { actorOf, recordAudit, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import { ShippingRate } from '../entities/shipping-rate.entity.ts';
import { ShippingZone } from '../entities/shipping-zone.entity.ts';
import { buildShippingRateTable, type ShippingRateTable, type ShippingRateTableInput } from './shipping-rates.ts';
import { inTransaction, sql } from './sql.ts';

export interface ShippingRateTableView {
  /** Null while the table is empty. */
  currency: string | null;
  zones: { originCountry: string; destination: string; zone: string }[];
  rates: { zone: string; maxWeightGrams: number; price: { amount: number; currency: string } }[];
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The table as stored, indexed; null while no rates are set (shipping costs are then unknown). */
export async function loadShippingRateTable(em: EntityManager): Promise<ShippingRateTable | null> {
  const zones = await sql<{ origin_country: string; destination: string; zone: string }>(em, `select origin_country, destination, zone from inventory.shipping_zone`);
  const rates = await sql<{ zone: string; max_weight_grams: number; amount: number; currency: string }>(
    em,
    `select zone, max_weight_grams, amount, currency from inventory.shipping_rate`,
  );
  if (rates.length === 0) return null;
  return buildShippingRateTable({
    currency: rates[0]!.currency,
    zones: zones.map((row) => ({ originCountry: row.origin_country, destination: row.destination, zone: row.zone })),
    rates: rates.map((row) => ({ zone: row.zone, maxWeightGrams: Number(row.max_weight_grams), amount: Number(row.amount) })),
  });
}

export async function shippingRateTableView(em: EntityManager): Promise<ShippingRateTableView> {
  const zones = await em.find(ShippingZone, {}, { orderBy: { originCountry: 'asc', destination: 'asc' } });
  const rates = await em.find(ShippingRate, {}, { orderBy: { zone: 'asc', maxWeightGrams: 'asc' } });
  const latest = [...zones, ...rates].reduce<ShippingZone | ShippingRate | null>((last, row) => (!last || row.createdAt > last.createdAt ? row : last), null);
  return {
    currency: rates[0]?.currency ?? null,
    zones: zones.map((zone) => ({ originCountry: zone.originCountry, destination: zone.destination, zone: zone.zone })),
    rates: rates.map((rate) => ({ zone: rate.zone, maxWeightGrams: rate.maxWeightGrams, price: { amount: rate.amount, currency: rate.currency } })),
    updatedAt: latest?.createdAt ?? null,
    updatedBy: latest?.createdBy ?? null,
  };
}

function summary(view: ShippingRateTableView): Record<string, unknown> {
  return { currency: view.currency, zones: view.zones, rates: view.rates.map(({ zone, maxWeightGrams, price }) => ({ zone, maxWeightGrams, amount: price.amount })) };
}

/**
 * Replaces the whole table (zones and rates) in one transaction: validated first (BAD_USER_INPUT
 * naming the entry, nothing written), serialised against concurrent replacements, audited with
 * the table before and after.
 */
export async function setShippingRates(ctx: InventoryContext, input: ShippingRateTableInput): Promise<ShippingRateTableView> {
  const table = buildShippingRateTable(input);
  const actor = actorOf(ctx.principal);
  await inTransaction(ctx.em, async (tx) => {
    await sql(tx, `select pg_advisory_xact_lock(hashtextextended('inventory.shipping_rates', 0))`);
    const before = await shippingRateTableView(tx);
    await sql(tx, `delete from inventory.shipping_rate`);
    await sql(tx, `delete from inventory.shipping_zone`);
    const createdAt = new Date();
    for (const zone of table.zones) tx.create(ShippingZone, { ...zone, createdBy: actor, createdAt });
    for (const rate of table.rates) tx.create(ShippingRate, { ...rate, currency: table.currency, createdBy: actor, createdAt });
    recordAudit(
      { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
      {
        action: 'setShippingRates',
        entityType: 'ShippingRateTable',
        entityId: 'shipping-rates',
        before: summary(before),
        after: { currency: table.currency, zones: table.zones, rates: table.rates.map(({ zone, maxWeightGrams, amount }) => ({ zone, maxWeightGrams, amount })) },
      },
    );
  });
  return shippingRateTableView(ctx.em.fork());
}
