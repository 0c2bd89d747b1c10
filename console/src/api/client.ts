// The console's only way to the OMS: the public GraphQL API of the gateway, over HTTP for queries
// and mutations and over graphql-ws (same URL) for subscriptions.
import { createClient, type Client } from 'graphql-ws';

/** A GraphQL document whose result and variables types come from codegen (src/__generated__). */
export type Operation<TResult, TVariables> = string & { readonly __result?: TResult; readonly __variables?: TVariables };

/** Marks a document for codegen (the comment) and carries its generated types (the type parameters). */
export function gql<TResult, TVariables = Record<string, never>>(document: string): Operation<TResult, TVariables> {
  return document as Operation<TResult, TVariables>;
}

export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A request that failed: the GraphQL errors (with their codes), or the transport's failure. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly errors: readonly GraphQLErrorShape[];
  readonly status: number | undefined;

  constructor(message: string, errors: readonly GraphQLErrorShape[] = [], status?: number) {
    super(message);
    this.errors = errors;
    this.status = status;
  }

  get code(): string | undefined {
    const code = this.errors[0]?.extensions?.['code'];
    return typeof code === 'string' ? code : undefined;
  }
}

export const GRAPHQL_PATH = '/graphql';

function websocketUrl(): string {
  const url = new URL(GRAPHQL_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function errorsOf(body: unknown): GraphQLErrorShape[] {
  if (!isRecord(body) || !Array.isArray(body['errors'])) return [];
  return body['errors'].filter(isRecord).map((error) => ({
    message: typeof error['message'] === 'string' ? error['message'] : 'Unknown error',
    ...(Array.isArray(error['path']) ? { path: error['path'] as (string | number)[] } : {}),
    ...(isRecord(error['extensions']) ? { extensions: error['extensions'] } : {}),
  }));
}

type Listener = () => void;

/** Talks to the gateway with the signed-in staff member's bearer token. */
export class ApiClient {
  #token: string | undefined;
  #ws: Client | undefined;
  readonly #unauthorizedListeners = new Set<Listener>();

  constructor(token?: string) {
    this.#token = token;
  }

  get token(): string | undefined {
    return this.#token;
  }

  /** Closes the subscription connection; the next subscription opens a new one. */
  close(): void {
    void this.#ws?.dispose();
    this.#ws = undefined;
  }

  /** Called when the gateway no longer accepts the token (expired, revoked). */
  onUnauthorized(listener: Listener): () => void {
    this.#unauthorizedListeners.add(listener);
    return () => this.#unauthorizedListeners.delete(listener);
  }

  /**
   * Runs a query or mutation. Any GraphQL error fails the whole call (the console never shows
   * half an answer as if it were complete).
   */
  async request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables, signal?: AbortSignal): Promise<TResult> {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_PATH, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {}),
        },
        body: JSON.stringify({ query: operation, variables: variables ?? {} }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('The OMS cannot be reached. Check your connection and try again.');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(`The OMS answered HTTP ${response.status} without a GraphQL response.`, [], response.status);
    }
    const errors = errorsOf(body);
    if (errors.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED') && this.#token) {
      for (const listener of this.#unauthorizedListeners) listener();
    }
    if (errors.length > 0) throw new ApiError(errors.map((error) => error.message).join('; '), errors, response.status);
    if (!isRecord(body) || !isRecord(body['data'])) throw new ApiError(`The OMS answered HTTP ${response.status} without data.`, [], response.status);
    return body['data'] as TResult;
  }

  #connected = false;
  readonly #connectionListeners = new Set<(connected: boolean) => void>();

  /** Whether the subscription socket is open and acknowledged. */
  get connected(): boolean {
    return this.#connected;
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.#connectionListeners.add(listener);
    return () => this.#connectionListeners.delete(listener);
  }

  #setConnected(connected: boolean): void {
    this.#connected = connected;
    for (const listener of this.#connectionListeners) listener(connected);
  }

  #socket(): Client {
    this.#ws ??= createClient({
      url: websocketUrl(),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      keepAlive: 15_000,
      connectionParams: () => (this.#token ? { authorization: `Bearer ${this.#token}` } : {}),
      on: {
        connected: () => this.#setConnected(true),
        closed: () => this.#setConnected(false),
      },
    });
    return this.#ws;
  }

  /** Subscribes; returns the function that stops it. Errors reach `onError` (never swallowed). */
  subscribe<TResult, TVariables>(
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    handlers: { next(data: TResult): void; error(error: ApiError): void; complete?(): void },
  ): () => void {
    return this.#socket().subscribe<TResult>(
      { query: operation, variables: (variables ?? {}) as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors && result.errors.length > 0) {
            handlers.error(new ApiError(result.errors.map((error) => error.message).join('; '), result.errors as GraphQLErrorShape[]));
          } else if (result.data) {
            handlers.next(result.data as TResult);
          }
        },
        error: (error: unknown) => {
          if (Array.isArray(error)) {
            handlers.error(new ApiError(error.map((item: { message?: string }) => item.message ?? 'error').join('; '), error as GraphQLErrorShape[]));
          } else if (error instanceof CloseEvent) {
            handlers.error(new ApiError(`Live updates closed (${error.code}${error.reason ? `: ${error.reason}` : ''})`));
          } else {
            handlers.error(new ApiError(error instanceof Error ? error.message : 'Live updates failed'));
          }
        },
        complete: () => handlers.complete?.(),
      },
    );
  }
}
