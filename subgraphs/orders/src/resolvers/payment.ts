import type { PaymentResolvers } from '../__generated__/resolvers-types.ts';
import { money } from '../domain/money.ts';

export const paymentResolvers: PaymentResolvers = {
  authorized: (payment) => money(payment.amountAuthorized, payment.currency),
  captured: (payment) => money(payment.amountCaptured, payment.currency),
  refunded: (payment) => money(payment.amountRefunded, payment.currency),
};
