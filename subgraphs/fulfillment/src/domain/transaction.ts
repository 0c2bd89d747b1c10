export { anythingDue, inTransaction, violatedUniqueConstraint } from '@oms/platform';
