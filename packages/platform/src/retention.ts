import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { EventBus } from './bus/index.ts';
import { optionalWholeNumber, parseConfig, wholeNumber } from './config.ts';
import type { Logger } from './logger.ts';
import type { MikroORM } from './orm.ts';
import { OutboxEventSchema } from './outbox.ts';
import { runPeriodically } from './periodic.ts';
import { ProcessedEventSchema } from './processed-event.ts';
import type { WorkerStarter } from './subgraph.ts';
import { inTransaction } from './transactions.ts';

/**
 * How long operational rows are kept before the pruning worker deletes them, in days. Business
 * records (orders, payments, stock movements, the audit log by default) are not operational rows
 * and are never pruned.
 */
export interface RetentionPolicy {
  /** How often each service prunes. */
  intervalMs: number;
  /** Rows deleted per statement: each batch is its own short transaction, so no lock is held for long. */
  batchSize: number;
  /** placeOrder/editOrder idempotency records: a retry after this many days is a new request. */
  idempotencyDays: number;
  /** Events a durable consumer has handled; always longer than the bus log is kept (checked at start-up). */
  processedEventDays: number;
  /** The PostgreSQL bus log; an event a durable consumer has not read yet is kept whatever its age. */
  busEventDays: number;
  /** Outbox rows the relay has published (unpublished rows are never pruned). */
  outboxDays: number;
  /** Finished webhook deliveries (and their attempts); pending ones are kept. */
  webhookDeliveryDays: number;
  /** Sent or failed customer notifications; pending ones are kept. */
  notificationDays: number;
  /** Expired or released cart holds; converted ones stay (orders refer to them). */
  reservationDays: number;
  /** The audit log; null (the default) keeps it forever. */
  auditDays: number | null;
}

const days = (fallback: number, min = 1) => wholeNumber(fallback, min, 3_650);

const retentionSettings = z
  .object({
    RETENTION_INTERVAL_MS: wholeNumber(300_000, 1_000, 86_400_000),
    RETENTION_BATCH_SIZE: wholeNumber(5_000, 100, 50_000),
    IDEMPOTENCY_RETENTION_DAYS: days(30),
    PROCESSED_EVENT_RETENTION_DAYS: days(30, 2),
    BUS_EVENT_RETENTION_DAYS: days(7),
    OUTBOX_RETENTION_DAYS: days(7),
    WEBHOOK_DELIVERY_RETENTION_DAYS: days(30),
    NOTIFICATION_RETENTION_DAYS: days(365),
    RESERVATION_RETENTION_DAYS: days(7),
    // An audit trail shorter than a year is no audit trail: opting in asks for at least that.
    AUDIT_RETENTION_DAYS: optionalWholeNumber(365, 36_500),
  })
  .superRefine((settings, context) => {
    // A redelivered event is only ever one still in the bus log; its processed row must outlive it,
    // or the redelivery would find no row and be applied a second time.
    if (settings.PROCESSED_EVENT_RETENTION_DAYS <= settings.BUS_EVENT_RETENTION_DAYS) {
      context.addIssue({
        code: 'custom',
        path: ['PROCESSED_EVENT_RETENTION_DAYS'],
        message: `must be greater than BUS_EVENT_RETENTION_DAYS (${settings.BUS_EVENT_RETENTION_DAYS}): a redelivered event whose processed row was pruned would be applied twice`,
      });
    }
  });

/** Parses the retention settings; every problem is reported with the variable that caused it. */
export function loadRetentionPolicy(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const settings = parseConfig(retentionSettings, env);
  return {
    intervalMs: settings.RETENTION_INTERVAL_MS,
    batchSize: settings.RETENTION_BATCH_SIZE,
    idempotencyDays: settings.IDEMPOTENCY_RETENTION_DAYS,
    processedEventDays: settings.PROCESSED_EVENT_RETENTION_DAYS,
    busEventDays: settings.BUS_EVENT_RETENTION_DAYS,
    outboxDays: settings.OUTBOX_RETENTION_DAYS,
    webhookDeliveryDays: settings.WEBHOOK_DELIVERY_RETENTION_DAYS,
    notificationDays: settings.NOTIFICATION_RETENTION_DAYS,
    reservationDays: settings.RESERVATION_RETENTION_DAYS,
    auditDays: settings.AUDIT_RETENTION_DAYS ?? null,
  };
}

/**
 * One kind of expiring row. `sql` deletes one batch: `:cutoff` (rows older than it expire) and
 * `:limit` are bound by the pruner; it must pick at most `:limit` rows with `for update skip locked`
 * (so it never waits on a row another transaction holds) and report how many it deleted.
 */
export interface RetentionRule {
  /** The table as the log names it, e.g. `orders.idempotency_record`. */
  readonly table: string;
  /** Days rows are kept; null: never pruned. */
  readonly days: number | null;
  readonly sql: string;
}

/**
 * The common shape: rows of `table` whose `timestamp` is older than the cutoff (and that match
 * `where`, if given), picked by `ctid` so composite keys need no special case.
 */
export function expiredRowsRule(options: { table: string; timestamp: string; days: number | null; where?: string }): RetentionRule {
  const extra = options.where ? ` and (${options.where})` : '';
  return {
    table: options.table,
    days: options.days,
    sql: `delete from ${options.table} where ctid = any(array(
      select ctid from ${options.table} where ${options.timestamp} < :cutoff${extra} limit :limit for update skip locked))`,
  };
}

/**
 * The bus log: events older than the cutoff that every durable consumer has read (at or below the
 * slowest consumer's offset). A consumer that is behind, or stopped, keeps its unread events.
 */
function busEventRule(days: number): RetentionRule {
  return {
    table: 'bus.event',
    days,
    sql: `delete from bus.event where position = any(array(
      select position from bus.event
      where published_at < :cutoff and position <= (select coalesce(min(position), 9223372036854775807) from bus.consumer_offset)
      limit :limit for update skip locked))`,
  };
}

/** The rules of the tables the platform gives every service: processed events, outbox, bus log. */
export function platformRetentionRules(orm: MikroORM, bus: EventBus | undefined, policy: RetentionPolicy): RetentionRule[] {
  // The service's schema is its name, a plain identifier.
  const schema = orm.config.get('schema') ?? 'public';
  const entities = orm.config.get('entities') as readonly unknown[];
  const rules: RetentionRule[] = [];
  if (entities.includes(ProcessedEventSchema)) {
    rules.push(expiredRowsRule({ table: `${schema}.processed_event`, timestamp: 'processed_at', days: policy.processedEventDays }));
  }
  if (entities.includes(OutboxEventSchema)) {
    rules.push(expiredRowsRule({ table: `${schema}.outbox_event`, timestamp: 'published_at', days: policy.outboxDays }));
  }
  // With NATS the log is the JetStream stream, whose own limits apply.
  if (bus?.kind === 'postgres') rules.push(busEventRule(policy.busEventDays));
  return rules;
}

/** Keys the advisory locks of pruning (with a hash of the table): one instance prunes a table at a time. */
const RETENTION_LOCK = 7_406_100;

export interface PruneOptions {
  em: EntityManager;
  rules: readonly RetentionRule[];
  batchSize: number;
  logger: Logger;
  /** Asked between batches: a service shutting down does not wait for a long catch-up. */
  shouldStop?: () => boolean;
}

/**
 * Deletes every expired row of every rule, a batch per transaction, and returns the count per table.
 * A table another instance is pruning at the moment is skipped (it will be done by that one); a
 * failing rule is logged and the others still run.
 */
export async function pruneExpiredRows(options: PruneOptions): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const rule of options.rules) {
    if (rule.days === null) continue;
    try {
      const count = await pruneRule(options, rule, rule.days);
      if (count > 0) removed[rule.table] = count;
    } catch (error) {
      options.logger.error({ err: error, table: rule.table }, 'pruning expired rows failed; will retry');
    }
    if (options.shouldStop?.()) break;
  }
  return removed;
}

async function pruneRule(options: PruneOptions, rule: RetentionRule, days: number): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await inTransaction(options.em, async (tx) => {
      const [claim] = await tx.execute<{ locked: boolean; cutoff: Date }[]>(
        'select pg_try_advisory_xact_lock(?, hashtext(?)) as locked, now() - make_interval(days => ?) as cutoff',
        [RETENTION_LOCK, rule.table, days],
      );
      if (!claim?.locked) return null;
      const params: unknown[] = [];
      const sql = rule.sql.replaceAll(/:(cutoff|limit)\b/g, (_match, name: string) => {
        params.push(name === 'cutoff' ? claim.cutoff : options.batchSize);
        return '?';
      });
      const result = await tx.execute<{ affectedRows: number }>(sql, params, 'run');
      return result.affectedRows;
    });
    if (deleted === null) return total;
    total += deleted;
    if (deleted < options.batchSize || options.shouldStop?.()) return total;
  }
}

/**
 * Consumers whose offset is below the newest event past retention: they hold the bus log back.
 * A consumer that was renamed or retired keeps its offset row forever; the warning names it.
 */
async function consumersHoldingBackBusLog(em: EntityManager, days: number): Promise<{ consumer: string; position: string; updated_at: Date }[]> {
  return em.execute(
    `select consumer, position::text as position, updated_at from bus.consumer_offset
     where position < (select position from bus.event where published_at < now() - make_interval(days => ?) order by published_at desc limit 1)
     order by position limit 5`,
    [days],
  );
}

/**
 * The pruning worker of a service: every RETENTION_INTERVAL_MS it deletes the expired rows of the
 * platform's tables (processed events, relayed outbox rows, the PostgreSQL bus log) and of the
 * service's own `rules`. Safe with several instances (advisory locks, SKIP LOCKED).
 */
export function retentionWorker(rules: (policy: RetentionPolicy) => RetentionRule[], policy: () => RetentionPolicy = retentionPolicy): WorkerStarter {
  return ({ orm, logger, bus }) => {
    const settings = policy();
    const log = logger.child({ worker: 'retention' });
    const all = [...platformRetentionRules(orm, bus, settings), ...rules(settings)];
    let stopping = false;
    const stop = runPeriodically('retention', settings.intervalMs, log, async () => {
      const removed = await pruneExpiredRows({ em: orm.em.fork(), rules: all, batchSize: settings.batchSize, logger: log, shouldStop: () => stopping });
      if (Object.keys(removed).length > 0) log.info({ removed }, 'expired rows pruned');
      if (bus?.kind === 'postgres' && !stopping) {
        const laggards = await consumersHoldingBackBusLog(orm.em.fork(), settings.busEventDays);
        if (laggards.length > 0) {
          log.warn({ consumers: laggards }, 'bus events past retention are kept for durable consumers that have not read them (delete the bus.consumer_offset row of a retired consumer)');
        }
      }
    });
    return async () => {
      stopping = true;
      await stop();
    };
  };
}

let loaded: RetentionPolicy | undefined;

/** The settings, parsed once (when the first service starts its workers). */
function retentionPolicy(): RetentionPolicy {
  loaded ??= loadRetentionPolicy();
  return loaded;
}
