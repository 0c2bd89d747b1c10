import type { OrderLineResolvers } from '../__generated__/resolvers-types.ts';
import { money, multiply } from '../domain/money.ts';

export const orderLineResolvers: OrderLineResolvers = {
  sku: (line) => ({ code: line.skuCode }),
  unitPrice: (line) => money(line.unitPrice, line.currency),
  discount: (line) => money(line.discount, line.currency),
  lineTotal: (line) => multiply(money(line.unitPrice, line.currency), line.quantity),
};
