import { operationBinding, signPrincipal, type Logger, type Principal } from '@oms/platform';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface UpstreamRequest {
  service: string;
  query: string;
  variables: Record<string, unknown>;
  principal: Principal;
  requestId: string;
}

export interface UpstreamSink {
  next(result: FormattedExecutionResult): void;
  error(error: unknown): void;
  complete(): void;
}

/**
 * One multiplexed graphql-ws connection per subgraph, authenticated as the gateway; each
 * subscription carries the caller's principal, signed, in its `extensions`.
 */
export class UpstreamConnections {
  readonly #clients = new Map<string, Client>();
  readonly #urls: Record<string, string>;
  readonly #secret: string;
  readonly #logger: Logger;

  constructor(urls: Record<string, string>, secret: string, logger: Logger) {
    this.#urls = urls;
    this.#secret = secret;
    this.#logger = logger;
  }

  #client(service: string): Client {
    let client = this.#clients.get(service);
    if (client) return client;
    const httpUrl = this.#urls[service];
    if (!httpUrl) throw new Error(`Unknown subgraph ${service}`);
    const url = new URL(httpUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({
      url: url.toString(),
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: 5_000,
      keepAlive: 10_000,
      retryAttempts: 5,
      // Signed afresh at every (re)connection: the signature is only valid for seconds.
      connectionParams: () => signPrincipal({ kind: 'service', service: 'gateway' }, this.#secret, { audience: service }),
      on: {
        closed: (event) => this.#logger.debug({ service, code: (event as { code?: number }).code }, 'upstream subscription connection closed'),
      },
    });
    this.#clients.set(service, client);
    return client;
  }

  /** Starts one upstream subscription; returns the function that ends it. */
  subscribe(request: UpstreamRequest, sink: UpstreamSink): () => void {
    return this.#client(request.service).subscribe(
      {
        query: request.query,
        variables: request.variables,
        extensions: {
          principal: signPrincipal(request.principal, this.#secret, { audience: request.service, operation: operationBinding(request.query, request.variables) }),
          requestId: request.requestId,
        },
      },
      sink,
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.#clients.values()].map((client) => client.dispose()));
    this.#clients.clear();
  }
}
