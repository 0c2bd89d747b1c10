import { StateMachine } from '@oms/platform';
import type { CaseStatus } from '../entities/customer-case.entity.ts';

/** A case waits on us (OPEN) or on the customer (PENDING_CUSTOMER) until resolved; a resolved case may be reopened. */
export const caseStateMachine = new StateMachine<CaseStatus>('A case', {
  OPEN: ['PENDING_CUSTOMER', 'RESOLVED'],
  PENDING_CUSTOMER: ['OPEN', 'RESOLVED'],
  RESOLVED: ['OPEN'],
});
