import { StateMachine } from '@oms/platform';
import type { ReturnStatus } from '../../entities/return.entity.ts';

/**
 * The return process as a transitions table. A request is approved at once unless its value needs
 * a staff decision; approved goods travel back (a label and tracking number) or are handed in at a
 * store (APPROVED → RECEIVED); once received anywhere they are inspected line by line, then
 * refunded, or closed when nothing is owed (e.g. all of it was exchanged).
 */
export const RETURN_TRANSITIONS = {
  REQUESTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['IN_TRANSIT', 'RECEIVED'],
  IN_TRANSIT: ['RECEIVED'],
  RECEIVED: ['INSPECTED'],
  INSPECTED: ['REFUNDED', 'CLOSED'],
  REJECTED: [],
  REFUNDED: [],
  CLOSED: [],
} as const satisfies Record<ReturnStatus, readonly ReturnStatus[]>;

export const returnStateMachine = new StateMachine<ReturnStatus>('Return', RETURN_TRANSITIONS);

/** Statuses whose requested units still count against what may be returned (not yet counted on receipt). */
export const AWAITING_GOODS: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'IN_TRANSIT'];

/** A return may be exchanged once approved and until it is settled. */
export const EXCHANGEABLE: readonly ReturnStatus[] = ['APPROVED', 'IN_TRANSIT', 'RECEIVED', 'INSPECTED'];
