import { expiredRowsRule, retentionWorker, type RetentionPolicy, type RetentionRule } from '@oms/platform';

/**
 * What the fulfillment service prunes besides the platform's tables: the log of dropship vendor
 * webhooks once delivered or given up, WEBHOOK_DELIVERY_RETENTION_DAYS after their last attempt.
 * Pending deliveries are kept whatever their age; fulfillment orders and parcels are records.
 */
export const fulfillmentRetentionRules = (policy: RetentionPolicy): RetentionRule[] => [
  expiredRowsRule({
    table: 'fulfillment.webhook_delivery',
    timestamp: 'created_at',
    days: policy.webhookDeliveryDays,
    where: `status in ('DELIVERED', 'FAILED') and coalesce(last_attempt_at, created_at) < :cutoff`,
  }),
];

export const startRetentionWorker = retentionWorker(fulfillmentRetentionRules);
