import DataLoader from 'dataloader';
import { entityByIdLoader, groupedLoader, isUuid, newestFirstPagesLoader, type EntityManager } from '@oms/platform';
import { Exchange } from '../entities/exchange.entity.ts';
import { OrderLine } from '../entities/order-line.entity.ts';
import { Refund } from '../entities/refund.entity.ts';
import { ReturnLine } from '../entities/return-line.entity.ts';
import { Return } from '../entities/return.entity.ts';
import { customerFiguresOf, type CustomerFigures } from '../domain/returns/customer-figures.ts';

function table(em: EntityManager, name: string): string {
  return em.getPlatform().quoteIdentifier(`${em.config.get('schema')}.${name}`);
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
    /** The first `first` returns of each customer, newest first, after `after` when given: one statement per batch. */
    returnsByCustomerId: newestFirstPagesLoader(em, Return, 'customer_id'),
  };
}

export type ReturnLoaders = ReturnType<typeof createReturnLoaders>;
