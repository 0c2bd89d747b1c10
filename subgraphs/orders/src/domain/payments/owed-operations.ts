/**
 * Calls at the payment provider that an order change owes (a capture for goods that left, a void of
 * a lowered total, a refund): made only once the change is committed, never while its transaction
 * is open. A call made inside the transaction would stand at the provider when the commit then
 * failed (money moved for a change that never happened), and would hold the order's lock for as
 * long as the provider takes.
 *
 * So the change journals each call PENDING (a payment operation, with the payment's amounts moved
 * at once) and declares an after-commit effect of the command layer (`packages/platform`
 * commands.ts) that makes it: performed right after the commit, and by the command recovery worker
 * if the provider fails or the service stops first. The provider deduplicates by the idempotency
 * key recorded with the effect, and the journal row says whether the call was made, so performing
 * an effect twice (request, then recovery) moves the money once.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@oms/platform';
import type { OrderProcessContext } from '../../context.ts';
import { PaymentOperation } from '../../entities/payment-operation.entity.ts';
import type { Payment } from '../../entities/payment.entity.ts';

/** Effect kinds (see order-commands.ts). */
export const OWED_PAYMENT_OPERATION = 'payment-operation';

/** Declares an effect of the running command, to perform once its writes are committed. */
export type DeclareEffect = (kind: string, data: Record<string, unknown>) => void;

/**
 * Where a change that owes the provider a call records it, in the change's transaction: the
 * command's own effects (`owedThroughCommand`).
 */
export interface AfterCommit {
  owe(em: EntityManager, kind: string, data: Record<string, unknown>): Promise<void>;
}

/** The running command's `effect` as the place owed calls go. */
export function owedThroughCommand(effect: DeclareEffect): AfterCommit {
  return {
    owe: async (_em, kind, data) => {
      effect(kind, data);
    },
  };
}

type OwedKind = Extract<PaymentOperation['operation'], 'CAPTURE' | 'VOID' | 'REFUND'>;

/** A call journaled PENDING: its row, and the key the provider deduplicates it by. */
export interface OwedCall {
  operationId: string;
  idempotencyKey: string;
}

/**
 * In the change's transaction: journals `operation` of `amount` on `payment` PENDING. `idempotencyKey`
 * is what the provider deduplicates by (a void without one is keyed by its row: `void:<id>`).
 */
export function journalOwedCall(em: EntityManager, payment: Payment, owed: { operation: OwedKind; amount: number; idempotencyKey?: string }): OwedCall {
  const id = randomUUID();
  em.create(PaymentOperation, {
    id,
    payment,
    operation: owed.operation,
    amount: owed.amount,
    currency: payment.currency,
    outcome: 'PENDING',
    providerReference: owed.operation === 'REFUND' ? null : payment.reference,
    at: new Date(),
  });
  return { operationId: id, idempotencyKey: owed.idempotencyKey ?? `void:${id}` };
}

/** Journals the call (`journalOwedCall`) and owes it after the commit. */
export async function oweProviderCall(
  em: EntityManager,
  afterCommit: AfterCommit,
  payment: Payment,
  owed: { operation: OwedKind; amount: number; idempotencyKey?: string },
): Promise<void> {
  const call = journalOwedCall(em, payment, owed);
  await afterCommit.owe(em, OWED_PAYMENT_OPERATION, { ...call });
}

/**
 * The effect: makes one journaled call at the provider, then marks the row SUCCEEDED (a refund's
 * row with the provider's reference). A row already SUCCEEDED was made before: nothing is asked
 * again. No transaction is open during the call.
 */
export async function makeOwedProviderCall(ctx: Pick<OrderProcessContext, 'em' | 'payments'>, data: Record<string, unknown>): Promise<void> {
  const em = ctx.em.fork();
  const operationId = String(data['operationId']);
  const idempotencyKey = String(data['idempotencyKey']);
  const operation = await em.findOne(PaymentOperation, { id: operationId }, { populate: ['payment'] });
  if (!operation || operation.outcome !== 'PENDING') return;
  const { payment } = operation;
  const provider = ctx.payments.get(payment.provider);
  const request = { reference: payment.reference, amount: operation.amount, currency: operation.currency, idempotencyKey };
  let reference = operation.providerReference ?? null;
  if (operation.operation === 'CAPTURE') await provider.capture(request);
  else if (operation.operation === 'VOID') await provider.void(request);
  else if (operation.operation === 'REFUND') reference = (await provider.refund(request)).reference.slice(0, 100);
  else throw new Error(`A ${operation.operation} is never owed after a commit`);
  await em.nativeUpdate(PaymentOperation, { id: operationId, outcome: 'PENDING' }, { outcome: 'SUCCEEDED', providerReference: reference, at: new Date() });
}
