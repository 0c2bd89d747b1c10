import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { operationBinding, PRINCIPAL_HEADER, SIGNATURE_HEADER, verifyPrincipal, type Principal, type PrincipalVerification } from './principal.ts';

function signedHeaders(source: unknown): { payload?: string; signature?: string } {
  if (typeof source !== 'object' || source === null) return {};
  const record = source as Record<string, unknown>;
  const payload = record[PRINCIPAL_HEADER];
  const signature = record[SIGNATURE_HEADER];
  return {
    ...(typeof payload === 'string' ? { payload } : {}),
    ...(typeof signature === 'string' ? { signature } : {}),
  };
}

/**
 * GraphQL subscriptions of a subgraph over graphql-ws, on the same port and path as HTTP. Only the
 * gateway may subscribe: each subscription carries the caller's principal signed by the gateway
 * (in the subscribe message's `extensions.principal`, or in the connection parameters).
 */
export function serveSubscriptions<C>(options: {
  server: Server;
  schema: GraphQLSchema;
  secret: string;
  logger: Logger;
  /** This service's name: the audience every signed principal must name. */
  service: string;
  contextFor: (principal: Principal, requestId: string) => C;
  /** The service's error formatter, so subscription errors carry the same codes as HTTP ones. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}): () => Promise<void> {
  // A connection's own principal is checked when it opens; a subscription's, bound to its operation, when it starts.
  const connections = new WeakMap<object, PrincipalVerification>();
  const verify = (connection: object, message: { query?: unknown; variables?: unknown; extensions?: Record<string, unknown> | null | undefined }) => {
    const { payload, signature } = signedHeaders(message.extensions?.['principal']);
    if (!payload) return connections.get(connection) ?? { ok: false as const, reason: 'missing signed principal' };
    return verifyPrincipal(payload, signature, options.secret, { audience: options.service, operation: operationBinding(message.query, message.variables) });
  };
  const sockets = new WebSocketServer({ server: options.server, path: '/graphql' });
  const cleanup = useServer(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        // The connection itself must come from the gateway (or another service).
        const { payload, signature } = signedHeaders(ctx.connectionParams);
        const verified = verifyPrincipal(payload, signature, options.secret, { audience: options.service });
        connections.set(ctx, verified);
        return verified.ok;
      },
      onSubscribe: (ctx, _id, message) => {
        const verified = verify(ctx, message);
        return verified.ok ? undefined : [new GraphQLError(`Subscription refused: ${verified.reason}`, { extensions: { code: 'UNAUTHENTICATED' } })];
      },
      context: (ctx, _id, message) => {
        const verified = verify(ctx, message);
        if (!verified.ok) throw new GraphQLError(`Subscription refused: ${verified.reason}`);
        const requestId = message.extensions?.['requestId'];
        return options.contextFor(verified.principal, typeof requestId === 'string' ? requestId : randomUUID()) as never;
      },
      onNext: (_ctx, _id, _payload, _args, result): FormattedExecutionResult | void => {
        if (!result.errors) return;
        return {
          ...(result.data !== undefined ? { data: result.data } : {}),
          errors: result.errors.map((error) => options.formatError(error.toJSON(), error)),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.formatError(error.toJSON(), error)),
    },
    sockets,
  );
  return async () => {
    // Subscribers (the gateway) learn why: it resubscribes elsewhere or tells its own clients.
    for (const socket of sockets.clients) socket.close(1001, 'Service shutting down');
    await cleanup.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}
