/**
 * Calls this process has made to other services since it started, by callee (the gateway's
 * subqueries and the services' internal calls): the benchmarks read them to count the hops an
 * operation costs. A count per callee, nothing else is kept.
 */
const calls = new Map<string, number>();

export function countCall(callee: string): void {
  calls.set(callee, (calls.get(callee) ?? 0) + 1);
}

export function callsMade(): Record<string, number> {
  return Object.fromEntries(calls);
}

/**
 * Answers the launching process's `{ callsMade: true }` over the IPC channel with
 * `{ callsMadeBy: name, calls }`; nothing when the process was not forked. The channel stays
 * unreferenced: listening never keeps the process alive.
 */
export function answerCallCountQueries(name: string): void {
  if (!process.send) return;
  process.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && 'callsMade' in message && message.callsMade === true) {
      process.send?.({ callsMadeBy: name, calls: callsMade() });
    }
  });
  process.channel?.unref();
}
