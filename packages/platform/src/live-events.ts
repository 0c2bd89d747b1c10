import type { BusEvent, EventBus, Unsubscribe } from './bus/index.ts';

export interface LiveFilter {
  /** Only events of these aggregates (indexed: cheap with many listeners). */
  aggregateIds?: readonly string[];
  types?: readonly string[];
  where?: (event: BusEvent) => boolean;
}

interface Listener {
  filter: LiveFilter;
  push(event: BusEvent): void;
}

/** Raised to a GraphQL subscription whose consumer cannot keep up. */
export class SlowConsumerError extends Error {
  override readonly name = 'SlowConsumerError';
}

/**
 * One bus subscription per process, fanned out to every GraphQL subscription of that process.
 * Each listener has a bounded buffer: a consumer that falls behind is ended, not allowed to
 * grow memory without bound.
 */
export class LiveEventHub {
  readonly #bus: EventBus;
  readonly #byAggregate = new Map<string, Set<Listener>>();
  readonly #unindexed = new Set<Listener>();
  #unsubscribe: Promise<Unsubscribe> | undefined;

  constructor(bus: EventBus) {
    this.#bus = bus;
  }

  get listenerCount(): number {
    let count = this.#unindexed.size;
    for (const listeners of this.#byAggregate.values()) count += listeners.size;
    return count;
  }

  #start(): void {
    if (this.#unsubscribe) return;
    const subscribing = this.#bus.subscribe((event) => this.#dispatch(event));
    this.#unsubscribe = subscribing;
    // Not subscribed (the database was away): the next listener tries again.
    subscribing.catch(() => {
      if (this.#unsubscribe === subscribing) this.#unsubscribe = undefined;
    });
  }

  #dispatch(event: BusEvent): void {
    const matches = (listener: Listener) =>
      (!listener.filter.types || listener.filter.types.includes(event.type)) && (!listener.filter.where || listener.filter.where(event));
    for (const listener of this.#byAggregate.get(event.aggregateId) ?? []) if (matches(listener)) listener.push(event);
    for (const listener of this.#unindexed) if (matches(listener)) listener.push(event);
  }

  /** Events matching `filter` from now on, as an async iterator (what GraphQL subscribe resolvers return). */
  listen(filter: LiveFilter, bufferSize = 100): AsyncIterableIterator<BusEvent> {
    this.#start();
    const buffer: BusEvent[] = [];
    let waiting: ((result: IteratorResult<BusEvent>) => void) | undefined;
    let failing: ((error: Error) => void) | undefined;
    let done = false;
    let overflow = false;

    const listener: Listener = {
      filter,
      push: (event) => {
        if (done) return;
        if (waiting) {
          const resolve = waiting;
          waiting = undefined;
          failing = undefined;
          resolve({ value: event, done: false });
        } else if (buffer.length >= bufferSize) {
          overflow = true;
          if (failing) failing(new SlowConsumerError('subscriber too slow'));
          remove();
        } else {
          buffer.push(event);
        }
      },
    };
    const indexed = filter.aggregateIds && filter.aggregateIds.length > 0;
    if (indexed) {
      for (const id of filter.aggregateIds!) {
        let set = this.#byAggregate.get(id);
        if (!set) this.#byAggregate.set(id, (set = new Set()));
        set.add(listener);
      }
    } else {
      this.#unindexed.add(listener);
    }
    const remove = () => {
      done = true;
      if (indexed) {
        for (const id of filter.aggregateIds!) {
          const set = this.#byAggregate.get(id);
          set?.delete(listener);
          if (set?.size === 0) this.#byAggregate.delete(id);
        }
      } else {
        this.#unindexed.delete(listener);
      }
    };

    const iterator: AsyncIterableIterator<BusEvent> = {
      next: () => {
        const event = buffer.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        if (overflow) return Promise.reject(new SlowConsumerError('subscriber too slow'));
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = resolve;
          failing = reject;
        });
      },
      return: () => {
        remove();
        waiting?.({ value: undefined, done: true });
        waiting = undefined;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async close(): Promise<void> {
    const unsubscribe = await this.#unsubscribe?.catch(() => undefined);
    await unsubscribe?.();
  }
}

/**
 * The events of `events` that `accept` keeps, decided one at a time (a check that needs the database
 * or another service, e.g. whether the subscriber may see the record). Ending it ends `events`.
 */
export function keepEvents(events: AsyncIterableIterator<BusEvent>, accept: (event: BusEvent) => Promise<boolean>): AsyncIterableIterator<BusEvent> {
  const iterator: AsyncIterableIterator<BusEvent> = {
    next: async () => {
      for (;;) {
        const result = await events.next();
        if (result.done || (await accept(result.value))) return result;
      }
    },
    return: () => events.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
