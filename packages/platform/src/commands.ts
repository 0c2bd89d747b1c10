import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable } from './database-faults.ts';
import { DomainError } from './errors.ts';
import type { Logger } from './logger.ts';
import { runPeriodically } from './periodic.ts';
import { inTransaction } from './transactions.ts';

/**
 * The command layer: one way to run a write that reaches beyond this service's database.
 *
 * A command is claimed under its idempotency key (a row in the service's
 * `command` table, with a lease). Its effects outside the database (stock held at another service,
 * an authorization at a payment provider) are *intents*, recorded on that row before or after they
 * are performed, each with a compensation known by its kind. Its own writes happen last, in one
 * short, deadlock-retried transaction that also deletes the row. No transaction or lock is held while
 * another service or a provider is called.
 *
 * If the command fails before its writes commit, its intents are compensated in reverse order and the
 * row is deleted (the key is free for a retry); if that cannot be done (the service stopped, the
 * database or the other service is away), the row stays and the recovery worker compensates it once
 * its lease has expired. A RUNNING row therefore means "not committed": its presence is what other
 * services are told when they ask whether an order exists (reconciliation), and a client retry that
 * finds it either waits for the live request or takes it over after compensating what it had done.
 * Effects declared with the writes (e.g. release stock once a cancellation is written) come back as a
 * COMMITTED row in the same transaction, performed right after it, or by the recovery worker.
 */

export const CommandRecordSchema = defineEntity({
  name: 'CommandRecord',
  tableName: 'command',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    name: p.string().length(60),
    scope: p.string().length(160),
    key: p.string().length(255),
    fingerprint: p.string().length(64),
    /** What the command creates or changes (e.g. the order id): the same for every retry of the key. */
    subjectId: p.string().length(100).index(),
    leaseToken: p.uuid(),
    leaseUntil: p.datetime().index(),
    intents: p.json<RecordedIntent[]>(),
    /** RUNNING until the writes commit; COMMITTED while effects declared with the writes remain to be done. */
    phase: p.enum(['RUNNING', 'COMMITTED'] as const).default('RUNNING'),
    /** Effects to perform after the commit (durable: recovery performs them if the owner could not). */
    effects: p.json<RecordedIntent[]>().default('[]'),
    /** Recovery rounds that could not compensate everything yet. */
    attempts: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['name', 'scope', 'key'] }],
});

export class CommandRecord extends CommandRecordSchema.class {}
CommandRecordSchema.setClass(CommandRecord);

/** An effect outside the database, as recorded on the command: its kind names its compensation. */
export interface RecordedIntent {
  kind: string;
  data: Record<string, unknown>;
}

/**
 * How each kind of intent is undone; compensations must be idempotent (they may run twice). `em` is
 * the service's own database, for a short record of what was undone (never a transaction held
 * across the remote call).
 */
export type Compensations = Readonly<Record<string, (intent: RecordedIntent, subjectId: string, em: EntityManager) => Promise<void>>>;

/** How each kind of after-commit effect is performed; idempotent too (recovery may perform it again). */
export type Effects = Readonly<Record<string, (effect: RecordedIntent, subjectId: string) => Promise<void>>>;

export interface CommandRunnerOptions {
  /** The service's schema, where its `command` table lives. */
  schema: string;
  compensations: Compensations;
  effects?: Effects;
  /** How long a claim lasts without its owner finishing (default 30 s): longer than any command runs. */
  leaseMs?: number;
  logger: Logger;
}

export interface CommandSpec<T> {
  name: string;
  /** Whose key it is (keys are the caller's). */
  scope: string;
  key: string;
  /** Hash of the request without its key: the same key with another request is refused. */
  fingerprint: string;
  /** What a caller is told when the key stays busy (default: the idempotency key is still being processed). */
  busyMessage?: string;
  /** The key's stored outcome, if the command ran to the end before. */
  findOutcome(em: EntityManager): Promise<T | undefined>;
  /** Does the work: intents through `command.intent`, the writes through `command.commit`. */
  perform(command: RunningCommand): Promise<T>;
}

/** What the work of a command sees: its subject, its intents and its final transaction. */
export interface RunningCommand {
  readonly subjectId: string;
  /**
   * Performs an effect outside the database as a durable intent: recorded `before` it is performed
   * (its compensation must then cope with an effect that never happened) or `after`, with what the
   * effect answered (e.g. an authorization's reference). Never inside a transaction.
   */
  intent<R>(kind: string, perform: () => Promise<R>, record: { before: Record<string, unknown> } | { after: (result: R) => Record<string, unknown> | null }): Promise<R>;
  /**
   * The command's writes, in one deadlock-retried transaction that also retires the command. `write`
   * may declare effects to perform once they are committed (`effect`): they are recorded in the same
   * transaction, performed right after it, and by the recovery worker if the service stops first.
   */
  commit<R>(write: (tx: EntityManager, effect: (kind: string, data: Record<string, unknown>) => void) => Promise<R>): Promise<R>;
}

/** A command's effects recorded as committed with its writes, to perform. */
interface RecordedEffects {
  readonly id: string;
  readonly token: string;
  readonly subjectId: string;
  readonly effects: readonly RecordedIntent[];
}

interface CommandRow {
  id: string;
  phase: 'RUNNING' | 'COMMITTED';
  fingerprint: string;
  subject_id: string;
  lease_token: string;
  expired: boolean;
  intents: RecordedIntent[];
}

type Claim =
  | { kind: 'OUTCOME'; outcome: unknown }
  | { kind: 'CLAIMED'; id: string; subjectId: string; token: string; stale: { subjectId: string; intents: RecordedIntent[] } | null }
  | { kind: 'BUSY' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class CommandRunner {
  readonly #table: string;
  readonly #compensations: Compensations;
  readonly #effects: Effects;
  readonly #leaseMs: number;
  /** The lease in seconds, as the SQL statements take it. */
  readonly #leaseSecs: number;
  readonly #logger: Logger;

  constructor(options: CommandRunnerOptions) {
    this.#table = `"${options.schema}".command`;
    this.#compensations = options.compensations;
    this.#effects = options.effects ?? {};
    this.#leaseMs = options.leaseMs ?? 30_000;
    this.#leaseSecs = this.#leaseMs / 1000;
    this.#logger = options.logger;
  }

  get leaseMs(): number {
    return this.#leaseMs;
  }

  /**
   * Runs a command once per key: a key with an outcome replays it; a key another request is running
   * waits for it (then replays its outcome, or runs if it failed); a key whose owner vanished is
   * taken over after its intents are compensated.
   */
  async run<T>(em: EntityManager, spec: CommandSpec<T>): Promise<T> {
    const deadline = Date.now() + this.#leaseMs + 5_000;
    for (let wait = 10; ; wait = Math.min(wait * 2, 100)) {
      const claim = await this.#claim(em, spec);
      if (claim.kind === 'OUTCOME') return claim.outcome as T;
      if (claim.kind === 'CLAIMED') return this.#perform(em, spec, claim);
      if (Date.now() > deadline) {
        throw new DomainError('COMMAND_IN_PROGRESS', spec.busyMessage ?? `A request with idempotency key "${spec.key}" is still being processed; try again shortly`, { idempotencyKey: spec.key });
      }
      await sleep(wait + Math.random() * wait);
    }
  }

  /**
   * Claims the key without a transaction: the row is inserted (its unique key settles a race), then
   * the outcome is looked for (a command that committed deleted its row and wrote its outcome in one
   * transaction, so a claim made after that commit sees the outcome). An existing row is another
   * request's: it is waited for while its lease runs, taken over once it has run out.
   */
  async #claim<T>(em: EntityManager, spec: CommandSpec<T>): Promise<Claim> {
    const db = em.fork();
    const token = randomUUID();
    const subjectId = randomUUID();
    const inserted = await db.execute<{ id: string }[]>(
      `insert into ${this.#table} (id, name, scope, key, fingerprint, subject_id, lease_token, lease_until, intents, attempts, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?), '[]', 0, now(), now())
       on conflict (name, scope, key) do nothing returning id`,
      [randomUUID(), spec.name, spec.scope, spec.key, spec.fingerprint, subjectId, token, this.#leaseSecs],
    );
    const mine = inserted[0];
    if (mine) {
      const outcome = await spec.findOutcome(db);
      if (outcome === undefined) return { kind: 'CLAIMED', id: mine.id, subjectId, token, stale: null };
      await db.execute(`delete from ${this.#table} where id = ?`, [mine.id]);
      return { kind: 'OUTCOME', outcome };
    }
    const [row] = await db.execute<CommandRow[]>(
      `select id, fingerprint, subject_id, lease_token, lease_until < now() as expired, intents, phase from ${this.#table} where name = ? and scope = ? and key = ?`,
      [spec.name, spec.scope, spec.key],
    );
    // Gone meanwhile: committed (the outcome is there now) or abandoned (the key is free again).
    if (!row) return { kind: 'BUSY' };
    if (row.fingerprint !== spec.fingerprint) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', `Idempotency key "${spec.key}" was already used for a different request`, { idempotencyKey: spec.key });
    }
    // Committed, its effects still to do (the owner or recovery finishes them): then the outcome is there.
    if (!row.expired || row.phase === 'COMMITTED') return { kind: 'BUSY' };
    // Its owner is gone (crashed, or gave up before compensating): take it over. What it set in motion
    // is undone first, under its subject; the command starts afresh under a new one (other services
    // may keep records of the old subject that a second attempt under it would collide with).
    const taken = await db.execute<{ id: string }[]>(
      `update ${this.#table} set lease_token = ?, lease_until = now() + make_interval(secs => ?), updated_at = now() where id = ? and lease_token = ? and lease_until < now() returning id`,
      [token, this.#leaseSecs, row.id, row.lease_token],
    );
    if (taken.length === 0) return { kind: 'BUSY' };
    return { kind: 'CLAIMED', id: row.id, subjectId, token, stale: { subjectId: row.subject_id, intents: row.intents } };
  }

  async #perform<T>(em: EntityManager, spec: CommandSpec<T>, claim: Extract<Claim, { kind: 'CLAIMED' }>): Promise<T> {
    const { id, subjectId, token } = claim;
    if (claim.stale) {
      // What the previous owner set in motion is undone before this request starts afresh.
      await this.#compensate(em, claim.stale.intents, claim.stale.subjectId);
      await this.#fenced(em, `update ${this.#table} set intents = '[]', subject_id = ?, updated_at = now() where id = ? and lease_token = ?`, [subjectId, id, token]);
    }
    const intents: RecordedIntent[] = [];
    let effects: RecordedIntent[] = [];
    let committed = false;
    const record = (intent: RecordedIntent) => {
      intents.push(intent);
      return this.#fenced(em, `update ${this.#table} set intents = intents || ?::jsonb, updated_at = now() where id = ? and lease_token = ?`, [
        JSON.stringify([intent]),
        id,
        token,
      ]);
    };
    const command: RunningCommand = {
      subjectId,
      intent: async (kind, perform, how) => {
        if ('before' in how) await record({ kind, data: how.before });
        const result = await perform();
        if ('after' in how) {
          const data = how.after(result);
          if (data) await record({ kind, data });
        }
        return result;
      },
      commit: async (write) => {
        const result = await inTransaction(em, async (tx) => {
          effects = [];
          // Retiring the row first fences the write: an owner whose lease was taken over commits nothing.
          const retired = await tx.execute<{ id: string }[]>(`delete from ${this.#table} where id = ? and lease_token = ? returning id`, [id, token]);
          if (retired.length === 0) throw leaseLost();
          const written = await write(tx, (kind, data) => {
            if (!this.#effects[kind]) throw new Error(`No effect of kind ${kind}`);
            effects.push({ kind, data });
          });
          if (effects.length > 0) {
            // The row comes back, committed, holding what is still to be done.
            await tx.execute(
              `insert into ${this.#table} (id, name, scope, key, fingerprint, subject_id, lease_token, lease_until, intents, phase, effects, attempts, created_at, updated_at)
               values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?), '[]', 'COMMITTED', ?::jsonb, 0, now(), now())`,
              [id, spec.name, spec.scope, spec.key, spec.fingerprint, subjectId, token, this.#leaseSecs, JSON.stringify(effects)],
            );
          }
          return written;
        });
        committed = true;
        return result;
      },
    };
    try {
      const result = await spec.perform(command);
      if (!committed) throw new Error(`Command ${spec.name} ended without committing`);
      if (effects.length > 0) await this.#performRecorded(em, { id, token, subjectId, effects });
      return result;
    } catch (error) {
      if (!committed) await this.#abandon(em, id, token, subjectId, intents, error);
      throw error;
    }
  }

  /**
   * Performs committed effects now and retires their row; when one fails, the row's lease is ended
   * so the recovery worker performs them again at its next round (effects are idempotent).
   */
  async #performRecorded(em: EntityManager, recorded: RecordedEffects): Promise<void> {
    try {
      await this.#performEffects(recorded.effects, recorded.subjectId);
      await this.#retire(em, recorded.id, recorded.token);
    } catch (error) {
      this.#logger.warn({ err: error, subjectId: recorded.subjectId }, 'after-commit effect failed; left to recovery');
      await this.#expire(em, recorded.id, recorded.token).catch(() => undefined);
    }
  }

  async #performEffects(effects: readonly RecordedIntent[], subjectId: string): Promise<void> {
    for (const effect of effects) {
      const perform = this.#effects[effect.kind];
      if (!perform) throw new Error(`No effect of kind ${effect.kind}`);
      await perform(effect, subjectId);
    }
  }

  /**
   * A command that failed before committing: compensate what it did and free its key, if it still
   * owns its row. When the database is away (the commit's fate may be unknown) or a compensation
   * fails, the row is left for the recovery worker.
   */
  async #abandon(em: EntityManager, id: string, token: string, subjectId: string, intents: RecordedIntent[], cause: unknown): Promise<void> {
    // The database away: whether the writes committed is unknown, so recovery decides (the row tells).
    if (isDatabaseUnavailable(cause)) return;
    if (intents.length === 0) {
      await this.#retire(em, id, token).catch(() => undefined);
      return;
    }
    try {
      const owned = await em.fork().execute<{ id: string }[]>(
        `update ${this.#table} set lease_until = now() + make_interval(secs => ?), updated_at = now() where id = ? and lease_token = ? returning id`,
        [this.#leaseSecs, id, token],
      );
      if (owned.length === 0) return;
      await this.#compensate(em, intents, subjectId);
      await this.#retire(em, id, token);
    } catch (error) {
      // Left to recovery: the lease runs out and the worker compensates again (compensations are idempotent).
      this.#logger.warn({ err: error, subjectId, cause: cause instanceof Error ? cause.message : String(cause) }, 'command not compensated in the request; left to recovery');
      await this.#expire(em, id, token).catch(() => undefined);
    }
  }

  /** Compensates intents newest first; the first failure stops (and is thrown) so none is skipped. */
  async #compensate(em: EntityManager, intents: readonly RecordedIntent[], subjectId: string): Promise<void> {
    for (const intent of [...intents].reverse()) {
      const compensation = this.#compensations[intent.kind];
      if (!compensation) throw new Error(`No compensation for intents of kind ${intent.kind}`);
      await compensation(intent, subjectId, em.fork());
    }
  }

  /** Deletes the command's row if this owner still holds it. */
  async #retire(em: EntityManager, id: string, token: string): Promise<void> {
    await em.fork().execute(`delete from ${this.#table} where id = ? and lease_token = ?`, [id, token]);
  }

  /** Ends this owner's lease at once, leaving the row to the recovery worker. */
  async #expire(em: EntityManager, id: string, token: string): Promise<void> {
    await em.fork().execute(`update ${this.#table} set lease_until = now() where id = ? and lease_token = ?`, [id, token]);
  }

  async #fenced(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
    const rows = await em.fork().execute<{ id: string }[]>(`${sql} returning id`, params as never[]);
    if (rows.length === 0) throw leaseLost();
  }

  /**
   * One recovery round: claims commands whose lease ran out (their owner crashed or could not
   * compensate), compensates their intents and deletes them. Safe with several instances.
   */
  async recover(em: EntityManager): Promise<number> {
    const expired = await em.fork().execute<{ id: string }[]>(`select id from ${this.#table} where lease_until < now() order by lease_until limit 50`);
    let recovered = 0;
    for (const { id } of expired) {
      const token = randomUUID();
      const [row] = await em.fork().execute<(CommandRow & { effects: RecordedIntent[] })[]>(
        `update ${this.#table} set lease_token = ?, lease_until = now() + make_interval(secs => ?), attempts = attempts + 1, updated_at = now()
          where id = ? and lease_until < now() returning id, subject_id, intents, phase, effects`,
        [token, this.#leaseSecs, id],
      );
      if (!row) continue;
      try {
        // Not committed: undo what it set in motion. Committed: finish what it left to do.
        if (row.phase === 'COMMITTED') await this.#performEffects(row.effects, row.subject_id);
        else await this.#compensate(em, row.intents, row.subject_id);
        await this.#retire(em, id, token);
        recovered += 1;
      } catch (error) {
        this.#logger.warn({ err: error, subjectId: row.subject_id }, 'command recovery failed; will retry');
        await this.#expire(em, id, token);
      }
    }
    return recovered;
  }

  /** Runs `recover` every `intervalMs`; returns the stop. */
  startRecovery(em: EntityManager, intervalMs: number): () => Promise<void> {
    return runPeriodically('command recovery', intervalMs, this.#logger, async () => {
      const recovered = await this.recover(em);
      if (recovered > 0) this.#logger.info({ recovered }, 'commands whose owner stopped were compensated or finished');
    });
  }

  /** Which of these subjects have a command in flight (not committed, not yet compensated). */
  async subjectsInFlight(em: EntityManager, subjectIds: readonly string[]): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await em.execute<{ subject_id: string }[]>(`select subject_id from ${this.#table} where phase = 'RUNNING' and subject_id = any(?::text[])`, [
      `{${subjectIds.join(',')}}`,
    ]);
    return new Set(rows.map((row) => row.subject_id));
  }
}

function leaseLost(): DomainError {
  return new DomainError('COMMAND_SUPERSEDED', 'This request took too long and another took it over; send it again with the same idempotency key');
}
