import type { GraphQLResponse } from './system.ts';

/**
 * The data of a response that must have succeeded; any error fails the test with the errors shown.
 * Takes the response or the promise of it (`await ok(system.query(...))`).
 */
export function ok<T>(response: GraphQLResponse<T>): T;
export function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T>;
export function ok<T>(response: GraphQLResponse<T> | Promise<GraphQLResponse<T>>): T | Promise<T> {
  const check = (answer: GraphQLResponse<T>): T => {
    if (answer.errors !== undefined) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  };
  return response instanceof Promise ? response.then(check) : check(response);
}

/** The `extensions.code` of a response's first error. */
export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

/**
 * Polls `read` until it gives something other than `undefined` (work done asynchronously: outbox
 * relays, workers, consumers), failing the test after `timeoutMs`.
 */
export async function eventually<T>(what: string, read: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
