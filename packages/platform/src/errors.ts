import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './database-faults.ts';

/** Stable error codes clients may branch on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID_STATE_TRANSITION'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE'
  | 'DEPENDENCY_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/**
 * Codes that mean "not now" rather than "no": the operation changed nothing (or its effects are
 * undone by recovery) and the same request may be sent again, with the same idempotency key.
 * Clients see `extensions.retryable: true` beside them.
 */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set(['SERVICE_UNAVAILABLE', 'DEPENDENCY_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'COMMAND_IN_PROGRESS', 'COMMAND_SUPERSEDED']);

/** The extensions of an error with this code: `retryable` added for the codes that are. */
export function errorExtensions(code: string, details: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { ...details, code, ...(RETRYABLE_CODES.has(code) ? { retryable: true } : {}) };
}

const DOMAIN_ERROR = Symbol.for('oms.DomainError');

/** An expected failure of a business rule: its code and message reach the client unchanged. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  // A brand rather than `instanceof`: the class may be loaded twice (test runners, bundlers).
  readonly [DOMAIN_ERROR] = true;
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Apollo's own codes for request-level problems; passed through untouched. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function isDomainError(error: unknown): error is DomainError {
  return typeof error === 'object' && error !== null && DOMAIN_ERROR in error;
}

function findDomainError(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if (isDomainError(current)) return current;
    // Walk GraphQLError.originalError, then Error.cause (no instanceof: graphql may be loaded twice).
    const next: { originalError?: unknown; cause?: unknown } = current;
    current = next.originalError ?? next.cause;
  }
  return undefined;
}

/**
 * One mapping from thrown errors to what clients see: domain errors keep their code and
 * message; GraphQL request errors pass through; the database being away is SERVICE_UNAVAILABLE
 * (retryable); anything else is logged with the request id and masked as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: Logger, passThrough: (formatted: GraphQLFormattedError) => boolean = () => false) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = findDomainError(error);
    if (domain) {
      return { ...formatted, message: domain.message, extensions: errorExtensions(domain.code, domain.details) };
    }
    const code = formatted.extensions?.['code'];
    if ((typeof code === 'string' && CLIENT_CODES.has(code)) || passThrough(formatted)) {
      return formatted;
    }
    const err = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err, path: formatted.path }, 'database unavailable');
      return {
        message: 'The service cannot reach its database right now: try again shortly (a write with the same idempotency key).',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: errorExtensions('SERVICE_UNAVAILABLE'),
      };
    }
    logger.error({ err, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
