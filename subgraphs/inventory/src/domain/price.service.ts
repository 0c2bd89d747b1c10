import { DomainError, type EntityManager } from '@oms/platform';
import type { InventoryContext } from '../context.ts';
import type { SalesChannel } from '../entities/location.entity.ts';
import { PriceListEntry } from '../entities/price-list-entry.entity.ts';
import { PriceList } from '../entities/price-list.entity.ts';
import { isCurrencyCode, priceListInForce } from './pricing.ts';

const MAX_QUOTE_SKUS = 500;

export interface Money {
  amount: number;
  currency: string;
}

export interface SkuPrice {
  sku: string;
  amount: number | null;
  currency: string;
}

export function requireCurrency(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!isCurrencyCode(code)) throw new DomainError('BAD_USER_INPUT', `Not an ISO 4217 currency code: ${currency}`, { argument: 'currency' });
  return code;
}

export interface PriceListFilter {
  channel?: SalesChannel | null | undefined;
  currency?: string | null | undefined;
  activeAt?: Date | null | undefined;
}

export async function listPriceLists(ctx: InventoryContext, filter: PriceListFilter): Promise<PriceList[]> {
  const at = filter.activeAt;
  return ctx.em.find(
    PriceList,
    {
      ...(filter.channel ? { channel: filter.channel } : {}),
      ...(filter.currency ? { currency: requireCurrency(filter.currency) } : {}),
      ...(at ? { validFrom: { $lte: at }, $or: [{ validTo: null }, { validTo: { $gt: at } }] } : {}),
    },
    { orderBy: { channel: 'asc', currency: 'asc', validFrom: 'desc' } },
  );
}

export async function priceListEntries(ctx: InventoryContext, list: PriceList, skus?: readonly string[] | null): Promise<PriceListEntry[]> {
  const entries = await ctx.loaders.entriesByPriceListId.load(list.id);
  if (!skus) return entries;
  const wanted = new Set(skus);
  return entries.filter((entry) => wanted.has(entry.sku.code));
}

/**
 * Unit prices of some SKUs from the list in force for a channel and currency at a moment (two
 * statements): null for a SKU the list does not price, or when no list is in force.
 */
export async function pricesInForce(
  em: EntityManager,
  channel: SalesChannel,
  currency: string,
  at: Date,
  skus: readonly string[],
): Promise<Map<string, number>> {
  const lists = await em.find(PriceList, { channel, currency, validFrom: { $lte: at } });
  const list = priceListInForce(lists, at);
  if (!list || skus.length === 0) return new Map();
  const entries = await em.find(PriceListEntry, { priceList: list.id, sku: { $in: [...new Set(skus)] } });
  return new Map(entries.map((entry) => [entry.sku.code, entry.amount]));
}

export interface QuoteRequest {
  skus: readonly string[];
  channel: SalesChannel;
  currency: string;
  at?: Date | null | undefined;
}

/** Internal (order capture): the unit price of each SKU asked for, in the order asked. */
export async function quoteLines(ctx: InventoryContext, request: QuoteRequest): Promise<SkuPrice[]> {
  const currency = requireCurrency(request.currency);
  if (request.skus.length > MAX_QUOTE_SKUS) {
    throw new DomainError('BAD_USER_INPUT', `At most ${MAX_QUOTE_SKUS} SKUs per quote`, { argument: 'skus' });
  }
  const prices = await pricesInForce(ctx.em, request.channel, currency, request.at ?? new Date(), request.skus);
  return request.skus.map((sku) => ({ sku, amount: prices.get(sku) ?? null, currency }));
}

/** Sku.price: batched per (channel, currency, moment) over every SKU of the request. */
export async function skuPrice(ctx: InventoryContext, sku: string, channel: SalesChannel, currency: string, at?: Date | null): Promise<Money | null> {
  const code = requireCurrency(currency);
  const amount = await ctx.loaders.priceOf.load({ sku, channel, currency: code, at: at ?? ctx.now });
  return amount === null ? null : { amount, currency: code };
}
