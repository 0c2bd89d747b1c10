import { Agent, fetch } from 'undici';
import { countCall } from './call-counter.ts';
import { DomainError } from './errors.ts';
import { operationBinding, REQUEST_ID_HEADER, signPrincipal } from './principal.ts';
import { assertNoOpenTransaction } from './transactions.ts';

const keepAlive = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

export interface ServiceClientOptions {
  /** The calling service, as it appears in the callee's principal. */
  service: string;
  /** The called service (its name: the audience of the signed principal). */
  callee: string;
  /** GraphQL endpoint of the called subgraph (not the gateway). */
  url: string;
  secret: string;
  timeoutMs?: number;
}

interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * Synchronous calls between services for work the caller must see at once (e.g. placing an order
 * must know its stock is held). Signed as the internal service principal; aimed at fields the
 * public API does not expose (`@inaccessible`).
 */
export class ServiceClient {
  readonly #options: ServiceClientOptions;

  constructor(options: ServiceClientOptions) {
    this.#options = options;
  }

  async request<T>(query: string, variables: Record<string, unknown>, requestId?: string): Promise<T> {
    const { service, callee: audience, url, secret } = this.#options;
    const callee = new URL(url).host;
    assertNoOpenTransaction(`a call to ${audience}`);
    let body: GraphQLResult<T>;
    countCall(audience);
    try {
      const response = await fetch(url, {
        method: 'POST',
        dispatcher: keepAlive,
        signal: AbortSignal.timeout(this.#options.timeoutMs ?? 10_000),
        headers: {
          'content-type': 'application/json',
          ...signPrincipal({ kind: 'service', service }, secret, { audience, operation: operationBinding(query, variables) }),
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      body = (await response.json()) as GraphQLResult<T>;
    } catch (error) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', `A service this operation needs (${callee}) is unavailable; nothing was changed.`, {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    const [first] = body.errors ?? [];
    if (first) {
      const { code, ...details } = first.extensions ?? {};
      throw new DomainError(code ?? 'INTERNAL_SERVER_ERROR', first.message, details);
    }
    if (!body.data) throw new DomainError('INTERNAL_SERVER_ERROR', `Empty answer from ${callee}`);
    return body.data;
  }
}
