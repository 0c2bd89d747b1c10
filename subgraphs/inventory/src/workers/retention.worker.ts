import { retentionWorker, type RetentionPolicy, type RetentionRule } from '@oms/platform';

/**
 * What the inventory service prunes besides the platform's tables: cart holds that expired or were
 * released (with their lines), RESERVATION_RETENTION_DAYS after they would have expired, which is
 * never before they ended. Converted holds stay: allocations and sourcing decisions refer to them.
 */
export const inventoryRetentionRules = (policy: RetentionPolicy): RetentionRule[] => [
  {
    table: 'inventory.reservation',
    days: policy.reservationDays,
    sql: `with ended as (
        select id from inventory.reservation
        where status in ('EXPIRED', 'RELEASED') and expires_at < :cutoff
        limit :limit for update skip locked
      ), lines as (
        delete from inventory.reservation_line where reservation_id in (select id from ended)
      )
      delete from inventory.reservation where id in (select id from ended)`,
  },
];

export const startRetentionWorker = retentionWorker(inventoryRetentionRules);
