import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { countCall, errorExtensions, operationBinding, REQUEST_ID_HEADER, signPrincipal } from '@oms/platform';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from './context.ts';

/** One pool of keep-alive connections to the subgraphs, shared by every request. */
const keepAlive = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000, connections: 128, pipelining: 1 });

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  internalSecret: string;
  timeoutMs: number;
}

/** The first error message of a subgraph's 400 answer (`{ errors: [{ message }] }`), if it has one. */
function inputRefusal(response: unknown): string | undefined {
  const body = typeof response === 'object' && response !== null && 'body' in response ? response.body : undefined;
  const errors = typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  const first: unknown = errors[0];
  return typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string' ? first.message : undefined;
}

/**
 * Sends the gateway's subqueries to one subgraph: signs the verified principal, forwards the
 * request id, and turns an unreachable subgraph into an error that names it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly #secret: string;

  constructor(options: SubgraphDataSourceOptions) {
    super({
      url: options.url,
      fetcher: ((url: string, init: Parameters<typeof undiciFetch>[1]) =>
        undiciFetch(url, { ...init, dispatcher: keepAlive, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
    this.name = options.name;
    this.#secret = options.internalSecret;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    const principal = 'principal' in context && context.principal ? context.principal : { kind: 'anonymous' as const };
    const clientIp = 'clientIp' in context ? context.clientIp : undefined;
    for (const [key, value] of Object.entries(signPrincipal(principal, this.#secret, { audience: this.name, operation: operationBinding(request.query, request.variables), clientIp }))) headers.set(key, value);
    if ('requestId' in context && typeof context.requestId === 'string') headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    countCall(this.name);
    try {
      return await super.process(options);
    } catch (error) {
      const response = error instanceof GraphQLError ? error.extensions['response'] : undefined;
      const status = typeof response === 'object' && response !== null && 'status' in response ? response.status : undefined;
      // A 400 is the subgraph refusing the input (e.g. a DateTime it cannot parse): the caller's mistake, told as such.
      const refusal = status === 400 ? inputRefusal(response) : undefined;
      if (refusal) throw new GraphQLError(refusal, { extensions: { code: 'BAD_USER_INPUT', service: this.name } });
      // Network failure, time-out or another HTTP error status: the subgraph could not answer.
      const reason = status !== undefined ? `HTTP ${String(status)}` : error instanceof Error ? error.message : 'unknown failure';
      options.context.logger?.warn({ service: this.name, reason }, 'subgraph unavailable');
      throw new GraphQLError(`The ${this.name} service is unavailable; data it owns is missing from this response.`, {
        extensions: errorExtensions('SUBGRAPH_UNAVAILABLE', { service: this.name }),
      });
    }
  }
}
