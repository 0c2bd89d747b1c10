import { expiredRowsRule, retentionWorker, type RetentionPolicy, type RetentionRule } from '@oms/platform';

/**
 * What the orders service prunes besides the platform's tables: idempotency records of placeOrder,
 * editOrder and acceptAlternative. Clients retry within minutes (a day at most); a key used again
 * after IDEMPOTENCY_RETENTION_DAYS is a new request. Orders and payments are records: never pruned.
 */
export const ordersRetentionRules = (policy: RetentionPolicy): RetentionRule[] => [
  expiredRowsRule({ table: 'orders.idempotency_record', timestamp: 'created_at', days: policy.idempotencyDays }),
];

export const startRetentionWorker = retentionWorker(ordersRetentionRules);
