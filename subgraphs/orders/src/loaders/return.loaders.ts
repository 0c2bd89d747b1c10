import DataLoader from 'dataloader';
import { Cursor } from '@mikro-orm/core';
import { entityByIdLoader, groupedLoader, isUuid, type Connection, type EntityManager, type NewestFirstPosition } from '@oms/platform';
import { Exchange } from '../entities/exchange.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Refund } from '../entities/refund.entity.ts';
import { ReturnLine } from '../entities/return-line.entity.ts';
import { Return } from '../entities/return.entity.ts';
import { customerFiguresOf, type CustomerFigures } from '../domain/returns/customer-figures.ts';

const NEWEST_FIRST = { createdAt: 'desc', id: 'desc' } as const;

function table(em: EntityManager, name: string): string {
  return em.getPlatform().quoteIdentifier(`${em.config.get('schema')}.${name}`);
}

/** The first `first` returns of each customer, newest first, after `after` when given: one statement per batch. */
function customerReturnsLoader(em: EntityManager, first: number, after: NewestFirstPosition | null): DataLoader<string, Connection<Return>> {
  const meta = em.getMetadata().get(Return);
  return new DataLoader<string, Connection<Return>>(async (customerIds) => {
    const valid = [...new Set(customerIds.filter(isUuid).map((id) => id.toLowerCase()))];
    const byCustomer = new Map<string, Return[]>(valid.map((id) => [id, []]));
    if (valid.length > 0) {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select page.* from unnest(array[?]::uuid[]) as customer(id)
         cross join lateral (
           select * from ${table(em, 'return')} as r
           where r.customer_id = customer.id${after ? ' and (r.created_at, r.id) < (?::timestamptz, ?::uuid)' : ''}
           order by r.created_at desc, r.id desc
           limit ?
         ) as page`,
        after ? [valid, after.createdAt, after.id, first + 1] : [valid, first + 1],
      );
      for (const row of rows) {
        const found = em.map(Return, row);
        if (found.customerId) byCustomer.get(found.customerId)?.push(found);
      }
    }
    return customerIds.map((customerId) => {
      const returns = byCustomer.get(customerId.toLowerCase()) ?? [];
      const nodes = returns.slice(0, first);
      const edges = nodes.map((node) => ({ cursor: Cursor.for(meta, { createdAt: node.createdAt, id: node.id }, NEWEST_FIRST), node }));
      return { edges, pageInfo: { hasNextPage: returns.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  });
}

/** Sums of a customer's store-credit ledger per currency, for many customers in one statement. */
function storeCreditLoader(em: EntityManager): DataLoader<string, Map<string, number>> {
  return new DataLoader<string, Map<string, number>>(async (customerIds) => {
    const valid = [...new Set(customerIds.filter(isUuid).map((id) => id.toLowerCase()))];
    const balances = new Map<string, Map<string, number>>(valid.map((id) => [id, new Map()]));
    if (valid.length > 0) {
      const rows = await em.getConnection().execute<{ customer_id: string; currency: string; balance: string }[]>(
        `select customer_id, currency, sum(amount)::text as balance from ${table(em, 'store_credit_entry')}
         where customer_id = any(array[?]::uuid[]) group by customer_id, currency`,
        [valid],
      );
      for (const row of rows) balances.get(row.customer_id)?.set(row.currency, Number(row.balance));
    }
    return customerIds.map((customerId) => balances.get(customerId.toLowerCase()) ?? new Map());
  });
}

/** Per request: returns, their lines, refunds and exchanges by the keys the schema asks with. */
export function createReturnLoaders(em: EntityManager) {
  const customerReturnPages = new Map<string, DataLoader<string, Connection<Return>>>();
  return {
    returnById: entityByIdLoader(em, Return),
    orderLineById: entityByIdLoader(em, OrderLine),
    returnsByOrderId: groupedLoader<string, Return>(
      (orderIds) => em.find(Return, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (found) => found.order.id,
    ),
    linesByReturnId: groupedLoader<string, ReturnLine>(
      (returnIds) => em.find(ReturnLine, { return: { $in: [...returnIds] } }, { orderBy: { return: 'asc', id: 'asc' } }),
      (line) => line.return.id,
    ),
    refundsByOrderId: groupedLoader<string, Refund>(
      (orderIds) => em.find(Refund, { order: { $in: [...orderIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (refund) => refund.order.id,
    ),
    refundBySourceKey: new DataLoader<string, Refund | null>(async (keys) => {
      const found = await em.find(Refund, { sourceKey: { $in: [...keys] } });
      return keys.map((key) => found.find((refund) => refund.sourceKey === key) ?? null);
    }),
    exchangeByReturnId: new DataLoader<string, Exchange | null>(async (returnIds) => {
      const found = await em.find(Exchange, { return: { $in: returnIds.filter(isUuid) } });
      return returnIds.map((id) => found.find((exchange) => exchange.return.id === id) ?? null);
    }),
    exchangeByReplacementOrderId: new DataLoader<string, Exchange | null>(async (orderIds) => {
      const found = await em.find(Exchange, { replacementOrder: { $in: orderIds.filter(isUuid) } });
      return orderIds.map((id) => found.find((exchange) => exchange.replacementOrder?.id === id) ?? null);
    }),
    storeCreditByCustomerId: storeCreditLoader(em),
    figuresByCustomerId: new DataLoader<string, CustomerFigures>((customerIds) => customerFiguresOf(em, customerIds)),
    returnsByCustomerId(first: number, after: NewestFirstPosition | null): DataLoader<string, Connection<Return>> {
      const key = JSON.stringify([first, after?.createdAt.toISOString() ?? null, after?.id ?? null]);
      let loader = customerReturnPages.get(key);
      if (!loader) {
        loader = customerReturnsLoader(em, first, after);
        customerReturnPages.set(key, loader);
      }
      return loader;
    },
  };
}

export type ReturnLoaders = ReturnType<typeof createReturnLoaders>;
