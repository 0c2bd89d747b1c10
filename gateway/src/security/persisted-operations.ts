import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';

interface Manifest {
  format: string;
  version: number;
  operations: { id: string; name: string; type: string; body: string }[];
}

export function operationId(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The safelist of persisted operations (an Apollo persisted-query manifest). Partners whose keys are
 * restricted to it may only run these operations, by id (`extensions.persistedQuery.sha256Hash`) or
 * by sending the exact text.
 */
export class PersistedOperations {
  readonly #byId = new Map<string, string>();

  constructor(manifestPath: string | undefined) {
    if (!manifestPath || !existsSync(manifestPath)) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    for (const operation of manifest.operations) this.#byId.set(operation.id, operation.body);
  }

  /** Fills in the text of a request that names a persisted operation by id only. */
  expand(body: unknown): unknown {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
    const request = body as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
    const id = request.extensions?.persistedQuery?.sha256Hash;
    if (request.query === undefined && typeof id === 'string') {
      const text = this.#byId.get(id);
      if (text) return { ...request, query: text };
    }
    return body;
  }

  /** Refuses an operation outside the safelist for a caller restricted to it. */
  check(query: string | undefined, restricted: boolean | undefined): GraphQLError | undefined {
    if (!restricted) return undefined;
    if (query !== undefined && this.#byId.has(operationId(query))) return undefined;
    return new GraphQLError('This API key may only run persisted operations from the safelist', {
      extensions: { code: 'PERSISTED_OPERATION_REQUIRED', http: { status: 403 } },
    });
  }
}
