import { AppeasementSchema } from './appeasement.entity.ts';
import { ExchangeSchema } from './exchange.entity.ts';
import { RefundSchema } from './refund.entity.ts';
import { ReturnLineSchema } from './return-line.entity.ts';
import { ReturnPolicyVersionSchema } from './return-policy.entity.ts';
import { ReturnSchema } from './return.entity.ts';
import { StoreCreditEntrySchema } from './store-credit-entry.entity.ts';

/** The entities of returns, exchanges, refunds, store credit and appeasements (listed by server.ts). */
export const RETURN_ENTITIES = [
  ReturnPolicyVersionSchema,
  ReturnSchema,
  ReturnLineSchema,
  RefundSchema,
  StoreCreditEntrySchema,
  AppeasementSchema,
  ExchangeSchema,
] as const;
