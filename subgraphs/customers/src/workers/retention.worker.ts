import { expiredRowsRule, retentionWorker, type RetentionPolicy, type RetentionRule } from '@oms/platform';

/**
 * What the customers service prunes besides the platform's tables: finished webhook deliveries with
 * their attempts (WEBHOOK_DELIVERY_RETENTION_DAYS after the last attempt, so a replayed one counts
 * from its replay), sent or failed notifications (NOTIFICATION_RETENTION_DAYS: the record of what a
 * customer was told, kept a year by default). The audit log only when AUDIT_RETENTION_DAYS is set.
 */
export const customersRetentionRules = (policy: RetentionPolicy): RetentionRule[] => [
  {
    table: 'customers.webhook_delivery',
    days: policy.webhookDeliveryDays,
    sql: `with finished as (
        select id from customers.webhook_delivery
        where created_at < :cutoff and status in ('DELIVERED', 'FAILED') and coalesce(last_attempt_at, created_at) < :cutoff
        limit :limit for update skip locked
      ), attempts as (
        delete from customers.webhook_attempt where delivery_id in (select id from finished)
      )
      delete from customers.webhook_delivery where id in (select id from finished)`,
  },
  expiredRowsRule({ table: 'customers.notification', timestamp: 'created_at', days: policy.notificationDays, where: `status in ('SENT', 'FAILED')` }),
  expiredRowsRule({ table: 'customers.audit_entry', timestamp: 'created_at', days: policy.auditDays }),
];

export const startRetentionWorker = retentionWorker(customersRetentionRules);
