import { AckPolicy, connect, DeliverPolicy, JSONCodec, type NatsConnection } from 'nats';
import type { Logger } from 'pino';
import type { BusEvent, EventBus, Unsubscribe } from './event-bus.ts';

const STREAM = 'OMS_EVENTS';
const SUBJECT_PREFIX = 'oms.events';
const codec = JSONCodec<BusEvent>();

/** Messages read at once while walking the stream. */
const READ_BATCH = 32;

/**
 * Reads every message stored in the stream, oldest first, by sequence (direct reads, 32 at a time;
 * deleted sequences are skipped); `visit` gets each one's stream sequence and its event.
 */
export async function readEventStream(connection: NatsConnection, visit: (sequence: number, event: BusEvent) => void): Promise<void> {
  const manager = await connection.jetstreamManager();
  const info = await manager.streams.info(STREAM).catch(() => null);
  if (!info || info.state.messages === 0) return;
  const { first_seq: first, last_seq: last } = info.state;
  for (let start = first; start <= last; start += READ_BATCH) {
    const sequences = Array.from({ length: Math.min(READ_BATCH, last - start + 1) }, (_, index) => start + index);
    const messages = await Promise.all(sequences.map((seq) => manager.streams.getMessage(STREAM, { seq }).catch(() => null)));
    for (const message of messages) if (message) visit(message.seq, codec.decode(message.data));
  }
}

/** A connection of its own, for one look at the stream (tests, tools). */
export async function withNatsConnection<T>(url: string, use: (connection: NatsConnection) => Promise<T>): Promise<T> {
  const connection = await connect({ servers: url, name: 'oms-stream-reader' });
  try {
    return await use(connection);
  } finally {
    await connection.close();
  }
}

/**
 * The scale-out bus: NATS JetStream. Events are stored in a durable stream (deduplicated by
 * event id); live subscribers use core NATS fan-out; durable consumers are JetStream pull
 * consumers with explicit acks, one event in flight at a time so order is kept.
 */
export class NatsEventBus implements EventBus {
  readonly kind = 'nats';
  readonly #connection: NatsConnection;
  readonly #logger: Logger;
  readonly #stops = new Set<Unsubscribe>();

  private constructor(connection: NatsConnection, logger: Logger) {
    this.#connection = connection;
    this.#logger = logger;
  }

  static async connect(url: string, logger: Logger): Promise<NatsEventBus> {
    const connection = await connect({ servers: url, name: 'oms' });
    const manager = await connection.jetstreamManager();
    const config = { name: STREAM, subjects: [`${SUBJECT_PREFIX}.>`], duplicate_window: 2 * 60 * 1_000_000_000 };
    try {
      await manager.streams.info(STREAM);
    } catch {
      await manager.streams.add(config);
    }
    return new NatsEventBus(connection, logger);
  }

  async publish(events: BusEvent[]): Promise<void> {
    const stream = this.#connection.jetstream();
    await Promise.all(
      events.map((event) => stream.publish(`${SUBJECT_PREFIX}.${event.type}`, codec.encode(event), { msgID: event.id })),
    );
  }

  async subscribe(handler: (event: BusEvent) => void): Promise<Unsubscribe> {
    const subscription = this.#connection.subscribe(`${SUBJECT_PREFIX}.>`);
    void (async () => {
      for await (const message of subscription) {
        try {
          handler(codec.decode(message.data));
        } catch (error) {
          this.#logger.error({ err: error }, 'event subscriber failed');
        }
      }
    })();
    const stop = async () => {
      subscription.unsubscribe();
      this.#stops.delete(stop);
    };
    this.#stops.add(stop);
    return stop;
  }

  async consume(consumer: string, types: readonly string[], handler: (event: BusEvent) => Promise<void>): Promise<Unsubscribe> {
    const manager = await this.#connection.jetstreamManager();
    const durable = consumer.replaceAll(/[^\w-]/g, '_');
    try {
      await manager.consumers.info(STREAM, durable);
    } catch {
      await manager.consumers.add(STREAM, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.New,
        // One subject filter works on every server; several need NATS 2.10, so filter those here instead.
        filter_subject: types.length === 1 ? `${SUBJECT_PREFIX}.${types[0]}` : `${SUBJECT_PREFIX}.>`,
        max_ack_pending: 1,
        ack_wait: 30 * 1_000_000_000,
      });
    }
    const messages = await (await this.#connection.jetstream().consumers.get(STREAM, durable)).consume({ max_messages: 16 });
    void (async () => {
      for await (const message of messages) {
        try {
          const event = codec.decode(message.data);
          if (types.includes(event.type)) await handler(event);
          message.ack();
        } catch (error) {
          this.#logger.error({ err: error, consumer }, 'event consumer failed; the event will be redelivered');
          message.nak(1_000);
        }
      }
    })();
    const stop = async () => {
      await messages.close();
      this.#stops.delete(stop);
    };
    this.#stops.add(stop);
    return stop;
  }

  /** Deletes the matching messages, their content overwritten on disk (`erase`), not only marked removed. */
  async eraseStoredEvents(matches: (event: BusEvent) => boolean): Promise<number> {
    const sequences: number[] = [];
    await readEventStream(this.#connection, (sequence, event) => {
      if (matches(event)) sequences.push(sequence);
    });
    const manager = await this.#connection.jetstreamManager();
    for (const sequence of sequences) await manager.streams.deleteMessage(STREAM, sequence, true);
    return sequences.length;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#stops].map((stop) => stop()));
    await this.#connection.drain();
  }
}
