import type { Logger } from 'pino';

/**
 * SQLSTATE classes and codes that mean "the database is away", not "the statement was wrong":
 * connection exceptions (08), operator intervention (57: shutdown, restart, cannot connect now),
 * insufficient resources such as too many connections (53300).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-4]|53300)$/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
  'the database system is',
  'terminating connection',
  'Connection ended unexpectedly',
];

/**
 * Whether `error` (or anything in its `cause` chain) says PostgreSQL cannot be reached or dropped
 * the connection: a fault the caller may retry once the database is back, unlike a bad statement.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { code, message, errno } = current as { code?: unknown; message?: unknown; errno?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
    if (typeof errno === 'string' && UNAVAILABLE_NODE_CODES.has(errno)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
    const next = current as { originalError?: unknown; cause?: unknown; errors?: unknown };
    // AggregateError (a connection refused on both IPv4 and IPv6) carries its causes in `errors`.
    current = next.originalError ?? next.cause ?? (Array.isArray(next.errors) ? next.errors[0] : undefined);
  }
  return false;
}

let guarded = false;

/**
 * The last line of defence of a long-running process: a lost database connection that reaches no
 * handler (an `error` event on a client nobody listens to, a rejected promise nobody awaits) is
 * logged and the process keeps serving, since the pools reconnect on their own. Anything else is
 * a defect: logged as fatal and the process exits, for its supervisor to restart it.
 */
export function guardProcess(logger: Logger): void {
  if (guarded) return;
  guarded = true;
  const handle = (kind: string) => (error: unknown) => {
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error }, `${kind}: database connection lost; continuing`);
      return;
    }
    logger.fatal({ err: error }, `${kind}: exiting`);
    process.exit(1);
  };
  process.on('uncaughtException', handle('uncaught exception'));
  process.on('unhandledRejection', handle('unhandled rejection'));
}
