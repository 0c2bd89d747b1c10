import { DomainError } from './errors.ts';

/** Allowed transitions: for each state, the states it may move to. */
export type TransitionTable<S extends string> = Readonly<Record<S, readonly S[]>>;

/**
 * A small generic state machine over a transitions table (the Vendure way): the table is the
 * process, `assertTransition` guards every change, and hooks are the caller's business.
 */
export class StateMachine<S extends string> {
  readonly #table: TransitionTable<S>;
  readonly #name: string;

  constructor(name: string, table: TransitionTable<S>) {
    this.#name = name;
    this.#table = table;
  }

  canTransition(from: S, to: S): boolean {
    return this.#table[from]?.includes(to) ?? false;
  }

  /** Throws INVALID_STATE_TRANSITION (nothing changed) when `to` is not reachable from `from`. */
  assertTransition(from: S, to: S): void {
    if (!this.canTransition(from, to)) {
      const allowed = this.#table[from] ?? [];
      throw new DomainError(
        'INVALID_STATE_TRANSITION',
        `${this.#name} cannot go from ${from} to ${to}` + (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (final state)'),
        { from, to },
      );
    }
  }

  nextStates(from: S): readonly S[] {
    return this.#table[from] ?? [];
  }

  isFinal(state: S): boolean {
    return this.nextStates(state).length === 0;
  }
}
