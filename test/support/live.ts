import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One result a graphql-ws subscriber received, with when it arrived. */
export interface Received {
  at: number;
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface Subscriber {
  readonly received: Received[];
  /** Settles when the server completes the subscription or fails it. */
  readonly completed: Promise<void>;
  unsubscribe(): void;
}

/** A graphql-ws client of a gateway (its HTTP URL; same path, ws:// scheme), never retrying. */
export function connectWs(httpUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...(connectionParams ? { connectionParams } : {}),
  });
}

/** Subscribes and collects every result. */
export function collect(client: Client, query: string, variables: Record<string, unknown> = {}): Subscriber {
  const received: Received[] = [];
  let done: () => void = () => undefined;
  const completed = new Promise<void>((resolve) => (done = resolve));
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        received.push({ at: Date.now(), data: result.data ?? null, ...(result.errors ? { errors: result.errors } : {}) });
      },
      error: (error) => {
        received.push({ at: Date.now(), errors: Array.isArray(error) ? error : [{ message: String(error) }] });
        done();
      },
      complete: () => done(),
    },
  );
  return { received, completed, unsubscribe };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function waitFor(condition: () => boolean, timeoutMs = 5_000, what = 'a condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
