/** An event as it travels between services: an outbox row, published after its transaction committed. */
export interface BusEvent {
  id: string;
  /** The service that produced it (its subgraph name). */
  source: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

export type Unsubscribe = () => Promise<void>;

export interface EventBus {
  readonly kind: 'postgres' | 'nats';
  /** Makes committed outbox events available to every consumer; called by the outbox relay. */
  publish(events: BusEvent[]): Promise<void>;
  /**
   * A live feed from now on: every instance that subscribes gets every event (fan-out), e.g. to push
   * GraphQL subscriptions. No replay after a restart.
   */
  subscribe(handler: (event: BusEvent) => void): Promise<Unsubscribe>;
  /**
   * A durable consumer: each event of the given types is handled by one instance of the named
   * consumer, at least once, in publication order; handlers must be idempotent (dedupe by event id).
   */
  consume(consumer: string, types: readonly string[], handler: (event: BusEvent) => Promise<void>): Promise<Unsubscribe>;
  /**
   * Removes the stored events `matches` picks from the bus's own storage (GDPR erasure): NATS
   * JetStream deletes and overwrites those messages of its stream. The PostgreSQL bus log is a table
   * every service anonymizes in place with its other rows, so there is nothing more to do there.
   * Returns how many were removed.
   */
  eraseStoredEvents(matches: (event: BusEvent) => boolean): Promise<number>;
  close(): Promise<void>;
}
